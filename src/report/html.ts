/**
 * `--format html`: one self-contained page (inline CSS and SVG, no script, no external resource), readable without
 * JavaScript. Each chart is a figure with a heading, a text alternative (role="img" with a label that states the
 * figures) and the same figures as a real table under it. All text from the log (offer ids, arm names) is escaped.
 */
import type { Analysis, OfferAnalysis } from '../core/analyze.js';
import { caveatsOf } from './caveats.js';
import {
  CURVE_MIN_OBSERVED,
  concessionRows,
  curveRows,
  curveSpec,
  intervalSpec,
  problemRows,
  renderSvg,
  retentionRows,
  visitRows,
  type CurveRow,
  type IntervalRow,
} from './charts.js';
import { pct, points } from './text.js';

export const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const percent = (x: number | null) => (x === null || Number.isNaN(x) ? '—' : `${pct(x)} %`);
const interval = (r: IntervalRow) =>
  r.estimate === null ? 'no data' : `${percent(r.estimate)} [${pct(r.lower)}–${pct(r.upper)} %]`;

let figureCount = 0;

async function figure(title: string, spec: Record<string, unknown>, summary: string, table: string): Promise<string> {
  const id = `figure-${++figureCount}`;
  const svg = await renderSvg(spec);
  return `<figure aria-labelledby="${id}">
  <h3 id="${id}">${escapeHtml(title)}</h3>
  <div class="chart" role="img" aria-label="${escapeHtml(summary)}">${svg}</div>
  ${table}
</figure>`;
}

function intervalTable(caption: string, rows: IntervalRow[], denominator: string): string {
  const body = rows
    .map(
      (r) =>
        `<tr><th scope="row">${escapeHtml(r.arm)}</th><td>${escapeHtml(r.measure)}</td><td>${r.count} / ${r.n}</td><td>${percent(r.estimate)}</td><td>${r.estimate === null ? '—' : `${pct(r.lower)}–${pct(r.upper)} %`}</td></tr>`,
    )
    .join('\n');
  return `<table><caption>${escapeHtml(caption)}</caption>
<thead><tr><th scope="col">arm</th><th scope="col">measure</th><th scope="col">count / ${escapeHtml(denominator)}</th><th scope="col">estimate</th><th scope="col">95 % interval</th></tr></thead>
<tbody>${body}</tbody></table>`;
}

function curveTable(rows: CurveRow[], days: number[]): string {
  const arms = [...new Set(rows.map((r) => r.arm))];
  const shown = days.filter((d) => d % 10 === 0 || days.length <= 12);
  const cell = (arm: string, day: number) => {
    const r = rows.find((x) => x.arm === arm && x.day === day);
    return r && r.observed ? `${percent(r.estimate)} (of ${r.observed})` : 'not observed yet';
  };
  return `<table><caption>Share kept by day since the choice (every 10 days), of the accepted visits observed that long</caption>
<thead><tr><th scope="col">day</th>${arms.map((a) => `<th scope="col">${escapeHtml(a)}</th>`).join('')}</tr></thead>
<tbody>${shown.map((d) => `<tr><th scope="row">${d}</th>${arms.map((a) => `<td>${cell(a, d)}</td>`).join('')}</tr>`).join('\n')}</tbody></table>`;
}

const sentence = (rows: IntervalRow[]) => rows.map((r) => `${r.arm} ${r.measure} ${interval(r)}`).join('; ');

async function offerSection(offer: OfferAnalysis, analysis: Analysis): Promise<string> {
  const parts: string[] = [];
  const total = offer.arms.reduce((n, a) => n + a.visits, 0);
  parts.push(`<h2>Offer ${escapeHtml(offer.offerId)}: ${total} visits</h2>`);
  const visits = visitRows(offer);
  parts.push(
    await figure(
      'What visitors did, per arm',
      intervalSpec(visits, 'of visits'),
      `Accepted, stopped and abandoned visits per arm with 95 % intervals: ${sentence(visits)}.`,
      intervalTable('Accepted, stopped and abandoned, over visits (Wilson 95 % intervals)', visits, 'visits'),
    ),
  );
  if (offer.comparison) {
    const c = offer.comparison;
    const kept = analysis.days.map((d) => {
      const r = c.retention[String(d)]!;
      return `kept ${d} days ${points(r.estimate)} points [${points(r.lower)}, ${points(r.upper)}]`;
    });
    parts.push(
      `<p class="comparison"><strong>${escapeHtml(c.a)} − ${escapeHtml(c.b)}</strong>: acceptance ${points(c.difference.estimate)} points [${points(c.difference.lower)}, ${points(c.difference.upper)}]; ${kept.join('; ')} (Newcombe 95 % intervals).</p>`,
    );
  }
  const retention = retentionRows(offer, analysis.days);
  parts.push(
    await figure(
      `Kept at ${analysis.days.join(', ')} days, per arm`,
      intervalSpec(retention, 'horizon'),
      `Share of accepted visits kept (no cancellation, refund or chargeback) with 95 % intervals, over the visits old enough to tell: ${sentence(retention)}.`,
      intervalTable(
        'Kept, over accepted visits observed that long (censored visits are not counted)',
        retention,
        'observed',
      ),
    ),
  );
  const curve = curveRows(offer);
  if (curve.length) {
    const last = (arm: string) => [...curve].reverse().find((r) => r.arm === arm && r.observed >= CURVE_MIN_OBSERVED);
    const ends = [...new Set(curve.map((r) => r.arm))].map((arm) => {
      const point = last(arm);
      return point ? `${arm} ${percent(point.estimate)} at day ${point.day}` : `${arm} not observed`;
    });
    parts.push(
      await figure(
        'Retention curves per arm',
        curveSpec(curve),
        `Share of accepted visits still kept by day since the choice; each line ends where fewer than ${CURVE_MIN_OBSERVED} visits are old enough: ${ends.join('; ')}.`,
        curveTable(curve, [...new Set(curve.map((r) => r.day))]),
      ),
    );
  }
  const problems = problemRows(offer);
  parts.push(
    await figure(
      'Refunds, complaints and chargebacks, per arm',
      intervalSpec(problems, 'of accepted visits'),
      `Refunded, complaints and chargebacks over accepted visits with 95 % intervals: ${sentence(problems)}.`,
      intervalTable('Refunds, complaints and chargebacks, over accepted visits', problems, 'accepted'),
    ),
  );
  if (offer.concession) parts.push(await concessionSection(offer));
  return `<section>${parts.join('\n')}</section>`;
}

