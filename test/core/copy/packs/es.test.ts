/**
 * The Spanish pack, table-driven (copy-es.ts): dark copy that must be refused and honest copy that must pass,
 * with no role and as decline labels; real deadlines and capacities pass once declared.
 */
import { describe, expect, it } from 'vitest';
import { checkCopy } from '../../../../src/core/index.js';
import type { CopyCheckOptions } from '../../../../src/core/finding.js';
import {
  CAPACITY_COPY,
  DEADLINE_COPY,
  HONEST_DECLINES,
  HONEST_UI,
  PRESSURE,
  SHAMING,
  SHAMING_AS_DECLINE,
  URGENT,
} from './copy-es.js';
import { SHAPE_PROBES } from './copy-es-shapes.js';

const NOW = new Date('2026-06-01T12:00:00Z');
const rules = (text: string, options: Omit<CopyCheckOptions, 'locale'> = {}) =>
  checkCopy(text, { locale: 'es-MX', now: NOW, ...options }).map((finding) => finding.rule);
const DARK = ['confirmshaming', 'false-urgency', 'pressure'];

describe('Spanish: confirmshaming', () => {
  it.each(SHAMING)('refuses %j in any field and as a decline label', (text) => {
    expect(rules(text)).toContain('confirmshaming');
    expect(rules(text, { role: 'decline' })).toContain('confirmshaming');
  });
  it.each(SHAMING_AS_DECLINE)('refuses %j as a decline label, naming what went beyond the refusal', (text) => {
    const finding = checkCopy(text, { locale: 'es', role: 'decline' }).find((f) => f.rule === 'confirmshaming');
    expect(finding?.message).toContain('goes beyond a refusal');
  });
  it.each(HONEST_DECLINES)('accepts the neutral refusal %j as a decline and as a stop label', (text) => {
    expect(rules(text, { role: 'decline' })).not.toContain('confirmshaming');
    expect(rules(text, { role: 'stop' })).not.toContain('confirmshaming');
    expect(rules(text).filter((rule) => DARK.includes(rule))).toEqual([]);
  });
});

describe('Spanish: false-urgency and pressure', () => {
  it.each(URGENT)('refuses the urgency %j without a declared deadline', (text) => {
    expect(rules(text)).toContain('false-urgency');
  });
  it.each(PRESSURE)('refuses the scarcity or activity claim %j without a source', (text) => {
    expect(rules(text)).toContain('pressure');
  });
  it('allows a real deadline with its reason, and a capacity with its source', () => {
    expect(rules(DEADLINE_COPY)).toContain('false-urgency');
    const deadline = { at: '2026-06-05T18:00:00Z', reason: 'El curso empieza el lunes' };
    expect(rules(DEADLINE_COPY, { deadline })).not.toContain('false-urgency');
    expect(rules(CAPACITY_COPY.text)).toContain('pressure');
    expect(rules(CAPACITY_COPY.text, { source: CAPACITY_COPY.source })).not.toContain('pressure');
  });
  it('refuses a countdown even under a real deadline', () => {
    const deadline = { at: '2026-06-05T18:00:00Z', reason: 'El curso empieza el lunes' };
    expect(rules('Termina en 04:59', { deadline })).toContain('false-urgency');
  });
});

describe('Spanish: honest copy', () => {
  it.each(HONEST_UI)('passes %j with no dark rule', (text) => {
    expect(rules(text).filter((rule) => DARK.includes(rule))).toEqual([]);
  });
  it('is never read with the English patterns, and English copy in a Spanish offer is read as English', () => {
    expect(rules('Solo hoy').filter((rule) => rule !== 'copy-language-unchecked')).toEqual(['false-urgency']);
    expect(rules("No thanks, I don't want to save money")).toContain('confirmshaming');
  });
});

describe.each(SHAPE_PROBES)('Spanish shape: $shape', (probe) => {
  it.each(probe.shaming ?? [])('refuses %j in any field and as a decline label', (text) => {
    expect(rules(text)).toContain('confirmshaming');
    expect(rules(text, { role: 'decline' })).toContain('confirmshaming');
  });
  it.each(probe.shamingAsDecline ?? [])('refuses %j as a decline label, naming what went beyond it', (text) => {
    const finding = checkCopy(text, { locale: 'es', role: 'decline' }).find((f) => f.rule === 'confirmshaming');
    expect(finding?.message).toContain('goes beyond a refusal');
  });
  it.each(probe.honestDeclines ?? [])('accepts %j as a decline and a stop label, and in any field', (text) => {
    expect(rules(text, { role: 'decline' })).not.toContain('confirmshaming');
    expect(rules(text, { role: 'stop' })).not.toContain('confirmshaming');
    expect(rules(text).filter((rule) => DARK.includes(rule))).toEqual([]);
  });
  it.each(probe.urgent ?? [])('refuses the urgency %j without a declared deadline', (text) => {
    expect(rules(text)).toContain('false-urgency');
  });
  it.each(probe.pressure ?? [])('refuses the claim %j without a source', (text) => {
    expect(rules(text)).toContain('pressure');
  });
  it.each(probe.honest ?? [])('passes %j with no dark rule', (text) => {
    expect(rules(text).filter((rule) => DARK.includes(rule))).toEqual([]);
  });
});
