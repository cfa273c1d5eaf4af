/**
 * Reading ease per language, against scores computed by hand: each case lists the words, sentences and syllables
 * counted with pencil and paper by the syllable rules of its language, and the formula's value from those counts.
 */
import { describe, expect, it } from 'vitest';
import { fleschAmstad } from '../../../../src/core/copy/readability/flesch-amstad.js';
import { kandelMoles } from '../../../../src/core/copy/readability/kandel-moles.js';
import { szigrisztPazos } from '../../../../src/core/copy/readability/szigriszt-pazos.js';
import { fleschKincaid } from '../../../../src/core/copy/readability/flesch-kincaid.js';
import {
  countText,
  readingLevel,
  readingLevelMessage,
  type ReadabilityFormula,
} from '../../../../src/core/copy/readability/formula.js';
import { tokenize } from '../../../../src/core/copy/tokens.js';

const toks = (text: string) => tokenize(text).toks;

interface Case {
  formula: ReadabilityFormula;
  text: string;
  words: number;
  sentences: number;
  syllables: number;
  /** By hand from the counts, rounded to one decimal. */
  score: number;
  plain: boolean;
}

const CASES: Case[] = [
  {
    // Sie(1) kön·nen(2) je·der·zeit(3) kün·di·gen(3) · Wir(1) lö·schen(2) Ih·re(2) Da·ten(2) nach(1) sie·ben(2)
    // Ta·gen(2) · Das(1) A·bo(2) kos·tet(2) acht(1) Eu·ro(2) im(1) Mo·nat(2): 18 words, 3 sentences, 32 syllables.
    // 180 − 18/3 − 58.5 × 32/18 = 180 − 6 − 104 = 70
    formula: fleschAmstad,
    text: 'Sie können jederzeit kündigen. Wir löschen Ihre Daten nach sieben Tagen. Das Abo kostet acht Euro im Monat.',
    words: 18,
    sentences: 3,
    syllables: 32,
    score: 70,
    plain: true,
  },
  {
    // Die(1) In·an·spruch·nah·me(5) der(1) Dienst·leis·tung(3) setzt(1) die(1) vor·he·ri·ge(4) Zu·stim·mung(3)
    // zu(1) den(1) All·ge·mei·nen(4) Ge·schäfts·be·din·gun·gen(6) so·wie(2) die(1) An·er·ken·nung(4) der(1)
    // Da·ten·schutz·be·stim·mun·gen(7) vor·aus(2) die(1) Sie(1) je·der·zeit(3) ein·se·hen(3) kön·nen(2):
    // 23 words, 1 sentence, 58 syllables. 180 − 23 − 58.5 × 58/23 = 180 − 23 − 147.522 = 9.48
    formula: fleschAmstad,
    text: 'Die Inanspruchnahme der Dienstleistung setzt die vorherige Zustimmung zu den Allgemeinen Geschäftsbedingungen sowie die Anerkennung der Datenschutzbestimmungen voraus, die Sie jederzeit einsehen können.',
    words: 23,
    sentences: 1,
    syllables: 58,
    score: 9.5,
    plain: false,
  },
  {
    // Vous(1) pou·vez(2) ar·rê·ter(3) à(1) tout(1) mo·ment(2) · Nous(1) sup·pri·mons(3) vos(1) don·nées(2) sous(1)
    // sept(1) jours(1) · l'a·bon·ne·ment(4) coû·te(1, mute e) huit(1) eu·ros(2) par(1) mois(1):
    // 19 words, 3 sentences, 30 syllables. 207 − 1.015 × 19/3 − 73.6 × 30/19 = 207 − 6.428 − 116.211 = 84.36
    formula: kandelMoles,
    text: "Vous pouvez arrêter à tout moment. Nous supprimons vos données sous sept jours. L'abonnement coûte huit euros par mois.",
    words: 19,
    sentences: 3,
    syllables: 30,
    score: 84.4,
    plain: true,
  },
  {
    // con·for·mé·ment(4) aux(1) dis·po·si·tions(4) ré·gle·men·taires(4) ap·pli·cables(3) l'u·ti·li·sa·teur(5)
    // re·con·naît(3) ex·pres·sé·ment(4) que(1) la(1) ré·si·lia·tion(4) an·ti·ci·pée(4) de(1) l'a·bon·ne·ment(4)
    // en·traîne(2) l'e·xi·gi·bi·li·té(6) im·mé·diate(3) de(1) l'in·té·gra·li·té(5) des(1) men·sua·li·tés(4)
    // res·tantes(2): 22 words, 1 sentence, 67 syllables. 207 − 1.015 × 22 − 73.6 × 67/22 = 207 − 22.33 − 224.145
    formula: kandelMoles,
    text: "Conformément aux dispositions réglementaires applicables, l'utilisateur reconnaît expressément que la résiliation anticipée de l'abonnement entraîne l'exigibilité immédiate de l'intégralité des mensualités restantes.",
    words: 22,
    sentences: 1,
    syllables: 67,
    score: -39.5,
    plain: false,
  },
  {
    // Pue·de(2) can·ce·lar(3) cuan·do(2) quie·ra(2) · Bo·rra·mos(3) sus(1) da·tos(2) en(1) sie·te(2) dí·as(2) ·
    // La(1) cuo·ta(2) cues·ta(2) o·cho(2) eu·ros(2) al(1) mes(1): 17 words, 3 sentences, 31 syllables.
    // 206.835 − 62.3 × 31/17 − 17/3 = 206.835 − 113.606 − 5.667 = 87.56
    formula: szigrisztPazos,
    text: 'Puede cancelar cuando quiera. Borramos sus datos en siete días. La cuota cuesta ocho euros al mes.',
    words: 17,
    sentences: 3,
    syllables: 31,
    score: 87.6,
    plain: true,
  },
  {
    // La(1) for·ma·li·za·ción(5) del(1) pre·sen·te(3) con·tra·to(3) im·pli·ca(3) la(1) a·cep·ta·ción(4)
    // in·con·di·cio·na·da(6) de(1) las(1) con·di·cio·nes(4) ge·ne·ra·les(4) a·sí(2) co·mo(2) la(1)
    // au·to·ri·za·ción(5) ex·pre·sa(3) pa·ra(2) el(1) tra·ta·mien·to(4) au·to·ma·ti·za·do(6) de(1) los(1)
    // da·tos(2) per·so·na·les(4) fa·ci·li·ta·dos(5): 27 words, 1 sentence, 76 syllables.
    // 206.835 − 62.3 × 76/27 − 27 = 206.835 − 175.363 − 27 = 4.47
    formula: szigrisztPazos,
    text: 'La formalización del presente contrato implica la aceptación incondicionada de las condiciones generales, así como la autorización expresa para el tratamiento automatizado de los datos personales facilitados.',
    words: 27,
    sentences: 1,
    syllables: 76,
    score: 4.5,
    plain: false,
  },
];

