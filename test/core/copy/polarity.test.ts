/**
 * confirmshaming by polarity (the English pack's polarity frames, en-polarity.ts): a refusal of something valued, or a preference for a loss, is
 * shaming; a refusal of a loss, a preference for something valued, and a plain "no" are not.
 */
import { describe, expect, it } from 'vitest';
import { checkCopy } from '../../../src/core/copy/check-copy.js';
import { EN } from '../../../src/core/copy/packs/en.js';
import { packWords } from '../../../src/core/copy/words.js';
import { compilePack } from '../../../src/core/copy/compiled-pack.js';
import { tokenize } from '../../../src/core/copy/tokens.js';
import { rulesFor } from './helpers.js';

const shames = (text: string) => rulesFor(text).includes('confirmshaming');

/** The misses reviewers found on new copy (issue 3): each must be caught by the structure, not by its words. */
const REPORTED = [
  "No thanks, I'd rather keep doing reports by hand",
  'No thanks, I prefer wasting hours on spreadsheets',
  "No thanks, I don't like saving time",
  'No thanks, I like doing reports by hand',
  "No, I'd rather keep wasting money",
];

const CASES: [text: string, shaming: boolean, why: string][] = [
  // refusal + valued thing
  ["I don't want more clients", true, 'refusal + valued'],
  ['Nope, I hate bonuses', true, 'hate + valued (plural)'],
  ["No thanks, my shop doesn't need more sales", true, 'third person refusal'],
  ["We don't need to grow", true, 'first person plural'],
  ['Who needs better security?', true, 'rhetorical refusal'],
  ['Not interested in winning', true, 'decline marker + valued'],
  ["I'd rather not learn", true, 'rather not + valued verb'],
  ["I'll pass on the savings", true, 'refusing verb + valued'],
  ["I'll shop without a discount", true, 'without flips a preference into a refusal'],
  // preference + loss
  ["I'd rather keep losing leads", true, 'preference + loss'],
  ["I'm fine with wasting my budget", true, 'fine with + loss'],
  ["I don't mind paying extra", true, "don't mind + paying more"],
  ['Nah, I enjoy overpaying', true, 'enjoy + loss'],
  ["No thanks, I'll keep paying high fees", true, 'modified cost'],
  ['I prefer to stay a beginner', true, 'stay + state'],
  ['No, let them go hungry', true, 'let + guilt state'],
  // honest: refusal of a loss, preference for a valued thing, a plain no
  ["I don't want to lose my progress", false, 'refusal + loss'],
  ["I don't want to miss out", false, 'refusal + loss'],
  ["I'd rather stay on the free plan", false, 'preference + product'],
  ["I'll keep my savings account", false, 'preference + valued'],
  ['No thanks', false, 'plain no'],
  ["No thanks, I'll decide later", false, 'later is not late'],
  ["I don't want promotional emails", false, 'a channel'],
  ["I don't want discount emails", false, 'a valued word naming a channel'],
  ["I don't need a gift card", false, 'a valued word naming a product'],
  ["I'll pay the setup fee", false, 'a cost without a modifier'],
  ['If you cancel, we will refund your full membership fee', false, '"full" is a loss only right before the cost'],
  ["I'd rather pay yearly", false, 'paying is not paying more'],
  ['Continue without saving', false, 'save with no object'],
  ['No hidden fees', false, '"No" + noun is not a decline'],
  ['Never miss a deal', false, 'no first person'],
  ['If you cancel, you lose your discount', false, 'second person'],
  ['Let the dough rest', false, 'let + nothing harmful'],
  ['I hate when the page reloads', false, 'hate + nothing valued'],
  ['I was paying too much before, so I switched', false, 'a past fact, not a frame'],
  ['I prefer dark mode', false, '"dark" is a loss only as "the dark"'],
  // giving up what the visitor owns (blind batch 2 patterns; these strings are not in blind2.ts)
  ['Unsubscribe and forfeit my loyalty points', true, 'label + forfeit + my + owned'],
  ['Downgrade anyway and give up my badges', true, 'give up + my + owned'],
  ['Go back and miss your 25% discount', true, 'miss + your + % discount'],
  ['Skip my birthday gift', true, 'skip + my + valued'],
  ['Give up your seat for an elderly passenger', false, 'the object is not what the visitor owns'],
  ['Skip my delivery this week', false, 'skip + my + a product'],
  ['Miss your delivery? Reschedule here', false, 'miss + your + no good'],
  ['Yes, cancel and lose my saved addresses', false, 'lose + my + nothing valued'],
  // comparatives, boasts and idioms of a loss
  ["I'm not interested in thicker hair", true, 'refusal + comparative of a positive adjective'],
  ["Nope, I don't want firmer abs", true, 'refusal + comparative (doubled stem)'],
  ['I want smoother skin', false, 'a wish, not a refusal'],
  ["No thanks, I'm loaded", true, 'decline + boast of wealth'],
  ['No thanks, my bread is flawless', true, 'decline + boast'],
  ["No thanks, I'm an existing customer", false, 'decline + a fact'],
  ["I'd rather stay out of the loop", true, 'preference + idiom of a loss'],
  ['Leave me in the dark', true, 'imperative preference + loss'],
  ['Keep me signed in', false, 'imperative preference + nothing harmful'],
  ['Why should I need better tools?', true, 'rhetorical why + valued'],
  ['Why do I need an account?', false, 'rhetorical why + nothing valued'],
  ["I'd rather hear about deals after they're over", false, 'contraction "theyre" is not read (a known gap)'],
  ['No, I prefer hearing about discounts after they expire', true, 'a good wanted only when gone'],
  ["No thanks, I'm fine with stale bread", true, 'preference + negative adjective'],
  ["No thanks, I'm fine with ignored emails", false, '"-ed" adjective is not a refusing verb'],
];

describe('confirmshaming by polarity', () => {
  it.each(REPORTED)('refuses the reported %j', (text) => {
    expect(shames(text)).toBe(true);
    expect(rulesFor(text)).toContain('confirmshaming');
  });

  it.each(CASES)('%j → %s (%s)', (text, shaming) => {
    expect(shames(text)).toBe(shaming);
  });

  it('ends a frame at a sentence boundary and after its window', () => {
    expect(shames("I'd rather wait. Wasting money is bad")).toBe(false);
    // the frame's window, read by the polarity frames alone: the whole copy is also a decline label of no role (the
    // visitor's own alternative, decline-label.ts), whose grammar reads "wasting" anywhere in it
    const framed = (text: string) => {
      const compiled = compilePack(EN);
      return !!compiled.polarity?.find(compiled.read(text, tokenize(text)).r);
    };
    expect(framed("I'd rather a b c d e f g h wasting")).toBe(false);
    expect(framed("I'd rather a b wasting")).toBe(true);
  });

  it('quotes the words from the frame to its object', () => {
    const [finding] = checkCopy("Hello. No thanks, I'd rather pay more").filter((f) => f.rule === 'confirmshaming');
    expect(finding?.message).toContain(`"No thanks, I'd rather pay more"`);
  });
});

describe("the English pack's base forms (one class entry reads its inflections)", () => {
  const keys = (word: string) => [...packWords(EN).keys(word)];
  it.each([
    ['wasting', 'waste'],
    ['savings', 'saving'],
    ['scammed', 'scam'],
    ['winning', 'win'],
    ['families', 'family'],
    ['likes', 'like'],
  ])('%s → %s', (word, base) => {
    expect(keys(word)).toContain(base);
  });

  it('does not cut short words', () => {
    expect(keys('is')).toEqual(['is']);
    expect(keys('bed')).toEqual(['bed']);
  });
});
