/**
 * Reasons by kind (reason-kinds.ts): each dark probe is confirmshaming as a decline label and with no role; each
 * honest probe passes as a decline label and gets no dark rule with no role.
 */
import { describe, expect, it } from 'vitest';
import { checkCopy } from '../../../../src/core/index.js';
import { REASON_KIND_FAMILIES, THANKS_THEN_PAGE } from './reason-kinds.js';

const DARK = ['confirmshaming', 'false-urgency', 'pressure'];
const NOW = new Date('2026-06-01T12:00:00Z');

describe.each(REASON_KIND_FAMILIES)('$locale reason kinds: $shape', ({ locale, dark, honest }) => {
  const rules = (text: string, role?: 'decline') =>
    checkCopy(text, { locale, now: NOW, ...(role ? { role } : {}) }).map((finding) => finding.rule);
  if (dark.length)
    it.each(dark)('refuses %j as a decline label and with no role', (text) => {
      expect(rules(text, 'decline')).toContain('confirmshaming');
      expect(rules(text)).toContain('confirmshaming');
    });
  it.each(honest)('accepts %j as a decline label and with no role', (text) => {
    expect(rules(text, 'decline')).not.toContain('confirmshaming');
    expect(rules(text).filter((found) => DARK.includes(found))).toEqual([]);
  });
});

describe.each(THANKS_THEN_PAGE)('$locale thanks, then the page', ({ locale, honest, stillRead }) => {
  const rules = (text: string) => checkCopy(text, { locale, now: NOW }).map((finding) => finding.rule);
  it.each(honest)('reads %j as a confirmation with no role', (text) => {
    expect(rules(text).filter((found) => DARK.includes(found))).toEqual([]);
  });
  if (stillRead.length)
    it.each(stillRead)('still reads %j as a decline label', (text) => {
      expect(rules(text)).toContain('confirmshaming');
    });
});
