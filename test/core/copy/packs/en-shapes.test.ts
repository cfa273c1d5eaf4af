/**
 * English copy by shape (copy-en-shapes.ts, and sessions 12, 13 and 14's en-s12.ts, en-s13.ts, en-s14.ts): for each shape the pack generalises, its dark strings are refused
 * under their rule and its honest look-alikes pass every dark rule, with the same role.
 */
import { describe, expect, it } from 'vitest';
import { checkCopy } from '../../../../src/core/index.js';
import { EN_HONEST_UI, EN_SHAPES } from './copy-en-shapes.js';
import { EN_S12 } from './en-s12.js';
import { EN_S13 } from './en-s13.js';
import { EN_S14 } from './en-s14.js';

const DARK = ['confirmshaming', 'false-urgency', 'pressure'];
const NOW = new Date('2026-06-01T12:00:00Z');
const rules = (text: string, role?: 'decline') =>
  checkCopy(text, { locale: 'en', now: NOW, ...(role ? { role } : {}) }).map((finding) => finding.rule);

describe.each([...EN_SHAPES, ...EN_S12, ...EN_S13, ...EN_S14])(
  'English shape: $shape',
  ({ rule, role, dark, honest }) => {
    it.each(dark)(`refuses %j (${rule})`, (text) => {
      expect(rules(text, role)).toContain(rule);
    });
    it.each(honest)('accepts %j', (text) => {
      expect(rules(text, role).filter((found) => DARK.includes(found))).toEqual([]);
    });
  },
);

describe('English honest UI strings (no role)', () => {
  it.each(EN_HONEST_UI)('accepts %j', (text) => {
    expect(rules(text).filter((found) => DARK.includes(found))).toEqual([]);
  });
});
