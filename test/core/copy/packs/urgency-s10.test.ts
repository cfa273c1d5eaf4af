/**
 * False urgency by family, session 10 (urgency-s10-en.ts, urgency-s10-es.ts): each family's dark probes get
 * false-urgency with no role, and its honest near-neighbours get no dark rule.
 */
import { describe, expect, it } from 'vitest';
import { checkCopy } from '../../../../src/core/index.js';
import type { ShapeProbe } from './copy-en-shapes.js';
import { EN_URGENCY_S10 } from './urgency-s10-en.js';
import { ES_URGENCY_S10 } from './urgency-s10-es.js';

const DARK = ['confirmshaming', 'false-urgency', 'pressure'];
const NOW = new Date('2026-06-01T12:00:00Z');

function describeFamilies(locale: string, families: readonly ShapeProbe[]): void {
  const rules = (text: string) => checkCopy(text, { locale, now: NOW }).map((finding) => finding.rule);
  describe.each(families)(`${locale} urgency family: $shape`, ({ rule, dark, honest }) => {
    it.each(dark)(`refuses %j (${rule})`, (text) => {
      expect(rules(text)).toContain(rule);
    });
    it.each(honest)('accepts %j', (text) => {
      expect(rules(text).filter((found) => DARK.includes(found))).toEqual([]);
    });
  });
}

describeFamilies('en', EN_URGENCY_S10);
describeFamilies('es', ES_URGENCY_S10);
