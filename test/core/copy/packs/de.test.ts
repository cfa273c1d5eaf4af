/**
 * The German pack, table-driven: dark copy that must be refused, and honest copy (neutral refusals with and
 * without the visitor's own reason, real deadlines, capacities with a source, prices, checkout and consent
 * strings) that must pass. Written from the language, not from any development or blind batch.
 */
import { describe, expect, it } from 'vitest';
import { checkCopy } from '../../../../src/core/index.js';
import type { CopyCheckOptions } from '../../../../src/core/finding.js';
import { HONEST_DECLINES, HONEST_UI, PRESSURE, SHAMING, SHAMING_AS_DECLINE, URGENT } from './copy-de.js';

const rules = (text: string, options: Omit<CopyCheckOptions, 'locale'> = {}) =>
  checkCopy(text, { locale: 'de', ...options } as CopyCheckOptions).map((finding) => finding.rule);
const DARK = ['confirmshaming', 'false-urgency', 'pressure'];

/** Shaming in any field: a preference against value, renouncing what one has, self-insult, guilt, a jab. */
describe('German: confirmshaming', () => {
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

describe('German: false-urgency', () => {
  it.each(URGENT)('refuses %j without a declared deadline', (text) => {
    expect(rules(text)).toContain('false-urgency');
  });
  it('allows urgency words under a real declared future deadline', () => {
    const deadline = { at: '2099-03-01T00:00:00Z', reason: 'Der Kurs beginnt am 2. März' };
    expect(rules('Anmeldung endet bald', { deadline } as Omit<CopyCheckOptions, 'locale'>)).not.toContain(
      'false-urgency',
    );
  });
});

describe('German: pressure', () => {
  it.each(PRESSURE)('refuses %j without a source', (text) => {
    expect(rules(text)).toContain('pressure');
  });
  it('allows a claim with its declared source', () => {
    expect(rules('Nur noch 3 Plätze frei', { source: 'Buchungssystem, Raum für 12' })).not.toContain('pressure');
  });
});

describe('German: honest UI strings', () => {
  it.each(HONEST_UI)('passes %j', (text) => {
    expect(rules(text).filter((rule) => DARK.includes(rule))).toEqual([]);
  });
});
