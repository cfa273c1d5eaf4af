/** `unverified-impact` (warning): an impact claim per option ("feeds 3 families") needs a link that verifies it. */
import type { Offer, OfferOption } from '../offer-schema.js';
import type { Finding } from '../finding.js';
import type { Check, RuleInfo } from './rule.js';
import { join, retreatSlots } from './untrusted-input.js';
import { say } from './wording.js';

export function unverifiedImpactFindings(offer: Offer): Finding[] {
  const options: Array<[string, OfferOption]> = [
    ['full', offer.full],
    ...(retreatSlots(offer) as Array<[string, OfferOption]>),
  ];
  return options
    .filter(([, option]) => option.impact !== undefined && option.impact.verificationUrl === undefined)
    .map(([path]) => ({
      rule: 'unverified-impact',
      severity: 'warning' as const,
      path: join(path, 'impact.verificationUrl'),
      message: say('unverifiedImpact', path),
    }));
}

export const unverifiedImpactRule = {
  id: 'unverified-impact',
  severity: 'warning',
  kind: 'structure',
  refuses: 'Donation impact claims per tier without a verification link.',
  why: 'Seed: fundraising row, "misstated impact per tier".',
  fix: 'Add `impact.verificationUrl` pointing at where the impact figure is published.',
  readme: 'rules',
} as const satisfies RuleInfo;

export const unverifiedImpactCheck: Check = {
  name: 'unverified impact',
  needs: 'offer',
  run: ({ offer }) => unverifiedImpactFindings(offer),
};
