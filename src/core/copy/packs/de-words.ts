/**
 * German word classes, the lexicon the German pack's shapes are written in (used there as `@name`).
 *
 * Entries are base forms: nouns in the singular (Geschenk), verbs in the infinitive (verzichten), adjectives
 * uninflected (gut); the pack's suffixes read Geschenke, verzichte, verzichtet, guten as them. Nouns listed in
 * NOUN_HEADS also match as the head of a compound (Neukundenrabatt is a Rabatt; a Rabattcode is not).
 * Each entry with ä/ö/ü/ß is also read as typed without them (de-spelling.ts).
 */

// ─── confirmshaming: what a shaming "no" refuses, prefers or gives up ─────────────────────────────

/** Things of value: refusing them is the self-deprecating "no" ("ich mag keine Geschenke"). */
export const VALUED = [
  'geld',
  'ersparnis',
  'ersparnisse', // -nis, -nisse: Ersparnissen
  'sparen', // the verb and its noun: "ich will nicht sparen", "Sparen ist nichts für mich"
  'rabatt',
  'nachlass',
  'ermäßigung',
  'vorteil',
  'preisvorteil',
  'schnäppchen',
  'deal',
  'geschenk',
  'prämie',
  'bonus',
  'belohnung',
  'gutschein',
  'gewinn',
  'erfolg',
  'wachstum',
  'umsatz',
  'kunde', // "meine Firma braucht keine neuen Kunden"
  'gesundheit',
  'glück',
  'spaß',
  'freude',
  'bildung',
  'karriere',
  'ziel', // "deine Ziele aufgeben"
  'fortschritt',
  'schlaf', // "keine Lust auf besseren Schlaf"
  'altersvorsorge',
  'vorsorge', // (session 14) „Vorsorge ist mir zu anstrengend"
  'datenschutz',
  'sicherheit',
  'gratisversand',
  'gewinnchance', // „Lieber ohne Gewinnchance weiter" (its head is a chance, not a gain)
  // what is given free, named by its first part (the compound's head alone is neutral: „Monate", „Probe")
  'gratismonat',
  'freimonat',
  'gratiswoche',
  'gratisprobe',
  'gratiszugabe',
  'zugabe',
  'freiexemplar',
  // causes: a decline that names one frames saying no as being against it ("Umweltschutz? Nichts für mich")
  'umweltschutz',
  'klimaschutz',
  'tierschutz',
  'naturschutz',
  'kostenloser versand',
  'informiert', // "ich will nicht informiert sein"
  'vip',
];

/** The gains among them that a decline label may not name: saying no is then framed as a loss. */
export const GAIN = [
  'umweltschutz',
  'klimaschutz',
  'tierschutz',
  'naturschutz',
  // money only as a gift or a saving, not money as such: „das Geld ist knapp" is the visitor's circumstance
  'geschenktes geld',
  'geld geschenkt',
  'gratis geld',
  'bares geld',
  'geld gespart',
  'ersparnis',
  // not „sparen", „Gutschein": saving for something and using one's voucher are the visitor's own reasons
  'rabatt',
  'nachlass',
  'ermäßigung',
  'vorteil',
  'schnäppchen',
  // not „Geschenk": a gift is often the visitor's own purpose („Nein danke, es ist ein Geschenk"); refusing one
  // is still caught as refusing a valued thing („Weiter ohne Geschenk", „ich mag keine Geschenke")
  'prämie',
  'bonus',
  'belohnung',
  'erfolg',
  'gesundheit',
  'glück',
  'spaß',
];

/**
 * What a label of no role may not go on without, nor the page tell the visitor not to lose: the gains, a gift, free
 * months, a saving, money („Weiter ohne Rabatt", „Ohne Geschenk bestellen", „Verliere nicht deinen Bonus"). Not a
 * voucher (a code the visitor may not have: „Weiter ohne Gutschein"), nor points or credit left unused („Ohne Punkte
 * bezahlen"), nor a goal skipped in a setup („Ohne Ziel fortfahren").
 */
export const LABEL_GAIN = [
  '@gain',
  'geschenk',
  'gratisgeschenk',
  'willkommensgeschenk',
  'gratismonat',
  'freimonat',
  'gratiswoche',
  'gratisprobe',
  'zugabe',
  'gratisversand',
  'kostenloser versand',
  'gratis versand',
  'ersparnisse',
  'geld',
  'cashback',
];

