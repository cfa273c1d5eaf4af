/** `unverified-impact` (warning): an impact claim per option ("feeds 3 families") needs a link that verifies it. */
import type { Offer, OfferOption } from '../offer-schema.js';
import type { Finding } from '../finding.js';
import { join, retreatSlots } from './raw.js';

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
      message: `\`${path}.impact\` claims an impact without a verification link: add \`impact.verificationUrl\` pointing at where the figure is published.`,
    }));
}