describe('reading ease by language, scores computed by hand', () => {
  it.each(CASES)('$formula.name: $score for $text', ({ formula, text, words, sentences, syllables, score, plain }) => {
    expect(countText(toks(text), formula)).toEqual({ words, sentences, countedWords: words, syllables });
    expect(readingLevel(toks(text), formula)).toEqual({ formula: formula.id, words, sentences, score, plain });
  });
});

describe('what ends a sentence', () => {
  it.each([
    [
      'Zahlen Sie z. B. per Rechnung, ggf. auch in Raten, bzw. per Lastschrift, usw. ohne Gebühr und ohne Risiko für Sie.',
      fleschAmstad,
      1,
    ],
    [
      'Die Testphase endet am 1. März und verlängert sich nicht von selbst, auch nicht nach dem 2. Monat im Jahr, und kostet nichts.',
      fleschAmstad,
      1,
    ],
    [
      "M. Martin vous rappelle, p. ex. par téléphone ou par courriel, pour fixer l'heure et le lieu du rendez-vous.",
      kandelMoles,
      1,
    ],
    [
      'El Sr. García le llama, p. ej. por teléfono o por correo, para fijar la hora y el lugar de la cita.',
      szigrisztPazos,
      1,
    ],
    [
      'Sie zahlen nur einmal. Danach ist alles Ihres. Es gibt kein Abo und keine versteckten Kosten für Sie.',
      fleschAmstad,
      3,
    ],
  ] as const)('%j has %i sentence(s)', (text, formula, sentences) => {
    expect(countText(toks(text), formula)?.sentences).toBe(sentences);
  });
});

describe('short or foreign copy is not measured', () => {
  it.each([fleschAmstad, kandelMoles, szigrisztPazos, fleschKincaid])('$name', (formula) => {
    expect(readingLevel(toks('Jetzt kündigen. Nein danke.'), formula)).toBeNull();
    const greek =
      'Η συνδρομή ανανεώνεται αυτόματα κάθε μήνα μέχρι να την ακυρώσετε από τις ρυθμίσεις του λογαριασμού σας οποιαδήποτε στιγμή χωρίς χρέωση';
    expect(readingLevel(toks(greek), formula)).toBeNull();
  });
});

describe('the message names the formula, the score, the bound and its source', () => {
  it.each([
    ['German', fleschAmstad, /Flesch–Amstad.*60 or above.*Amstad 1978/],
    ['French', kandelMoles, /Kandel–Moles.*60 or above.*Kandel & Moles 1958/],
    ['Spanish', szigrisztPazos, /Szigriszt-Pazos.*55 or above.*INFLESZ/],
  ] as const)('%s', (_language, formula, pattern) => {
    const hard = CASES.find((c) => c.formula === formula && !c.plain)!;
    const level = readingLevel(toks(hard.text), formula)!;
    expect(readingLevelMessage(level, formula)).toMatch(pattern);
    expect(readingLevelMessage(level, formula)).toContain(`Scores ${Math.round(hard.score)} `);
  });
});
