/**
 * German judgements (DeclineGrammar `judgements`, read with `openReasons`, engine decline-open.ts): what makes the
 * visitor's own words in a decline label a jab. With open reasons any clause of the visitor's own words passes
 * („Kündigen, ich ziehe um", „Ich warte lieber auf das neue Modell", „das Geld ist knapp", „Kreuzbandriss": bad news
 * reported as the cause passes) unless it says one of these. Judgements are a small set of constructions: a good
 * left to others, a failing pinned on oneself, a harm chosen or let happen, a liking or preference for something bad,
 * someone undeserving, a basic good not needed, a boast, a sarcasm marker ("eh", "ja", "wie immer"). A harm word alone
 * never judges; each shape carries its frame. German puts the verb second or last, so frames come in both orders.
 * Every entry is also read in its ASCII spelling (de-spelling.ts). Examples are this file's own; probes in
 * test/core/copy/packs/decline-judgements.test.ts and judgement-families.ts.
 */
import type { Shape } from '../pack.js';
import { withAsciiSpellings } from './de-spelling.js';

/** Defects of a thing the visitor puts up with (base forms; the suffixes read „tropfenden", „kaputte"). */
const DEFECT =
  'tropfend|kaputt|undicht|quietschend|wacklig|rostig|klapprig|durchgesessen|durchgelegen|verschimmelt|lahm|langsam|löchrig|kalt';

