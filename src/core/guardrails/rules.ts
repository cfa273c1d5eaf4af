/**
 * The rule table: one entry per rule id that validateOffer, checkCopy or the element can report, each declared
 * beside its check. It feeds the README table, the CLI's SARIF rule metadata and `ruleInfo`; `RuleId`, the type
 * of `Finding.rule`, is derived from it, so an id without metadata cannot ship.
 * Ids are a public contract (PRODUCT.md section 3): add freely, rename never.
 */
import type { RuleInfo } from './rule.js';
import { invalidOfferRule } from './offer-structure.js';
import { invalidJsonRule } from './invalid-json.js';
import { precheckedUpsellRule } from './prechecked-upsell.js';
import {
  confirmshamingRule,
  copyLanguageUncheckedRule,
  falseUrgencyRule,
  pressureRule,
  readingLevelRule,
  vagueCtaRule,
} from './copy-checks.js';
import { undisclosedDifferenceRule } from './undisclosed-difference.js';
import { hiddenEscalationRule } from './hidden-escalation.js';
import { stackedRetreatRule, tooManyOptionsRule } from './option-count.js';
import { missingStopPathRule } from './stop-path.js';
import { unjustifiedFullRule } from './full-rationale.js';
import { retreatNotSmallerRule } from './retreat-size.js';
import { retreatInvalidRule } from './retreat-answers.js';
import { unsafeUrlRule } from './unsafe-url.js';
import { bidiControlRule } from './bidi-control.js';
import { unverifiedImpactRule } from './unverified-impact.js';
import { euPaymentButtonRule } from './jurisdiction/eu-payment-button.js';
import { euWithdrawalFunctionRule } from './jurisdiction/eu-withdrawal-function.js';
import { deCancelButtonRule } from './jurisdiction/de-cancel-button.js';
import { usCaAutoRenewalRule } from './jurisdiction/us-ca-auto-renewal.js';
import { usNyAutoRenewalRule } from './jurisdiction/us-ny-auto-renewal.js';
import { checksNotLoadedRule } from './check-groups.js';

export type { RuleInfo } from './rule.js';

export const RULES = [
  invalidOfferRule,
  precheckedUpsellRule,
  confirmshamingRule,
  falseUrgencyRule,
  pressureRule,
  undisclosedDifferenceRule,
  hiddenEscalationRule,
  stackedRetreatRule,
  tooManyOptionsRule,
  missingStopPathRule,
  unjustifiedFullRule,
  retreatNotSmallerRule,
  retreatInvalidRule,
  unsafeUrlRule,
  bidiControlRule,
  vagueCtaRule,
  readingLevelRule,
  unverifiedImpactRule,
  copyLanguageUncheckedRule,
  invalidJsonRule,
  euPaymentButtonRule,
  euWithdrawalFunctionRule,
  deCancelButtonRule,
  usCaAutoRenewalRule,
  usNyAutoRenewalRule,
  checksNotLoadedRule,
] as const satisfies readonly RuleInfo[];

/** Every id a finding can carry. */
export type RuleId = (typeof RULES)[number]['id'];

const BY_ID = new Map<string, RuleInfo>(RULES.map((r) => [r.id, r]));

/** Metadata for a rule id, or undefined for an id this version does not know. */
export function ruleInfo(id: string): RuleInfo | undefined {
  return BY_ID.get(id);
}
