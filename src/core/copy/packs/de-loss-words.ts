/**
 * German losses and harms (a class of the German pack, `@loss`): preferring one is the sarcastic "no" („ich bleibe
 * lieber ahnungslos"), and in a decline label each is evaluative wherever it stands. Base forms, as in de-words.ts.
 */

/** Losses and harms: preferring them is the sarcastic "no" ("ich bleibe lieber ahnungslos"). */
export const LOSS_JUDGED = [
  // what the visitor keeps, called bad: „bei meinem lahmen WLAN bleiben"
  'verpassen',
  'verschwenden',
  'draufzahlen',
  'ahnungslos',
  'uninformiert',
  'unwissend',
  'dumm',
  'hungern',
  'frieren',
  'von hand',
  'per hand',
  'mit der hand',
  'manuell',
  'im dunkeln',
  'den vollen preis',
  'vollen preis',
  'vollpreis',
  'normalpreis', // „ich zahle gern den Normalpreis" (a price list's „Normalpreis 49 €" names no preference)
  'das doppelte',
  'zum fenster hinaus',
  'wie bisher', // "ich mache weiter wie bisher": staying stuck
  'schneckentempo',
  'papierkram',
  'mit leeren händen',
  'teure', // "beim teuren Tarif" (but "zu teuer" is the visitor's reason)
  'alles falsch',
  // self-insults and harms an absurd alternative names
  'hoffnungslos',
  'hoffnungsloser fall',
  'sterben',
  'eingehen', // plants
  'strafgebühr',
  'mahngebühr',
  'mehr zu bezahlen',
  'mehr zu zahlen',
  // starting over, burning money, prices called usury: „wieder bei null anfangen", „Geld verbrennen", „Wucherpreise"
  'bei null anfangen',
  'von vorn anfangen',
  'von vorne anfangen',
  'verbrennen',
  'wucherpreis',
  'wucher',
  'abzocke',
  'mondpreis',
  // states an absurd alternative stays in: „ich bleib im Funkloch", „in der Steinzeit"
  'funkloch',
  'steinzeit',
  'mittelalter',
  'unorganisiert',
  'unvorbereitet',
  'ungeschützt',
  'planlos',
  'altmodisch',
  'scheitern', // „ich scheitere lieber allein", „ich riskiere lieber alles"
  'riskieren',
  'mich so durch', // „ich wurschtel mich so durch": muddling through, said of oneself
  'mich allein durch',
  // a shrug in a decline label: „mein Rasen darf ruhig braun bleiben", „dann bleib ich halt …"
  'ruhig',
  'halt',
  'dann eben',
];

/**
 * Losses that are also what a visitor reports as the cause of saying no („mein Handy ist kaputt", „zu kompliziert",
 * „ich habe meinen Job verloren", „ich bin pleite", „viel Stress gerade"): they judge only in a construction (a
 * preference, staying in them, paying for them), never as a word alone.
 */
export const LOSS_REPORTED = [
  'lahm',
  'mies',
  'kaputt',
  'veraltet',
  'hässlich',
  'langweilig',
  'verlieren',
  'verloren',
  'chaos',
  'stress',
  'ärger',
  'pleite',
  'schlechter',
  'schlimmer',
  'überteuert',
  'teurer',
  'leiden',
  'umständlich',
  'kompliziert',
  'zu viel',
  'stau',
  'zu spät',
  'enttäuscht',
  'unglücklich',
  'einsam',
  'chaotisch',
  'risiko', // „ich mag Risiko" (but „das Risiko ist mir zu hoch" is a reason)
];

/** Every loss: what the preference and staying frames read. */
export const LOSS = [...LOSS_JUDGED, ...LOSS_REPORTED];
