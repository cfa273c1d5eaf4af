/**
 * The kinds of reasons a visitor gives after a German refusal, as grammar (DeclineGrammar `reasonsByKind`,
 * de-decline.ts): a clause in the visitor's voice passes only when it reads as one of these; anything else („ich mag
 * Werbung", „mein Keller bleibt feucht", „ich bleib beim Kopfschmerz") went beyond a refusal, with no listed word.
 * German puts the finite verb second, so a reason opens with its subject („ich bestelle später") or with what it is
 * about, the subject after the verb („das Hotel buche ich selbst", „diesen Monat kann ich nichts geben"); after a
 * modal the practical verb comes last („ich muss das erst mit meinem Team klären").
 *
 *   a practical verb              „ich hole es in der Filiale ab", „das Hotel buche ich selbst"
 *   a modal, then the verb last   „ich muss erst mit meinem Partner sprechen", „ich möchte die Tarife vergleichen"
 *   budget                        „ich kann gerade nichts geben", „im Moment kann ich mir das nicht leisten"
 *   already having one            „ich habe schon eine Hülle", „ich bin schon Mitglied", „wir nutzen schon …"
 *   not needing it                „ich brauche keinen Geschenkbeleg"
 *   staying on the offer's own    „ich bleibe bei jährlicher Zahlung"
 *   a circumstance                „ich bin gerade unterwegs", „mein Arbeitgeber zahlt das"
 *   a preference                  „ich zahle lieber per Rechnung": read on by the grammar's `preference` check
 */
import type { Shape } from '../pack.js';
import { NEUTRAL_OBJECT } from './de-objects.js';

export const DE_REASON_CLASSES: Record<string, readonly string[]> = {
  // what may link the reason to the refusal: „…, aber ich …", „…, denn wir …"
  reasonLead: ['aber', 'und', 'denn', 'weil', 'da'],
  reasonSubject: ['ich', 'wir'],
  // verbs of the practical business of buying, paying, deciding and setting up, as infinitives (the pack's
  // suffixes read „zahle", „bestellen", „holt"); a separable verb by its stem („hole … ab", „richte … ein").
  // Not essen, frieren, lernen, verpassen, riskieren: the absurd or worse alternative.
  reasonVerb: [
    'zahlen',
    'bezahlen',
    'überweisen',
    'bestellen',
    'buchen',
    'kaufen',
    'holen',
    'abholen',
    'hol',
    'nehmen',
    'nutzen',
    'benutzen',
    'verwenden',
    'spenden',
    'geben',
    'warten',
    'abwarten',
    'fragen',
    'frag',
    'sprechen',
    'reden',
    'besprechen',
    'klären',
    'prüfen',
    'checken',
    'vergleichen',
    'lesen',
    'entscheiden',
    'überlegen',
    'melden',
    'einrichten',
    'richten',
    'laden',
    'hochladen',
    'bestätigen',
    'wechseln',
    'wechsle',
    'upgraden',
    'kündigen',
    'machen',
    'mach',
    'erledigen',
    'schauen',
    'umschauen',
    'gucken',
    'fahren',
    'kommen',
    'zurückkommen',
    'bekommen',
    'kriegen',
    'erhalten',
    'liefern',
    'schicken',
    'senden',
    'drucken',
    'herunterladen',
    'ausprobieren',
    'testen',
    'anmelden',
    'registrieren',
    'eintragen',
    'eingeben',
    'verlängern',
    'leisten',
    'umziehen',
    'ziehen',
    'rechnen',
    'durchrechnen',
    'kalkulieren',
    'planen',
    'nachfragen',
    'nachsehen',
    'reisen',
    'fliegen',
    'arbeiten',
    'wohnen',
    'denken',
    'nachdenken',
    'ablehnen',
    'lehnen',
    'löschen',
    'umsehen',
    'sehen',
    'sparen',
    'auszahlen',
    'zusenden',
    // participles: „ich habe gerade erst gekauft"
    'gekauft',
    'bestellt',
    'gebucht',
    'bezahlt',
    'gespendet',
  ],
  // a modal before the verb that ends the clause: „ich muss … klären", „wir wollen … vergleichen"
  reasonModal: [
    'muss',
    'müssen',
    'möchte',
    'möchten',
    'will',
    'wollen',
    'werde',
    'werden',
    'kann',
    'können',
    'sollte',
    'würde',
    'mag',
  ],
  // who or what holds or pays for it instead: „mein Arbeitgeber zahlt das", „unser Team nutzt ein anderes Tool"
  reasonHolder: [
    'arbeitgeber',
    'firma',
    'chef',
    'chefin',
    'team',
    'abteilung',
    'büro',
    'partner',
    'partnerin',
    'versicherung',
    'krankenkasse',
    'bank',
    'karte',
    'vermieter',
    'familie',
    'eltern',
    'handy',
    'gerät',
    'browser',
    'rechner',
    'laptop',
    'auto',
    'konto',
    'einkauf',
    'it',
    'schule',
    'uni',
    'drucker',
    'mann',
    'frau',
    'tochter',
    'sohn',
    'kinder',
    'kind',
    'mutter',
    'vater',
    'wetter',
  ],
  reasonMine: ['mein', 'meine', 'unser', 'unsere'],
  // the offer's own things, as the refusal grammar names them (de-objects.ts), and how a payment goes
  reasonObject: [...NEUTRAL_OBJECT, 'zahlung', 'abrechnung', 'rechnung', 'version', 'stufe'],
  // the names shops give their tiers: „ich bleibe bei Starter"
  reasonTier: [
    'starter',
    'basic',
    'basis',
    'pro',
    'plus',
    'premium',
    'free',
    'standard',
    'classic',
    'light',
    'lite',
    'mini',
    'start',
    'einsteiger',
    'komfort',
    'comfort',
    'family',
    'business',
    'solo',
    'flex',
  ],
  reasonModifier: ['aktuell', 'bisherig', 'jetzig', 'kostenlos', 'gratis', 'basis', 'monatlich', 'jährlich', 'alt'],
  reasonNow: ['gerade', 'grad', 'momentan', 'derzeit', 'aktuell', 'im moment', 'diesen monat', 'jetzt', 'heute'],
};

