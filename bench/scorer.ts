/**
 * bench:scorer — does a small learned scorer add no-role confirmshaming recall to the rules without adding false
 * positives? Measured, not shipped: logistic regression over hashed word uni/bigrams, character 3-grams and the
 * packs' shaming-signal families (`f:stay`, `f:loss`, …: the same names in every language, so what is learned from
 * English copy carries to German), trained on the files given and measured on files held out.
 *
 *   npx tsx bench/scorer.ts en:<dev.csv> es:<dev-es.csv> en:bench/blind/en.csv … --test de:<held-out.csv> …
 *   [--margin=1] [--no-signals]
 *
 * Training rows: confirmshaming (any role) against every honest row. Test rows: those with no role (copy of any
 * field), the goal the rules miss most. The scorer flags a text when its score is `--margin` logits above the
 * highest honest training score (so on what it has seen it flags no honest copy); "rules or scorer" is what
 * shipping it as one more signal would do.
 *
 * Measured 2026-12-01 (n-grams only, 5-fold on dev.csv + dev-es.csv): it added recall only by flagging honest copy.
 * Measured 2026-12-02 with the signal families (no-role confirmshaming recall; honest no-role rows flagged), so it
 * still does not ship:
 * - trained on dev.csv, dev-es.csv, blind round 1 and half A of round 2 (rows not in round 1, every other row of
 *   each label/type/role), tested on half B, margin 3: en rules 5/10 → 8/10 (0/38 → 0/38 honest), de 4 → 8/10
 *   (1/42 → 6/42), es 3 → 8/10 (0/43 → 0/43), fr 3 → 10/10 (0/44 → 1/44). Half B's shapes recur across languages
 *   in half A, so this flatters it.
 * - trained on dev.csv, dev-es.csv and round 1 only, tested on all of round 2 (rows not in round 1), margin 3: en
 *   14 → 16/20 (0/77 → 0/77), de 14 → 19/20 (1/85 → 6/85), es 13 → 19/20 (0/86 → 4/86), fr 13 → 20/20 (0/88 → 7/88).
 * - trained on dev-es.csv, round 1 and round 2, tested on dev.csv's real shop strings: 44/46 → 44-46/46, and honest
 *   strings flagged 0/595 → 29/595 (margin 6), 52/595 (margin 3), 131/595 (margin 0).
 * It adds recall, but on real copy it was not trained on it flags 5-20 % of honest strings (the goal is ≤ 0.3 %).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkCopy } from '../src/core/index.js';
import { copyPackFor } from '../src/core/copy/pack-registry.js';
import { compilePack } from '../src/core/copy/compiled-pack.js';
import { buildClasses } from '../src/core/copy/shapes.js';
import { ShapeSet } from '../src/core/copy/shape-set.js';
import { tokenize } from '../src/core/copy/tokens.js';
import { fold } from '../src/core/copy/words.js';
import { decodeEscapes, readCsvRecords } from './csv.js';

const BUCKETS = 1 << 15;
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    test: { type: 'string', multiple: true, default: [] },
    margin: { type: 'string', default: '1' },
    'no-signals': { type: 'boolean', default: false },
  },
});
const MARGIN = Number(values.margin);

interface Row {
  text: string;
  dark: boolean;
  lang: string;
  role: string;
}

function readRows(spec: string): Row[] {
  const [lang, file] = spec.includes(':')
    ? [spec.slice(0, spec.indexOf(':')), spec.slice(spec.indexOf(':') + 1)]
    : ['en', spec];
  const rows: Row[] = [];
  for (const r of readCsvRecords(readFileSync(file!, 'utf8'))) {
    const type = (r.type ?? '').trim().toLowerCase();
    const label = (r.label ?? '').trim();
    if (label === 'dark' && !type.startsWith('confirmshaming')) continue; // other dark types are not this question
    rows.push({ text: decodeEscapes(r.text ?? ''), dark: label === 'dark', lang: lang!, role: (r.role ?? '').trim() });
  }
  return rows;
}

/** The packs' signal families as features, one shape set per family and language. */
const families = new Map<string, [string, ShapeSet][]>();
function familiesOf(lang: string) {
  let list = families.get(lang);
  if (!list) {
    const pack = copyPackFor(lang)!;
    const c = compilePack(pack);
    const classes = buildClasses(c.words, pack.classes);
    list = Object.entries(pack.confirmshaming.signals ?? {}).map(
      ([name, shapes]) => [name, new ShapeSet(shapes as string[], c.words, classes)] as [string, ShapeSet],
    );
    families.set(lang, list);
  }
  return list;
}