async function concessionSection(offer: OfferAnalysis): Promise<string> {
  const ranking = offer.concession!;
  const rows = concessionRows(offer);
  const ranked = ranking.ranked
    .map(
      (r, i) =>
        `<tr><th scope="row">${i + 1}. ${escapeHtml(r.arm)} (${escapeHtml(r.title)})</th><td>${(r.concedes.score * 100).toFixed(0)} %</td><td>${r.concedes.timeDays ?? '—'}</td><td>${r.concedes.commitment ?? '—'}</td><td>${r.concedes.accessLevels}</td><td>${points(r.acceptanceVsBest.lower)} to ${points(r.acceptanceVsBest.upper)}</td><td>${points(r.retentionVsBest.lower)} to ${points(r.retentionVsBest.upper)}</td><td>${r.effective ? 'yes' : 'no'}</td></tr>`,
    )
    .join('\n');
  const verdict = ranking.smallestEffective
    ? `Smallest effective concession: <strong>${escapeHtml(ranking.smallestEffective)}</strong>.`
    : 'No retreat size is effective on both acceptance and retention.';
  return `<h3>The smallest effective concession</h3>
<p>${verdict} Arms are ranked by how much their retreat concedes against the full option (mean share of time, total commitment and access given up); an arm is effective when neither its acceptance nor its ${ranking.horizon}-day retention is significantly below the best arm's.</p>
${await figure(
  `Acceptance and ${ranking.horizon}-day retention, least conceded first`,
  intervalSpec(rows, 'measure'),
  `Acceptance and ${ranking.horizon}-day retention per retreat size with 95 % intervals, least conceded first: ${sentence(rows)}.`,
  `<table><caption>The ranking (differences against the best arm, Newcombe 95 % intervals, in points)</caption>
<thead><tr><th scope="col">arm</th><th scope="col">concedes</th><th scope="col">days given up</th><th scope="col">commitment given up</th><th scope="col">access levels given up</th><th scope="col">acceptance vs best</th><th scope="col">kept ${ranking.horizon} d vs best</th><th scope="col">effective</th></tr></thead>
<tbody>${ranked}</tbody></table>`,
)}`;
}

const STYLE = `
:root { color-scheme: light; }
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328; background: #fff; margin: 0 auto; max-width: 60rem; padding: 1rem 1.5rem 3rem; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.3rem; margin-top: 2.5rem; border-top: 1px solid #d0d7de; padding-top: 1rem; } h3 { font-size: 1.1rem; }
figure { margin: 1.5rem 0; } .chart { overflow-x: auto; } .chart svg { max-width: 100%; height: auto; }
table { border-collapse: collapse; margin: 0.5rem 0 1rem; font-size: 0.9rem; font-variant-numeric: tabular-nums; }
caption { text-align: left; font-weight: 600; padding-bottom: 0.25rem; }
th, td { border: 1px solid #d0d7de; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
thead th { background: #f6f8fa; }
.caveats li { margin-bottom: 0.25rem; }
`;

export async function renderHtmlReport(analysis: Analysis, title = 'fair-offer analysis'): Promise<string> {
  figureCount = 0;
  const sections: string[] = [];
  for (const offer of analysis.offers) sections.push(await offerSection(offer, analysis));
  const caveats = caveatsOf(analysis);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
<p>Rates are over visits (one visitor, one offer) with Wilson 95 % intervals; accepted = full + retreat; abandoned visits are never counted as acceptance. Kept at D days: accepted visits chosen at least D days before the log ends (${escapeHtml(analysis.latestTime ?? 'no times in the log')}), with no cancellation, refund or chargeback within D days; younger visits are censored, never counted as kept.</p>
${sections.join('\n') || '<p>No visits found.</p>'}
<h2>Caveats</h2>
${caveats.length ? `<ul class="caveats">${caveats.map((c) => `<li>${escapeHtml(c)}</li>`).join('\n')}</ul>` : '<p>None.</p>'}
<p>Outcome records: ${analysis.outcomes.matched} matched of ${analysis.outcomes.total} valid; ${analysis.skipped} log records skipped.</p>
</main>
</body>
</html>
`;
}
