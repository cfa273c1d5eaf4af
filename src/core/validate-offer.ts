/**
 * validateOffer: the structure check (valibot schema) followed by the guardrail rules.
 * Never throws: any JSON value yields `{ ok, findings }`, with at least one finding when `ok` is false.
 */
import * as v from 'valibot';
import { OfferSchema, type Offer } from './offer-schema.js';
import type { Finding } from './finding.js';

export interface ValidationResult {
  ok: boolean;
  findings: Finding[];
  /** The parsed offer (trimmed strings) when the structure is valid, even if rules reported errors. */
  offer?: Offer;
}

function issuePath(issue: v.BaseIssue<unknown>): string | undefined {
  const keys = issue.path?.map((p) => String(p.key));
  return keys && keys.length ? keys.join('.') : undefined;
}

export function validateOffer(input: unknown): ValidationResult {
  const parsed = v.safeParse(OfferSchema, input);
  if (!parsed.success) {
    const findings: Finding[] = parsed.issues.map((issue) => ({
      rule: 'invalid-offer',
      severity: 'error',
      message: issue.message,
      path: issuePath(issue),
    }));
    return { ok: false, findings };
  }
  return { ok: true, findings: [], offer: parsed.output };
}
