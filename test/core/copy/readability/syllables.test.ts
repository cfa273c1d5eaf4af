/** Syllables per language: words whose spoken syllables are not the number of vowel letters, and plain ones. */
import { describe, expect, it } from 'vitest';
import { syllablesDe } from '../../../../src/core/copy/readability/syllables-de.js';
import { syllablesEs } from '../../../../src/core/copy/readability/syllables-es.js';
import { syllablesFr } from '../../../../src/core/copy/readability/syllables-fr.js';

describe('German: diphthongs and long vowels are one nucleus, other vowel pairs two', () => {
  it.each([
    ['preis', 1], // ei
    ['frauen', 2], // au + e
    ['feier', 2], // ei + e
    ['gebäude', 3], // äu
    ['lieferung', 3], // ie
    ['idee', 2], // ee
    ['boot', 1], // oo
    ['theater', 3], // e + a: a hiatus
    ['situation', 5],
    ['quelle', 2], // qu
    ['bequem', 2],
    ['aktuell', 3], // u + e, not ü
    ['geschäftsbedingungen', 6],
    ['datenschutzbestimmungen', 7],
    ['handy', 2], // y is a vowel
    ['straße', 2],
    ['jetzt', 1],
  ] as const)('%s has %i', (word, count) => {
    expect(syllablesDe(word)).toBe(count);
  });
});

describe('French: spoken syllables, mute final e, é and the diaeresis open a syllable', () => {
  it.each([
    ['table', 1], // mute final e
    ['pages', 1], // mute final es
    ['journée', 2], // jour·née
    ['année', 2],
    ['créé', 2], // cré·é
    ['réel', 2],
    ['théâtre', 2], // thé·âtre
    ['aéroport', 4], // a·é·ro·port
    ['naïf', 2], // na·ïf
    ['noël', 2],
    ['payer', 2], // pa·yer
    ['voyage', 2],
    ['oiseau', 2], // oi·seau
    ['nation', 2], // na·tion
    ['quand', 1], // qu
    ['guerre', 1], // gu, mute e
    ['pitié', 2], // pi·tié: i glides into é
    ['joué', 1],
    ['aujourdhui', 3], // aujourd'hui as the tokenizer writes it
    ['de', 1],
    ['les', 1],
  ] as const)('%s has %i', (word, count) => {
    expect(syllablesFr(word)).toBe(count);
  });
});

describe('Spanish: strong vowels and accented í/ú are nuclei; unaccented i/u join them', () => {
  it.each([
    ['teatro', 3], // hiatus e·a
    ['cuidado', 3], // ui
    ['bien', 1], // ie
    ['día', 2], // dí·a
    ['país', 2],
    ['aéreo', 4],
    ['buey', 1], // triphthong with final y
    ['estudiáis', 3],
    ['que', 1], // qu
    ['guitarra', 3], // gu before i
    ['agua', 2], // gu before a: the u is heard
    ['pingüino', 3], // ü is heard
    ['ayuda', 3], // y before a vowel is a consonant
    ['muy', 1],
    ['hoy', 1],
    ['paraguay', 3],
    ['ahora', 3],
  ] as const)('%s has %i', (word, count) => {
    expect(syllablesEs(word)).toBe(count);
  });
});
