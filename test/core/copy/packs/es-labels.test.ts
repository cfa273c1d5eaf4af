/**
 * Spanish probes of session 12 (copy-es-labels.ts) and of sessions 13 and 14, by paradigm (copy-es-s13.ts, copy-es-s14.ts): each probe's dark copy must get its rule with no role (and
 * confirmshaming as a decline label too), its honest declines must pass as decline labels and in any field, and its
 * honest copy must get no dark rule.
 */
import { describe, expect, it } from 'vitest';
import { checkCopy } from '../../../../src/core/index.js';
import type { CopyCheckOptions } from '../../../../src/core/finding.js';
import { ES_LABEL_PROBES } from './copy-es-labels.js';
import { ES_S13_PROBES } from './copy-es-s13.js';
import { ES_S14_PROBES } from './copy-es-s14.js';

const NOW = new Date('2026-06-01T12:00:00Z');
const DARK = ['confirmshaming', 'false-urgency', 'pressure'];
const rules = (text: string, options: Omit<CopyCheckOptions, 'locale'> = {}) =>
  checkCopy(text, { locale: 'es', now: NOW, ...options }).map((finding) => finding.rule);

const PROBES = [
  ...ES_LABEL_PROBES.map((probe) => ({ ...probe, session: '' })),
  ...ES_S13_PROBES.map((probe) => ({ ...probe, session: ' (session 13)' })),
  ...ES_S14_PROBES.map((probe) => ({ ...probe, session: ' (session 14)' })),
];

describe.each(PROBES)('Spanish$session: $shape', (probe) => {
  it.each(probe.shaming ?? [])('refuses %j with no role and as a decline label', (text) => {
    expect(rules(text)).toContain('confirmshaming');
    expect(rules(text, { role: 'decline' })).toContain('confirmshaming');
  });
  it.each(probe.shamingAsDecline ?? [])('refuses %j as a decline label, naming what went beyond it', (text) => {
    const finding = checkCopy(text, { locale: 'es', role: 'decline' }).find((f) => f.rule === 'confirmshaming');
    expect(finding?.message).toContain('goes beyond a refusal');
  });
  it.each(probe.honestDeclines ?? [])('accepts %j as a decline label and in any field', (text) => {
    expect(rules(text, { role: 'decline' })).not.toContain('confirmshaming');
    expect(rules(text).filter((rule) => DARK.includes(rule))).toEqual([]);
  });
  it.each(probe.urgent ?? [])('refuses the urgency %j with no role', (text) => {
    expect(rules(text)).toContain('false-urgency');
  });
  it.each(probe.pressure ?? [])('refuses the claim %j with no role', (text) => {
    expect(rules(text)).toContain('pressure');
  });
  it.each(probe.honest ?? [])('passes %j with no dark rule', (text) => {
    expect(rules(text).filter((rule) => DARK.includes(rule))).toEqual([]);
  });
});
