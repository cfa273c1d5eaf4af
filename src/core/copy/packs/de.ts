/**
 * The German copy pack: confirmshaming, false urgency, pressure, vague labels and Flesch–Amstad reading ease,
 * written from the language (German word order, compounds, umlauts typed or not), not translated from English.
 * The lexicon is in de-words.ts; urgency and pressure by family in de-urgency-families.ts and
 * de-pressure-families.ts; this file is the grammar: which word orders are a dark pattern.
 *
 * German puts the finite verb second in a main clause and last in a label or a subordinate clause, so most
 * shapes come in two orders: "Ich verzichte auf meinen Rabatt" and "Auf meinen Rabatt verzichten".
 */
import { DE_PRESSURE_CONSTRUCTIONS, DE_URGENCY_CONSTRUCTIONS } from './de-constructions.js';
import { DE_STATED } from './de-stated.js';
import { DE_URGENCY_FAMILIES, DE_URGENCY_FAMILY_CLASSES, DE_URGENCY_FAMILY_PARTS } from './de-urgency-families.js';
import { DE_PRESSURE_FAMILIES, DE_PRESSURE_FAMILY_CLASSES, DE_PRESSURE_PAIRS } from './de-pressure-families.js';
import { DE_BADGE_CLASSES, DE_BADGE_PARTS, DE_BADGES } from './de-badges.js';
import { DE_SIGNALS } from './de-signals.js';
import type { CopyPack } from '../pack.js';
import { FUNCTION_WORDS } from '../function-words.js';
import { fleschAmstad } from '../readability/flesch-amstad.js';
import { classesWithAsciiSpellings, withAsciiSpellings } from './de-spelling.js';
import { PRESSURE_CLASSES, URGENCY_CLASSES } from './de-claims-words.js';
import { DE_DECLINE } from './de-decline.js';
import { JAB_CLASSES } from './de-jabs.js';
import { DE_SHAMING } from './de-shaming.js';
import { DE_JAB_FAMILIES, DE_JAB_FAMILY_CLASSES } from './de-jab-families.js';
import { NOUN_HEADS } from './de-objects.js';
import { DE_JUDGEMENT_CLASSES } from './de-judgements.js';
import * as words from './de-words.js';

const classes = classesWithAsciiSpellings({
  valued: words.VALUED,
  valuedQuality: words.VALUED_QUALITY,
  valuedAny: ['@valued', '@valuedQuality'],
  /** Gains named in a decline label: it then frames saying no as a loss ("Ohne Rabatt fortfahren"). */
  gain: words.GAIN,
  /** Days of the week, as a near day a price rises on („ab Montag wieder zum Normalpreis"). */
  weekday: ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'wochenende'],
  /** What a label of no role may not go on without (de-shaming.ts): the gains, a gift, a saving, money. */
  labelGain: words.LABEL_GAIN,
  /** The visitor's rivals, to whom fear copy says they lose (de-shaming.ts). */
  rival: ['konkurrenz', 'konkurrent', 'konkurrenten', 'mitbewerber', 'wettbewerber', 'wettbewerb'],
  /** What fear copy says the visitor loses each day: customers, money, orders („kostet Sie jeden Monat Kunden"). */
  lostGood: [
    'kunde',
    'kunden',
    'neukunde',
    'neukunden',
    'geld',
    'umsatz',
    'auftrag',
    'aufträge',
    'lead',
    'leads',
    'anfrage',
    'anfragen',
    'potenzial',
    'potenzielle',
    'bares geld',
    'chance',
    'chancen',
  ],
  /** Good states the visitor is made to refuse: „ich will nicht fit werden" (de-shaming.ts). */
  goodState: words.GOOD_STATE,
  /** Tastes: "ich hasse …" says something about the visitor. */
  taste: ['hassen', 'pfeifen auf'],
  owned: words.OWNED,
  dependant: words.DEPENDANT,
  loss: words.LOSS,
  /** The losses that judge wherever they stand in a decline's own words (the evaluative words). */
  lossJudged: words.LOSS_JUDGED,
  lossVerb: words.LOSS_VERB,
  pay: words.PAY,
  more: words.MORE,
  prefer: words.PREFER,
  want: words.WANT,
  hate: words.HATE,
  renounce: words.RENOUNCE,
  smug: words.SMUG,
  abandon: words.ABANDON,
  others: words.OTHERS,
  othersNamed: words.OTHERS_NAMED,
  interfaceThing: words.INTERFACE_THING,
  insult: words.INSULT,
  valuedOrOwned: ['@valued', '@owned'],
  yours: ['dein', 'deine', 'deinen', 'deinem', 'ihr', 'ihre', 'ihren', 'ihrem', 'euer', 'eure'],
  othersDo: words.OTHERS_DO,
  /** "nicht", "kein", "nichts": what makes "ich mag" a refusal. */
  no: ['nicht', 'kein', 'nichts', 'nie', 'niemals'],
  firstPerson: ['ich', 'wir'],
  mine: ['mein', 'meine', 'meinen', 'meinem', 'meiner', 'unser', 'unsere', 'unseren'],
  sure: ['sicher', 'wirklich', 'tatsächlich', 'ernsthaft'],
  ...URGENCY_CLASSES,
  ...PRESSURE_CLASSES,
  ...JAB_CLASSES,
  ...DE_JUDGEMENT_CLASSES,
  ...DE_URGENCY_FAMILY_CLASSES,
  ...DE_PRESSURE_FAMILY_CLASSES,
  ...DE_BADGE_CLASSES,
  ...DE_JAB_FAMILY_CLASSES,
});

