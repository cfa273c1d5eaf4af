/**
 * The wording group: what every guardrail finding says (wording/*.ts), and the structure check that turns
 * valibot's issues into findings naming the field and the fix (offer-structure.ts). An offer that is shown without
 * findings needs none of it, so the browser loads it as its own chunk only for an offer with findings (a refused
 * one, or one shown with warnings), before that offer is shown; `fair-offer/core` registers it on import.
 */
import type { CheckGroup } from './check-groups.js';
import { offerStructureCheck } from './offer-structure.js';
import { OPTION_COUNT_WORDING } from './wording/option-count.js';
import { STOP_PATH_WORDING } from './wording/stop-path.js';
import { OFFER_SCHEMA_WORDING } from './wording/offer-schema.js';
import { HIDDEN_ESCALATION_WORDING } from './wording/hidden-escalation.js';
import { RETREAT_SIZE_WORDING } from './wording/retreat-size.js';
import { PRECHECKED_UPSELL_WORDING } from './wording/prechecked-upsell.js';
import { RENEWAL_WORDING_WORDING } from './wording/renewal-wording.js';
import { RETREAT_ANSWERS_WORDING } from './wording/retreat-answers.js';
import { UNSAFE_URL_WORDING } from './wording/unsafe-url.js';
import { UNDISCLOSED_DIFFERENCE_WORDING } from './wording/undisclosed-difference.js';
import { FULL_RATIONALE_WORDING } from './wording/full-rationale.js';
import { BIDI_CONTROL_WORDING } from './wording/bidi-control.js';
import { UNVERIFIED_IMPACT_WORDING } from './wording/unverified-impact.js';
import { PAST_DEADLINE_WORDING } from './wording/past-deadline.js';

export const WORDING = {
  ...OFFER_SCHEMA_WORDING,
  ...OPTION_COUNT_WORDING,
  ...STOP_PATH_WORDING,
  ...HIDDEN_ESCALATION_WORDING,
  ...RETREAT_SIZE_WORDING,
  ...PRECHECKED_UPSELL_WORDING,
  ...RENEWAL_WORDING_WORDING,
  ...RETREAT_ANSWERS_WORDING,
  ...UNSAFE_URL_WORDING,
  ...UNDISCLOSED_DIFFERENCE_WORDING,
  ...FULL_RATIONALE_WORDING,
  ...BIDI_CONTROL_WORDING,
  ...UNVERIFIED_IMPACT_WORDING,
  ...PAST_DEADLINE_WORDING,
};
export type Wording = typeof WORDING;

export const WORDING_GROUP: CheckGroup = { name: 'wording', checks: [offerStructureCheck], wording: WORDING };
