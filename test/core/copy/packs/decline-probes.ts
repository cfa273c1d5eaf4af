/**
 * The one way a table of decline probes is tested (decline-families.ts, reason-kinds.ts, reason-kinds-es-fr.ts):
 * each dark probe is confirmshaming as a decline label and with no role; each honest probe passes as a decline
 * label and gets no dark rule with no role.
 */
import { describe, expect, it } from 'vitest';
import { checkCopy } from '../../../../src/core/index.js';

export interface DeclineProbes {
  shape: string;
  locale: string;
  dark: readonly string[];
  honest: readonly string[];
}

export const DARK_RULES = ['confirmshaming', 'false-urgency', 'pressure'];
export const NOW = new Date('2026-06-01T12:00:00Z');

/** The rules `checkCopy` gives `text`, as a decline label or with no role. */
export const rulesOf = (text: string, locale: string, role?: 'decline') =>
  checkCopy(text, { locale, now: NOW, ...(role ? { role } : {}) }).map((finding) => finding.rule);

/** `title` takes vitest's `$locale` / `$shape` placeholders. */
export function describeDeclineProbes(title: string, families: readonly DeclineProbes[]) {
  describe.each(families)(title, ({ locale, dark, honest }) => {
    if (dark.length)
      it.each(dark)('refuses %j as a decline label and with no role', (text) => {
        expect(rulesOf(text, locale, 'decline')).toContain('confirmshaming');
        expect(rulesOf(text, locale)).toContain('confirmshaming');
      });
    if (honest.length)
      it.each(honest)('accepts %j as a decline label and with no role', (text) => {
        expect(rulesOf(text, locale, 'decline')).not.toContain('confirmshaming');
        expect(rulesOf(text, locale).filter((found) => DARK_RULES.includes(found))).toEqual([]);
      });
  });
}