export const DE: CopyPack = {
  lang: 'de',
  name: 'German',
  functionWords: FUNCTION_WORDS.de,
  suffixes: [
    // nouns and adjectives to their base: Geschenke, Kunden, Kindern, Deals, guten, bessere
    ['e', ''],
    ['en', ''],
    ['n', ''],
    ['er', ''],
    ['ern', ''],
    ['es', ''],
    ['em', ''],
    ['s', ''],
    // verbs to their infinitive: verzichte, verzichtest, verzichtet, sparte
    ['e', 'en'],
    ['st', 'en'],
    ['t', 'en'],
    ['et', 'en'],
    ['est', 'en'],
    ['te', 'en'],
    ['ten', 'en'],
  ],
  compoundHeads: withAsciiSpellings(NOUN_HEADS),
  classes,
  shapeParts: { ...DE_BADGE_PARTS, ...DE_URGENCY_FAMILY_PARTS },
  confirmshaming: {
    signals: DE_SIGNALS,
    shapes: [...DE_SHAMING, ...withAsciiSpellings(DE_JAB_FAMILIES)],
  },
  stated: DE_STATED,
  decline: DE_DECLINE,
  urgency: withAsciiSpellings([
    ...DE_URGENCY_CONSTRUCTIONS,
    ...DE_URGENCY_FAMILIES,
    '@urgent',
    'nur noch? heute !geöffnet|geoeffnet|geoffnet|offen|geschlossen', // "Nur (noch) heute!", not "Nur heute geöffnet", "Nur noch heute geschlossen" (both spellings: the ASCII copy of a shape keeps its negation)
    // "einmalig" before a code or a voucher is its single use, a term ("Einmaliger Code", "einmaliger Rabattcode"),
    // not the once-only offer of "Einmaliges Angebot"
    '!einmalig @timeLimited ~1 @promo',
    'einmalig ~1 !code|gutschein @promo',
    '@promo ~3 @ends ~2 ( =in # | =in ~1 @timeUnit | !in @imminent )', // „endet in 2 Stunden", not „Der Preis gilt in allen Filialen"
    '^ @ends ~1 @imminent',
    '<!@disclosed @ends heute|morgen|bald|gleich',
    '<!@disclosed @ends in # @timeUnit',
    // "Nur noch 3 Stunden", "noch 2 Tage übrig"
    'nur noch # @timeUnit',
    'nur noch ( wenige | ein paar ) @timeUnit',
    '# @timeUnit übrig|verbleibend',
    // "Die Preise steigen ab morgen", "bald teurer"
    'preis ~1 @priceRise ~1 bald|morgen|ab|demnächst|heute|in',
    'bald|morgen|demnächst teurer',
    // "Ihr Warenkorb ist nur 10 Minuten reserviert"
    '@held ~3 # @minuteUnit @reserved',
    // held only briefly, with no number: „Dein Warenkorb ist nur begrenzt reserviert", „… nur kurz reserviert"
    '@held ~3 nur noch? ~1 begrenzt|kurz|kurzzeitig|vorübergehend|zeitlich ~1 @reserved',
    '@reserved für|nur ~1 # @minuteUnit',
    '@held ~2 # @minuteUnit ~3 @reserved',
    // "Ab Mitternacht wird es teurer", "ab morgen steigen die Preise", "Bald vorbei"
    'ab|bis @imminent ~3 teurer',
    'ab|bis? @imminent @priceRise ~1 preis',
    '@imminent @ends $',
    '( nur | nur noch ) bis @imminent !@openHours', // not opening hours: „Nur bis Sonntag geöffnet" (session 14)
    // "Sichere dir deinen Bonus in den nächsten 30 Minuten", "Bestelle innerhalb von 2 Stunden"
    '@act ~4 ( in den nächsten | innerhalb von | innerhalb der nächsten ) # @timeUnit',
    // a countdown said in words: "Noch 2 Tage", "Noch 3 Tage bis Aktionsende" (not "Noch 14 Tage testen")
    '^ noch # @timeUnit $',
    // a promotion that ends at a clock time today: "Angebot gültig bis 23:59 Uhr", "Nur bis 23:59 Uhr"
    '@promo ~3 @ends ~1 bis # : #',
    '^ ( nur | nur noch ) bis # : #',
    '( innerhalb von | innerhalb der nächsten | in den nächsten ) # : #', // a timer after "innerhalb von"
    'noch # @timeUnit bis ~1 aktionsende|schluss|ende|sale',
    '( nur | nur noch ) ( diese woche | dieses wochenende | bis @imminent ) !@openHours',
    'danach ~1 regulärer|normaler|voller preis',
    '@timeLimited ~1 angebot|aktion|sale',
    // (session 13) the push to hurry, not negated: „Beeilen Sie sich!", „Beeilt euch, …" (not „Bitte beeilen Sie sich
    // nicht", „Sie müssen sich nicht beeilen")
    '<!nicht|kein|zu beeilen ~3!nicht|kein $',
    // before it is over or gone: „Schnell, bevor es vorbei ist!", „… bevor alles weg ist"; a claim on a good before it
    // lapses: „Sichern Sie sich Ihren Rabatt, bevor er verfällt"
    'bevor|ehe es|er|sie|alles ~1 vorbei|weg ist|sind',
    'sichern|sichere|sichert|schnapp|schnappen|hol|holen ~5 , bevor|ehe ~3 verfällt|verfallen|abläuft|ablaufen',
    // why wait, the time left as hours or the visitor's, soon unavailable, the price back up from a near day, never
    // again this cheap: „Warum noch warten?", „Wenige Stunden verbleibend", „Dir bleiben noch 2 Stunden", „Bald nicht
    // mehr verfügbar", „Ab Montag wieder zum Normalpreis", „Preiserhöhung ab Montag", „So günstig wird es nie wieder"
    'warum|wieso|weshalb noch|länger warten',
    '( wenige | ein paar ) @timeUnit verbleibend|übrig',
    'dir|ihnen|euch bleibt|bleiben nur? noch # @timeUnit',
    '^ bald|demnächst nicht mehr ( verfügbar | erhältlich | zu haben )',
    'ab @imminent|@weekday ~1 wieder ~1 zum|der|den? normalpreis|vollpreis',
    '^ preiserhöhung|preisanstieg|preissteigerung ab|am @imminent|@weekday $',
    'so günstig|billig ~3 nie|niemals wieder',
    // (session 13) leaving loses the offer: „Wenn du die Seite verlässt, ist der Preis weg" (not „…, gehen Ihre Eingaben
    // verloren"); the offer's window closing: „Das Fenster schließt sich gleich"
    'wenn|sobald du|sie ~4 verlässt|verlassen|schließt|schließen , ~3 @promo ~2 weg|verloren|verfällt|verfallen|vorbei|futsch',
    '^ das|dieses fenster schließt|schliesst sich gleich|bald',
    // (session 13) a timer after „in:", as a promotion's card prints it: „Angebot läuft ab in: 19:42" (the colon
    // keeps the countdown cue from the timer; not a session's „Sitzung läuft ab in: 04:59")
    '@promo ~2 läuft|endet|enden ab? in : # : #',
    // the idiom of the best time: „Der beste Zeitpunkt zum Starten war gestern. Der zweitbeste ist jetzt."
    'beste zeitpunkt ~4 war gestern',
    'zweitbeste|zweitbester ~2 ist|zeitpunkt ~1 jetzt|heute',
  ]),
  pressurePairs: DE_PRESSURE_PAIRS, // no umlauts in them: no ASCII copies needed
  pressure: withAsciiSpellings([
    ...DE_PRESSURE_CONSTRUCTIONS,
    ...DE_PRESSURE_FAMILIES,
    ...DE_BADGES,
    '@scarce',
    'nur noch wenige !@notStock', // not "Nur noch wenige Schritte"
    '<!der|aufgrund|wegen|einer|bei hohe|große|starke|riesige|enorme|gewaltige|extreme nachfrage !kann|könnte|führt|verursacht|bedeutet', // a badge, not its effect told („Hohe Nachfrage kann zu längeren Lieferzeiten führen"), not "Aufgrund der hohen Nachfrage kann es … dauern"
    // "Nur noch 2 auf Lager", "noch 3 Plätze frei", "Nur noch 3 Stück"; but "Noch 2 Schritte"
    '( nur noch | noch | lediglich noch ) # !@notStock ~3 @stockState', // „Nur noch 2 Termine diese Woche frei"
    '( nur noch | lediglich noch ) # @stockThing',
    // the count in words: "Nur noch drei auf Lager", "Noch ein Zimmer frei" (but "Noch zwei Schritte")
    '( nur noch | noch | lediglich noch ) @fewWord !@notStock ~2 @stockState',
    '( nur noch | lediglich noch ) @fewWord @stockThing',
    '^ nur # !@notStock ~2 @stockState', // not „Nur 48 Stunden verfügbar" (urgency, not stock)
    // "12 Personen sehen sich dieses Produkt gerade an"
    '# andere|weitere? @people ~4 @watching',
    // "Heute schon 37-mal verkauft", "200 Käufe in den letzten 24 Stunden", "In 14 Warenkörben", "87 % verkauft"
    '# mal|x ~2!pro|je @sold', // not a limit per person: „Kann nur 2 Mal pro Benutzer eingelöst werden"
    '@sold ~1 # mal|x',
    '# @sales ~3 @recent',
    'in # anderen|weiteren? @cart',
    '# % ~2 !abgeschlossen|erledigt @sold', // not a progress bar: „3 % abgeschlossen"
    // "Anna aus Berlin hat gerade gekauft", "Jemand aus München hat vor 5 Minuten bestellt"
    '<!@shipment aus ~2 hat|haben|ist|sind ~5 @sold', // not a device's sign-in or a shipment (de-pressure-families.ts)
    'jemand ~6 @sold',
    // verb-final: "27 Personen haben dieses Hotel in den letzten 24 Stunden gebucht", "Anna und 8 weitere haben gespendet"
    '# @people hat|haben ~6 ~3 @sold',
    '# @people hat|haben ~6 ~3 @watching', // "… haben sich das in den letzten 24 Stunden angesehen"
    '# @people ~4 auf|im|in ~2 @cart',
    '# @people sind|ist gerade|jetzt|momentan|soeben',
    '^ gerade|soeben|eben @sold',
    'ist|hat vor # @timeUnit .? ~4 @sold', // "vor 2 Min. umgestiegen": an abbreviation's dot // someone else: "ist vor 2 Min. umgestiegen", not "Sie haben vor 2 Tagen bestellt"
    // "Nur noch einer!", "Wenige übrig", "Ist normalerweise sofort ausverkauft"
    'nur noch einer|eine|eins|zwei|drei|wenige $',
    '^ nur? wenige übrig|verfügbar|vorrätig|da',
    'normalerweise|meist|meistens|oft|immer|schnell|sofort ~1 @soldOut',
    // „… sind oft nach wenigen Tagen vergeben" (not „weg" that far off: „Die Beschwerden sind oft nach 3 Tagen weg")
    'normalerweise|meist|meistens|oft|immer|schnell|sofort ~4 ausverkauft|vergriffen|ausgebucht|vergeben',
    // "Wenige Exemplare vorrätig", "Letzte Exemplare", "Nur noch 2 in deiner Größe", "nur 4 Stück"
    '^ nur? noch? wenige ~1 @stockState',
    '^ letzte|letzter|letztes|letzten #? @stockThing',
    '( nur noch | lediglich noch ) # in ~1 @stockThing|größe|grösse|farbe', // (Swiss "Grösse")
    'nur|lediglich # @stockThing $',
    'vorrat|stückzahl|menge|bestand|kontingent ~1 begrenzt|limitiert',
    // (session 13) places said to be few, as a badge or a sentence: „Begrenzte Plätze verfügbar", „Die Plätze in den
    // Aktionsterminen sind begrenzt" (not a setting's „begrenzt auf 3 Plätze", nor „Unbegrenzte Plätze")
    '^ begrenzte|limitierte|wenige plätze|termine|slots|teilnehmerplätze !für|pro|je|auf', // not a stated limit: „Begrenzte Plätze pro Kurs: 12 (Brandschutz)"
    'plätze|termine|slots ~4 sind|ist ~1 begrenzt|limitiert|knapp !auf',
    // activity told by its time or by the crowd: "Zuletzt gebucht vor 2 Stunden", "Im Warenkorb von 8 Personen"
    'zuletzt gebucht|reserviert|gekauft vor # @timeUnit',
    '@cart von # @people',
    '# @people ~1 online',
    '# mal|x in den letzten ~3 @sold',
    'in den letzten # @timeUnit ~4 @sold',
    'meistverkauft|meistgekauft|meistgebucht in den letzten|heute|diese',
    '<!@shipment aus ~2 hat|ist ~3 @joined', // not „Ein Gerät aus Berlin hat sich gerade angemeldet"
    // counted views and carts with a time window ("Ihr Beitrag wurde 37-mal angesehen" has none)
    'in den letzten ~3 # mal|x angesehen|aufgerufen|angeschaut',
    '# mal|x angesehen|aufgerufen|angeschaut ~1 in den letzten|heute|seit',
    '# mal|x in den|die @cart ~1 gelegt',
    '# @sold ~1 in den letzten|seit|heute',
    '^ ~1 in ~2 hat|ist ~6 @sold', // "Anna in Köln hat vor 12 Minuten … gekauft"
    // "Weniger als 5 übrig", "20 Stück übrig", "8 Artikel übrig"
    '<!bei|unter weniger als # ~1 @stockState', // not a setting: "Warnung bei weniger als 5 Stück auf Lager"
    'mehr als # @sold', // "Mehr als 10 verkauft"
    '# beobachter $', // "24 Beobachter"
    '# !@notStock @stockThing? übrig',
  ]),
  countdown: {
    units: {
      tag: 'd',
      tage: 'd',
      std: 'h',
      stunde: 'h',
      stunden: 'h',
      min: 'm',
      minute: 'm',
      minuten: 'm',
      sek: 's',
      sekunde: 's',
      sekunden: 's',
      h: 'h',
      m: 'm',
      s: 's',
      d: 'd',
      t: 'd', // „3 T. 4 Std."
      tg: 'd',
    },
    cues: [
      'innerhalb',
      'in',
      'endet',
      'enden',
      'noch',
      'nur',
      'läuft',
      'ab',
      'übrig',
      'reserviert',
      'countdown',
      'bis',
      // the time left, named before the timer: „Verbleibende Zeit 4:59", „Restzeit: 09:12"
      'verbleibende',
      'verbleibend',
      'restzeit',
    ],
    clockBefore: [
      'um',
      'ab',
      'bis',
      'von',
      'seit',
      'gegen',
      'zwischen',
      'dauer',
      'laufzeit',
      'spielzeit',
      'länge',
      'öffnungszeiten',
      'geöffnet',
    ],
    clockAfter: ['uhr', 'h'],
  },
  vagueCta: withAsciiSpellings([
    'weiter|weitergehen|fortfahren bitte|jetzt?',
    'weiter gehts',
    'ok|okay',
    'absenden|senden|abschicken|einreichen|übermitteln',
    'bestätigen|übernehmen|anwenden|auswählen|wählen|fertig|erledigt|schließen|abbrechen|zurück|start|starten',
    'ja|nein bitte?',
    'los|jetzt? los',
    'los gehts',
    'hier|mehr|details|info|infos',
    'hier klicken|tippen',
    'klicken|klick|tippen sie? hier',
    'mehr erfahren|lesen|infos|informationen|anzeigen',
    '( klicken sie | klick ) hier ...',
  ]),
  readability: fleschAmstad,
};
