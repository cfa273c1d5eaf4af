/**
 * One table-driven suite for a language's copy pack: dark copy that must be refused, honest copy that must
 * pass. Each language supplies its own tables (written from the language, not from any development or blind
 * batch) and its own examples of a real deadline and a sourced claim.
 */
import { describe, expect, it } from 'vitest';
import { checkCopy } from '../../../../src/core/index.js';
import type { CopyCheckOptions } from '../../../../src/core/finding.js';

type Options = Omit<CopyCheckOptions, 'locale'>;

export interface PackTables {
  SHAMING: readonly string[];
  SHAMING_AS_DECLINE: readonly string[];
  HONEST_DECLINES: readonly string[];
  URGENT: readonly string[];
  PRESSURE: readonly string[];
  HONEST_UI: readonly string[];
}

export interface PackSuite {
  /** The language's name in test titles: "German". */
  name: string;
  locale: string;
  tables: PackTables;
  /** Urgency words that a real declared future deadline allows. */
  underDeadline?: { text: string; deadline: { at: string; reason: string } };
  /** A scarcity claim that its declared source allows. */
  sourcedClaim: { text: string; source: string };
}

const DARK = ['confirmshaming', 'false-urgency', 'pressure'];

export function describePack({ name, locale, tables, underDeadline, sourcedClaim }: PackSuite): void {
  const rules = (text: string, options: Options = {}) =>
    checkCopy(text, { locale, ...options } as CopyCheckOptions).map((finding) => finding.rule);

  /** Shaming in any field: a preference against value, renouncing what one has, self-insult, guilt, a jab. */
  describe(`${name}: confirmshaming`, () => {
    it.each(tables.SHAMING)('refuses %j in any field', (text) => {
      expect(rules(text)).toContain('confirmshaming');
    });
    it.each(tables.SHAMING)('refuses %j as a decline label', (text) => {
      expect(rules(text, { role: 'decline' })).toContain('confirmshaming');
    });
    it.each(tables.SHAMING_AS_DECLINE)('refuses the preference %j as a decline label', (text) => {
      expect(rules(text, { role: 'decline' })).toContain('confirmshaming');
    });
    it.each(tables.HONEST_DECLINES)('accepts the neutral refusal %j as a decline label', (text) => {
      expect(rules(text, { role: 'decline' })).not.toContain('confirmshaming');
      expect(rules(text)).toEqual([]);
    });
  });

  describe(`${name}: false-urgency`, () => {
    it.each(tables.URGENT)('refuses %j without a declared deadline', (text) => {
      expect(rules(text)).toContain('false-urgency');
    });
    if (underDeadline) {
      it('allows urgency words under a real declared future deadline', () => {
        expect(rules(underDeadline.text, { deadline: underDeadline.deadline } as Options)).not.toContain(
          'false-urgency',
        );
      });
    }
  });

  describe(`${name}: pressure`, () => {
    it.each(tables.PRESSURE)('refuses %j without a source', (text) => {
      expect(rules(text)).toContain('pressure');
    });
    it('allows a claim with its declared source', () => {
      expect(rules(sourcedClaim.text, { source: sourcedClaim.source })).not.toContain('pressure');
    });
  });

  describe(`${name}: honest UI strings`, () => {
    it.each(tables.HONEST_UI)('passes %j', (text) => {
      expect(rules(text).filter((rule) => DARK.includes(rule))).toEqual([]);
    });
  });
}
