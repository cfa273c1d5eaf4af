/**
 * Spanish and French probes by family (copy-es-families.ts, copy-fr-families.ts): each family's dark copy must get
 * its rule with no role, and its honest near-misses no dark rule at all.
 */
import { describe, expect, it } from 'vitest';
import { checkCopy } from '../../../../src/core/index.js';
import type { CopyCheckOptions } from '../../../../src/core/finding.js';
import type { ShapeProbe } from './copy-es-shapes.js';
import { ES_FAMILIES } from './copy-es-families.js';
import { FR_FAMILIES } from './copy-fr-families.js';

const NOW = new Date('2026-06-01T12:00:00Z');
const DARK = ['confirmshaming', 'false-urgency', 'pressure'];

const suites: [name: string, locale: string, families: readonly ShapeProbe[]][] = [
  ['Spanish', 'es', ES_FAMILIES],
  ['French', 'fr', FR_FAMILIES],
];

describe.each(suites)('%s families', (_name, locale, families) => {
  const rules = (text: string, options: Omit<CopyCheckOptions, 'locale'> = {}) =>
    checkCopy(text, { locale, now: NOW, ...options }).map((finding) => finding.rule);
  describe.each(families)('$shape', (family) => {
    it.each(family.urgent ?? [])('refuses the urgency %j with no role', (text) => {
      expect(rules(text)).toContain('false-urgency');
    });
    it.each(family.pressure ?? [])('refuses the claim %j with no role', (text) => {
      expect(rules(text)).toContain('pressure');
    });
    it.each(family.shaming ?? [])('refuses %j with no role and as a decline label', (text) => {
      expect(rules(text)).toContain('confirmshaming');
      expect(rules(text, { role: 'decline' })).toContain('confirmshaming');
    });
    it.each(family.shamingAsDecline ?? [])('refuses %j as a decline label, naming what went beyond it', (text) => {
      const finding = checkCopy(text, { locale, role: 'decline' }).find((f) => f.rule === 'confirmshaming');
      expect(finding?.message).toContain('goes beyond a refusal');
    });
    it.each(family.honestDeclines ?? [])('accepts %j as a decline label and in any field', (text) => {
      expect(rules(text, { role: 'decline' })).not.toContain('confirmshaming');
      expect(rules(text).filter((rule) => DARK.includes(rule))).toEqual([]);
    });
    it.each(family.honest ?? [])('passes %j with no dark rule', (text) => {
      expect(rules(text).filter((rule) => DARK.includes(rule))).toEqual([]);
    });
  });
});
