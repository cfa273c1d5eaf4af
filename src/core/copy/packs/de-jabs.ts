/**
 * German jabs that shame on their own, in any field, written as constructions of the language rather than as
 * phrases: the generic relative clause „Wer …, (der) …" passing judgement on whoever says no; „Nur <Anfänger> …";
 * a counterfactual about the visitor („Wir dachten, du hättest Geschmack"); the visitor's own people who „will not
 * thank" them; a type of admirable person the visitor is said not to be („kein Sparfuchs"). Spread into the pack's
 * `confirmshaming.shapes` (ASCII spellings added there); the word classes are the pack's (`@name`).
 */
import type { Shape } from '../pack.js';

/** Word classes only these constructions use (merged into the pack's classes). */
export const JAB_CLASSES = {
  /** Admirable types of person: saying one is not one of them („kein Sparfuchs", „nicht so der Sparer-Typ"). */
  virtueType: [
    'sparfuchs',
    'fuchs', // as a compound's head: Sparfuchs, Schnäppchenfuchs
    'jäger', // Schnäppchenjäger
    'sparer',
    'kenner',
    'genießer',
    'gewinner',
    'macher',
    'held',
    'vordenker',
  ],
  /** People held up as beginners or quitters: „Nur Anfänger verzichten …" (not an insult alone: „Kurs für Anfänger"). */
  novice: ['anfänger', 'amateur', 'laie', 'aufgeber', 'neuling', 'versager', 'drückeberger', 'weichei'],
  /** What the visitor is said to lack: „Wir dachten, du hättest Geschmack". */
  quality: ['geschmack', 'stil', 'ehrgeiz', 'verstand', 'mut', 'mumm', 'herz', 'grips', 'anspruch', 'weitblick'],
  /** Harms wished on the visitor with a sarcastic „viel Glück": Wasserschaden, Rohrbruch, Einbruch, Panne. */
  harm: ['schaden', 'bruch', 'panne', 'ausfall', 'unfall', 'diebstahl', 'verlust', 'crash', 'pleite', 'notfall'],
  /** A taste for something, in the first person: „ich steh auf …", „ich liebe …". */
  loveIt: ['stehe auf', 'steh auf', 'liebe', 'mag'],
  /** Helping others, refused in a sentence of its own: „Heute helfe ich niemandem". */
  helpVerb: ['helfen', 'helfe', 'retten', 'rette'],
  /** Whoever-clause verbs of saying no, at the end of the „wer"-clause: „Wer so ein Angebot ablehnt, …". */
  refuseFinal: [
    'ablehnt',
    'ausschlägt',
    'zögert',
    'verzichtet',
    'kündigt',
    'geht',
    'wegklickt',
    'abspringt',
    'nein sagt',
    'zugreift', // after „nicht": „Wer nicht zugreift, …"
    'spendet',
    'bestellt',
  ],
  /** The judgement in the main clause after a „wer"-clause: sarcastic particles, „nicht verstanden", „selbst schuld". */
  sneer: [
    'nichts verstanden',
    'nicht verstanden',
    'nichts kapiert',
    'nicht kapiert',
    'nicht begriffen',
    'selbst schuld',
    'eben',
    'halt',
    'gern drauf',
    'gerne drauf',
    'schaut weg',
    'schauen weg',
    'verliert alles',
    'verlieren alles',
  ],
};

