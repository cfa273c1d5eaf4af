/**
 * Typed offers in TypeScript. `defineOffer({...})` is the identity, typed to `Offer`: an offer written in
 * code is checked by the compiler as you type (`period: 'monthly'` is a compile error). JSON is different:
 * an imported `.json` file is typed with widened strings (`period: string`), so no type can vouch for it;
 * `parseOffer(json)` runs `validateOffer` and returns the typed offer, or throws with the findings.
 */
import type { Finding } from './finding.js';
import type { Offer } from './offer-schema.js';
import { validateOffer, type ValidateOptions } from './validate-offer.js';

export function defineOffer(offer: Offer): Offer {
  return offer;
}

/** Thrown by `parseOffer` for an offer the widget would refuse; `findings` lists what to change. */
export class InvalidOfferError extends Error {
  readonly findings: Finding[];
  constructor(findings: Finding[]) {
    const errors = findings.filter((f) => f.severity === 'error');
    super(
      `The offer is refused:\n${errors.map((f) => `- [${f.rule}]${f.path ? ` ${f.path}:` : ''} ${f.message}`).join('\n')}`,
    );
    this.name = 'InvalidOfferError';
    this.findings = findings;
  }
}

/** Validates any value (e.g. an imported JSON file) and returns it as an `Offer` (strings trimmed). */
export function parseOffer(json: unknown, options?: ValidateOptions): Offer {
  const result = validateOffer(json, options);
  if (!result.ok || !result.offer) throw new InvalidOfferError(result.findings);
  return result.offer;
}
