/**
 * bench:scorer — does a small learned scorer add no-role confirmshaming recall to the rules without adding false
 * positives on REAL copy it has not seen? Measured by cross-validation BY SOURCE; not shipped (figures below).
 *
 *   npm run bench:scorer -- [--detail] [--round6] [--margin=5] [--bits=12] [--prune=0.1] [--l2=1e-4]
 *     [--epochs=15] [--folds=5] [--ungated] [--gate-families=others,mock] [--no-blind]
 *
 * Data (hard-coded, development only): real honest UI strings `bench/real/{lang}.csv`, real dark copy and honest
 * neighbours `bench/realdark/dev/{lang}.csv`, `../shared/data/darkpatterns/dev.csv` (English shop strings) and
 * `dev-es.csv` (Spanish declines), all cross-validated; the blind batches (rounds 1-5, 8, 9: LLM-written) only ever
 * train. `--round6` adds round 6 totals (never rows). bench/realdark/heldout and rounds 7 and 10 are never read.
 * Training rows: confirmshaming (any role) against every honest row; other dark types are left out.
 *
 * Folds: every real row's group is its source repository (owner/name, `index:<id>`, or the dataset file), the same
 * group in every language (a product's de and en strings are one group), so no source is ever in both the
 * training and the test rows; groups are dealt to 5 folds by dark rows, then rows. A training row whose text is
 * also a test row's is dropped. Test rows are checked with no role (decline rows too: "any field").
 * Recall = real confirmshaming that gets `confirmshaming`; honest flagged = real honest rows that get any of
 * confirmshaming, false-urgency, pressure. "rules|scorer" is what shipping it as one more signal would do.
 *
 * Model: logistic regression (SGD, L2 1e-4, 15 epochs, positives weighted) over bench/scorer-features.ts (folded
 * words, word pairs, character 3-grams, the packs' shaming-signal family names, decline heads and reason openers,
 * length), hashed into 2^bits buckets; buckets no gated training row uses are zeroed, the rest rounded to tenths
 * (|w| < prune → 0), one int8 each. The gate: only copy where a shaming-signal family of the pack matches is
 * scored (`--ungated`: every row; `--gate-families`: only these families open it). Threshold: the highest honest
 * gated training score plus --margin, from the training rows only.
 *
 * Measured 2026-12-04 on main 0133343 (5 folds by source; 169 real confirmshaming rows — en 67, de 16, es 77,
 * fr 9, 145 of them caught by the rules — and 31,730 real honest rows — en 9127, de 7758, es 7453, fr 7392).
 * Defaults (gate, margin 5, 2^12 buckets, prune 0.1; weights 3.6-3.9 KB gzip as a module):
 *   en 61 -> 61/67, honest 13 -> 15/9127 (+0.022 pp);  de 7 -> 10/16, 9 -> 11/7758 (+0.026 pp);
 *   es 71 -> 71/77, 13 -> 14/7453 (+0.013 pp);         fr 6 -> 6/9, 14 -> 16/7392 (+0.027 pp).
 *   Round 6 totals (final model): 195 -> 206/340 confirmshaming, honest 5 -> 5/983.
 * Variants (rules|scorer recall of 169; honest rows added of 31,730):
 *   margin 3: 151, +10 (en +4 = 0.044 pp); margin 8: 146, +4; 2^14 buckets: 149, +6 (9.8 KB);
 *   2^16 unpruned: 150, +6 (16 KB); ungated: 148, +21 (en +0.066, de +0.077, es +0.081 pp: over the bar);
 *   no blind rows in training: 147, +3 (round 6: 196/340 — the blind rows are what it learns shaming from);
 *   gate on a judging family only (others, mock, dependant, careless): 145 (nothing added), +3 — every real row
 *   it adds is a loss or a leaving (stay) told with a decline, where the honest near-misses below are too.
 *   An earlier draft (family sets without the packs' shape parts) gave gate+margin 5: 151, +7; margin 6: 150, +4.
 * Re-measured on main 427ff75 (same day, more real rows: 203 confirmshaming — en 91, de 26, es 77, fr 9 — and
 * 35,437 honest; the packs now catch 180): defaults en 82 -> 82/91, honest 8 -> 11/10233 (+0.029 pp); de 17 ->
 * 18/26, 6 -> 7/8802 (+0.011 pp); es 73 -> 73/77, 4 -> 5/8218 (+0.012 pp); fr 8 -> 8/9, 3 -> 5/8184 (+0.024 pp);
 * round 6 totals 201 -> 207/340, honest 5 -> 5/983. As the rules learn the real shapes, what is left to add shrinks.
 * So on held-out-by-source real copy it meets the bar the issue set (≤ 0.05 pp added per language, recall added):
 * +3-6 of the 24 real rows the rules miss (mostly German), 3-10 honest rows added. It still does not ship: wired
 * into checkCopy (no role, after the rules passed; weights in the checks chunk), it failed 29 tests in
 * test/core/copy at margin 5 and 14 in test/core/copy/packs at margin 8 (which adds 1 real row): the hand-written
 * honest near-misses the packs' authors protect, copy with ONE family (a French cancel dialog that names the
 * points lost, a French line on families who trust the shop). The real sets hold few such rows, so the CV above
 * cannot see it; the model weighs refusal and loss words (2^16 unpruned: gern, ahorrar, no quiero, perder, stay,
 * reste, rester, verzichten, sans protection, im not, …), i.e. one family plus a decline, exactly what the rules
 * decided is honest. Real honest rows it added: a money-back guarantee, "not ready? leave your e-mail", an
 * end-session dialog, a game description. At 2^12 buckets "weighed most" is mostly hash collisions.
 * Next: honest one-family near-misses as training negatives (written for training, not the test tables), or a
 * scorer that needs a second, weaker family-like cue, before it is worth its 4 KB.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { checkCopy } from '../src/core/index.js';
import { packForText } from '../src/core/copy/language.js';
import { tokenize } from '../src/core/copy/tokens.js';
import { fold } from '../src/core/copy/words.js';
import { familiesFound, scorerBuckets, scorerFeatures, type ScorerFeature } from './scorer-features.js';
import { decodeEscapes, readCsvRecords } from './csv.js';

const LANGS = ['en', 'de', 'es', 'fr'] as const;
const { values } = parseArgs({
  options: {
    detail: { type: 'boolean', default: false },
    round6: { type: 'boolean', default: false },
    margin: { type: 'string', default: '5' },
    bits: { type: 'string', default: '12' },
    prune: { type: 'string', default: '0.1' },
    l2: { type: 'string', default: '1e-4' },
    epochs: { type: 'string', default: '15' },
    folds: { type: 'string', default: '5' },
    ungated: { type: 'boolean', default: false },
    'gate-families': { type: 'string', default: '' },
    'no-blind': { type: 'boolean', default: false },
  },
});
const BITS = Number(values.bits);
const BUCKETS = 2 ** BITS;
const MARGIN = Number(values.margin);
const PRUNE = Number(values.prune);
const L2 = Number(values.l2);
const EPOCHS = Number(values.epochs);
const K = Number(values.folds);
const GATE = values['gate-families'] ? new Set(values['gate-families'].split(',')) : null;
const DARK = new Set(['confirmshaming', 'false-urgency', 'pressure']);

interface Row {
  text: string;
  lang: string;
  dark: boolean;
  group: string;
  real: boolean;
  features: ScorerFeature[];
  x: number[];
  gate: boolean;
  rulesCs: boolean;
  rulesAny: boolean;
  key: string;
}

function groupOf(source: string, file: string): string {
  const s = source.trim();
  if (!s) return `file:${file}`;
  if (s.startsWith('index:')) return s.split(' ')[0]!;
  if (s.startsWith('github.com/')) return s.split('@')[0]!;
  return s.split(':')[0]!;
}

function load(file: string, lang: string, real: boolean): Row[] {
  const rows: Row[] = [];
  for (const rec of readCsvRecords(readFileSync(file, 'utf8'))) {
    const type = (rec.type ?? '').trim().toLowerCase();
    const dark = (rec.label ?? '').trim() === 'dark';
    if (dark && !type.startsWith('confirmshaming')) continue;
    const text = decodeEscapes(rec.text ?? '');
    if (!text.trim()) continue;
    const found = new Set<string>(checkCopy(text, { locale: lang }).map((f) => f.rule));
    const joined = tokenize(text);
    const c = packForText(joined.toks, lang)!;
    const { t, r } = c.read(text, joined);
    const families = familiesFound(c, r);
    const features = scorerFeatures(c, t, families);
    rows.push({
      text,
      lang,
      dark,
      group: real ? groupOf(rec.source ?? '', file) : '',
      real,
      features,
      x: scorerBuckets(features, BITS),
      gate: values.ungated || (GATE ? families.some((f) => GATE.has(f)) : families.length > 0),
      rulesCs: found.has('confirmshaming'),
      rulesAny: [...found].some((f) => DARK.has(f)),
      key: `${lang} ${joined.toks.map(fold).join(' ')}`,
    });
  }
  return rows;
}

const t0 = Date.now();
const real: Row[] = [];
const blind: Row[] = [];
const round6: Row[] = [];
for (const lang of LANGS) {
  real.push(...load(`bench/real/${lang}.csv`, lang, true), ...load(`bench/realdark/dev/${lang}.csv`, lang, true));
  if (!values['no-blind'])
    for (const round of ['', 'round2/', 'round3/', 'round4/', 'round5/', 'round8/', 'round9/'])
      blind.push(...load(`bench/blind/${round}${lang}.csv`, lang, false));
  if (values.round6) round6.push(...load(`bench/blind/round6/${lang}.csv`, lang, false));
}
real.push(...load('../shared/data/darkpatterns/dev.csv', 'en', true));
real.push(...load('../shared/data/darkpatterns/dev-es.csv', 'es', true));
console.error(
  `loaded ${real.length} real and ${blind.length} blind rows in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
);

/** Groups to folds: most dark rows first, each to the fold with fewest dark rows (rows for groups with none). */
function assignFolds(rows: Row[], k: number): Map<string, number> {
  const stats = new Map<string, { dark: number; n: number }>();
  for (const r of rows) {
    const s = stats.get(r.group) ?? { dark: 0, n: 0 };
    s.dark += +r.dark;
    s.n++;
    stats.set(r.group, s);
  }
  const order = [...stats].sort((a, b) => b[1].dark - a[1].dark || b[1].n - a[1].n || (a[0] < b[0] ? -1 : 1));
  const sums = Array.from({ length: k }, () => ({ dark: 0, n: 0 }));
  const out = new Map<string, number>();
  order.forEach(([group, s], i) => {
    let best = i % k;
    for (let f = 0; f < k; f++) {
      const a = sums[f]!;
      const b = sums[best]!;
      if (s.dark ? a.dark < b.dark || (a.dark === b.dark && a.n < b.n) : a.n < b.n) best = f;
    }
    sums[best]!.dark += s.dark;
    sums[best]!.n += s.n;
    out.set(group, best);
  });
  return out;
}

