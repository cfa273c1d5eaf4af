/**
 * copy-ab — the copy engine of this tree against the engine of another revision, on the same packs, in one run:
 * the A/B a speed change is judged by on a shared, loaded machine (one run of bench:copy moves ±30 % with the load;
 * interleaved, the same code against itself reads x0.98-1.02).
 *
 *   npx tsx bench/copy-ab.ts [<rev>] [--csv=<file>] [--rounds=150] [--first=15]
 *   npx tsx bench/copy-ab.ts main --csv=../shared/data/darkpatterns/dev.csv
 *
 * Two bundles of `src/core/index.ts` (esbuild, like a page or a CLI gets them): "new" is the tree as it is; "base"
 * is the same tree with the engine files (`src/core/copy/*.ts`, not `packs/` nor `readability/`) of `<rev>`
 * (default main), so only the engine differs. Then, all by CPU time (process.cpuUsage):
 * - warm throughput: both bundles in one process, one pass over the CSV's texts each per round, the order alternating,
 *   after a warm-up; the 10th percentile and the median of the per-pass times, and their ratios;
 * - validateOffer over every example offer, the same way;
 * - the first call (import, then one decline check) in fresh processes, base and new alternating: medians;
 * - the hostile 100 KB inputs uncapped: the slowest, each the least of 4 runs alternating.
 * Ratios are new/base as speed (above 1: new is faster) and as time for the first call (below 1: faster).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { decodeEscapes, readCsvRecords } from './csv.js';
import { pathologicalInputs } from './pathological.js';

type Core = typeof import('../src/core/index.js');

const args = process.argv.slice(2);
const flag = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];

const rev = args.find((a) => !a.startsWith('--')) ?? 'main';
const rounds = Number(flag('rounds') ?? 150);
const firstRuns = Number(flag('first') ?? 15);
const root = fileURLToPath(new URL('../', import.meta.url));
const csv =
  flag('csv') ??
  ['../shared/data/darkpatterns/dev.csv', '../../shared/data/darkpatterns/dev.csv']
    .map((path) => join(root, path))
    .find((path) => existsSync(path));
if (!csv) throw new Error('copy-ab: give --csv=<file> (dev.csv not found)');

// ── the two bundles ──────────────────────────────────────────────────────────────────────────────
const dir = mkdtempSync(join(tmpdir(), 'copy-ab-'));
const engine = (tree: string) => join(tree, 'src/core/copy');
cpSync(join(root, 'src'), join(dir, 'base/src'), { recursive: true });
for (const file of readdirSync(engine(join(dir, 'base'))))
  if (file.endsWith('.ts')) rmSync(join(engine(join(dir, 'base')), file));
const files = execFileSync('git', ['-C', root, 'ls-tree', '--name-only', rev, 'src/core/copy/'], { encoding: 'utf8' })
  .split('\n')
  .filter((path) => path.endsWith('.ts'));
for (const path of files)
  writeFileSync(
    join(dir, 'base', path),
    execFileSync('git', ['-C', root, 'show', `${rev}:${path}`], { encoding: 'utf8' }),
  );
const bundle = async (tree: string, out: string) => {
  await build({
    entryPoints: [join(tree, 'src/core/index.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: out,
    nodePaths: [join(root, 'node_modules')],
    logLevel: 'error',
  });
  return out;
};
const basePath = await bundle(join(dir, 'base'), join(dir, 'base.mjs'));
const newPath = await bundle(root, join(dir, 'new.mjs'));
const base = (await import(pathToFileURL(basePath).href)) as Core;
const next = (await import(pathToFileURL(newPath).href)) as Core;

const cpuUs = () => {
  const used = process.cpuUsage();
  return used.user + used.system;
};
const quantile = (values: number[], q: number) =>
  [...values].sort((a, b) => a - b)[Math.floor(q * (values.length - 1))]!;
const median = (values: number[]) => quantile(values, 0.5);
/** Per-round CPU microseconds of `run` for base and new, one call each per round, the order alternating. */
function interleaved(run: (core: Core) => void, warm: number): { base: number[]; next: number[] } {
  for (let i = 0; i < warm; i++) for (const core of [base, next]) run(core);
  const times = { base: [] as number[], next: [] as number[] };
  for (let round = 0; round < rounds; round++)
    for (const side of round % 2 ? (['next', 'base'] as const) : (['base', 'next'] as const)) {
      const t0 = cpuUs();
      run(side === 'base' ? base : next);
      times[side].push(cpuUs() - t0);
    }
  return times;
}
const load = () => `load ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`;
console.log(`copy-ab: engine of ${rev} (base) against this tree (new), same packs; ${rounds} rounds`);