// the visitor as subject, optionally linked: „aber ich", „denn wir"
const I = '@reasonLead? @reasonSubject';

export const DE_REASON_KINDS: readonly Shape[] = [
  // a practical verb after the subject: „ich bestelle für jemand anderen", „wir bestellen über unseren Einkauf"
  `${I} @reasonVerb ~6`,
  // …or after what the reason is about, the subject after the verb: „das Hotel buche ich selbst"
  '~3 @reasonVerb ich|wir ~5',
  // a modal, the practical verb last: „ich muss das erst mit meinem Team klären", „diesen Monat kann ich nichts geben"
  `${I} @reasonModal ~5 @reasonVerb $`,
  '~3 @reasonModal ich|wir ~5 @reasonVerb $',
  // budget: „ich kann gerade nichts geben", „unser Budget für dieses Quartal steht schon"
  `${I} kann|können ~2 nicht|nichts|kein|keine ~4`,
  '@reasonLead? @reasonMine|das ~1 budget|jahresbudget|geld ~5',
  // already having, being or getting one: „ich habe schon eine Hülle", „ich habe die App schon", „ich bin schon Mitglied"
  `${I} habe|hab|haben|besitze|besitzen|bin|sind|bekomme|bekommen|nutze|nutzen ~2 schon|bereits ~6`,
  `${I} habe|hab|haben|besitze|besitzen ~4 schon|bereits $`,
  // the perfect, with a practical participle: „ich habe gerade erst gekauft", „wir haben schon gebucht"
  `${I} habe|hab|haben ~3 @reasonVerb $`,
  '~5 habe|hab|haben|behalte|behalten ich|wir schon|bereits|noch ~3',
  // not needing it: „ich brauche keinen Geschenkbeleg", „ich brauche nur das Ladekabel"
  `${I} brauche|brauchen ~1 kein|keine|keinen|keinerlei|nur|das|es|den|die|dies|diese|diesen ~5`,
  // staying on the offer's own things: „ich bleibe bei jährlicher Zahlung" (not „beim teuersten Tarif")
  `${I} bleibe|bleib|bleiben bei|beim ~1 @reasonModifier? @reasonObject|@reasonTier $`,
  // a circumstance: „ich bin gerade unterwegs", „ich sitze gerade im Zug", „ich schlafe noch eine Nacht darüber"
  `${I} bin|sind|sitze|sitzen|stehe|fahre|fahren|reise|reisen|arbeite ~1 @reasonNow|noch|unterwegs ~4`,
  `${I} bin|sind ~3 verreist|unterwegs|weg|abwesend|krank|umgezogen ~2`,
  `${I} bin|sind ~3 im|in urlaub|ausland|krankenhaus|umzug ~2`,
  `${I} schlafe|schlafen ~4 darüber $`,
  `${I} bin|sind ~1 mitglied|kunde|kundin|versichert|abonnent|abonniert|angemeldet|registriert ~3`,
  // someone or something else holds or pays for it: „mein Arbeitgeber zahlt das Ticket"
  '@reasonLead? @reasonMine ~1 @reasonHolder schon|bereits? @reasonVerb|übernimmt|übernehmen|deckt|hat|haben ~5',
  // someone else pays, the subject after the verb: „das übernimmt mein Arbeitgeber"
  '~3 übernimmt|übernehmen|zahlt|bezahlt|deckt mein|meine|unser|unsere ~1 @reasonHolder $',
  // it is new, or not what the visitor does: „ich habe das Gerät erst seit einer Woche", „ich trinke keinen Kaffee"
  `${I} habe|hab|haben ~3 erst|neu|gerade ~4`,
  `${I} trinke|esse|rauche|fahre|koche|nutze|trinken|essen|fahren ~1 kein|keine|keinen|nicht|nie|selten ~3`,
  // who the visitor is, plainly: „ich bin Student und muss sparen"
  `${I} bin|sind student|studentin|studenten|rentner|rentnerin|azubi|schüler|schülerin|arbeitslos|selbstständig ~5`,
  // not having or wanting what it is for: „ich habe keinen Garten", „ich möchte keine Anrufe", „brauche ich nicht"
  `${I} habe|hab|haben ~1 kein|keine|keinen|genug|genügend ~3`,
  `${I} @reasonModal|brauche|brauchen kein|keine|keinen|nur ~4`,
  `${I} @reasonModal nicht mehr ~4`,
  '~3 brauche|brauch|brauchen ich|wir ~3 nicht|kein|keine|keinen ~2',
  `${I} habe|hab|haben ~3 eigen|eigene|eigenen|eigenes ~2`,
  'was ich|wir brauche|brauchen $',
  // the price, or it does not fit: „zu teuer für mich", „das ist mir zu teuer", „das passt nicht in mein Budget"
  '~3 zu teuer|viel|hoch ~3',
  '~2 passt|passen nicht in|ins|zu ~3',
  // refusing it with the grammar's own words: „ich verzichte auf die Papierrechnung", „ich verzichte dankend"
  `${I} verzichte|verzichten auf ~1 @reasonModifier? @reasonObject $`,
  `${I} verzichte|verzichten|lehne dankend|ab $`,
  `${I} verschenke|verschenken es|das selbst $`,
  // keeping what one has: „ich behalte meinen alten Tarif", „ich behalte mein altes Handy"
  `${I} behalte|behalten ~1 @reasonModifier? @reasonObject|@reasonHolder|@reasonTier $`,
  // knowing one's way, not being interested, a diet: „ich kenne mich schon aus", „ich bin allergisch gegen Nüsse"
  `${I} kenne|kennen uns|mich schon|bereits? aus $`,
  `${I} bin|sind nicht|kein|keine interessiert|bedarf ~2`,
  `${I} bin|sind allergisch|unverträglich|vegan|vegetarisch|veganer|vegetarier|schwanger ~4`,
  `${I} bin|sind ~3 am|beim _ $`,
  // who the visitor is, plainly: „ich bin kein Profi", „wir sind ein kleines Team", „kein Fan von Newslettern"
  `${I} bin kein|keine profi|experte|expertin|fachmann|techniker $`,
  `${I} bin kein|keine fan von @reasonObject|newslettern|newsletter|werbung|anrufen|mails $`,
  `${I} sind ein|eine ~1 klein|kleines|kleiner|kleine ~1 team|unternehmen|firma|verein|büro|betrieb|familie|haushalt ~2`,
  // the thing or the visitor's device as it is: „das Gerät ist noch neu", „mein Drucker ist neu", „das Wetter ist zu schlecht"
  '@reasonMine|das|der|die ~1 @reasonHolder ist|sind ~1 noch|neu|zu|gerade ~3',
  '@reasonMine ~1 @reasonHolder hat|haben|nutzt|nutzen|bekommt ~1 schon|bereits ~3',
  '~3 lasse|lassen ich|wir ~3 @reasonVerb $',
  'das|es ~1 geschenk ~5',
  // a preference: what follows is read by the grammar's `preference` check („ich zahle lieber per Rechnung")
  `${I}? _? lieber|gern|gerne|weiter ~6`,
  // a gift, for someone else: „es ist ein Geschenk", „das ist für meine Mutter"
  'es|das ist|wird|soll ~1 ein|eine geschenk|mitbringsel ~3',
  'es|das ist|wird|soll ~1 für ~4',
  // the visitor's own time or condition: „wenn ich es brauche", „erst nach dem Urlaub"
  'wenn|sobald|bis|nachdem|weil|da|denn ich|wir|mein|meine|unser|unsere|es|das|der|die ~5',
  'erst|zuerst mal? nach|wenn|mit|nur|die|das|den ~4',
];
