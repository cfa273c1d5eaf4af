/**
 * Blind batch 2 (blind2.ts): written before the rules were read, measured once, then the rules were improved
 * by pattern. The bars below hold the post-improvement numbers so a later change cannot quietly lose them.
 *
 *   measured once, before the rule changes:  confirmshaming 52/80, urgency 40/40, pressure 38/40, honest flagged 0/150
 *   after the rule changes:                   confirmshaming 77/80, urgency 40/40, pressure 40/40, honest flagged 0/150
 *
 * Blind batch 3 (BLIND3_*), written after the changes and measured exactly once with no rule change afterwards —
 * the honest estimate of generalisation to unseen copy. It is data only (no assertion); measured once:
 *
 *   blind3 confirmshaming 21/30 = 0.70; honest flagged 0/30
 *   missed: "No thanks, I already know how to cook everything", "No thanks, dry skin is my thing",
 *   "Yes, cancel and lose my 40% loyalty discount" (object 4 tokens after "my": past the 3-token window),
 *   "I'll give up my VIP status" (preference frame: give up is read as a refusal, not a loss frame),
 *   "No, I don't want my photos backed up", "No thanks, I don't deserve a break", "No thanks, I like my phone cracked",
 *   "Decline and miss out on rewards", "No, I don't read books anyway".
 */
import { describe, expect, it } from 'vitest';
import { DARK_RULES, rulesFor } from './helpers.js';
import { BLIND2_CONFIRMSHAMING, BLIND2_HONEST, BLIND2_NOW, BLIND2_PRESSURE, BLIND2_URGENCY } from './blind2.js';

const rules = (text: string) => rulesFor(text, { now: BLIND2_NOW });

describe('blind batch 2', () => {
  it.each([
    { name: 'confirmshaming', rule: 'confirmshaming', texts: BLIND2_CONFIRMSHAMING, bar: 0.95, size: 80 },
    { name: 'urgency', rule: 'false-urgency', texts: BLIND2_URGENCY, bar: 0.975, size: 40 },
    { name: 'pressure', rule: 'pressure', texts: BLIND2_PRESSURE, bar: 0.975, size: 40 },
  ] as const)('$name: recall ≥ $bar', ({ name, rule, texts, bar, size }) => {
    expect(texts.length).toBe(size);
    const missed = texts.filter((t) => !rules(t).includes(rule));
    const recall = (texts.length - missed.length) / texts.length;
    console.log(
      `blind2 ${name}: ${texts.length - missed.length}/${texts.length} = ${recall.toFixed(3)}${missed.length ? `; missed ${JSON.stringify(missed)}` : ''}`,
    );
    expect(recall, `missed: ${missed.join(' | ')}`).toBeGreaterThanOrEqual(bar);
  });

  it('flags at most 1 % of its 150 honest strings', () => {
    expect(BLIND2_HONEST.length).toBe(150);
    const flagged = BLIND2_HONEST.filter((t) => rules(t).some((r) => DARK_RULES.includes(r)));
    console.log(`blind2 honest flagged: ${flagged.length}/${BLIND2_HONEST.length}; ${JSON.stringify(flagged)}`);
    expect(flagged.length / BLIND2_HONEST.length, `flagged: ${flagged.join(' | ')}`).toBeLessThanOrEqual(0.01);
  });

  it('keeps every set apart from the honest one', () => {
    const honest = new Set(BLIND2_HONEST);
    for (const t of [...BLIND2_CONFIRMSHAMING, ...BLIND2_URGENCY, ...BLIND2_PRESSURE])
      expect(honest.has(t), t).toBe(false);
  });
});
