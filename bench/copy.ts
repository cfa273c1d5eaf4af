/**
 * bench:copy — how well the copy checks find dark patterns in labelled real UI strings, and how fast.
 *
 *   npx tsx bench/copy.ts <csv> [--misses]
 *   npm run bench:copy -- ../shared/data/darkpatterns/dev.csv
 *
 * The CSV has a header with at least `text`, `label` (dark / not_dark) and `type`. Literal escapes in
 * the text (`\u2019`, `\n`) are decoded first. Prints, per type, how many dark rows get the expected rule
 * (recall), the share of not_dark rows that get any of confirmshaming, false-urgency or pressure (false
 * positives), the time of the first call in the process, strings per second over the whole file, and the
 * slowest of the pathological 100 KB inputs.
 * `--misses` also lists the rows the checks got wrong, to study the patterns (never to copy them into rules).
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { MAX_CHECKED_CHARS, checkCopy, checkCopyUpTo } from '../src/core/copy/check-copy.js';
import { decodeEscapes, readCsvRecords } from './csv.js';
import { pathologicalInputs } from './pathological.js';
import type { RuleId } from '../src/core/guardrails/rules.js';

const DARK_RULES = ['confirmshaming', 'false-urgency', 'pressure'] as const;
/** Which rule a dark row of each type should get; types not listed have no expected rule. */
const EXPECTED: [prefix: string, rule: RuleId, group: string][] = [
  ['Confirmshaming', 'confirmshaming', 'confirmshaming'],
  ['Countdown Timer', 'false-urgency', 'urgency'],
  ['Limited-time', 'false-urgency', 'urgency'],
  ['Low-stock', 'pressure', 'pressure'],
  ['High-demand', 'pressure', 'pressure'],
  ['Activity Notification', 'pressure', 'pressure'],
];
const GOALS: Record<string, number> = { confirmshaming: 0.95, urgency: 0.95, pressure: 0.9 };
const MAX_FALSE_POSITIVE_RATE = 0.01;

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
if (!file) {
  console.error('usage: npx tsx bench/copy.ts <csv> [--misses]');
  process.exit(2);
}
const showMisses = args.includes('--misses');

const rows = readCsvRecords(readFileSync(file, 'utf8')).map((r) => ({
  text: decodeEscapes(r.text ?? ''),
  label: (r.label ?? '').trim(),
  type: (r.type ?? '').trim(),
}));
// The first call of a process compiles the patterns its copy can start (first-words.ts gates the rest).
const firstStart = performance.now();
checkCopy("No thanks, I'd rather pay full price");
const firstCallMs = performance.now() - firstStart;

const results = rows.map((r) => ({ ...r, rules: new Set(checkCopy(r.text).map((f) => f.rule)) }));

const pct = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '—');
const pad = (s: string, n: number) => s.padEnd(n);
const lpad = (s: string, n: number) => s.padStart(n);

// ── recall per type ─────────────────────────────────────────────────────────────────────────────
const byType = new Map<string, typeof results>();
for (const r of results) if (r.label === 'dark') byType.set(r.type, [...(byType.get(r.type) ?? []), r]);
const groups = new Map<string, { hit: number; total: number }>();
const misses: string[] = [];

console.log(`bench:copy on ${file}: ${rows.length} rows\n`);
console.log(`${pad('type', 24)}${pad('expected rule', 16)}${lpad('found', 10)}${lpad('recall', 9)}`);
for (const [type, list] of [...byType].sort((a, b) => b[1].length - a[1].length)) {
  const exp = EXPECTED.find(([prefix]) => type.startsWith(prefix));
  if (!exp) {
    const any = list.filter((r) => DARK_RULES.some((x) => r.rules.has(x))).length;
    console.log(
      `${pad(type, 24)}${pad('(none)', 16)}${lpad(`${any}/${list.length}`, 10)}${lpad('', 9)}  any of the three`,
    );
    continue;
  }
  const [, rule, group] = exp;
  const hit = list.filter((r) => r.rules.has(rule)).length;
  for (const r of list)
    if (!r.rules.has(rule)) misses.push(`miss  ${type}: ${JSON.stringify(r.text)} → [${[...r.rules].join(', ')}]`);
  const g = groups.get(group) ?? { hit: 0, total: 0 };
  groups.set(group, { hit: g.hit + hit, total: g.total + list.length });
  console.log(`${pad(type, 24)}${pad(rule, 16)}${lpad(`${hit}/${list.length}`, 10)}${lpad(pct(hit / list.length), 9)}`);
}