/** Good states the visitor is made to refuse: „ich will nicht fit werden", „Sie möchten nicht erfolgreich sein?". */
export const GOOD_STATE = [
  'fit',
  'reich',
  'gesund',
  'gesünder',
  'erfolgreich',
  'erfolgreicher',
  'schlank',
  'schlanker',
  'besser',
  'klüger',
  'schlauer',
  'stärker',
  'produktiv',
  'produktiver',
  'glücklich',
  'glücklicher',
  'schöner',
  'schuldenfrei',
  'unabhängig',
];

/** Adjectives that make what they describe valued when refused: "keine guten Angebote", "keine schönere Haut". */
export const VALUED_QUALITY = [
  'gut',
  'besser',
  'best',
  'toll',
  'günstig',
  'günstiger',
  'billiger',
  'schöner',
  'gesünder',
  'kostenlos', // "ich verzichte auf kostenlosen Versand"
  'gratis',
  'exklusiv',
  // the page's praise of its offer, in the visitor's refusal: „Nein danke, ich verzichte auf dieses einmalige Angebot"
  // (not „einmalig": a one-time payment, „ich zahle lieber einmalig"; de-judgements.ts reads the once-only offer)
  'einzigartig',
  'unschlagbar',
  'sensationell',
  'fantastisch',
  'großartig',
  'traumhaft',
  'erstklassig',
  'hervorragend',
];

/** What the visitor already has in a cancel flow: valued when they give it up ("meine Treuepunkte verfallen lassen"). */
export const OWNED = [
  'punkt',
  'status',
  'guthaben',
  'gutschrift',
  'meile', // Bonusmeilen, Flugmeilen
  'cashback',
  'fortschritt',
  'serie', // a streak: „Deine 30-Tage-Serie endet"
  'streak',
  'level',
  'stufe',
  'sonderpreis',
  'vorzugspreis',
  'preis',
];

/** Whom a donation helps: leaving them is guilt ("Die Kinder im Stich lassen?"). */
export const DEPENDANT = [
  'kind',
  'tier',
  'hund',
  'katze',
  'familie',
  'umwelt',
  'planet',
  'natur',
  'wald',
  'meer',
  'patient',
  'flüchtling',
  'obdachlose',
  'bedürftige',
  'zukünftiges ich',
];

export { LOSS, LOSS_JUDGED } from './de-loss-words.js';

/** Verbs of a loss, said of oneself with relish: "ich verpasse gerne gute Angebote". */
export const LOSS_VERB = ['verpassen', 'verlieren', 'verschwenden', 'verbrennen', 'zahlen', 'bezahlen', 'draufzahlen'];

/** After zahlen / bezahlen / ausgeben: paying more on purpose ("ich zahle gerne mehr"). */
export const PAY = ['zahlen', 'bezahlen', 'ausgeben'];
export const MORE = ['mehr', 'extra', 'drauf', 'aufpreis', 'voll', 'doppelt'];

/** Preference in the first person, with the object after it deciding ("ich zahle lieber monatlich" is fine). */
export const PREFER = ['lieber', 'gern', 'gerne', 'bevorzugen', 'am liebsten'];

/** Refusing in the first person: "ich mag keine", "ich brauche keinen", "ich will nicht". */
// „brauch" as spoken, the first person without its -e („Brauch ich nicht"): the suffixes read only „brauche"
export const WANT = ['mögen', 'mag', 'wollen', 'will', 'möchten', 'möchte', 'brauchen', 'brauch', 'interessieren'];
export const HATE = [
  'hassen',
  'pfeifen auf',
  'verzichten auf',
  'kein interesse an',
  'kein interesse am', // „Kein Interesse am Sparen"
  'nicht interessiert an', // „Nicht interessiert an Rabatten"
  'nicht interessiert am',
  'wer braucht schon',
];

/** Verbs that give up what the visitor has or was given: "Rabatt verschenken", "auf Vorteile verzichten". */
export const RENOUNCE = [
  'verzichten',
  'verlieren',
  'verschenken',
  'verpassen',
  'verspielen',
  'aufgeben',
  'opfern',
  'wegwerfen',
  'verfallen lassen',
  'sausen lassen',
  'liegen lassen',
  'aufzugeben', // zu-infinitive: "Kündigen heißt, deine Ziele aufzugeben"
  'zu verlieren',
  'wegzuwerfen',
  'zu verschenken',
  'nein zu',
  'auslassen',
  'zurücklassen',
  'ausschlagen',
  'links liegen lassen',
];