export const DE_JABS: readonly Shape[] = [
  // „Wer …, …": a generic relative clause judging whoever says no („Wer nicht spendet, schaut eben weg"), but not a
  // condition of the offer („Wer bis 14 Uhr bestellt, erhält die Ware morgen": no sneer after the comma)
  '^ wer ~5 @refuseFinal , ~3 @sneer',
  // „Nur Anfänger verzichten auf …", „Nur Aufgeber gehen jetzt": only the lesser kind of person says no
  '^ nur @novice|@insult ~3 verzichten|lehnen|sagen|klicken|kündigen|zahlen|gehen|zögern|bleiben|warten',
  // the visitor's own people who will not thank them: „Ihr Team wird es Ihnen nicht danken"
  'wird|werden es dir|ihnen|euch ~1 nicht danken',
  // a counterfactual about the visitor: „Wir dachten, du hättest Geschmack", „… dass Sie mehr Ehrgeiz hätten"
  'wir dachten|hofften|glaubten ,? dass? du|sie ~3 @quality',
  // the visitor lets what they have lapse: „Du lässt 200 Punkte verfallen?" (not „Ihre Punkte verfallen am 31.12.")
  '( du lässt | sie lassen | ihr lasst ) ~4 @valuedOrOwned ~1 verfallen|verstreichen|liegen',
  // not an admirable type of person, said of the visitor or of oneself: „dass du kein Sparfuchs bist",
  // „ich bin kein Sparfuchs", „nicht so der Sparer-Typ" (a captcha's „kein Roboter" is no virtue)
  'du|sie ~1 kein|keine ~1 @virtueType',
  '( ich bin | wir sind | bin ich ) ~1 kein|keine ~1 @virtueType',
  '( ich bin | wir sind | bin ich ) nicht ~1 so? der|die ~1 @virtueType',
  // not wanting to get better: „ich will kein Profi werden" (but „ich bin kein Profi" is a reason of the visitor's)
  '@want ~1 kein|keine|nicht ~1 @virtueType|profi|experte ~1 werden',
  // a sarcastic „good luck with the next harm": „Viel Glück beim nächsten Wasserschaden" (not „… Gewinnspiel")
  'viel glück ~2 @harm',
  // asked whether they would rather go on losing: „Du willst also lieber weiter Geld verbrennen?"
  '( du willst | sie wollen | willst du | wollen sie ) also? lieber|weiter ~3 @loss',
  // guilt by a named dependant: „Ohne deine Spende muss Luna im Tierheim bleiben"
  '^ ohne @yours spende|hilfe|unterstützung ~4 muss|müssen',
  // a taste for a loss in the first person: „Ich steh auf Wucherpreise", „ich liebe Papierkram"
  '@firstPerson @loveIt ~2!@no @loss', // not „ich mag kein Risiko"
  // refusing help to others outright: „Heute helfe ich niemandem", „helfe ich heute nicht" (not „ich kann gerade
  // nicht helfen": the visitor's own circumstance)
  '@helpVerb ~3 niemandem|niemanden',
  '@helpVerb ich|wir ~1 nicht $',
  // refusing expertise by its givers: „Ich brauche keinen Rat von Profis"
  '@no ~2 von profis|experten|fachleuten',
  // regret foretold: „Du wirst dich schwarz ärgern", „Später ärgerst du dich"
  'wirst|werden ~3 ärgern',
  '( ärgerst du | ärgern sie ) dich|sich',
  // letting the visitor's people down: „Enttäusche deine Kinder nicht", „Lass sie nicht im Stich", „… einfach hängen?"
  '^ enttäusche|enttäuschen|enttäusch ~3 nicht',
  '<!wir|ich lass|lassen|lässt ~3 nicht im stich', // not „Wir lassen Sie nicht im Stich"
  '( du lässt | sie lassen | ihr lasst ) ~3 ( hängen | sitzen | im regen )',
  // the visitor's dependants count on them or go without: „Die Tiere zählen auf dich", „Ohne dich bleiben 20 Kinder hungrig"
  '@dependant ~2 zählen|hoffen|warten|vertrauen auf dich|sie|euch',
  '^ ohne dich|sie|euch ~4 @dependant',
  // saying goodbye to a good: „Sag Tschüss zu deinem Rabatt", „Verabschiede dich von deinen Vorteilen"
  'tschüss|adieu|lebewohl|goodbye ~3 @valuedOrOwned',
  'verabschiede|verabschieden dich|sich von ~2 @valuedOrOwned',
  // left unprotected: „Dein Zuhause bleibt dann ungeschützt"
  '@yours ~2 bleibt|bleiben|ist|sind|steht|stehen ~2 ungeschützt|schutzlos|ungesichert',
  // the visitor cast as not caring: „dass dir Qualität nichts bedeutet", „ist dir wohl nichts wert"
  'dir|ihnen|euch ~2 nichts bedeutet|bedeuten|wert',
  // „Echte Profis sparen nicht an …", „Wer am falschen Ende spart, …"
  '^ echte|wahre|richtige _ ~3 nicht|kein|keine|niemals',
  'am falschen ende|platz',
  'an der falschen stelle',
  // sarcasm: „wenn du gerne zu viel zahlst", „Sicherheit ist ja überbewertet", „viel Spaß mit dem Chaos"
  'du|sie gern|gerne zu viel|mehr zahlen|bezahlen',
  'ja|eh|wohl|sowieso überbewertet|überschätzt',
  '@valuedAny ~2 überbewertet|überschätzt',
  'viel spaß|glück mit|beim|bei ~2 @loss|@harm',
  // a rhetorical question to the visitor: „Du gibst also einfach auf?", „Was würden deine Kinder dazu sagen?"
  '( du gibst | sie geben | gibst du | geben sie ) also|einfach|so ~1 auf',
  'was würde|würden ~3 dazu sagen|denken',
  '@yours kunden ~4 konkurrenz',
  // self-insults: „ich bin zu geizig", „zu bequem dafür"; a good dismissed: „Spenden? Mach ich nie"
  '( ich bin | wir sind ) ~1 zu geizig|faul|bequem|feige|ängstlich',
  '^ spenden|helfen|sparen|vorsorgen . ~2 nie|niemals|nö|nee',
];
