/** `false-urgency` for the declared deadline itself: a deadline already past is no reason to hurry. */
import type { Offer } from '../offer-schema.js';
import type { Finding } from '../finding.js';

export function pastDeadlineFindings(offer: Offer, now: Date): Finding[] {
  if (!offer.deadline) return [];
  const at = Date.parse(offer.deadline.at);
  if (Number.isNaN(at) || at > now.getTime()) return [];
  return [
    {
      rule: 'false-urgency',
      severity: 'error',
      path: 'deadline.at',
      message: `The deadline ${offer.deadline.at} has passed: remove \`deadline\` (and any urgency copy) or set the real future date.`,
    },
  ];
}
