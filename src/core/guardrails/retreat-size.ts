/**
 * `retreat-not-smaller`: the retreat must be smaller in at least one of time, total commitment, data
 * access or auto-renewal, and never longer than the full option. "Smaller" is measured on the numbers
 * the offer declares (time.days, totalCommitment, access level), not on the words.
 */
import { totalCommitment } from '../disclosure.js';
import { ACCESS_LEVELS, type Offer, type OfferOption } from '../offer-schema.js';
import type { Finding } from '../finding.js';
import type { Check, RuleInfo } from './rule.js';
import { join, retreatSlots } from './untrusted-input.js';

export const accessRank = (o: OfferOption): number => ACCESS_LEVELS.indexOf(o.terms.dataAccess.level);

export function retreatSizeFindings(offer: Offer): Finding[] {
  const findings: Finding[] = [];
  const full = offer.full;
  for (const [path, retreat] of retreatSlots(offer) as Array<[string, OfferOption]>) {
    const f = full.terms;
    const r = retreat.terms;
    if (r.time.days > f.time.days) {
      findings.push({
        rule: 'retreat-not-smaller',
        severity: 'error',
        path: join(path, 'terms.time.days'),
        message: `\`${path}\` takes ${r.time.days} days, longer than the full option's ${f.time.days}: a retreat must not ask for more time. Shorten it.`,
      });
      continue;
    }
    const sameCurrency = f.price.currency === r.price.currency;
    const smaller =
      r.time.days < f.time.days ||
      (sameCurrency && totalCommitment(r.price) < totalCommitment(f.price)) ||
      accessRank(retreat) < accessRank(full) ||
      (f.renewal.auto && !r.renewal.auto);
    if (!smaller) {
      findings.push({
        rule: 'retreat-not-smaller',
        severity: 'error',
        path: join(path, 'terms'),
        message:
          `\`${path}\` is not smaller than the full option: make it shorter (time.days), cheaper in total commitment` +
          `${sameCurrency ? '' : ' (in the same currency, so the two can be compared)'}, narrower in data access, or not auto-renewing.`,
      });
    }
  }
  return findings;
}

export const retreatNotSmallerRule = {
  id: 'retreat-not-smaller',
  severity: 'error',
  kind: 'structure',
  refuses:
    'A retreat that is not smaller than the full option in time, total commitment, data access or auto-renewal, or that takes longer.',
  why: 'Seed: "concede promptly and specifically ... trim scope, time, or risk".',
  fix: 'Make the retreat shorter, cheaper in total, narrower in access or not auto-renewing, and never longer than the full option.',
  readme: 'rules',
} as const satisfies RuleInfo;

export const retreatSizeCheck: Check = {
  name: 'retreat size',
  needs: 'offer',
  run: ({ offer }) => retreatSizeFindings(offer),
};
