/**
 * English probes of session 12 (en-s12.ts): each family's dark strings get its rule, with the family's role, and
 * its honest near-neighbours get no dark rule.
 */
import { describe, expect, it } from 'vitest';
import { checkCopy } from '../../../../src/core/index.js';
import { EN_S12 } from './en-s12.js';

const DARK = ['confirmshaming', 'false-urgency', 'pressure'];
const NOW = new Date('2026-06-01T12:00:00Z');
const rules = (text: string, role?: 'decline') =>
  checkCopy(text, { locale: 'en', now: NOW, ...(role ? { role } : {}) }).map((finding) => finding.rule);

describe.each(EN_S12)('English, session 12: $shape', ({ rule, role, dark, honest }) => {
  it.each(dark)(`refuses %j (${rule})`, (text) => {
    expect(rules(text, role)).toContain(rule);
  });
  it.each(honest)('accepts %j', (text) => {
    expect(rules(text, role).filter((found) => DARK.includes(found))).toEqual([]);
  });
});
