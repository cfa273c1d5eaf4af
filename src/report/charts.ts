/**
 * The report's charts as Vega-Lite specs, rendered to SVG in Node by Vega (`View.toSVG()`, no canvas, no browser).
 * vega and vega-lite are optional dependencies, loaded on demand with a clear message when missing.
 */
import type { OfferAnalysis } from '../core/analyze.js';

type VegaModules = { vega: typeof import('vega'); vegaLite: typeof import('vega-lite') };

export const MISSING_VEGA =
  '--format html needs the optional dependencies vega and vega-lite: run "npm install vega vega-lite", ' +
  'or use --format text or json';

// Specifiers in variables: the CLI bundle leaves these optional dependencies to run time (see src/warehouse/duckdb.ts).
const VEGA_MODULES = ['vega', 'vega-lite'];

let modules: Promise<VegaModules> | undefined;
function loadVega(): Promise<VegaModules> {
  modules ??= Promise.all(VEGA_MODULES.map((name) => import(name))).then(
    ([vega, vegaLite]) => ({ vega, vegaLite }) as VegaModules,
    () => {
      modules = undefined;
      throw new Error(MISSING_VEGA);
    },
  );
  return modules;
}

/** One row of a chart's data: what the data table under the chart lists too. */
export interface IntervalRow {
  arm: string;
  measure: string;
  estimate: number | null;
  lower: number;
  upper: number;
  count: number;
  n: number;
}

export interface CurveRow {
  arm: string;
  day: number;
  estimate: number;
  observed: number;
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const CONFIG = {
  // No ARIA inside the SVG: the figure's role="img" wrapper carries the text alternative, and Vega's own roles on
  // empty mark groups are unnamed images to axe (svg-img-alt).
  aria: false,
  font: FONT,
  view: { stroke: null },
  axis: { labelFontSize: 12, titleFontSize: 12, labelColor: '#1f2328', titleColor: '#1f2328', gridColor: '#d0d7de' },
  legend: { labelFontSize: 12, titleFontSize: 12, labelColor: '#1f2328', titleColor: '#1f2328', orient: 'bottom' },
  // Okabe-Ito: distinguishable with the common colour-vision deficiencies.
  range: { category: ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'] },
};

const percentAxis = { format: '.0%', title: null, grid: true };

/** Estimates with Wilson 95 % interval bars, one row per arm, one line per measure. */
export function intervalSpec(rows: IntervalRow[], measureTitle: string): Record<string, unknown> {
  const encodeRow = {
    y: { field: 'arm', type: 'nominal', title: null, axis: { labelLimit: 160 } },
    yOffset: { field: 'measure', type: 'nominal', sort: null },
    color: { field: 'measure', type: 'nominal', sort: null, title: measureTitle },
  };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 520,
    height: { step: 16 },
    data: { values: rows.filter((r) => r.estimate !== null) },
    encoding: encodeRow,
    layer: [
      {
        mark: { type: 'rule', strokeWidth: 2 },
        encoding: {
          x: { field: 'lower', type: 'quantitative', scale: { domain: [0, 1] }, axis: percentAxis },
          x2: { field: 'upper' },
        },
      },
      { mark: { type: 'point', filled: true, size: 60 }, encoding: { x: { field: 'estimate', type: 'quantitative' } } },
    ],
    config: CONFIG,
  };
}

/** A curve point needs this many accepted visits old enough to tell: the tail of a few visits is noise. */
export const CURVE_MIN_OBSERVED = 30;

/** Share of accepted visits kept at each day since the choice, one line per arm (days with enough observed visits). */
export function curveSpec(rows: CurveRow[]): Record<string, unknown> {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 520,
    height: 260,
    data: { values: rows.filter((r) => r.observed >= CURVE_MIN_OBSERVED) },
    mark: { type: 'line', strokeWidth: 2 },
    encoding: {
      x: { field: 'day', type: 'quantitative', title: 'days since the choice' },
      y: {
        field: 'estimate',
        type: 'quantitative',
        scale: { domain: [0, 1] },
        axis: { ...percentAxis, title: 'kept' },
      },
      color: { field: 'arm', type: 'nominal', title: 'arm' },
      strokeDash: { field: 'arm', type: 'nominal', title: 'arm' },
    },
    config: CONFIG,
  };
}

export async function renderSvg(spec: Record<string, unknown>): Promise<string> {
  const { vega, vegaLite } = await loadVega();
  const compiled = vegaLite.compile(spec as never).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  try {
    // Vega still marks some groups with roles (graphics-object, unnamed mark containers): drop them all, the figure's
    // role="img" wrapper and its text alternative speak for the chart, and the table under it gives the figures.
    return (await view.toSVG()).replace(/\s(?:role|aria-roledescription|aria-label|aria-hidden)="[^"]*"/g, '');
  } finally {
    view.finalize();
  }
}

const rowOf = (
  arm: string,
  measure: string,
  r: { count: number; estimate: number; lower: number; upper: number },
  n: number,
): IntervalRow => ({
  arm,
  measure,
  estimate: Number.isNaN(r.estimate) ? null : r.estimate,
  lower: r.lower,
  upper: r.upper,
  count: r.count,
  n,
});

/** Accepted, stopped and abandoned per arm (over visits). */
export function visitRows(offer: OfferAnalysis): IntervalRow[] {
  return offer.arms.flatMap((a) => [
    rowOf(a.arm, 'accepted', a.accepted, a.visits),
    rowOf(a.arm, 'stopped', a.stop, a.visits),
    rowOf(a.arm, 'abandoned', a.abandoned, a.visits),
  ]);
}

/** Kept at each horizon per arm (over observed accepted visits). */
export function retentionRows(offer: OfferAnalysis, days: number[]): IntervalRow[] {
  return offer.arms.flatMap((a) =>
    days.map((d) => {
      const r = a.downstream.retained[String(d)]!;
      return rowOf(a.arm, `kept ${d} days`, r, r.observed);
    }),
  );
}

/** Refunded, complaints and chargebacks per arm (over accepted visits). */
export function problemRows(offer: OfferAnalysis): IntervalRow[] {
  return offer.arms.flatMap((a) => [
    rowOf(a.arm, 'refunded', a.downstream.refunded, a.downstream.accepted),
    rowOf(a.arm, 'complaints', a.downstream.complaints, a.downstream.accepted),
    rowOf(a.arm, 'chargebacks', a.downstream.chargebacks, a.downstream.accepted),
  ]);
}

export function curveRows(offer: OfferAnalysis): CurveRow[] {
  return offer.arms.flatMap((a) =>
    (a.downstream.curve ?? []).map((p) => ({ arm: a.arm, day: p.day, estimate: p.estimate, observed: p.observed })),
  );
}

/** The concession ranking: acceptance and retention at the horizon per arm, least conceded first. */
export function concessionRows(offer: OfferAnalysis): IntervalRow[] {
  const ranking = offer.concession;
  if (!ranking) return [];
  return ranking.ranked.flatMap((r, i) => [
    rowOf(`${i + 1}. ${r.arm}`, 'acceptance', r.acceptance, r.acceptance.count),
    rowOf(`${i + 1}. ${r.arm}`, `kept ${ranking.horizon} days`, r.retained, r.retained.observed),
  ]);
}
