/** The documented copy rules match what checkCopy does, so the README table cannot drift from the code. */
import { describe, expect, it } from 'vitest';
import { COPY_RULES } from '../../../src/core/copy/rules.js';
import { RULES } from '../../../src/core/guardrails/rules.js';
import { rulesFor } from './helpers.js';

describe('COPY_RULES', () => {
  it('lists the five copy rules once each', () => {
    expect(COPY_RULES.map((r) => r.id).sort()).toEqual([
      'confirmshaming',
      'false-urgency',
      'pressure',
      'reading-level',
      'vague-cta',
    ]);
  });

  it('agrees with the shared rule table on ids and severities', () => {
    for (const rule of COPY_RULES) expect(RULES.find((r) => r.id === rule.id)?.severity, rule.id).toBe(rule.severity);
  });

  for (const rule of COPY_RULES) {
    const options = rule.id === 'vague-cta' ? { role: 'action' as const } : {};
    it.each(rule.examples.refused)(`${rule.id} refuses its example %j`, (text) => {
      expect(rulesFor(text, options)).toContain(rule.id);
    });
    it.each(rule.examples.accepted)(`${rule.id} accepts its example %j`, (text) => {
      expect(rulesFor(text, options)).not.toContain(rule.id);
    });
  }
});
