/**
 * The French pack, table-driven: dark copy that must be refused, and honest copy (neutral refusals with and
 * without the visitor's own reason, real deadlines, capacities with a source, prices, checkout and consent
 * strings) that must pass. Typographic apostrophes and quotes (’ « ») are written as shops write them.
 * Written from the language, not from any development or blind batch.
 */
import { describe, expect, it } from 'vitest';
import { checkCopy } from '../../../../src/core/index.js';
import type { CopyCheckOptions } from '../../../../src/core/finding.js';
import { HONEST_DECLINES, HONEST_UI, PRESSURE, SHAMING, SHAMING_AS_DECLINE, URGENT } from './copy-fr.js';

const rules = (text: string, options: Omit<CopyCheckOptions, 'locale'> = {}) =>
  checkCopy(text, { locale: 'fr', ...options } as CopyCheckOptions).map((finding) => finding.rule);
const DARK = ['confirmshaming', 'false-urgency', 'pressure'];

describe('French: confirmshaming', () => {
  it.each(SHAMING)('refuses %j in any field', (text) => {
    expect(rules(text)).toContain('confirmshaming');
  });
  it.each(SHAMING)('refuses %j as a decline label', (text) => {
    expect(rules(text, { role: 'decline' })).toContain('confirmshaming');
  });
  it.each(SHAMING_AS_DECLINE)('refuses the preference %j as a decline label', (text) => {
    expect(rules(text, { role: 'decline' })).toContain('confirmshaming');
  });
  it.each(HONEST_DECLINES)('accepts the neutral refusal %j as a decline label', (text) => {
    expect(rules(text, { role: 'decline' })).not.toContain('confirmshaming');
    expect(rules(text)).toEqual([]);
  });
});

describe('French: false-urgency', () => {
  it.each(URGENT)('refuses %j without a declared deadline', (text) => {
    expect(rules(text)).toContain('false-urgency');
  });
});

describe('French: pressure', () => {
  it.each(PRESSURE)('refuses %j without a source', (text) => {
    expect(rules(text)).toContain('pressure');
  });
  it('allows a claim with its declared source', () => {
    expect(rules('Plus que 3 places', { source: 'Réservations, salle de 12' })).not.toContain('pressure');
  });
});

describe('French: honest UI strings', () => {
  it.each(HONEST_UI)('passes %j', (text) => {
    expect(rules(text).filter((rule) => DARK.includes(rule))).toEqual([]);
  });
});
