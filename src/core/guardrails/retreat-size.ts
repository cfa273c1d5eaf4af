/**
 * `retreat-not-smaller`: the retreat must be smaller in at least one of time, total commitment, price per
 * period, data access or auto-renewal, and never longer than the full option. "Smaller" is measured on what
 * the offer declares (time.days or time.ongoing, prices, access level, renewal), never on the words, and only
 * where it is known: an open-ended full option (`ongoing: true`) cannot be outlasted, and a free open-ended
 * retreat that renews nothing (a free plan) is never "longer", however long it may be used.
 */
import { totalCommitment } from '../disclosure.js';
import { ACCESS_LEVELS, type Offer, type OfferOption, type Price } from '../offer-schema.js';
import type { Finding } from '../finding.js';
import type { Check, RuleInfo } from './rule.js';
import { join, retreatSlots } from './untrusted-input.js';
import { say } from './wording.js';

export const accessRank = (o: OfferOption): number => ACCESS_LEVELS.indexOf(o.terms.dataAccess.level);

/** Free, and nothing renews: the visitor owes nothing for any length of time. */
const commitsToNothing = (o: OfferOption): boolean =>
  o.terms.price.amount === 0 && !o.terms.price.fees && !o.terms.renewal.auto;

/** What one year of a recurring price costs; null for a one-off price (it has no rate to compare). */
const yearlyRate = (p: Price): number | null =>
  p.period === 'month' ? p.amount * 12 : p.period === 'year' ? p.amount : null;

/** Length in days, Infinity for an open-ended commitment. */
const length = (o: OfferOption): number => (o.terms.time.ongoing ? Infinity : (o.terms.time.days ?? Infinity));

function longerFinding(path: string, full: OfferOption, retreat: OfferOption): Finding {
  const r = retreat.terms.time;
  const f = full.terms.time;
  const what = r.ongoing ? say('runsOngoing', f.days) : say('takesLonger', r.days, f.days);
  return {
    rule: 'retreat-not-smaller',
    severity: 'error',
    path: join(path, r.ongoing ? 'terms.time.ongoing' : 'terms.time.days'),
    message: say('longerRetreat', path, what),
  };
}

export function retreatSizeFindings(offer: Offer): Finding[] {
  const findings: Finding[] = [];
  const full = offer.full;
  for (const [path, retreat] of retreatSlots(offer) as Array<[string, OfferOption]>) {
    const f = full.terms;
    const r = retreat.terms;
    // Longer only where both lengths mean something: an open-ended full option cannot be outlasted.
    const longer = length(retreat) > length(full);
    // A free, open-ended retreat with nothing renewing (a free plan) asks for no time at all: it is not "longer".
    // A fixed length is time the buyer gives (a free 8-week proof still asks 8 weeks of effort).
    if (longer && !(r.time.ongoing && commitsToNothing(retreat))) {
      findings.push(longerFinding(path, full, retreat));
      continue;
    }
    const sameCurrency = f.price.currency === r.price.currency;
    const [fullRate, retreatRate] = [yearlyRate(f.price), yearlyRate(r.price)];
    const smaller =
      length(retreat) < length(full) ||
      (sameCurrency && totalCommitment(r.price) < totalCommitment(f.price)) ||
      (sameCurrency && fullRate !== null && retreatRate !== null && retreatRate < fullRate) ||
      accessRank(retreat) < accessRank(full) ||
      (f.renewal.auto && !r.renewal.auto);
    if (!smaller) {
      findings.push({
        rule: 'retreat-not-smaller',
        severity: 'error',
        path: join(path, 'terms'),
        message: say('notSmaller', path, sameCurrency),
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
    'A retreat that is not smaller than the full option in time, total commitment, price per period, data access or auto-renewal, or that takes longer while it costs or binds the visitor.',
  why: 'Seed: "concede promptly and specifically ... trim scope, time, or risk".',
  fix: 'Make the retreat shorter, cheaper in total, narrower in access or not auto-renewing, and never longer than the full option.',
  readme: 'rules',
} as const satisfies RuleInfo;

export const retreatSizeCheck: Check = {
  name: 'retreat size',
  needs: 'offer',
  run: ({ offer }) => retreatSizeFindings(offer),
};