/** Self-flattery and boasts: "ich bin schon perfekt", "ich bin reich". */
export const SMUG = [
  'weiß alles',
  'was soll schon passieren', // a shrug at the risk: „Weiter ohne Schutz – was soll schon passieren"
  // more shrugs at the risk: „wird schon gut gehen", „YOLO", „Daumen drücken", „ich verlass mich aufs Glück"
  'was soll schon schiefgehen',
  'was soll schon schief gehen',
  'wird schon gut gehen',
  'wird schon gutgehen',
  'wird schon nichts passieren',
  'wird schon schiefgehen',
  'yolo',
  'daumen drücken',
  'aufs glück',
  'auf gut glück',
  // der Status quo für gut erklärt: „mein Schrank ist gut so, wie er ist"
  'so wie er ist',
  'so wie sie ist',
  'so wie es ist',
  'wie er ist',
  'wie sie ist',
  'perfekt',
  'makellos',
  'fehlerfrei',
  'vollkommen',
  'allwissend',
  'unfehlbar',
  'genial',
  'bin reich', // a phrase: "reich" alone would read "reichen" (to suffice) through the suffixes
  'sind reich',
  'steinreich',
  'weiß es besser', // "ich weiß es besser"
  'weiß alles besser',
  'stinkreich',
  // invulnerable, said of oneself or one's things: „ich bin unverwundbar", „mein Handy ist unzerstörbar"
  'unverwundbar',
  'unzerstörbar',
  'unkaputtbar',
  'unsterblich',
  'das bleibt so', // „ich habe keine Ahnung und das bleibt so": ignorance kept on purpose
  'und dabei bleibt es',
];

/** Leaving those who depend on a gift: "die Kinder im Stich lassen", "die Tiere können warten". */
export const ABANDON = [
  'im stich', // "ich lasse mein Team im Stich": the verb stands apart
  'im stich lassen',
  'leiden lassen',
  'leer ausgehen', // (session 14) „… und die Kinder leer ausgehen lassen"
  'hungern lassen',
  'frieren lassen',
  'allein lassen',
  'können warten',
  'kann warten',
  'egal',
];

/** Other people held up to the visitor: "(andere greifen längst zu)", "Clevere Käufer bleiben". */
export const OTHERS = ['andere', 'alle anderen', 'die meisten', 'die klugen', 'die schlauen', '@othersNamed'];
/** The same, unmistakable even in a decline label (where "ein anderes Tool" is fine). */
export const OTHERS_NAMED = [
  // not „alle anderen" (a shape in de-shaming.ts and de-judgements.ts): before a thing it is a determiner
  'clevere käufer',
  'clevere kunden',
  'schlaue käufer',
  'kluge käufer',
  'echte fans',
  'wahre fans',
  'echte kenner',
  'die klugen',
  'die schlauen',
  'jedermanns sache',
];
/**
 * Things of an interface that „alle anderen" may determine: „Alle anderen Geräte abmelden", „… von allen anderen
 * Sitzungen abmelden" (others held up are people: „Alle anderen zahlen drauf", „wie alle anderen").
 */
export const INTERFACE_THING = [
  'gerät',
  'sitzung',
  'browser',
  'datei',
  'einstellung',
  'option',
  'feld',
  'eintrag',
  'einträge',
  'seite',
  'tab',
  'fenster',
  'element',
  'cookie',
  'dienst',
  'kategorie',
  'sprache',
  'zahlungsmethode',
  'app',
  'version',
  'recht',
  'rolle',
  'konto',
  'produkt',
  'artikel',
  'variante',
  'filter',
  'spalte',
];
/** Names for the visitor who says no: mockery in any field ("Nur Sparmuffel klicken hier weg"). */
export const INSULT = [
  'sparmuffel',
  'geizhals',
  'geizkragen',
  'verlierer',
  'langweiler',
  'feigling',
  'angsthase',
  'dummkopf',
  'idiot',
  'trottel',
  'spießer',
  'schlauer',
  'klüger',
  'vernünftiger',
];
export const OTHERS_DO = [
  'zugreifen',
  'zuschlagen',
  'greifen',
  'schlagen',
  'zögern',
  'bleiben',
  'sichern',
  'nutzen',
  'lassen',
];
