/**
 * End to end with the real copy rules: a copy problem anywhere in an offer is found at its field, with the
 * offer's deadline and claim sources taken into account. Examples are clear-cut on purpose: the copy rules'
 * accuracy is measured by their own tests and bench; this checks validateOffer hands them the right field.
 */
import { describe, expect, it } from 'vitest';
import { validateOffer } from '../../src/core/validate-offer.js';
import { offerWith, type Raw } from './guardrails/offer-fixture.js';

const NOW = new Date('2026-06-01T00:00:00Z');
const rulesAt = (offer: Raw, path: string) =>
  validateOffer(offer, { now: NOW })
    .findings.filter((f) => f.path === path)
    .map((f) => f.rule)
    .sort();

describe('copy rules through validateOffer', () => {
  it('a shaming stop label: confirmshaming and missing-stop-path', () => {
    const offer = offerWith((o) => (o.stop.label = "No thanks, I don't care about my business"));
    expect(rulesAt(offer, 'stop.label')).toEqual(['confirmshaming', 'missing-stop-path']);
    expect(validateOffer(offer, { now: NOW }).ok).toBe(false);
  });

  it('a shaming decline label: confirmshaming only (the stop path is intact)', () => {
    const offer = offerWith((o) => (o.declineLabel = "No thanks, I'd rather stay uninformed"));
    expect(rulesAt(offer, 'declineLabel')).toEqual(['confirmshaming']);
  });

  it('a neutral stop label passes', () => {
    for (const label of ['Not now', 'No thanks', 'Maybe later']) {
      expect(
        rulesAt(
          offerWith((o) => (o.stop.label = label)),
          'stop.label',
        ),
      ).toEqual([]);
    }
  });

  it('urgency in a summary without a deadline is false urgency; with a real future deadline it is allowed', () => {
    const urgent = (o: Raw) => (o.retreat.summary = 'Last chance: this offer ends tonight.');
    expect(rulesAt(offerWith(urgent), 'retreat.summary')).toContain('false-urgency');
    const withDeadline = offerWith((o) => {
      urgent(o);
      o.deadline = { at: '2026-06-01T23:59:00Z', reason: 'The pilot cohort starts on 2 June' };
    });
    expect(rulesAt(withDeadline, 'retreat.summary')).not.toContain('false-urgency');
    expect(validateOffer(withDeadline, { now: NOW }).ok).toBe(true);
  });

  it('scarcity needs a declared source: in a claim with one it passes, in body copy it is pressure', () => {
    const claim = offerWith(
      (o) =>
        (o.claims = [{ text: '3 seats left in the Tuesday workshop', source: 'Room capacity 12, bookings system' }]),
    );
    expect(rulesAt(claim, 'claims.0.text')).toEqual([]);
    const body = offerWith(
      (o) => (o.full.summary = 'Only 2 spots left, 23 people are looking at this pilot right now.'),
    );
    expect(rulesAt(body, 'full.summary')).toContain('pressure');
  });

  it('a vague action label is a warning at the action', () => {
    const offer = offerWith((o) => (o.retreat.action.label = 'Submit'));
    expect(rulesAt(offer, 'retreat.action.label')).toEqual(['vague-cta']);
    expect(validateOffer(offer, { now: NOW }).ok).toBe(true);
  });

  it('invisible characters do not hide urgency from the checks', () => {
    const offer = offerWith((o) => (o.retreat.summary = 'La\u200Bst cha\u200Dnce: ends to\u2060night'));
    expect(rulesAt(offer, 'retreat.summary')).toContain('false-urgency');
  });
});
