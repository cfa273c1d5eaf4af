/**
 * The smallest effective concession (the playbook's "sequential tests: different retreat magnitudes"). When an
 * experiment's rtr arms differ only in the retreat they show (`retreatVariants`), each retreat concedes part of the
 * full ask: time, total commitment, access. The ranking orders the arms by how much they concede and names the first
 * whose acceptance and 60-day retention are not significantly below the best arm's (Newcombe 95 % intervals of the
 * difference reach 0). A retreat that buys acceptance by conceding more is only worth it when the data says so.
 */
import type { ArmCounts } from './analyze-counts.js';
import { retainedRate, type Rate, type RetainedRate } from './analyze-rates.js';
import { totalCommitment } from './disclosure.js';
import { ACCESS_LEVELS, type Offer, type OfferOption } from './offer-schema.js';
import { newcombeDifference, wilson, type Interval } from './stats.js';

export interface Concession {
  /** Days of the full option's time given up (null when either option has no day count). */
  timeDays: number | null;
  /** The same as a share of the full option's days. */
  timeShare: number | null;
  /** Total commitment given up (price × minimum term + fees), in the full option's currency. */
  commitment: number | null;
  commitmentShare: number | null;
  /** Access levels given up (none < read < write < admin). */
  accessLevels: number;
  accessShare: number | null;
  /** The mean of the shares that apply: what the ranking sorts by (0 = nothing conceded). */
  score: number;
}

export interface RankedRetreat {
  arm: string;
  optionId: string;
  title: string;
  concedes: Concession;
  acceptance: Rate;
  retained: RetainedRate;
  /** This arm − the best arm, acceptance over visits. */
  acceptanceVsBest: Interval;
  /** This arm − the best arm, retention at the horizon over observed accepted visits. */
  retentionVsBest: Interval;
  /** Neither interval lies wholly below 0. */
  effective: boolean;
}

export interface ConcessionRanking {
  horizon: number;
  /** Least conceded first. */
  ranked: RankedRetreat[];
  bestAcceptance: string;
  bestRetention: string | null;
  smallestEffective: string | null;
  /** False when no arm is significantly below the best on either measure: the data cannot tell the sizes apart. */
  distinguishable: boolean;
  caveats: string[];
}

const share = (given: number, whole: number) => (whole > 0 ? given / whole : null);

