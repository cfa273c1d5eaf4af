/**
 * Spanish and French reasons by kind (reason-kinds-es-fr.ts): each dark probe is confirmshaming as a decline label
 * and with no role; each honest probe passes as a decline label and gets no dark rule with no role.
 */
import { describe, expect, it } from 'vitest';
import { checkCopy } from '../../../../src/core/index.js';
import { REASON_KIND_FAMILIES } from './reason-kinds-es-fr.js';

const DARK = ['confirmshaming', 'false-urgency', 'pressure'];
const NOW = new Date('2026-06-01T12:00:00Z');

describe.each(REASON_KIND_FAMILIES)('$locale reasons by kind: $shape', ({ locale, dark, honest }) => {
  const rules = (text: string, role?: 'decline') =>
    checkCopy(text, { locale, now: NOW, ...(role ? { role } : {}) }).map((finding) => finding.rule);
  it.each(dark)('refuses %j as a decline label and with no role', (text) => {
    expect(rules(text, 'decline')).toContain('confirmshaming');
    expect(rules(text)).toContain('confirmshaming');
  });
  it.each(honest)('accepts %j as a decline label and with no role', (text) => {
    expect(rules(text, 'decline')).not.toContain('confirmshaming');
    expect(rules(text).filter((found) => DARK.includes(found))).toEqual([]);
  });
});
