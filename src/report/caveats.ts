/** What a reader must know before trusting the figures; shared by the text, JSON and HTML reports. */
import type { Analysis } from '../core/analyze.js';

export function caveatsOf(analysis: Analysis): string[] {
  const out: string[] = [];
  const o = analysis.outcomes;
  if (o.total === 0 && o.invalid === 0)
    out.push(
      'No offer-outcome records: retention, refunds and the rest are unknown, not zero (see the README recipe).',
    );
  if (o.digestMismatch)
    out.push(
      `${o.digestMismatch} outcome${o.digestMismatch === 1 ? '' : 's'} carried a digest that is not the visit's final receipt: not counted (check the host kept the receipt of the final choice).`,
    );
  if (o.unknownVisit)
    out.push(`${o.unknownVisit} outcomes name a visit (offerId + visitorId) the log does not have: not counted.`);
  if (o.notAccepted)
    out.push(`${o.notAccepted} outcomes belong to visits that accepted nothing: not counted against an arm.`);
  if (o.invalid) out.push(`${o.invalid} offer-outcome lines are invalid (checkOutcome names the field): skipped.`);
  for (const offer of analysis.offers) {
    for (const day of analysis.days) {
      const censored = offer.arms.filter((a) => a.downstream.accepted && !a.downstream.retained[String(day)]?.observed);
      if (censored.length)
        out.push(
          `${offer.offerId}: no accepted visit of ${censored.map((a) => a.arm).join(', ')} is ${day} days old yet: ${day}-day retention unknown.`,
        );
    }
    for (const c of offer.concession?.caveats ?? []) out.push(`${offer.offerId}: ${c}`);
  }
  return out;
}
