/** `false-urgency` for the declared deadline itself: a deadline already past is no reason to hurry. */
import type { Offer } from '../offer-schema.js';
import type { Finding } from '../finding.js';
import type { Check } from './rule.js';
import { say } from './wording.js';

export function pastDeadlineFindings(offer: Offer, now: Date): Finding[] {
  if (!offer.deadline) return [];
  const at = Date.parse(offer.deadline.at);
  if (Number.isNaN(at) || at > now.getTime()) return [];
  return [
    {
      rule: 'false-urgency',
      severity: 'error',
      path: 'deadline.at',
      message: say('pastDeadline', offer.deadline.at),
    },
  ];
}

/** Reports `false-urgency` (copy-checks.ts holds its metadata) for the declared deadline itself. */
export const pastDeadlineCheck: Check = {
  name: 'past deadline',
  needs: 'offer',
  run: ({ offer, now }) => pastDeadlineFindings(offer, now),
};
