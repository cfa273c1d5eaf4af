/**
 * English and German urgency and pressure by family (families-en.ts, families-de.ts): each family's dark probes
 * are refused under its rule and its honest near-misses pass every dark rule, with no role.
 */
import { describe, expect, it } from 'vitest';
import { checkCopy } from '../../../../src/core/index.js';
import type { ShapeProbe } from './copy-en-shapes.js';
import { EN_FAMILIES } from './families-en.js';
import { DE_FAMILIES } from './families-de.js';

const DARK = ['confirmshaming', 'false-urgency', 'pressure'];
const NOW = new Date('2026-06-01T12:00:00Z');

function describeFamilies(locale: string, families: readonly ShapeProbe[]): void {
  const rules = (text: string, role?: 'decline') =>
    checkCopy(text, { locale, now: NOW, ...(role ? { role } : {}) }).map((finding) => finding.rule);
  describe.each(families)(`${locale} family: $shape`, ({ rule, role, dark, honest }) => {
    it.each(dark)(`refuses %j (${rule})`, (text) => {
      expect(rules(text, role)).toContain(rule);
    });
    it.each(honest)('accepts %j', (text) => {
      expect(rules(text, role).filter((found) => DARK.includes(found))).toEqual([]);
    });
  });
}

describeFamilies('en', EN_FAMILIES);
describeFamilies('de', DE_FAMILIES);
