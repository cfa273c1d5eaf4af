/**
 * Reasons by kind (reason-kinds.ts): each dark probe is confirmshaming as a decline label and with no role; each
 * honest probe passes as a decline label and gets no dark rule with no role.
 */
import { describe, expect, it } from 'vitest';
import { REASON_KIND_FAMILIES, THANKS_THEN_PAGE } from './reason-kinds.js';
import { DARK_RULES, describeDeclineProbes, rulesOf } from './decline-probes.js';

describeDeclineProbes('$locale reason kinds: $shape', REASON_KIND_FAMILIES);

describe.each(THANKS_THEN_PAGE)('$locale thanks, then the page', ({ locale, honest, stillRead }) => {
  const rules = (text: string) => rulesOf(text, locale);
  it.each(honest)('reads %j as a confirmation with no role', (text) => {
    expect(rules(text).filter((found) => DARK_RULES.includes(found))).toEqual([]);
  });
  if (stillRead.length)
    it.each(stillRead)('still reads %j as a decline label', (text) => {
      expect(rules(text)).toContain('confirmshaming');
    });
});
