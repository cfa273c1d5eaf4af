/**
 * English urgency and pressure of copy with no role, by construction (en-urgency-families.ts,
 * en-pressure-families.ts): a short window counted from now, a price resetting on the clock; demand told as a rush
 * or a crowd. Examples written for this file, not taken from any batch.
 */
import { describe, expect, it } from 'vitest';
import { checkCopy } from '../../../../src/core/index.js';

const rules = (text: string) => new Set(checkCopy(text, { locale: 'en' }).map((finding) => finding.rule));

describe('en: urgency and pressure by construction', () => {
  it.each([
    'For the next 20 minutes only: double points',
    'Prices go up again in 15 minutes',
    'Flash price resets at 23:00',
    'Only until the end of your visit',
  ])('%j is false urgency', (text) => expect(rules(text).has('false-urgency')).toBe(true));
  it.each([
    'These boots are being snapped up',
    'Priya and 14 others just signed up',
    'Hugely popular right now',
    'Most people in your city choose this plan',
  ])('%j is pressure', (text) => expect(rules(text).has('pressure')).toBe(true));
  it.each([
    'Delivery within the next 3 days',
    'Your password resets at midnight if you asked for it',
    'Most people in the survey were satisfied with support',
    // an admin's stock line and a report of the shop's own figures
    'Low stock: 12 units of SKU TR-88 left in bin A4',
    'Weekly report: 58 orders, 3 returns',
  ])('%j is ordinary copy', (text) => {
    const found = rules(text);
    expect(found.has('false-urgency') || found.has('pressure')).toBe(false);
  });
});