function rng(seed: number) {
  return () => ((seed = Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32;
}

interface Model {
  bias: number;
  tenths: Int8Array;
  threshold: number;
  score(x: number[]): number;
}

/** Trains, zeroes the buckets no gated row uses, quantizes to tenths, and sets the threshold from `set` only. */
function train(set: Row[], seed = 7): Model {
  const weight = new Float64Array(BUCKETS);
  let bias = 0;
  const order = set.map((_, i) => i);
  const rand = rng(seed);
  const positives = set.filter((r) => r.dark).length;
  const up = Math.max(1, (set.length - positives) / positives / 20);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const rate = 0.2 / (1 + epoch * 0.3);
    for (const i of order) {
      const { x, dark } = set[i]!;
      let z = bias;
      for (const k of x) z += weight[k]!;
      const g = (1 / (1 + Math.exp(-z)) - +dark) * (dark ? up : 1);
      for (const k of x) weight[k]! -= rate * (g + L2 * weight[k]!);
      bias -= rate * g;
    }
  }
  const used = new Uint8Array(BUCKETS);
  for (const r of set) if (r.gate) for (const k of r.x) used[k] = 1;
  const tenths = new Int8Array(BUCKETS);
  for (let k = 0; k < BUCKETS; k++)
    if (used[k] && Math.abs(weight[k]!) >= PRUNE)
      tenths[k] = Math.max(-127, Math.min(127, Math.round(weight[k]! * 10)));
  const roundedBias = Math.round(bias * 100) / 100;
  const score = (x: number[]) => x.reduce((s, k) => s + tenths[k]! / 10, roundedBias);
  const highest = Math.max(...set.filter((r) => r.gate && !r.dark).map((r) => score(r.x)));
  return { bias: roundedBias, tenths, threshold: Math.round((highest + MARGIN) * 100) / 100, score };
}

function without(rows: Row[], test: Row[]): Row[] {
  const keys = new Set(test.map((r) => r.key));
  return rows.filter((r) => !keys.has(r.key));
}

type Tally = { dark: number; rules: number; both: number; honest: number; rulesFp: number; bothFp: number };
const tally = (): Tally => ({ dark: 0, rules: 0, both: 0, honest: 0, rulesFp: 0, bothFp: 0 });
function count(t: Tally, r: Row, flagged: boolean) {
  if (r.dark) {
    t.dark++;
    t.rules += +r.rulesCs;
    t.both += +(r.rulesCs || flagged);
  } else {
    t.honest++;
    t.rulesFp += +r.rulesAny;
    t.bothFp += +(r.rulesAny || flagged);
  }
}
const pp = (t: Tally) => ((100 * (t.bothFp - t.rulesFp)) / t.honest).toFixed(3);
const line = (t: Tally) =>
  `confirmshaming rules ${t.rules}/${t.dark} -> rules|scorer ${t.both}/${t.dark}; honest flagged ${t.rulesFp}/${t.honest} -> ${t.bothFp}/${t.honest} (+${pp(t)} pp)`;

const byLang = new Map<string, Tally>(LANGS.map((l) => [l, tally()]));
const bySet = new Map<string, Tally>();
const fired: string[] = [];
const folds = assignFolds(real, K);
for (let f = 0; f < K; f++) {
  const test = real.filter((r) => folds.get(r.group) === f);
  const model = train(without([...real.filter((r) => folds.get(r.group) !== f), ...blind], test));
  console.error(`fold ${f}: ${test.length} test rows, threshold ${model.threshold}`);
  for (const r of test) {
    const s = r.gate ? model.score(r.x) : -Infinity;
    const flagged = s > model.threshold;
    const set = `${r.lang} ${r.group.startsWith('github.com') || r.group.startsWith('file:') ? r.group : 'repositories'}`;
    if (!bySet.has(set)) bySet.set(set, tally());
    count(byLang.get(r.lang)!, r, flagged);
    count(bySet.get(set)!, r, flagged);
    if (values.detail && flagged && !(r.dark ? r.rulesCs : r.rulesAny))
      fired.push(
        `${r.dark ? 'added' : 'FP   '} ${r.lang} ${s.toFixed(1)} ${r.group.slice(0, 28)} | ${r.text.slice(0, 100)}`,
      );
  }
}
console.log(
  `by source, ${K} folds; ${values.ungated ? 'ungated' : 'gate: a family matches'}; margin ${MARGIN}, 2^${BITS} buckets, prune ${PRUNE}, L2 ${L2}, ${EPOCHS} epochs${values['no-blind'] ? ', no blind rows' : ''}`,
);
const all = tally();
for (const [lang, t] of byLang) {
  console.log(`${lang}: ${line(t)}`);
  for (const k of Object.keys(all) as (keyof Tally)[]) all[k] += t[k];
}
console.log(`all: ${line(all)}`);
if (values.detail) {
  for (const [set, t] of bySet) console.log(`  ${set}: ${line(t)}`);
  for (const row of fired.sort()) console.log(row);
}

// the model as it would ship: trained on every row, one int8 per bucket as base64 in a module
const model = train([...real, ...blind]);
const file = `export const COPY_SCORER = { bits: ${BITS}, bias: ${model.bias}, threshold: ${model.threshold}, weights: '${Buffer.from(model.tenths.buffer).toString('base64')}' };\n`;
const nonzero = model.tenths.filter((w) => w !== 0).length;
console.log(
  `final model: ${real.length + blind.length} rows, threshold ${model.threshold}, ${nonzero}/${BUCKETS} nonzero buckets, weights as a module: gzip ${gzipSync(file, { level: 9 }).length} bytes`,
);
if (values.round6) {
  const t = tally();
  for (const r of round6) count(t, r, r.gate && model.score(r.x) > model.threshold);
  console.log(`round 6 (totals only, final model): ${line(t)}`);
}
// what weighed most: the words and word pairs of gated confirmshaming training rows, by weight
const weighed = new Map<string, number>();
for (const r of [...real, ...blind])
  if (r.dark && r.gate)
    for (const f of r.features)
      if (f.span && /\p{L}/u.test(f.name.slice(2)))
        weighed.set(f.name, model.tenths[scorerBuckets([f], BITS)[0]!]! / 10);
const top = [...weighed].sort((a, b) => b[1] - a[1]).slice(0, 30);
console.log(`weighed most: ${top.map(([name, w]) => `${name.slice(2)} ${w}`).join(', ')}`);
console.error(`done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
