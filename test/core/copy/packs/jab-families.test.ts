/**
 * Confirmshaming in copy of no role by family (jab-families.ts): each dark probe is confirmshaming, each honest
 * near-miss gets no dark rule.
 */
import { describe, expect, it } from 'vitest';
import { checkCopy } from '../../../../src/core/index.js';
import { JAB_FAMILIES } from './jab-families.js';

const DARK = ['confirmshaming', 'false-urgency', 'pressure'];
const NOW = new Date('2026-06-01T12:00:00Z');

describe.each(JAB_FAMILIES)('$locale jab family: $shape', ({ locale, dark, honest }) => {
  const rules = (text: string) => checkCopy(text, { locale, now: NOW }).map((finding) => finding.rule);
  it.each(dark)('refuses %j with no role', (text) => {
    expect(rules(text)).toContain('confirmshaming');
  });
  it.each(honest)('accepts %j with no role', (text) => {
    expect(rules(text).filter((found) => DARK.includes(found))).toEqual([]);
  });
});
