/**
 * The analysis as plain text tables (`fair-offer analyze`, the default format): per offer, acceptance per arm,
 * then what happened downstream, the rtr − small-only differences, the concession ranking and the caveats.
 */
import type { Analysis, OfferAnalysis, Rate, RetainedRate } from '../core/analyze.js';
import type { Interval } from '../core/stats.js';
import { caveatsOf } from './caveats.js';

export const pct = (x: number) => (Number.isNaN(x) ? '—' : `${(x * 100).toFixed(1)}`);
export const cell = (r: Rate) => `${r.count} ${pct(r.estimate)} % [${pct(r.lower)}–${pct(r.upper)}]`;
export const points = (x: number) => (Number.isNaN(x) ? '—' : `${x >= 0 ? '+' : '−'}${Math.abs(x * 100).toFixed(1)}`);
const retainedCell = (r: RetainedRate) =>
  r.observed ? `${r.count}/${r.observed} ${pct(r.estimate)} % [${pct(r.lower)}–${pct(r.upper)}]` : '— (none observed)';
const difference = (d: Interval) => `${points(d.estimate)} points, 95 % CI [${points(d.lower)}, ${points(d.upper)}]`;

function table(head: string[], rows: string[][]): string[] {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => (i === 1 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}

function acceptanceTable(offer: OfferAnalysis): string[] {
  return table(
    ['arm', 'visits', 'full', 'retreat', 'accepted', 'stop', 'abandoned', 'feedback y/p/n'],
    offer.arms.map((a) => [
      a.arm,
      String(a.visits),
      cell(a.full),
      cell(a.retreat),
      cell(a.accepted),
      cell(a.stop),
      cell(a.abandoned),
      `${a.feedback.yes}/${a.feedback.partly}/${a.feedback.no}`,
    ]),
  );
}

function downstreamTable(offer: OfferAnalysis, days: number[]): string[] {
  return table(
    [
      'arm',
      'accepted',
      ...days.map((d) => `kept ${d} d (censored)`),
      'refunded',
      'complaints',
      'converted',
      'chargebacks',
    ],
    offer.arms.map((a) => [
      a.arm,
      String(a.downstream.accepted),
      ...days.map((d) => {
        const r = a.downstream.retained[String(d)]!;
        return `${retainedCell(r)} (${r.censored})`;
      }),
      cell(a.downstream.refunded),
      cell(a.downstream.complaints),
      cell(a.downstream.converted),
      cell(a.downstream.chargebacks),
    ]),
  );
}

function concessionLines(offer: OfferAnalysis): string[] {
  const ranking = offer.concession;
  if (!ranking) return [];
  const out = [
    '',
    `Smallest effective concession (rtr arms that differ only in the retreat; least conceded first; vs the best arm):`,
  ];
  out.push(
    ...table(
      [
        'arm',
        'concedes',
        'time',
        'commitment',
        'access',
        'acceptance',
        `vs best`,
        `kept ${ranking.horizon} d`,
        'vs best',
        'effective',
      ],
      ranking.ranked.map((r) => [
        r.arm,
        `${(r.concedes.score * 100).toFixed(0)} %`,
        r.concedes.timeDays === null ? '—' : `${r.concedes.timeDays} d`,
        r.concedes.commitment === null ? '—' : String(r.concedes.commitment),
        `${r.concedes.accessLevels} level${r.concedes.accessLevels === 1 ? '' : 's'}`,
        cell(r.acceptance),
        `[${points(r.acceptanceVsBest.lower)}, ${points(r.acceptanceVsBest.upper)}]`,
        retainedCell(r.retained),
        `[${points(r.retentionVsBest.lower)}, ${points(r.retentionVsBest.upper)}]`,
        r.effective ? 'yes' : 'no',
      ]),
    ),
  );
  out.push(
    ranking.smallestEffective
      ? `Smallest effective: ${ranking.smallestEffective} (best acceptance ${ranking.bestAcceptance}, best ${ranking.horizon}-day retention ${ranking.bestRetention ?? '—'}).`
      : 'No retreat size is effective on both acceptance and retention.',
  );
  return out;
}

/** A plain report per offer: counts, rates and Wilson 95 % intervals, the differences, the ranking, the caveats. */
export function formatAnalysis(analysis: Analysis): string {
  const out: string[] = [];
  for (const offer of analysis.offers) {
    const total = offer.arms.reduce((n, a) => n + a.visits, 0);
    out.push(`Offer ${offer.offerId}: ${total} visits`);
    out.push(...acceptanceTable(offer));
    if (offer.comparison)
      out.push(
        `Acceptance ${offer.comparison.a} − ${offer.comparison.b}: ${difference(offer.comparison.difference)} (Newcombe hybrid score)`,
      );
    out.push('', `Downstream (accepted visits; the log ends ${analysis.latestTime ?? '— (no times in the log)'}):`);
    out.push(...downstreamTable(offer, analysis.days));
    if (offer.comparison)
      for (const day of analysis.days) {
        const d = offer.comparison.retention[String(day)]!;
        const what = Number.isNaN(d.estimate)
          ? 'unknown (no accepted visit of one arm is that old yet)'
          : `${difference(d)} (Newcombe)`;
        out.push(`Kept ${day} d ${offer.comparison.a} − ${offer.comparison.b}: ${what}`);
      }
    out.push(...concessionLines(offer), '');
  }
  if (!analysis.offers.length) out.push('No visits found.', '');
  out.push('Rates are over visits (one visitor, one offer), with Wilson 95 % intervals. Accepted = full + retreat;');
  out.push('abandoned = shown, no choice: never counted as acceptance. Stops are outcomes, not failures.');
  out.push('Kept D d: accepted visits chosen at least D days before the log ends (the others are censored, never');
  out.push(
    'counted as kept) with no cancellation, refund or chargeback within D days. Refunds and the rest: over accepted.',
  );
  for (const caveat of caveatsOf(analysis)) out.push(`Caveat: ${caveat}`);
  if (analysis.skipped)
    out.push(`${analysis.skipped} records skipped (no visitorId or offerId, or an unknown type or value).`);
  return out.join('\n') + '\n';
}
