/**
 * The harness of the French family probes (fr-paradigms-s13.test.ts, fr-s14.test.ts): each family's dark forms must
 * get its rule, its honest near-misses none of the three dark rules, checked with locale fr (as decline labels when
 * the family says so).
 */
import { describe, expect, it } from 'vitest';
import { checkCopy } from '../../../../src/core/index.js';

const DARK = ['confirmshaming', 'false-urgency', 'pressure'];
const dark = (text: string, role?: 'decline') =>
  checkCopy(text, { locale: 'fr', role })
    .map((finding) => finding.rule)
    .filter((rule) => DARK.includes(rule));

export interface Family {
  readonly name: string;
  readonly rule: 'pressure' | 'false-urgency' | 'confirmshaming';
  /** Decline labels (`role: 'decline'`); otherwise copy of no role. */
  readonly decline?: boolean;
  readonly dark: readonly string[];
  readonly honest: readonly string[];
}

/** One `describe` per family: its dark forms refused as its rule, its honest ones accepted. */
export function probeFamilies(title: string, families: readonly Family[]): void {
  describe(title, () => {
    for (const family of families) {
      describe(family.name, () => {
        const role = family.decline ? 'decline' : undefined;
        it.each(family.dark)(`refuses %j as ${family.rule}`, (text) => {
          expect(dark(text, role)).toContain(family.rule);
        });
        it.each(family.honest)('accepts %j', (text) => {
          expect(dark(text, role)).toEqual([]);
        });
      });
    }
  });
}
