/**
 * The checks validateOffer runs, in order. Order matters twice: findings are listed in this order (the first of
 * two findings for the same rule and path is kept), and a check may read the findings before it (the shamed
 * stop check reads the copy checks'). Metadata is in rules.ts, so this list pulls no documentation into bundles.
 * Checks only some offers need are groups (check-groups.ts), each run at its slot here once registered (group-slots.ts).
 */
import type { Check } from './rule.js';
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
import { pastDeadlineCheck } from './past-deadline.js';
import { needsExperimentChecks } from './check-groups.js';
import { groupSlot, wordingCheck } from './group-slots.js';

export const CHECKS: readonly Check[] = [
  // On any record, so a broken structure still gets one complete list of fixes. The structure check is in the
  // wording group (wording-group.ts: offer-structure.ts words valibot's issues); only an offer with issues needs it.
  groupSlot('wording', ({ issues }) => issues.length > 0),
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
  // The experiment group (experiment-group.ts): arms, framing.
  groupSlot('experiment', ({ offer }) => offer !== undefined && needsExperimentChecks(offer)),
  pastDeadlineCheck,
  // Only with a jurisdiction (the offer's `jurisdictions`, the element attribute or `lint --jurisdiction`): the
  // jurisdiction group (jurisdiction/jurisdiction-group.ts): eu payment button, eu withdrawal function, de cancel button,
  // us-ca and us-ny auto-renewal.
  groupSlot('jurisdiction', ({ offer, jurisdictions }) => offer !== undefined && jurisdictions.size > 0),
  // Last: refuses an offer whose findings were made without their words (group-slots.ts).
  wordingCheck,
];
