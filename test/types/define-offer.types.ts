/**
 * Type tests, compiled by `tsc -p tsconfig.json` (the first step of `npm test`), never run. Each
 * `@ts-expect-error` line must fail to compile: if the types let it through, tsc reports the unused directive.
 */
import subscriptionJson from '../../examples/offers/subscription.json';
import { defineOffer, parseOffer, type Offer } from '../../src/core/index.js';

const base = JSON.parse('{}') as Offer;

// defineOffer checks an offer written in code, with literal types inferred from the Offer type.
export const written: Offer = defineOffer({
  ...base,
  full: { ...base.full, terms: { ...base.full.terms, price: { amount: 9, currency: 'EUR', period: 'month' } } },
});

defineOffer({
  ...base,
  // @ts-expect-error 'monthly' is not a period: 'once' | 'month' | 'year'
  full: { ...base.full, terms: { ...base.full.terms, price: { amount: 9, currency: 'EUR', period: 'monthly' } } },
});

// Imported JSON has widened types (period: string): it cannot be passed as an Offer without a check...
// @ts-expect-error string is not assignable to 'once' | 'month' | 'year'
defineOffer(subscriptionJson);
// ...parseOffer validates it at run time and returns it typed.
export const fromJson: Offer = parseOffer(subscriptionJson);