/** FNV-1a into the buckets. */
function hash(feature: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < feature.length; i++) h = Math.imul(h ^ feature.charCodeAt(i), 0x01000193);
  return (h >>> 0) % BUCKETS;
}

function features(row: Row): number[] {
  const toks = tokenize(row.text).toks.map(fold);
  const out = new Set<number>();
  toks.forEach((tok, i) => {
    out.add(hash(`w:${tok}`));
    if (i > 0) out.add(hash(`b:${toks[i - 1]} ${tok}`));
  });
  const joined = ` ${toks.join(' ')} `;
  for (let i = 0; i + 3 <= joined.length; i++) out.add(hash(`c:${joined.slice(i, i + 3)}`));
  if (!values['no-signals']) {
    const c = compilePack(copyPackFor(row.lang)!);
    const { r } = c.read(row.text, tokenize(row.text));
    for (const [name, set] of familiesOf(row.lang)) if (set.find(r)) out.add(hash(`f:${name}`));
  }
  return [...out];
}

function train(set: { x: number[]; y: number }[]) {
  const weight = new Float64Array(BUCKETS);
  let bias = 0;
  const rate = 0.2;
  const l2 = 1e-4;
  for (let epoch = 0; epoch < 30; epoch++)
    for (const { x, y } of set) {
      const p = 1 / (1 + Math.exp(-(bias + x.reduce((s, k) => s + weight[k]!, 0))));
      const g = p - y;
      for (const k of x) weight[k]! -= rate * (g + l2 * weight[k]!);
      bias -= rate * g;
    }
  return (x: number[]) => bias + x.reduce((s, k) => s + weight[k]!, 0);
}

const trainRows = positionals.flatMap(readRows);
const trainSet = trainRows.map((r) => ({ x: features(r), y: r.dark ? 1 : 0 }));
const score = train(trainSet);
const threshold = Math.max(...trainSet.filter((r) => !r.y).map((r) => score(r.x))) + MARGIN;
console.log(
  `bench:scorer: trained on ${trainRows.filter((r) => r.dark).length} confirmshaming and ${trainRows.filter((r) => !r.dark).length} honest rows` +
    ` (${values['no-signals'] ? 'n-grams only' : 'n-grams and signal families'}), threshold ${threshold.toFixed(2)} (margin ${MARGIN})\n`,
);
const rulesFlag = (r: Row) =>
  checkCopy(r.text, { locale: r.lang }).some((finding) => finding.rule === 'confirmshaming');
for (const spec of values.test ?? []) {
  const rows = readRows(spec).filter((r) => !r.role);
  const t = { dark: 0, honest: 0, rulesHit: 0, rulesFp: 0, bothHit: 0, bothFp: 0 };
  for (const r of rows) {
    const rule = rulesFlag(r);
    const both = rule || score(features(r)) > threshold;
    if (r.dark) {
      t.dark++;
      t.rulesHit += +rule;
      t.bothHit += +both;
    } else {
      t.honest++;
      t.rulesFp += +rule;
      t.bothFp += +both;
    }
  }
  console.log(
    `${spec}: no-role confirmshaming, rules ${t.rulesHit}/${t.dark} (honest flagged ${t.rulesFp}/${t.honest}); rules or scorer ${t.bothHit}/${t.dark} (honest flagged ${t.bothFp}/${t.honest})`,
  );
}
