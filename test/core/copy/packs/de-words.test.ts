/** How the German pack reads words: compounds by their head, inflections to their base, umlauts typed or not. */
import { describe, expect, it } from 'vitest';
import { packWords } from '../../../../src/core/copy/words.js';
import { DE } from '../../../../src/core/copy/packs/de.js';
import { withAsciiSpellings } from '../../../../src/core/copy/packs/de-spelling.js';

const words = packWords(DE);

describe('German compounds are read by their last noun', () => {
  it.each([
    ['neukundenrabatt', 'rabatt'],
    ['treuepunkte', 'punkt'],
    ['zusatzversicherung', 'versicherung'],
    ['monatsabo', 'abo'],
    ['geschenkverpackung', 'verpackung'],
  ])('%s has the base %s', (word, head) => {
    expect(words.keys(word)).toContain(head);
  });
  it.each([
    ['rabattcode', 'rabatt'], // a code, not a discount
    ['geschenkverpackung', 'geschenk'], // a wrapping, not a gift
  ])('%s does not have the base %s', (word, head) => {
    expect(words.keys(word)).not.toContain(head);
  });
});

describe('German inflections reach their base form', () => {
  it.each([
    ['geschenke', 'geschenk'],
    ['kunden', 'kunde'],
    ['kindern', 'kind'],
    ['verzichte', 'verzichten'],
    ['verzichtet', 'verzichten'],
    ['verlierst', 'verlieren'],
    ['besseren', 'besser'],
  ])('%s → %s', (word, base) => {
    expect(words.keys(word)).toContain(base);
  });
});

describe('umlauts and ß typed without them', () => {
  it('adds the ASCII spelling of each entry that has one, once', () => {
    expect(withAsciiSpellings(['für', 'straße', 'nein'])).toEqual(['für', 'fuer', 'straße', 'strasse', 'nein']);
  });
});