export const DE_JUDGEMENT_CLASSES = {
  /** Bad things one may say one likes or prefers, sarcastically: "ich mag Werbung", "lieber im Stau". */
  schlecht: [
    'werbung',
    'spam',
    'stau',
    'warteschleife',
    'gebühr',
    'nachzahlung',
    'strafe',
    'strafzettel',
    'mahnung',
    'drosselung',
    'kopfschmerz',
    'absturz',
    'abstürzen',
    'fehler',
    'sicherheitslücke',
    'lücke',
    'virus',
    'gerücht',
    'fake news',
    'teuer',
    'teuerste',
    'teuersten',
    'unbequem',
    'ungepflegt',
    'unbedeutend',
    'verspätet',
    'verspätete',
    'schlecht',
    'klauen',
    'blamieren',
    'labbrig',
    'matschig',
    'angebrannt',
    'scheitere', // "scheitern" read as typed: the suffixes give "scheiteren"
    'rost',
    'schimmel',
    'unordnung',
    'lärm',
    'geiz',
    'panne',
    'wegschauen',
    'stromfresser',
    'spritfresser',
    'schuhkarton',
    'matratze',
    'sparstrumpf',
    // (session 13) a wreck one goes on with: „Weiter mit der alten Rostlaube"
    'rostlaube',
    'schrottkiste',
    'klapperkiste',
    'schrotthaufen',
    'versandkosten', // „ich zahle lieber Versandkosten", „Lieber Versandkosten zahlen"
    // costs one says one prefers: „ich zahle lieber Zinsen", „ich bevorzuge höhere Preise" (not „höhere Qualität")
    'zinsen',
    'zusatzkosten',
    'höhere preise',
    'höheren preis',
    'höhere kosten',
    'hohe kosten', // „ich bin glücklich mit hohen Kosten"
    'hohe preise',
  ],
  /** Praise, as sarcasm gives it to a bad thing: "Pannen sind ein Abenteuer", "finde ich spannend". */
  lob: ['abenteuer', 'hobby', 'spannend', 'schön', 'lustig', 'toll', 'geil', 'gemütlich', 'romantisch', 'charmant'],
  /** What falls apart when one lets it: "kaputtgehen lassen", "verfallen lassen". */
  verfall: [
    'kaputtgehen',
    'kaputt gehen',
    'verfallen',
    'sausen',
    'verkommen',
    'verrotten',
    'vergammeln',
    'verwildern',
    'verstauben',
    'eingehen',
    'rosten',
    'langsam',
    'klauen',
    'streiken',
    'absaufen',
    'entgehen',
  ],
  /** A worse state one returns to or stays in: "wieder Vollzahler werden", "arm bleiben". */
  schlechter: [
    'vollzahler',
    'normal',
    'normaler kunde',
    'untrainiert',
    'arm',
    'anfänger',
    'unbedeutend',
    'ungepflegt',
    'unwissend',
    'tourist',
    'amateur',
    'laie',
    // (session 13) the states an absurd alternative stays in, by their kind: without success or health, average,
    // unseen, out of shape („ich bleibe lieber erfolglos", „wieder Durchschnitt sein", „ungesund bleiben")
    'erfolglos',
    'ungesund',
    'unfit',
    'unsportlich',
    'durchschnitt',
    'durchschnittlich',
    'mittelmaß',
    'mittelmäßig',
    'unsichtbar',
    'übergewichtig',
    'ungebildet',
    'ineffizient',
    'unproduktiv',
    'unversichert', // „ich bleibe lieber unversichert"
    // (session 14) looks, mood and order as states one stays in („ich will hässlich bleiben", „lieber chaotisch sein")
    'hässlich',
    'unattraktiv',
    'unglücklich',
    'chaotisch',
    'unorganisiert',
    'schwach',
    // in debt, as a state one stays in („ich bleibe lieber im Dispo"; alone it is the visitor's circumstance, a reason)
    'im dispo',
    'in den miesen',
    'in den roten zahlen',
  ],
  /** Who is "was für …": what a value is said to be only for ("Sparen ist was für andere"). */
  schwache: ['andere', 'ängstliche', 'streber', 'angsthasen', 'feiglinge', 'spießer', 'reiche', 'nerds', 'profis'],
  /** Basic goods a visitor cannot seriously not want: "ich muss meine Finanzen nicht verstehen". */
  grundgut: [
    'verstehen',
    'wissen',
    'lernen',
    'dazulernen',
    'schützen',
    'sparen',
    'kümmern',
    'vorsorgen',
    'lesen',
    'kennen',
  ],
  /** Worn-out things one says one puts up with: "ich schlafe gut auf meiner durchgelegenen Matratze". */
  abgenutzt: ['durchgelegen', 'tropfend', 'undicht', 'wackelig', 'rostig', 'verschimmelt', 'löchrig', 'zerkratzt'],
  /** Poor food one says one lives on: "ich esse wieder Dosenravioli". */
  notessen: ['dosenravioli', 'dose', 'tiefkühlpizza', 'fertigpizza', 'ketchup', 'instantnudeln', 'fertiggericht'],
  /** Giving up what one has, in the visitor's own words: "Gold-Status aufgeben", "alles hinschmeißen". */
  aufgeben: [
    'aufgeben',
    'verlieren',
    'verspielen',
    'hinschmeißen',
    'hinschmeissen',
    'wegwerfen',
    'verschenken',
    'zum fenster hinauswerfen',
  ],
  /** What guards the visitor, boasted about: "mein Passwort reicht völlig". */
  schutz: ['passwort', 'schloss', 'virenschutz', 'gedächtnis', 'zaun', 'dach', 'immunsystem', 'backup'],
  /** Indifference („mir ist … wurscht"); not „egal", which is as often neutral („mir ist die Farbe egal"). */
  indifferent: ['wurst', 'wurscht', 'schnuppe', 'schnurz', 'schnurzpiepegal', 'piepegal', 'schietegal', 'scheißegal'],
  /** Who depends on the visitor (with the pack's dependants): "meine Leute sollen weiter …". */
  leute: ['leute', 'team', 'kunden', 'kinder', 'mitarbeiter', 'mitarbeitende', 'familie', '@dependant'],
};

