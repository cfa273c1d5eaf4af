/**
 * German signals of a jab that shame only together (pack.ts ShamingSignal, shaming-signals.ts): two families
 * in one text are confirmshaming; one alone is ordinary copy („Möchten Sie wirklich kündigen?").
 */
import type { Shape, ShamingSignal } from '../pack.js';
import { withAsciiSpellings } from './de-spelling.js';

const yours = 'dein|deine|deinen|deinem|deiner|ihr|ihre|ihren|ihrem|ihrer|euer|eure';

export const DE_SIGNALS: Readonly<Record<ShamingSignal, readonly Shape[]>> = {
  // a rhetorical question about the visitor's leaving or saying no
  stay: withAsciiSpellings([
    '^ schon|jetzt ~1 weg|fertig|gehen $',
    '^ wirklich|echt|sicher|ernsthaft|tatsächlich ~1 $',
    'willst|wollen|möchtest du|sie wirklich|echt|tatsächlich',
    'und du|sie ~2 sagst|sagen nein',
    'dir|ihnen|euch nicht $',
    'trotzdem kündigen|gehen|abbrechen|ablehnen $',
    '( bist du | sind sie ) ~1 sicher',
    '( so schnell | oh nein | immer noch nicht überzeugt | noch nicht überzeugt )',
    'du verlässt|sie verlassen uns',
    'gibst|geben du|sie ~1 auf',
    'wirklich ~1 aufgeben',
    'noch nicht bereit',
    '^ abmelden|kündigen|abbestellen|downgraden|abbrechen|schließen|gehen $',
    'du|sie ~1 sagst|sagen nein $',
    '^ warte|warten|moment|halt $',
    'bevor du|sie gehst|gehen',
    'so schnell',
  ]),
  // what the visitor loses, pinned on them
  loss: withAsciiSpellings([
    `${yours} ~4 @valued|@owned`,
    '@valued|@owned ~3 liegen|verfallen|sausen lassen',
    '@valued|@owned ~3 verschenken|aufgeben|wegwerfen|verlieren|verpassen',
    'nein zu ~3 @valued',
    'zahlst|zahlen|zahlt|bezahlst|bezahlen ~2 mehr|voll|drauf|doppelt',
    '# % ~1 @valued',
    '( für immer | endgültig ) ~2 weg|verloren|verfallen|verschwunden',
    'verpasst|verpassen|entgeht|entgehen',
    'nie wieder',
    'geld|ersparnis|ersparnisse|rabatt|punkte ~4 liegen|zurück lässt|lassen|lasst',
    'hättest|hätten ~3 haben können',
    '( kein geld | nicht sparen | kein interesse am sparen )',
    'voll|vollen preis',
    'lass|lasst|lassen ~3 nicht zurück',
    'uninformiert|ahnungslos ~1 bleiben',
    'zurückbleiben|zurückzubleiben',
    'jeden|jede|alle ~2 verpassen',
    'bereuen|bereust|bereut',
  ]),
  // what others, smarter or more caring, do
  others: withAsciiSpellings([
    'clever|klug|schlau|smart|erfahren ~1 käufer|käuferin|kunde|kundin|sparer|leute|menschen|eltern|köpfe',
    'alle anderen',
    'deine|ihre konkurrenz|konkurrenten|nachbarn|freunde',
    'leute|menschen wie dich|sie',
    'die meisten', // not „niemand": „Niemand zahlt gern zu viel: darum ist der Versand gratis" is about no one
    'der|die einzige|letzte ~4 der|die|im|in',
    '^ wer ~5 denkt|liebt|sorgt|wichtig|schätzt|klug',
    '^ wer jetzt ~2 nein|geht|abbricht|ablehnt',
  ]),
  // sarcasm and shrugs
  mock: withAsciiSpellings([
    'viel glück|spaß ~2 suchen|weitersuchen|suche|zahlen|bezahlen',
    '( na gut | na schön | schon gut | wie du willst | wie sie wollen | dann eben nicht | selbst schuld | dein pech | ihr pech | schade eigentlich | wie schade )',
    '^ mutig $',
    // not „schade": „Schade, dass Sie gehen. Ihr Abo endet am 31. Mai." is a polite goodbye
    '( tja | schon klar | mutige entscheidung | sieht so aus | deine entscheidung | ihre entscheidung )',
    '^ hm|hmm',
    'wir sind ~1 da|hier wenn',
  ]),
  // who suffers or is disappointed
  dependant: withAsciiSpellings([
    '@dependant',
    `${yours} ~3 wird|werden dich|sie ~1 vermissen`,
    'vermisst|vermissen dich|sie',
    'wird|werden ~1 traurig',
    'verdient|verdienen|hätte ~1 besseres|mehr|besser',
    'zukünftiges ich',
    'enttäuscht|traurig sein',
  ]),
  // the visitor cast as not caring
  careless: withAsciiSpellings([
    'nicht so|wirklich wichtig',
    'ist dir|ihnen ~2 egal',
    'magst|mögen du|sie ~1 wohl|keine ~1 gute|guten',
    'nicht ernst',
    'keine lust auf ~2 @valued',
    'bleibt|bleiben|bleibst ~1 eben|halt stehen|zurück',
    '( willst du | möchtest du | wollen sie | möchten sie ) ~3 nicht $',
    'wer will|möchte ~2 nicht',
    'offenbar|anscheinend',
    '( wohl lieber | nicht jedem ist | am herzen )',
  ]),
};
