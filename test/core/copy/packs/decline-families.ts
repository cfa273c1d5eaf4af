/**
 * English and German decline labels by FAMILY (session 6): the ways a "no" says something about the visitor,
 * described from the language in the packs' decline and shaming data, with probes written for these tests before
 * the data (dark ones, and honest refusals with the visitor's own reason). Each dark probe must be confirmshaming
 * as a decline label and with no role (a crawled decline link); each honest one must pass as a decline label and
 * get no dark rule with no role. Not taken from any development set or blind batch (decline-families.test.ts).
 */

export interface DeclineFamily {
  shape: string;
  locale: 'en' | 'de';
  dark: readonly string[];
  honest: readonly string[];
}

export const DECLINE_FAMILIES: readonly DeclineFamily[] = [
  {
    shape: 'letting a valued thing one holds lapse or go: "let my points expire", "throw away my credit"',
    locale: 'en',
    dark: [
      'Let my 400 points expire',
      'My welcome credit can lapse',
      'Throw away my loyalty stamps',
      'Leave without my free tote bag',
      'Give up my Gold status',
      'Turn down free cash',
      'Let my reward lapse',
    ],
    honest: [
      'Let my subscription end on 30 June',
      'Remove my saved card',
      'Delete my account',
      'Let my trial end',
      'Leave without saving',
      'Release my seat reservation',
    ],
  },
  {
    shape: 'a value dismissed as not one\'s thing or overrated: "saving isn\'t my thing", "security is overrated"',
    locale: 'en',
    dark: [
      "No thanks, discounts aren't really my thing",
      'Nah, comfort is overrated',
      "Skip, I'm allergic to savings",
      'No, bargains make me anxious',
      'Nope, good sleep is overrated',
      "No thanks, being healthy isn't my style",
    ],
    honest: [
      'Not my size',
      "No thanks, newsletters aren't my thing",
      'Not my style',
      'No thanks, not for me',
      "No, I'm allergic to nuts",
      "Skip, dark mode isn't my thing",
    ],
  },
  {
    shape: 'a refusal with a fatalistic tail: taking one\'s chances, "what could go wrong", "ignorance is bliss"',
    locale: 'en',
    dark: [
      "No cover, I'll take my chances",
      'Skip insurance, what could go wrong',
      'No thanks, I trust my luck with deliveries',
      'Decline, fingers crossed nothing breaks',
      'Not now, ignorance is bliss',
      'Continue unprotected, YOLO',
    ],
    honest: [
      "No cover, I'm insured elsewhere",
      'Skip insurance, my card covers it',
      'No thanks, I have a warranty already',
      'Decline, I will check with my landlord',
      'Continue without the protection plan',
      'Not now, maybe next month',
    ],
  },
  {
    shape:
      'einen Wert, den man hat, verfallen oder gehen lassen: „Meine Punkte dürfen verfallen", „Gratismonate abgeben"',
    locale: 'de',
    dark: [
      'Meine 300 Treuepunkte dürfen verfallen',
      'Mein Guthaben kann ruhig verfallen',
      'Ich verzichte auf die 2 Freimonate',
      'Auf meine Gratismonate verzichten',
      'Gold-Status abgeben',
      'Meine Prämie sausen lassen',
      'Den Willkommensbonus verfallen lassen',
    ],
    honest: [
      'Mein Abo darf zum Monatsende auslaufen',
      'Meine gespeicherte Karte entfernen',
      'Auf die Geschenkverpackung verzichten',
      'Ich verzichte auf die Papierrechnung',
      'Mein Konto löschen',
      'Meine Testphase enden lassen',
    ],
  },
  {
    shape:
      'einen Wert als nicht das eigene Ding oder überbewertet abtun: „Sparen ist nicht mein Ding", „… wird überbewertet"',
    locale: 'de',
    dark: [
      'Nein, Gesundheit wird überbewertet',
      'Nö, Sparen ist nicht so mein Ding',
      'Nein danke, Rabatte machen mich nervös',
      'Nee, guter Schlaf ist überbewertet',
      'Nein, Sicherheit ist nicht mein Problem',
      'Nein danke, ich bin allergisch gegen Schnäppchen',
    ],
    honest: [
      'Nicht meine Größe',
      'Nein danke, Newsletter sind nicht mein Ding',
      'Nicht mein Stil',
      'Nein danke, nichts für mich',
      'Nein, ich bin allergisch gegen Nüsse',
      'Nein, der dunkle Modus ist nicht mein Ding',
    ],
  },
  {
    shape: 'eine Absage mit fatalistischem Nachsatz: „wird schon nichts passieren", „YOLO", „ich schaff das … nicht"',
    locale: 'de',
    dark: [
      'Ohne Schutz weiter, wird schon gut gehen',
      'Ohne Versicherung, wird schon nichts passieren',
      'Nein danke, ich verlass mich aufs Glück',
      'Weiter ohne Garantie, YOLO',
      'Ablehnen und Daumen drücken',
      'Nein, was soll schon schiefgehen',
    ],
    honest: [
      'Ohne Versicherung weiter, ich bin schon versichert',
      'Weiter ohne Garantie, der Hersteller gibt zwei Jahre',
      'Nein danke, ich habe schon eine Police',
      'Ablehnen, ich frage erst meinen Vermieter',
      'Ohne Schutzbrief fortfahren',
      'Jetzt nicht, vielleicht nächsten Monat',
    ],
  },
];