export function concession(full: OfferOption, retreat: OfferOption): Concession {
  const days = (o: OfferOption) => (typeof o.terms.time.days === 'number' ? o.terms.time.days : null);
  const [fullDays, retreatDays] = [days(full), days(retreat)];
  const timeDays = fullDays !== null && retreatDays !== null ? fullDays - retreatDays : null;
  const sameCurrency = full.terms.price.currency === retreat.terms.price.currency;
  const fullTotal = totalCommitment(full.terms.price);
  const commitment = sameCurrency ? fullTotal - totalCommitment(retreat.terms.price) : null;
  const level = (o: OfferOption) => ACCESS_LEVELS.indexOf(o.terms.dataAccess.level);
  const accessLevels = level(full) - level(retreat);
  const timeShare = timeDays === null ? null : share(timeDays, fullDays!);
  const commitmentShare = commitment === null ? null : share(commitment, fullTotal);
  const accessShare = share(accessLevels, level(full));
  const shares = [timeShare, commitmentShare, accessShare].filter((s): s is number => s !== null);
  const score = shares.length ? shares.reduce((sum, s) => sum + s, 0) / shares.length : 0;
  return { timeDays, timeShare, commitment, commitmentShare, accessLevels, accessShare, score };
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const signed = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x * 100).toFixed(1)}`;
const pts = (i: Interval) => `[${signed(i.lower)}, ${signed(i.upper)}] points`;

/** The ranking for an offer whose experiment has two or more rtr arms with different retreats; null otherwise. */
export function rankConcessions(offer: Offer, counts: ArmCounts[], horizon: number): ConcessionRanking | null {
  const rtrArms = (offer.experiment?.arms ?? []).filter((arm) => arm.kind === 'rtr');
  const retreats = rtrArms.map((arm) => ({
    arm: arm.name,
    option: arm.retreat === undefined ? offer.retreat : offer.retreatVariants?.find((v) => v.id === arm.retreat),
  }));
  const distinct = new Set(retreats.map((r) => r.option));
  if (retreats.length < 2 || distinct.size < 2 || retreats.some((r) => !r.option)) return null;

  const rows = retreats.map(({ arm, option }) => {
    const c = counts.find((x) => x.arm === arm);
    const visits = c?.visits ?? 0;
    const accepted = c?.accepted ?? 0;
    return {
      arm,
      optionId: option!.id ?? 'retreat',
      title: option!.title,
      concedes: concession(offer.full, option!),
      acceptance: { count: accepted, ...wilson(accepted, visits) },
      visits,
      retained: retainedRate(accepted, c?.retained[String(horizon)]),
    };
  });
  const byEstimate = (pick: (r: (typeof rows)[number]) => number) =>
    rows.reduce((best, r) => (pick(r) > pick(best) ? r : best));
  const bestAcceptance = byEstimate((r) => (Number.isNaN(r.acceptance.estimate) ? -1 : r.acceptance.estimate));
  const withRetention = rows.filter((r) => r.retained.observed > 0);
  const bestRetention = withRetention.length
    ? byEstimate((r) => (r.retained.observed ? r.retained.estimate : -1))
    : null;

  const ranked: RankedRetreat[] = rows
    .map(({ visits, ...r }) => {
      const acceptanceVsBest = newcombeDifference(
        r.acceptance.count,
        visits,
        bestAcceptance.acceptance.count,
        bestAcceptance.visits,
      );
      const best = bestRetention?.retained ?? { count: 0, observed: 0 };
      const retentionVsBest = newcombeDifference(r.retained.count, r.retained.observed, best.count, best.observed);
      const effective = acceptanceVsBest.upper >= 0 && retentionVsBest.upper >= 0;
      return { ...r, acceptanceVsBest, retentionVsBest, effective };
    })
    .sort((x, y) => x.concedes.score - y.concedes.score || x.arm.localeCompare(y.arm));

  const smallest = ranked.find((r) => r.effective) ?? null;
  const distinguishable = ranked.some((r) => !r.effective);
  const caveats: string[] = [];
  for (const r of ranked.filter((x) => x.retained.observed === 0))
    caveats.push(
      `No accepted visit of ${r.arm} is ${horizon} days old yet: its retention is unknown (interval 0–100 %).`,
    );
  if (!distinguishable)
    caveats.push(
      `The data cannot tell these retreat sizes apart: every interval against the best includes 0. ` +
        `${smallest?.arm} is named because it concedes least and is not shown worse, not because it is shown as good.`,
    );
  if (!smallest)
    caveats.push(
      `No retreat is within the intervals of the best on both measures: best acceptance ${bestAcceptance.arm}, ` +
        `best ${horizon}-day retention ${bestRetention?.arm}.`,
    );
  for (const r of ranked.filter((x) => !x.effective)) {
    const why = r.acceptanceVsBest.upper < 0 ? `acceptance ${pts(r.acceptanceVsBest)}` : '';
    const kept = r.retentionVsBest.upper < 0 ? `${horizon}-day retention ${pts(r.retentionVsBest)}` : '';
    caveats.push(
      `${r.arm} (acceptance ${pct(r.acceptance.estimate)}) is significantly below the best: ${[why, kept].filter(Boolean).join('; ')}.`,
    );
  }
  return {
    horizon,
    ranked,
    bestAcceptance: bestAcceptance.arm,
    bestRetention: bestRetention?.arm ?? null,
    smallestEffective: smallest?.arm ?? null,
    distinguishable,
    caveats,
  };
}
