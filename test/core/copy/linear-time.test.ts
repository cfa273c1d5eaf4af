/**
 * The copy checks are linear in the length of the text: hostile 100 KB inputs (long runs of what the rules
 * look for, near-misses, one giant word, symbol soup) must finish. Timing is measured in bench/copy.ts.
 */
import { describe, expect, it } from 'vitest';
import { MAX_CHECKED_CHARS, checkCopy, checkCopyUpTo } from '../../../src/core/copy/check-copy.js';
import { PATHOLOGICAL_SIZE, pathologicalInputs } from '../../../bench/pathological.js';

describe('pathological 100 KB inputs', () => {
  it('are 100 KB each', () => {
    for (const { text } of pathologicalInputs()) expect(text.length).toBe(PATHOLOGICAL_SIZE);
  });

  it.each(pathologicalInputs())('finish through checkCopy: $name', ({ text }) => {
    expect(Array.isArray(checkCopy(text, { role: 'action', path: 'x' }))).toBe(true);
  });

  it.each(pathologicalInputs())('finish with the whole 100 KB read: $name', ({ text }) => {
    expect(Array.isArray(checkCopyUpTo(text, {}, Infinity))).toBe(true);
  });
});

describe('long copy', () => {
  it(`is read up to ${MAX_CHECKED_CHARS} characters`, () => {
    const early = `Only 2 left! ${'a '.repeat(20_000)}`;
    const late = `${'a '.repeat(20_000)} Only 2 left!`;
    expect(checkCopy(early).map((f) => f.rule)).toContain('pressure');
    expect(checkCopy(late).map((f) => f.rule)).not.toContain('pressure');
    expect(checkCopyUpTo(late, {}, Infinity).map((f) => f.rule)).toContain('pressure');
  });
});