console.log('');
let ok = true;
for (const [group, { hit, total }] of groups) {
  const recall = hit / total;
  const pass = recall >= GOALS[group]!;
  ok &&= pass;
  console.log(
    `${pad(group, 40)}${lpad(`${hit}/${total}`, 10)}${lpad(pct(recall), 9)}  goal ≥ ${GOALS[group]} ${pass ? 'met' : 'NOT MET'}`,
  );
}

// ── false positives ─────────────────────────────────────────────────────────────────────────────
const honest = results.filter((r) => r.label === 'not_dark');
const flagged = honest.filter((r) => DARK_RULES.some((x) => r.rules.has(x)));
for (const r of flagged) misses.push(`false positive: ${JSON.stringify(r.text)} → [${[...r.rules].join(', ')}]`);
const fpr = flagged.length / honest.length;
const fpPass = fpr <= MAX_FALSE_POSITIVE_RATE;
ok &&= fpPass;
console.log(
  `${pad('not_dark flagged (false positives)', 40)}${lpad(`${flagged.length}/${honest.length}`, 10)}${lpad(pct(fpr), 9)}  goal ≤ ${MAX_FALSE_POSITIVE_RATE} ${fpPass ? 'met' : 'NOT MET'}`,
);
const warned = results.filter((r) => r.rules.has('reading-level')).length;
console.log(`(reading-level warnings, not scored: ${warned}/${rows.length})`);

// ── speed ───────────────────────────────────────────────────────────────────────────────────────
const texts = rows.map((r) => r.text);
const chars = texts.reduce((n, t) => n + t.length, 0);
let runs = 0;
const t0 = performance.now();
do {
  for (const t of texts) checkCopy(t);
  runs++;
} while (performance.now() - t0 < 1000);
const secs = (performance.now() - t0) / 1000;
console.log(
  `\nspeed: ${Math.round((runs * texts.length) / secs).toLocaleString('en')} strings/s (${texts.length} strings, ${Math.round(chars / texts.length)} chars on average, ${runs} passes)`,
);
console.log(`first call in this process: ${firstCallMs.toFixed(1)} ms (regex compilation on first use)`);

/** Slowest input and its time (best of 3 runs, after a warm-up run, so GC pauses do not count). */
function worstCase(check: (text: string) => unknown) {
  let worst = { name: '', ms: 0 };
  for (const { name, text } of pathologicalInputs()) {
    check(text);
    let ms = Infinity;
    for (let r = 0; r < 3; r++) {
      const t1 = performance.now();
      check(text);
      ms = Math.min(ms, performance.now() - t1);
    }
    if (ms > worst.ms) worst = { name, ms };
  }
  return worst;
}
const capped = worstCase((text) => checkCopy(text));
const uncapped = worstCase((text) => checkCopyUpTo(text, {}, Infinity));
console.log(`pathological 100 KB inputs (${pathologicalInputs().length}), worst case:`);
console.log(
  `  checkCopy (reads the first ${MAX_CHECKED_CHARS.toLocaleString('en')} characters): ${capped.ms.toFixed(1)} ms (${capped.name})`,
);
console.log(`  all 100 KB read (no cap):                          ${uncapped.ms.toFixed(1)} ms (${uncapped.name})`);

if (showMisses && misses.length) console.log(`\n${misses.join('\n')}`);
process.exitCode = ok ? 0 : 1;
