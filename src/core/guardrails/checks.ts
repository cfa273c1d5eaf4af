/**
 * The checks validateOffer runs, in order. Order matters twice: findings are listed in this order (the first of
 * two findings for the same rule and path is kept), and a check may read the findings before it (the shamed
 * stop check reads the copy checks'). Metadata is in rules.ts, so this list pulls no documentation into bundles.
 */
import type { Check } from './rule.js';
import { offerStructureCheck } from './offer-structure.js';
import { optionCountCheck } from './option-count.js';
import { shamedStopCheck, stopPathCheck } from './stop-path.js';
import { precheckedUpsellCheck } from './prechecked-upsell.js';
import { fullRationaleCheck } from './full-rationale.js';
import { sameAsFullCheck, stillAnswersCheck } from './retreat-answers.js';
import { unsafeUrlCheck } from './unsafe-url.js';
import { bidiControlCheck } from './bidi-control.js';
import { copyCheck } from './copy-checks.js';
import { undisclosedDifferenceCheck } from './undisclosed-difference.js';
import { renewalWordingCheck } from './renewal-wording.js';
import { retreatSizeCheck } from './retreat-size.js';
import { hiddenEscalationCheck } from './hidden-escalation.js';
import { unverifiedImpactCheck } from './unverified-impact.js';
import { experimentArmsCheck } from './experiment-arms.js';
import { experimentFramingCheck } from './experiment-framing.js';
import { pastDeadlineCheck } from './past-deadline.js';
import { euPaymentButtonCheck } from './jurisdiction/eu-payment-button.js';
import { euWithdrawalFunctionCheck } from './jurisdiction/eu-withdrawal-function.js';
import { deCancelButtonCheck } from './jurisdiction/de-cancel-button.js';
import { usCaAutoRenewalCheck } from './jurisdiction/us-ca-auto-renewal.js';
import { usNyAutoRenewalCheck } from './jurisdiction/us-ny-auto-renewal.js';

export const CHECKS: readonly Check[] = [
  // On any record, so a broken structure still gets one complete list of fixes.
  offerStructureCheck,
  optionCountCheck,
  stopPathCheck,
  precheckedUpsellCheck,
  fullRationaleCheck,
  stillAnswersCheck,
  unsafeUrlCheck,
  bidiControlCheck,
  copyCheck,
  shamedStopCheck,
  // On the parsed offer only: they compare options.
  undisclosedDifferenceCheck,
  renewalWordingCheck,
  sameAsFullCheck,
  retreatSizeCheck,
  hiddenEscalationCheck,
  unverifiedImpactCheck,
  experimentArmsCheck,
  experimentFramingCheck,
  pastDeadlineCheck,
  // Only with a jurisdiction (the offer's `jurisdictions`, the element attribute or `lint --jurisdiction`).
  euPaymentButtonCheck,
  euWithdrawalFunctionCheck,
  deCancelButtonCheck,
  usCaAutoRenewalCheck,
  usNyAutoRenewalCheck,
];