export const DE_JUDGEMENTS: readonly Shape[] = withAsciiSpellings([
  // 0. (session 11) a harm left to fate: „Ohne Versicherung – wird schon nix passieren", „mein Gartenzaun fällt schon
  // nicht um"; a harm accepted: „auch bei Regen", „auch wenn es nervt"; others left without the visitor's help:
  // „Verzichten und den Bäumen nicht helfen"; buying twice as the choice: „ich kaufe lieber zweimal"
  'wird|wirds|werde schon ~1 nix|nichts ~1 passieren|schiefgehen|kaputtgehen',
  'fällt|hält|geht|bricht schon nicht ~1 um|kaputt|ein|zusammen|ab',
  '( auch | selbst ) bei regen|kälte|sturm|hitze|schnee|glatteis',
  '( auch | selbst ) wenn es|das ~1 nervt|wehtut|schmerzt|schadet',
  'und|, ~3 nicht helfen|unterstützen|retten $',
  'kaufe|kaufen ~1 lieber|gern|gerne ~1 zweimal|doppelt',
  // 1. a good left to others: "jemand anders kümmert sich schon um die Kinder", "das schafft der Verein auch ohne
  // mich", "sollen sich andere drum kümmern", "meine Pflanzen kommen allein zurecht", "zusehen, wie andere …"
  'jemand|wer ~1 anders|anderes',
  'ohne mich|uns ~2 klar|zurecht|aus|weiter',
  'schafft|schaffen|kommt|kommen|klappt ~4 ohne mich|uns',
  'mein|meine|unser|unsere ~3 allein|alleine|selbst zurecht|klar',
  'sollen|soll ~2 andere|jemand',
  'andere ~2 drum|darum|kümmern',
  'zugucken|zusehen|zuschauen ~1 wie',
  'und zugucken|zusehen|zuschauen',
  // (also from the first list) „sollen doch andere helfen", „die Welt rettet bestimmt jemand anders", „das Tierheim
  // kommt schon ohne mich klar"; not „ich komme allein zurecht" (a reason) nor „ich spende ein anderes Mal"
  '<!wir|ich kommt|kommen schon? allein|alleine ~1 zurecht|klar',
  '( jemand anders | jemand anderes | andere !mal | die anderen ) ~3 helfen|hilft|retten|rettet|spenden|spendet|machen|macht',
  'helfen|hilft|retten|rettet|spenden|spendet ~3 ( jemand anders | jemand anderes | andere | die anderen ) !mal',
  'auch|schon ohne mich',
  // quitting named as giving up, alone as the label: „Aufgeben" (not „Bestellung aufgeben", an order placed)
  '^ aufgeben|hinschmeißen|hinwerfen $',
  // the page's once-only offer in the visitor's refusal: „…, ich verzichte auf dieses einmalige Angebot"
  '=einmalige|=einmaliges|=einmaligen ~1 angebot|chance|gelegenheit|deal|aktion',
  '<!vor|von|mit|unter|bei|zu alle anderen !@interfaceThing', // others held up in a decline („…, wie alle anderen"), not „Alle anderen Geräte abmelden"
  // 2. a failing or trait the visitor pins on themself: "Niederlagen bin ich gewohnt", "Mathe war nie mein Ding",
  // "ich weiß eh schon alles", "ich habe ausgelernt", "ich lerne nicht gern dazu"
  '@loss|enttäuschung|niederlage|pech ~3 gewohnt',
  'gewohnt ~3 @loss|enttäuschung|niederlage|pech',
  'nie ~1 ( mein ding | meins | meine stärke )',
  'nicht ~1 ( meine stärke | mein problem )',
  'mein|meinem|meiner ~1 gehirn|hirn|verstand',
  'hatte|konnte|kann ich ~2 nie',
  'ausgelernt',
  'weiß|weiss ~2 alles',
  'nicht gern|gerne ~2 @grundgut|@valuedAny',
  '@grundgut ~1 nicht gern|gerne',
  '@grundgut lieber|gern|gerne ~3 nicht',
  '@grundgut lieber|gern|gerne kein|keine|keinen|nie',
  'bin|sind ~1 ein? vollprofi|genie|experte|meister|allwissend',
  'mein|meine ~2 ist|sind schon? komplett|vollständig',
  'wie ein|eine ~1 @schlechter|idiot|depp|trottel',
  // „Spanisch lerne ich lieber nie", „Enttäuschungen bin ich gewohnt", „ich scheitere lieber allein", „ich blamiere
  // mich eh", „noch nicht so weit, … zu sein", „ist ja nur ein …", „Gehirn-Update"
  'weiß|weiss ~2 schon alles',
  'lerne|lernt|lernen ~4 nie $',
  'hatte|habe|hab ich nie',
  'bin ich gewohnt|gewöhnt',
  'scheitere|scheitern|versage|versagen|blamiere',
  'blamiere|blamieren ~1 mich|uns',
  'eh aufgegeben|schon aufgegeben|hinschmeißen|hinwerfen',
  'noch nicht so weit ,? ~2 zu sein',
  'ist ja nur ein',
  'gehirn|hirn ~1 update|upgrade',
  // 3. a harm chosen or let happen, a bad consequence accepted: "den Garten verwildern lassen", "… dann eben langsam
  // lassen", "mein Rad darf gern rosten", "der Keller bleibt feucht", "und mehr zahlen", "ich hoffe einfach"
  '@verfall ~1 lassen|lasse|lass|läßt|lässt',
  'lasse|lassen|lass ~3 @verfall',
  'darf|dürfen ~1 gern|gerne|ruhig|weiter',
  'bleibt|bleiben ~1 feucht|kaputt|schmutzig|langsam|unordentlich|dreckig|undicht|leer',
  'und|dann ~1 mehr|doppelt zahlen|bezahlen',
  'doppelt ~1 zahlen|bezahlen|zahle',
  'zum doppelten|dreifachen',
  'hoffe|hoffen ~1 einfach|mal|halt',
  'erkläre|erklären|beichte|beichten ~4 meinem|meiner chef|chefin|frau|mann|team',
  '^ dass nichts',
  'alles ~1 @aufgeben',
  '@valuedOrOwned ~3 @aufgeben',
  'hab|habe|habs ~4 aufgegeben',
  '@valuedOrOwned ~2 abgeben|zurückgeben',
  'wieder ~2 @schlechter',
  '@schlechter ~1 bleiben|bleibe|sein|werden',
  'bleibe|bleiben|bleib ~2 @schlechter',
  'juckt mich nicht|kaum',
  'nicht die bohne',
  'stört|stören mich nicht',
  // a harm taken on with the refusal, an infinitive after „und": „Abbrechen und den Überblick verlieren",
  // „Überspringen und mich später ärgern" (the loss words alone are the visitor's news: „ich habe … verloren")
  'und ~4 =verlieren|=verpassen|=versinken|=ersticken|=untergehen|=draufzahlen $',
  // a regret foretold: „… und es hinterher bereuen", „ich beiße mir später in den Hintern"
  'später|hinterher|nachher ~3 =bereuen|=bereue|=ärgern|=ärgere|=heulen|=weinen',
  'beiße|beißen ~3 in den hintern|allerwertesten',
  'in den hintern|allerwertesten beißen',
  // a later that mocks the wait: „Später – wenn es zu spät ist"
  'wenn|falls|sobald|bis ~3 zu spät',
  // paying too much as the choice (not „ich will nicht zu viel bezahlen", nor „ich habe zu viel bezahlt")
  '<!nicht zu viel|zuviel =zahlen|=bezahlen|=ausgeben',
  // back to a worse state: „Zurück ins Chaos", „wieder im Papierkram versinken" (not „Zurück zum Warenkorb")
  '( zurück | wieder ) in|im|ins|zum|zur ~2 @lossJudged|chaos',
  // a dependant said to need nothing or to manage alone: „meine Kinder brauchen keine Nachhilfe", „die Tiere kommen
  // ohne meine Spende zurecht", „Patienten können sich selbst helfen"
  '@leute ~2 braucht|brauchen|brauch kein|keine|keinen|nichts',
  '@leute ~4 ohne ~3 klar|zurecht|aus',
  '@dependant ~4 schaffen|schafft|packen|packt ~3 schon|allein|alleine', // „die Tiere schaffen das schon"
  // indifference said of oneself: „mir ist die Umwelt wurscht", „Bildung ist mir schnuppe", „der Planet ist uns egal"
  'mir|uns ~3 @indifferent $', // at the clause's end: not „ich kaufe mir die Wurst beim Metzger"
  '@dependant|@valuedAny ~3 egal',
  // the visitor an expert at a loss: „ich bin Profi im Verlieren", „Weltmeister im Aufschieben"
  'profi|meister|weltmeister|meisterin|weltmeisterin|experte|expertin|champion|könig|königin im|in ~1 @loss|@lossVerb|aufschieben|vergessen|scheitern|verschlafen|nichtstun',
  'sich selbst|selber helfen',
  // putting up with a defect: „ich bleibe beim tropfenden Wasserhahn", „ich schlafe gut auf meiner durchgelegenen
  // Matratze", „ich dusche eh kalt"
  `bleibe|bleiben|bleib|behalte|behalten ~2 ${DEFECT}`,
  'bleibe|bleiben|bleib|behalte|behalten ~2 @loss', // „ich bleibe beim überteuerten Tarif", „… meine chaotische Ablage"
  `gut|prima|bestens|wunderbar ~4 ${DEFECT}`,
  '( eh | sowieso | halt | eben ) ~1 kalt|schlecht|kaputt|falsch|langsam',
  // a harm let happen (verb-final „lassen"): „das Auto verkommen lassen", „mein Fahrrad lieber klauen lassen" (not
  // „den Vertrag auslaufen lassen": a term allowed to end)
  'kaputtgehen|kaputt|verkommen|rosten|verrotten|vergammeln|verwildern|verstauben|klauen|stehlen|hängen|langsam lassen|lasse|lässt',
  'verkommen|kaputtgehen|verrotten|vergammeln $',
  'entgehen|sausen|verfallen $',
  'zu verschenken|verbrennen',
  // paying more or staying worse off: „Wieder Vollzahler werden", „Schließen und arm bleiben", „beim Alten bleiben"
  // (not „beim alten Tarif bleiben")
  'mehr|voll|doppelt|drauf zahlen|bezahlen|zahle|zahlt',
  'vollzahler|vollzahlerin|vollzahlerinnen',
  'arm|dumm|unwissend|ahnungslos|untrainiert|unfit|unsportlich|pleite|krank|unbedeutend ~1 bleiben|bleibe|sein|werden',
  'bleiben|bleibe|bleib ~2 klein|unbedeutend|arm|dumm|ahnungslos|unwissend',
  'bleibe|bleiben|bleib ~2 anfänger|anfängerin|laie|amateur|dilettant',
  'beim alten $',
  'beim alten bleiben|bleibe|bleib',
  // (session 13) a sum given up in the visitor's words, the amount standing for the money („Auf 10 € verzichten", „Ich
  // verzichte auf 20 %", „30 € verschenken"): the grammar's goods are words, a sum has none
  'auf # %? ~1 verzichten|verzichte $',
  'verzichte|verzichten auf # %? $',
  '# %? ~1 verschenken|verspielen|wegwerfen $',
  // a risk taken on with the refusal, any order: „ich nehme das Risiko in Kauf", „das Risiko gehe ich ein"
  // (not „ich gehe kein Risiko ein": the visitor's caution)
  '<!kein|keine|keinerlei|keinen risiko ~2 in kauf',
  'das|dieses|jedes risiko gehe|gehen ich|wir ein $',
  // the risk acknowledged to go on: „Risiko verstanden – ohne Schutz fortfahren", „Risiko akzeptieren"
  'risiko ~1 verstanden|akzeptiert|akzeptieren|bewusst|bekannt',
  '( auf eigenes risiko | auf eigene gefahr )', // (session 14) „Weiter ohne Schutz – auf eigenes Risiko"
  // (session 14) a body said to need no care, a later that means never: „meine Haut braucht keine Pflege",
  // „Vielleicht später … oder nie"; going without, proud of it: „ich geh leer aus"
  'mein|meine haut|haare|körper|zähne|rücken|augen ~1 braucht|brauchen ~1 kein|keine|keinen|nichts',
  'oder ~1 nie|niemals $',
  'leer aus|ausgehen',
  'gehe|gehen das|dieses|jedes risiko ein',
  // a harm denied for oneself, a boast: „mir passiert schon nichts", „uns passiert eh nie was"
  'mir|uns passiert|passieren ~1 schon|eh|sowieso|doch? nichts|nix|nie|niemals',
  // a good one has enough of, the object first: „Kunden habe ich genug", „Umsatz haben wir eh genügend"
  '@valued habe|hab|haben|hat ich|wir ~1 schon|eh|bereits|sowieso? genug|genügend',
  // one's thing allowed to stay bad: „meine Website darf ruhig langsam bleiben", „das Bad darf kaputt sein"
  'darf|dürfen ~1 ruhig|gern|gerne|auch|weiter? langsam|kaputt|chaotisch|unordentlich|veraltet|@schlechter ~1 bleiben|sein|werden',
  // content with a defect, fearless of a harm, trusting blindly, learning the hard way: „ich bin zufrieden mit meinem
  // langsamen Internet", „ich habe keine Angst vor Einbrechern", „ich vertraue blind", „das Kleingedruckte lese ich
  // nie", „ich lerne lieber auf die harte Tour" (not „zufrieden mit meinem alten Handy": the visitor's own reason)
  'zufrieden|glücklich|happy mit ~2 langsam|lahm|kaputt|veraltet|@abgenutzt|@loss|@schlecht',
  // one's own valued thing given away, preferred: „ich schenke mein Geld lieber dem Finanzamt" (session 14)
  'schenke|schenken|überlasse|überlassen|spende|spenden ~2 @valued ~1 lieber|gern|gerne',
  'keine angst|sorge vor ~2 @harm|einbrecher|dieb|hacker|virus|viren|schimmel',
  'vertraue|vertrauen|klicke|klicken|unterschreibe|unterschreiben ~2 blind',
  'blind ~1 vertrauen|unterschreiben|weiterklicken|zustimmen',
  'kleingedruckte ~3 nie|nicht',
  'auf die harte tour|art',
  // going on with a wreck: „Weiter mit der alten Rostlaube" (not a cookie wall's „Weiter mit Werbung")
  'weiter mit ~2 @abgenutzt|rostlaube|schrottkiste|klapperkiste|schrotthaufen',
  // learning by harm, a good state as a clause of its own („…, produktiv zu sein"), an idiom of disdain for a good:
  // „ich lerne nur durch Schaden", „Ich bin noch nicht so weit, produktiv zu sein", „Sport ist Mord" (not „…, Kunde zu
  // werden")
  'durch|aus schaden ~1 klug|lernen|lerne $',
  'nur durch schaden',
  'lerne|lernen ~2 durch|aus schaden $',
  '^ ~1 @goodState|produktiv|organisiert|erfolgreich zu sein|werden $',
  'sport ist mord',
  // a boast of needing no help: „ich kann eh alles", „wir können das alles selbst"
  '( ich kann | wir können ) schon|eh|sowieso|das? alles $',
  // 4. a liking or preference for something bad: "ich mag Werbung", "lieber im Stau", "ich zahle gern Gebühren",
  // "Pannen sind ein Abenteuer", "Ordnung wird überbewertet", "ich esse lieber weiter Dosenfutter"
  'mag|mags|mögen|liebe|lieben|liebt|genieße|genießen|bevorzuge|bevorzugen ~3 @schlecht',
  'lieber|gern|gerne ~3 @schlecht',
  '@schlecht ~3 lieber|gern|gerne',
  'lieber|gern|gerne ~3 @schlechter',
  'lieber|gern|gerne ~2 @verfall|stundenlang|tagelang|wochenlang|ewig',
  'schaue|schauen|sehe|sehen lieber|gern|gerne weg',
  '( schlafe | bleibe | bleib | lebe | komme ) ~4 @abgenutzt',
  '( esse | essen | koche | kochen | lebe | ernähre | ernähren ) ~6 @notessen',
  'lieber|gern|gerne ~2 @loss',
  '@loss ~2 lieber|gern|gerne',
  // not a voucher: at the checkout it is a code the visitor may not have („Weiter ohne Gutschein", „Ohne Gutscheincode …")
  'ohne ~1 mein|meine|das|den? !gutschein|gutscheincode @valued $',
  'ohne mein|meine|meinen|meinem gutschein|gutscheincode $', // the visitor's own voucher is still given up
  '@valuedAny|@grundgut|gesund ~3 ist|sind nichts|nix für mich|uns', // „Lernen ist nichts für mich"
  '<!zahle|zahlen|nutze|nutzen|bleibe lieber|gern|gerne weiter !monatlich|jährlich|zahlen|nutzen|mit|per|bei|im',
  'lieber|gern|gerne ~1 nie|niemals|drauf|doppelt|mehr',
  'bleib|bleibe|bleiben beim|bei ~1 @schlecht|@abgenutzt',
  // the old ways as such, not the old plan: "ich bleib lieber beim Alten"
  'lieber|gern|gerne beim alten $',
  '@schlecht ~3 @lob',
  'überbewertet|überschätzt',
  'was|nur|etwas für ~1 @schwache',
  'mir zu gesund|vernünftig|schlau|sicher|günstig|billig|bequem|einfach',
  'auf ~4 pfeife|pfeif|pfeifen',
  'verzichte|verzichten ~2 gern|gerne|lieber',
  // a preference for the worse (with „lieber" open, what it prefers must not be a harm): „ich schlafe lieber
  // schlecht", „ich lese das Kleingedruckte lieber nicht" (not „Lieber nicht"), „ich esse wieder …"
  'lieber ~3 schlecht|schlechter|falsch|stundenlang|umständlich|allein|alleine|nie|kalt',
  'lieber _ ~3 nicht $',
  'esse ~1 wieder|weiter',
  '( ich mag | ich liebe ) ~2 werbung|spam|kopfschmerz|kopfschmerzen|stau|warteschleifen|pannen|nachzahlungen',
  'gern|gerne ~2 nachzahlungen|strafen|mahnungen|gebühren',
  // a loaded superlative before what the visitor keeps: „ich bleibe beim teuersten Stromtarif"
  'beim|den|dem|der|die|das|im teuersten|teuerste|schlechtesten|schlechteste|langsamsten|langsamste|lahmsten|ältesten',
  // a verdict on a good thing: „gesundes Essen ist nichts für mich", „Strafen sind mein Hobby", „Backups sind was
  // für Ängstliche", „Gemüse ist eh doof", „Bio ist mir zu gesund", „Geiz ist …"
  'gesund|gesunde|gesundes|frisch|frische|frisches|gut|gute|gutes|günstig|günstige ~2 ist|sind ~1 ( nichts | nix ) für mich',
  'ist|sind ~1 mein|ein hobby|abenteuer',
  'was für ängstliche|feiglinge|angsthasen|anfänger|streber',
  'ist|sind ~1 eh|ja|doch doof|blöd|überflüssig|unnötig|mord',
  'geiz ist',
  // a good called dull or a nuisance: „Geld sparen ist langweilig", „Vorsorge ist mir zu spießig"
  '@valued ~3 ist|sind|wird ~3 langweilig|öde|spießig|uncool|nervig|lästig|anstrengend',
  // needing nothing more of a good, a boast: „ich verdiene schon genug Geld", „wir haben genug Kunden"
  '<!nicht|kaum genug|genügend ~1 @valued', // not „ich habe nicht genug Geld"
  // others said to have enough already, so the visitor's no costs nothing: „die Fahrer verdienen eh genug", „das
  // Tierheim bekommt sowieso genug Spenden" (not „wir bekommen genug Post", „ich habe schon genug davon")
  '<!wir|ich =verdienen|=verdient|=bekommen|=bekommt|=kriegen|=kriegt ~2 genug',
  '=haben|=hat ~1 eh|sowieso|doch|ohnehin ~1 genug',
  'wächst|wachsen ~3 auf bäumen', // „Geld wächst bei mir auf Bäumen"
  // 5. someone undeserving: "mein Team hat den Bonus nicht verdient", "meine Leute sollen weiter Formulare ausfüllen"
  'hat|haben|hätte ~4 nicht|kein|keinen verdient',
  '@leute ~1 soll|sollen|kann|können|dürfen ~2 weiter|leiden|hungern|frieren|darben|verzichten', // „meine Mitarbeiter sollen leiden"
  'nicht verdient|verdienen',
  // 6. not needing a basic good, or a boast: "ich muss meine Finanzen nicht verstehen", "ich will gar nicht wissen,
  // …", "mein Passwort reicht völlig"
  'muss|brauche ~3 nicht|nie ~1 @grundgut',
  'will|möchte ~2 gar? nicht ~1 @grundgut',
  '@grundgut ~2 will|möchte ~2 nicht',
  '@schutz ~3 reicht|reichen|genügt|genügen|hält',
  'muss|brauche ~3 nicht verstehen|wissen|lernen|können',
  // 7. sarcasm markers that turn a reason into a jab: "eh", "ja" inside a clause, "wie immer", a parenthetical
  // "(… auch)"
  'eh ~2 @loss|@schlecht|@insult|kalt|doof|blöd|egal|kaputt|durchgesessen|aufgegeben',
  '_ ja ~1 nur|weiter|zeit|eh',
  'soll|sollen ~3 doch|ruhig|halt',
  'wie immer',
  'wer braucht|will|kauft schon',
  'irgendwie ~3 nicht $',
  'ich hab ja zeit|ich habe ja zeit',
  // a later that mocks the wait: "(falls es dann noch was gibt)", "… nicht mehr so günstig"
  'falls|ob es dann noch',
  'nicht mehr so günstig|billig',
  '_ ~3 auch $',
  'auch schön|toll|gut $',
]);
