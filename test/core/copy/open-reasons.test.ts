/**
 * The decline grammar's open reasons (`DeclineGrammar.openReasons`, decline.ts), on the English grammar with the
 * switch turned on here: a clause the grammar does not know passes as the visitor's own words unless it judges
 * (an evaluative word, a thing of value, a question, one of `judgements`); with the switch off the same clause goes
 * beyond a refusal. Examples are this file's own.
 */
import { describe, expect, it } from 'vitest';
import { compilePack } from '../../../src/core/copy/compiled-pack.js';
import { DE } from '../../../src/core/copy/packs/de.js';
import { EN } from '../../../src/core/copy/packs/en.js';
import { tokenizeChecked } from '../../../src/core/copy/tokens.js';
import type { CopyPack } from '../../../src/core/copy/pack.js';

const judgements = ['i am|im used to ~2 disappointment', 'someone else ~2 can|will ~4 planet', 'let ~3 fall apart'];
const closed = compilePack({ ...EN, decline: { ...EN.decline, openReasons: false } } satisfies CopyPack);
const open = compilePack({ ...EN, decline: { ...EN.decline, openReasons: true, judgements } } satisfies CopyPack);
const refusedValue = compilePack({
  ...EN,
  decline: { ...EN.decline, openReasons: { valued: 'refused' }, judgements },
} satisfies CopyPack);
const judgedPreferences = compilePack({
  ...DE,
  decline: { ...DE.decline, openReasons: { preferences: 'judged' }, judgements: ['lieber ~3 im regen'] },
} satisfies CopyPack);

/** The words of each clause that go beyond a refusal, as a decline label. */
function beyond(pack: ReturnType<typeof compilePack>, text: string): string[] {
  const { t, r } = pack.read(text, tokenizeChecked(text));
  return pack.decline.beyond(t, r).map(([from, to]) => r.toks.slice(from, to).join(' '));
}

describe('open reasons: an unknown clause is the visitor’s own words unless it judges', () => {
  const honest = [
    'Not now, the hall is booked until June',
    'Not right now, rent is due on Friday',
    'No thanks, two licences cover the whole studio',
  ];
  it.each(honest)('%j goes beyond the closed grammar but passes with open reasons', (text) => {
    expect(beyond(closed, text)).not.toEqual([]);
    expect(beyond(open, text)).toEqual([]);
  });

  const judged: [string, string][] = [
    ['Not now, I am used to disappointment', 'i am used to disappointment'],
    ['No thanks — someone else can look after the planet', 'someone else can look after the planet'],
  ];
  it.each(judged)('%j is judged: %j goes beyond', (text, words) => {
    expect(beyond(open, text)).toEqual([words]);
  });

  it('a question or something evaluative still goes beyond with open reasons', () => {
    expect(beyond(open, 'Not now, who reads the small print anyway?')).not.toEqual([]);
    expect(beyond(open, 'No thanks, paying full price is my hobby')).not.toEqual([]);
  });

  it('a refusal is read for judgements too: its verb may name neutral words that judge', () => {
    expect(beyond(closed, 'Let my old shed fall apart')).toEqual([]);
    expect(beyond(open, 'Let my old shed fall apart')).toEqual(['let my old shed fall apart']);
  });

  it('a plain refusal is not read for judgements', () => {
    expect(beyond(open, 'No thanks')).toEqual([]);
    expect(beyond(open, 'Keep my current plan')).toEqual([]);
  });

  it("with valued: 'refused' a thing of value judges only in a clause that refuses it", () => {
    const circumstance = 'Not now, my savings went on the roof repair';
    expect(beyond(open, circumstance)).toEqual(['my savings went on the roof repair']);
    expect(beyond(refusedValue, circumstance)).toEqual([]);
    expect(beyond(refusedValue, 'Maybe later, skip the savings')).toEqual(['skip the savings']);
  });

  it("with preferences: 'judged' a preference is read for its judgements, not for unknown words", () => {
    const honest = 'Nein danke, ich hole die Pakete lieber am Kiosk ab';
    // the closed grammar reads it as beyond (the German pack itself has open reasons and opens „lieber")
    const closedPreferences = { ...DE.decline, openReasons: false };
    expect(beyond(compilePack({ ...DE, decline: closedPreferences }), honest)).not.toEqual([]);
    expect(beyond(judgedPreferences, honest)).toEqual([]);
    expect(beyond(judgedPreferences, 'Nein danke, ich stehe lieber im Regen')).toEqual(['ich stehe lieber im regen']);
  });
});