// ── warm throughput ──────────────────────────────────────────────────────────────────────────────
const texts = readCsvRecords(readFileSync(csv, 'utf8')).map((r) => decodeEscapes(r.text ?? ''));
const warm = interleaved((core) => texts.forEach((text) => core.checkCopy(text)), 25);
const perSecond = (us: number) => Math.round(texts.length / (us / 1e6)).toLocaleString('en');
console.log(
  `warm, ${texts.length} strings of ${csv.split('/').pop()}, strings per CPU second: base p10 ${perSecond(quantile(warm.base, 0.1))}, median ${perSecond(median(warm.base))}; new p10 ${perSecond(quantile(warm.next, 0.1))}, median ${perSecond(median(warm.next))}; new/base x${(quantile(warm.base, 0.1) / quantile(warm.next, 0.1)).toFixed(3)} (p10), x${(median(warm.base) / median(warm.next)).toFixed(3)} (median); ${load()}`,
);

// ── validateOffer ────────────────────────────────────────────────────────────────────────────────
const offerDir = join(root, 'examples/offers');
const offers = readdirSync(offerDir).map((file) => JSON.parse(readFileSync(join(offerDir, file), 'utf8')) as unknown);
const validated = interleaved((core) => offers.forEach((offer) => core.validateOffer(offer)), 40);
const perOffer = (us: number) => (us / 1000 / offers.length).toFixed(3);
console.log(
  `validateOffer, the ${offers.length} example offers, ms CPU per offer: base p10 ${perOffer(quantile(validated.base, 0.1))}, median ${perOffer(median(validated.base))}; new p10 ${perOffer(quantile(validated.next, 0.1))}, median ${perOffer(median(validated.next))}; new/base x${(quantile(validated.base, 0.1) / quantile(validated.next, 0.1)).toFixed(3)} (p10, as speed); ${load()}`,
);

// ── hostile inputs ───────────────────────────────────────────────────────────────────────────────
const hostile = { base: new Map<string, number>(), next: new Map<string, number>() };
for (let run = 0; run < 5; run++)
  for (const side of run % 2 ? (['next', 'base'] as const) : (['base', 'next'] as const))
    for (const { name, text } of pathologicalInputs()) {
      const t0 = cpuUs();
      (side === 'base' ? base : next).checkCopyUpTo(text, {}, Infinity);
      const ms = (cpuUs() - t0) / 1000;
      if (run) hostile[side].set(name, Math.min(hostile[side].get(name) ?? Infinity, ms));
    }
const slowest = (times: Map<string, number>) => [...times].sort((a, b) => b[1] - a[1])[0]!;
const [slowName, slowBase] = slowest(hostile.base);
const [nextName, slowNext] = slowest(hostile.next);
console.log(
  `hostile 100 KB uncapped, slowest, ms CPU (least of 4): base ${slowBase.toFixed(1)} (${slowName}), new ${slowNext.toFixed(1)} (${nextName}); ${load()}`,
);

// ── first call ───────────────────────────────────────────────────────────────────────────────────
// the child is plain JavaScript run by plain node (no TypeScript loader in the way): import a bundle, one check
const script = join(dir, 'first-call.mjs');
writeFileSync(
  script,
  `const cpu0 = process.cpuUsage();
const core = await import(process.argv[2]);
const imported = process.cpuUsage(cpu0);
const cpu1 = process.cpuUsage();
core.checkCopy("No thanks, I'd rather pay full price. Only 2 left!", { role: 'decline', locale: 'en' });
const used = process.cpuUsage(cpu1);
console.log(JSON.stringify({ importMs: (imported.user + imported.system) / 1000, ms: (used.user + used.system) / 1000 }));
`,
);
const first = { base: [] as { importMs: number; ms: number }[], next: [] as { importMs: number; ms: number }[] };
for (let run = 0; run < firstRuns; run++)
  for (const [side, path] of [
    ['base', basePath],
    ['next', newPath],
  ] as const)
    first[side].push(
      JSON.parse(execFileSync(process.execPath, [script, pathToFileURL(path).href], { encoding: 'utf8' })),
    );
const firstMs = (side: 'base' | 'next', key: 'importMs' | 'ms') => median(first[side].map((r) => r[key]));
console.log(
  `first call in a fresh process (import, then one decline check), median of ${firstRuns} each, ms CPU: base ${firstMs('base', 'ms').toFixed(1)} (import ${firstMs('base', 'importMs').toFixed(1)}), new ${firstMs('next', 'ms').toFixed(1)} (import ${firstMs('next', 'importMs').toFixed(1)}); new/base x${(firstMs('next', 'ms') / firstMs('base', 'ms')).toFixed(3)} (as time); ${load()}`,
);
rmSync(dir, { recursive: true, force: true });
