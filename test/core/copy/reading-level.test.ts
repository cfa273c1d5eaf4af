/** reading-level: Flesch–Kincaid grade above plain language, only for text long enough to measure. A warning. */
import { describe, expect, it } from 'vitest';
import { checkCopy } from '../../../src/core/copy/check-copy.js';
import { PLAIN_GRADE, readability, syllables } from '../../../src/core/copy/readability.js';
import { tokenize } from '../../../src/core/copy/tokens.js';
import { rulesFor } from './helpers.js';

const HARD = [
  'Notwithstanding the aforementioned contractual stipulations, subscribers irrevocably acknowledge that remuneration obligations persist throughout the subsequent evaluation period and any administratively determined extension.',
  'Participation in the comprehensive organisational transformation programme necessitates considerable interdepartmental coordination, continuous stakeholder communication and systematic documentation of operational dependencies across jurisdictions.',
  'Consequently, the implementation methodology prioritises incremental verification. Organisational accountability remains distributed among multidisciplinary representatives.',
];
const PLAIN = [
  'Stop at any time by email. We delete your data within 7 days.',
  'Six weeks in two regions show if the reports hold up at your size and under your rules. Then you can decide on a rollout.',
  'A habit takes months to settle. A year gives you time to build it, and it costs €8 a month instead of €12.',
  'Monthly gifts let us plan staff and medicine ahead. €20 a month pays for 8 patient visits every month.',
];
const SHORT = [
  'Implementation',
  'Comprehensive organisational transformation',
  'Interdepartmental coordination necessitates documentation.',
  'Subscription administration',
];

// The syllable count is a heuristic (vowel groups): close enough for a grade, not a dictionary ("everyday" counts 4).
describe('reading-level', () => {
  it.each(HARD)('warns about %j', (text) => {
    expect(rulesFor(text)).toContain('reading-level');
  });

  it.each(PLAIN)('accepts %j', (text) => {
    expect(rulesFor(text)).not.toContain('reading-level');
  });

  it.each(SHORT)('never measures short copy such as %j', (text) => {
    expect(readability(tokenize(text).toks)).toBeNull();
    expect(rulesFor(text)).not.toContain('reading-level');
  });

  it('skips copy that is not mostly Latin letters', () => {
    const greek =
      'Η συνδρομή ανανεώνεται αυτόματα κάθε μήνα μέχρι να την ακυρώσετε από τις ρυθμίσεις του λογαριασμού σας οποιαδήποτε στιγμή χωρίς χρέωση ακύρωσης';
    expect(readability(tokenize(greek).toks)).toBeNull();
  });

  it('is a warning that gives the grade, the target and what to change', () => {
    const [finding] = checkCopy(HARD[0]!, { path: 'full.rationale' });
    expect(finding).toMatchObject({ rule: 'reading-level', severity: 'warning', path: 'full.rationale' });
    expect(finding!.message).toMatch(/grade \d+/);
    expect(finding!.message).toContain(`grade ${PLAIN_GRADE} or below`);
    expect(finding!.message).toContain('shorter sentences');
  });

  it.each([
    ['the', 1],
    ['cat', 1],
    ['table', 2],
    ['make', 1],
    ['takes', 1],
    ['asked', 1],
    ['language', 2],
    ['notice', 2],
    ['subscription', 3],
    ['remuneration', 5],
    ['yellow', 2],
    ['readability', 5],
  ] as const)('counts the syllables of %j as %i', (word, n) => {
    expect(syllables(word)).toBe(n);
  });
});
