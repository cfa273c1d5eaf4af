/**
 * The offer model of an offer already accepted by validateOffer (a lint digest says so, lint-digest.ts), built
 * without valibot, so a linted offer paints before the checks chunk loads. It is what OfferSchema's output is for
 * an accepted input: the schema's keys only (v.object drops the others, e.g. "$schema"), in the schema's order,
 * with the text fields trimmed (the schema's `text()` pipe); ids, URLs, numbers and flags as given.
 * OFFER_SHAPE mirrors offer-schema.ts; test/core/trusted-offer.test.ts derives the same shape from the valibot
 * schema, so the two cannot drift, and compares the result with validateOffer's for every example offer.
 */
import type { Offer } from './offer-schema.js';

/** `text`: a trimmed string; `value`: kept as given; an object: its keys; a one-item list: a list of that. */
export type Shape = 'text' | 'value' | { readonly [key: string]: Shape } | readonly [Shape];

const T = 'text';
const V = 'value';
const price = { amount: V, currency: V, period: V, minimumTerm: V, fees: V, note: T } as const;
const option = {
  id: V,
  title: T,
  summary: T,
  rationale: T,
  stillAnswers: T,
  action: { label: T, href: V },
  terms: {
    scope: T,
    evidence: T,
    dataAccess: { level: V, detail: T },
    time: { duration: T, days: V, ongoing: V, effort: T },
    price,
    renewal: { auto: V, detail: T, cancel: T, cancelUrl: V, cancelBy: T },
    exit: T,
  },
  escalations: [V],
  notice: T,
  impact: { text: T, verificationUrl: V },
} as const;

export const OFFER_SHAPE: Shape = {
  id: V,
  decision: T,
  successCriteria: [T],
  requester: { name: T, role: T },
  full: option,
  retreat: option,
  retreatFor: { time: option, budget: option, policy: option },
  retreatVariants: [option],
  askConstraint: V,
  addOns: [{ id: V, label: T, price, selected: V, recurring: V }],
  deadline: { at: V, reason: T, timeZone: V },
  claims: [{ text: T, source: T }],
  stop: { label: T, confirmation: T, href: V, rememberDays: V },
  declineLabel: T,
  experiment: { id: V, arms: [{ name: V, kind: V, weight: V, retreat: V }] },
  locale: V,
  jurisdictions: [V],
  withdrawal: { days: V, url: V },
};

function shaped(value: unknown, shape: Shape): unknown {
  if (shape === 'text') return typeof value === 'string' ? value.trim() : value;
  if (shape === 'value') return value;
  if (Array.isArray(shape)) return Array.isArray(value) ? value.map((item) => shaped(item, shape[0])) : value;
  // valibot's v.object takes any object, a list too (`"stop": []` parses as `{}`): so does this.
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(shape as { readonly [key: string]: Shape }))
    if (Object.hasOwn(value, key)) out[key] = shaped((value as Record<string, unknown>)[key], inner);
  return out;
}

/** The parsed offer of an input validateOffer accepted (only call it for one: nothing is checked here). */
export function trustedOffer(accepted: unknown): Offer {
  return shaped(accepted, OFFER_SHAPE) as Offer;
}
