import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defineOffer, InvalidOfferError, parseOffer } from '../../src/core/define-offer.js';
import type { Offer } from '../../src/core/offer-schema.js';

const json = (): unknown => JSON.parse(readFileSync('examples/offers/subscription.json', 'utf8'));

describe('defineOffer and parseOffer (issue 12 item 17)', () => {
  it('defineOffer is the identity', () => {
    const offer = json() as Offer;
    expect(defineOffer(offer)).toBe(offer);
  });

  it('parseOffer returns a valid JSON offer, typed', () => {
    expect(parseOffer(json()).id).toBe('stride-annual-2026');
  });

  it('parseOffer throws with the findings for an offer the widget would refuse', () => {
    const bad = json() as { addOns: Array<Record<string, unknown>> };
    bad.addOns[0]!.selected = true;
    let thrown: unknown;
    try {
      parseOffer(bad);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(InvalidOfferError);
    expect((thrown as InvalidOfferError).findings).toContainEqual(
      expect.objectContaining({ rule: 'prechecked-upsell' }),
    );
    expect((thrown as Error).message).toMatch(/\[prechecked-upsell\] addOns\.0\.selected/);
  });
});
