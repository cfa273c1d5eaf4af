/**
 * Generalisation on copy the rules were not written from (heldout.ts): per-category recall and the share of
 * honest strings flagged by any of the three dark-pattern rules. The counts are printed so a drop is visible
 * before it crosses a goal.
 */
import { describe, expect, it } from 'vitest';
import type { CopyCheckOptions } from '../../../src/core/finding.js';
import { DARK_RULES, rulesFor } from './helpers.js';
import {
  FRESH_CONFIRMSHAMING,
  FRESH_HONEST,
  FRESH_PRESSURE,
  FRESH_URGENCY,
  HELDOUT_CONFIRMSHAMING,
  HELDOUT_DECLARED,
  HELDOUT_HONEST,
  HELDOUT_NOW,
  HELDOUT_PRESSURE,
  HELDOUT_URGENCY,
} from './heldout.js';

const rules = (text: string, options: CopyCheckOptions = {}) => rulesFor(text, { now: HELDOUT_NOW, ...options });

const CATEGORIES = [
  { name: 'confirmshaming', rule: 'confirmshaming', texts: HELDOUT_CONFIRMSHAMING, goal: 0.95, size: 120 },
  { name: 'urgency', rule: 'false-urgency', texts: HELDOUT_URGENCY, goal: 0.95, size: 80 },
  { name: 'pressure', rule: 'pressure', texts: HELDOUT_PRESSURE, goal: 0.9, size: 80 },
] as const;

describe('held-out copy', () => {
  it.each(CATEGORIES)('$name: recall ≥ $goal', ({ name, rule, texts, goal, size }) => {
    expect(texts.length).toBeGreaterThanOrEqual(size);
    const missed = texts.filter((t) => !rules(t).includes(rule));
    const recall = (texts.length - missed.length) / texts.length;
    console.log(
      `held-out ${name}: ${texts.length - missed.length}/${texts.length} = ${recall.toFixed(3)}${missed.length ? `; missed ${JSON.stringify(missed)}` : ''}`,
    );
    expect(recall, `missed: ${missed.join(' | ')}`).toBeGreaterThanOrEqual(goal);
  });

  it('flags at most 1 % of honest copy', () => {
    const honest = [...HELDOUT_HONEST.map((text) => ({ text, options: {} })), ...HELDOUT_DECLARED];
    expect(honest.length).toBeGreaterThanOrEqual(300);
    const flagged = honest.filter(({ text, options }) => rules(text, options).some((r) => DARK_RULES.includes(r)));
    const rate = flagged.length / honest.length;
    console.log(
      `held-out honest flagged: ${flagged.length}/${honest.length} = ${rate.toFixed(4)}; ${JSON.stringify(flagged.map((f) => f.text))}`,
    );
    expect(rate, `flagged: ${flagged.map((f) => f.text).join(' | ')}`).toBeLessThanOrEqual(0.01);
  });

  it('keeps the categories apart from the honest set', () => {
    const honest = new Set(HELDOUT_HONEST);
    for (const { texts } of CATEGORIES) for (const t of texts) expect(honest.has(t), t).toBe(false);
  });
});

describe('fresh held-out batch (regression guard)', () => {
  const FRESH = [
    { name: 'confirmshaming', rule: 'confirmshaming', texts: FRESH_CONFIRMSHAMING, goal: 0.8 },
    { name: 'urgency', rule: 'false-urgency', texts: FRESH_URGENCY, goal: 0.95 },
    { name: 'pressure', rule: 'pressure', texts: FRESH_PRESSURE, goal: 0.9 },
  ] as const;

  it.each(FRESH)('$name: recall ≥ $goal', ({ name, rule, texts, goal }) => {
    const missed = texts.filter((t) => !rules(t).includes(rule));
    const recall = (texts.length - missed.length) / texts.length;
    console.log(
      `fresh ${name}: ${texts.length - missed.length}/${texts.length} = ${recall.toFixed(3)}${missed.length ? `; missed ${JSON.stringify(missed)}` : ''}`,
    );
    expect(recall, `missed: ${missed.join(' | ')}`).toBeGreaterThanOrEqual(goal);
  });

  it('flags at most 5 % of its honest copy (80 strings: names and feeds that read as pressure)', () => {
    const flagged = FRESH_HONEST.filter((t) => rules(t).some((r) => DARK_RULES.includes(r)));
    console.log(`fresh honest flagged: ${flagged.length}/${FRESH_HONEST.length}; ${JSON.stringify(flagged)}`);
    expect(flagged.length / FRESH_HONEST.length).toBeLessThanOrEqual(0.05);
  });
});
