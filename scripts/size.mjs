#!/usr/bin/env node
// `npm run size` (part of `npm test`): the real gzip of what the standalone makes a page download, from the same
// build as dist/ (vite.config.ts, built in memory), and exit 1 when over the enforced budget:
//   before a linted English offer paints   the entry dist/fair-offer.js and what it imports statically (an offer
//                                          whose `linted` digest matches paints before its checks load)
//   before a linted de/es/fr offer paints  that plus the language's strings
//   before an English offer paints         the entry plus the checks chunk (validateOffer, the guardrails, valibot,
//                                          the copy engine and the English pack): an offer without a matching digest
//   before a de/es/fr offer paints         that plus the language's strings and copy-pack chunks
//   everything it can ever load            every chunk (Floating UI, plan, receipts, hydration support, languages)
// Each chunk is printed with what is in it, and two reference rows built the same way: Lit alone (a tiny
// LitElement) and Lit + Floating UI (the functions the toggletip uses).
// The issue's targets (36 KB English, goal 32; 40 KB de/es/fr; 70 KB everything) are printed beside the enforced
// budgets; BUDGET is what CI holds the build to today (see README "Size and speed" for why they differ). It also
// fails when the first paint holds a module only the checks need (valibot, the copy engine, validateOffer).
// Usage: node scripts/size.mjs [--warn-only] [--json FILE]   (--from-dist is accepted and ignored: always rebuilt)
// Module by module (minified bytes, and the gzip bytes a chunk would lose without each): scripts/size-modules.mjs.
import { mkdirSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { build } from 'vite';

const KB = 1024;
/** Enforced (exit 1 when over). */
// Held about 0.5-1 KB over what was measured at the end of session 5 (2 Dec 2026, 06:50 UTC: linted 27.22 / 29.27 KB;
// unlinted 65.48 / 81.04 KB; everything 137.86 KB), so a regression fails CI. The coordinator sets the values.
// Session 6 (2 Dec 2026): the unlinted and everything rows get 6-18 KB of room while the packs learn new shapes; the
// budget is tightened to the measured values again when the session ends. Session 7 (measured at its end, 14:15 UTC:
// linted 27.64 / 29.69 KB; unlinted 72.58 / 92.39 KB; everything 157.47 KB; the English and German reasons by kind
// and the first-call engine added ~3 KB) held about 0.4-1 KB over that again.
export const BUDGET = {
  // session 11's end (3 Dec, 15:50 UTC), held about 0.4-0.5 KB over what was measured: linted 27.64 / 29.51-29.69 KB
  // (unchanged since session 7); unlinted en 81.52, de 109.51, es 111.10, fr 108.05, everything 193.54 KB — the
  // popularity-badge decision and the families from real plugin copy added 2.5-4.1 KB to each pack (en 23.68 ->
  // 26.99, de 22.22 -> 25.52, es 23.42 -> 27.44, fr 21.76 -> 24.23) and 3.4 (en) to 7.4 KB (es) to an unlinted offer
  // session 12's end (4 Dec, 02:41 UTC), held about 0.5 KB over what was measured: linted 27.64 / 29.51-29.70 KB
  // (unchanged); unlinted en 84.42, de 113.68, es 116.36, fr 112.91, everything 202.02 KB — families from real shipped
  // copy (bench/realdark/dev) and the no-role decline labels added 1.3-2.6 KB to each pack (en 26.99 -> 29.47, de
  // 25.52 -> 26.76, es 27.44 -> 29.63, fr 24.23 -> 26.15) and the engine 0.4 KB
  // session 13's end (4 Dec, 05:20 UTC), held about 0.5 KB over what was measured: linted 27.64 / 29.51-29.69 KB
  // (unchanged); unlinted en 88.72, de 121.23, es 122.59, fr 120.13, everything 214.40 KB — families written out as
  // paradigms (both registers, every person) and from 1,300 new rows of real copy added 2.2-3.6 KB to each pack (en
  // 29.47 -> 33.07, de 26.76 -> 30.01, es 29.63 -> 31.79, fr 26.15 -> 29.20), the engine's no-role labels, token ids
  // and attached pronouns 0.7 KB. Packs load only when an offer in their language is checked; the linted first paint
  // does not carry them.
  // session 14's end (4 Dec, 20:50 UTC), held about 0.5 KB over what was measured: linted 27.64 / 29.51-29.69 KB
  // (unchanged); unlinted en 90.78, de 125.73, es 126.03, fr 124.06, everything 222.18 KB — each pack's families
  // widened to the breadth of the other three packs (family parity) added 1.3-2.4 KB to each (en 33.07 -> 34.41, de
  // 30.01 -> 32.46, es 31.79 -> 33.22, fr 29.20 -> 30.88, as bench:copy measures them), the engine's language
  // evidence (function-word pairs, letters one language writes), clause-scoped notOffer and '!~Nx' 0.7 KB.
  lintedEnglish: 28.1 * KB,
  lintedLanguage: 30.1 * KB,
  english: 91.3 * KB,
  language: 126.5 * KB,
  everything: 222.7 * KB,
};
/** The targets of issue 10 (the first paint's: a linted offer's, which is what a page that lints its offers pays). */
export const TARGET = { english: 36 * KB, englishGoal: 32 * KB, language: 40 * KB, everything: 70 * KB };
const LANGUAGES = ['de', 'es', 'fr'];

const root = fileURLToPath(new URL('..', import.meta.url));
const configFile = path.join(root, 'vite.config.ts');
const probeDir = path.join(root, '.test-results', 'size-probes');

const gzip = (code) => gzipSync(Buffer.from(code), { level: 9 }).length;
const kb = (bytes) => (bytes / KB).toFixed(2).padStart(6);

async function buildChunks(overrides = {}) {
  const result = await build({ configFile, root, logLevel: 'error', build: { write: false, ...overrides } });
  const chunks = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output).filter((o) => o.type === 'chunk');
  return [...new Map(chunks.map((chunk) => [chunk.fileName, chunk])).values()]; // Vite may list a chunk twice
}

/** A module id as a short group name: the package, or the source file under src/. */
function groupOf(id) {
  const rel = path.relative(root, id.replace(/^\0/, '')).split(path.sep).join('/');
  const pkg = rel.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1];
  if (pkg) return pkg;
  if (rel.startsWith('src/core/copy/packs/')) return rel.replace(/\.ts$/, '');
  if (rel.startsWith('src/core/guardrails/jurisdiction/')) return 'src/core/guardrails/jurisdiction';
  for (const folder of ['src/core/copy', 'src/core/guardrails', 'src/element/templates', 'src/element/controllers'])
    if (rel.startsWith(`${folder}/`)) return folder;
  return rel.replace(/\.ts$/, '');
}

/** What a chunk is made of: groups by rendered size, largest first. */
function contents(chunk) {
  const groups = new Map();
  for (const [id, info] of Object.entries(chunk.modules)) {
    const group = groupOf(id);
    groups.set(group, (groups.get(group) ?? 0) + (info.renderedLength ?? 0));
  }
  const total = [...groups.values()].reduce((a, b) => a + b, 0) || 1;
  return [...groups].sort((a, b) => b[1] - a[1]).map(([name, bytes]) => ({ name, share: bytes / total }));
}

/** A chunk and everything it imports statically. */
function closure(byName, start, seen = new Set()) {
  if (seen.has(start)) return seen;
  seen.add(start);
  for (const next of byName.get(start).imports) closure(byName, next, seen);
  return seen;
}

function writeProbes() {
  mkdirSync(probeDir, { recursive: true });
  const file = path.join(root, 'src/element/toggletip-session.ts');
  const used = existsSync(file)
    ? [...readFileSync(file, 'utf8').matchAll(/\b(autoUpdate|computePosition|flip|offset|shift|arrow|size)\b/g)].map(
        (m) => m[1],
      )
    : [];
  const fui = [...new Set(used.length ? used : ['computePosition', 'autoUpdate', 'flip', 'shift', 'offset'])];
  const element = (extra) => `
import { LitElement, html, css } from 'lit';
import { property, state } from 'lit/decorators.js';
${extra}
export class SizeProbe extends LitElement {
  static override styles = css\`:host { display: block; }\`;
  @property({ type: String }) label = 'probe';
  @state() private open = false;
  override render() {
    return html\`<button @click=\${() => { this.open = !this.open; }}>\${this.label}</button>\`;
  }
}
customElements.define('size-probe', SizeProbe);
`;
  const probes = {
    lit: element(''),
    'lit-floating': element(
      `import { ${fui.join(', ')} } from '@floating-ui/dom';\n(globalThis as any).__fui = [${fui.join(', ')}];`,
    ),
  };
  for (const [name, text] of Object.entries(probes)) writeFileSync(path.join(probeDir, `${name}.ts`), text);
  return {
    fui,
    files: Object.fromEntries(Object.keys(probes).map((name) => [name, path.join(probeDir, `${name}.ts`)])),
  };
}

async function probeSize(entry) {
  const chunks = await buildChunks({ lib: { entry, formats: ['es'], fileName: () => 'probe.js' } });
  return chunks.reduce((sum, chunk) => sum + gzip(chunk.code), 0);
}

async function main() {
  const argv = process.argv.slice(2);
  const warnOnly = argv.includes('--warn-only');
  const jsonOut = argv.includes('--json')
    ? argv[argv.indexOf('--json') + 1]
    : path.join(root, '.test-results', 'size.json');

  const chunks = await buildChunks();
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const sizes = new Map(chunks.map((chunk) => [chunk.fileName, gzip(chunk.code)]));
  const sum = (names) => [...names].reduce((total, name) => total + sizes.get(name), 0);
  const entry = chunks.find((chunk) => chunk.isEntry && chunk.fileName === 'fair-offer.js');
  if (!entry) throw new Error('no dist/fair-offer.js entry in the build');
  const firstPaint = closure(byName, entry.fileName);
  /** The chunks (with what they import) holding a module whose path matches. */
  const withModule = (pattern, loaded) => {
    for (const chunk of chunks)
      if (Object.keys(chunk.modules).some((id) => pattern.test(id))) closure(byName, chunk.fileName, loaded);
    return loaded;
  };
  // The checks: what an offer without a matching lint digest waits for (src/element/checks.ts).
  const checked = withModule(/src\/element\/checks\.ts$/, new Set(firstPaint));
  // A linted offer paints without the checks: a static import that drags one of these back into the first paint
  // (e.g. a value imported from offer-schema.ts instead of offer-constants.ts) fails here, naming the module.
  const CHECKS_ONLY = [
    /node_modules\/valibot\//,
    /src\/core\/copy\//,
    /src\/core\/(validate-offer|offer-schema|verdict-cache|prepare-offer)\.ts$/,
    /src\/core\/guardrails\/checks\.ts$/,
  ];
  const dragged = [...firstPaint]
    .flatMap((name) => Object.keys(byName.get(name).modules))
    .filter((id) => CHECKS_ONLY.some((pattern) => pattern.test(id)))
    .map((id) => path.relative(root, id.replace(/^\0/, '')));

  const languageRows = LANGUAGES.map((lang) => {
    const linted = withModule(new RegExp(`src/core/locales/${lang}\\.ts$`), new Set(firstPaint));
    const loaded = withModule(new RegExp(`src/core/(locales|copy/packs)/${lang}\\.ts$`), new Set(checked));
    return {
      lang,
      linted: sum(linted),
      bytes: sum(loaded),
      chunks: [...loaded].filter((name) => !firstPaint.has(name)),
    };
  });

  console.log('chunks of the standalone (gzip KB, what is in it by share of the unminified code):');
  const width = Math.max(...chunks.map((chunk) => chunk.fileName.length));
  for (const chunk of [...chunks].sort(
    (a, b) => Number(b.isEntry) - Number(a.isEntry) || sizes.get(b.fileName) - sizes.get(a.fileName),
  )) {
    const parts = contents(chunk)
      .filter((part, index) => index < 6 && part.share >= 0.02)
      .map((part) => `${part.name} ${(part.share * 100).toFixed(0)}%`)
      .join(', ');
    const when = firstPaint.has(chunk.fileName)
      ? 'first paint'
      : checked.has(chunk.fileName)
        ? 'unlinted'
        : 'on demand';
    console.log(`  ${chunk.fileName.padEnd(width)} ${kb(sizes.get(chunk.fileName))}  ${when.padEnd(11)}  ${parts}`);
  }

  const { fui, files } = writeProbes();
  const lit = await probeSize(files.lit);
  const litFloating = await probeSize(files['lit-floating']);

  const rows = [
    ['before a linted English offer paints', sum(firstPaint), BUDGET.lintedEnglish, TARGET.english],
    ...languageRows.map((row) => [
      `before a linted ${row.lang} offer paints`,
      row.linted,
      BUDGET.lintedLanguage,
      TARGET.language,
    ]),
    ['before an English offer paints (not linted)', sum(checked), BUDGET.english, TARGET.english],
    ...languageRows.map((row) => [
      `before a ${row.lang} offer paints (not linted)`,
      row.bytes,
      BUDGET.language,
      TARGET.language,
    ]),
    ['everything the widget can load', sum(byName.keys()), BUDGET.everything, TARGET.everything],
    ['Lit alone (tiny LitElement, same build)', lit],
    [`Lit + Floating UI (${fui.join(', ')})`, litFloating],
  ];
  const labelWidth = Math.max(...rows.map(([label]) => label.length));
  console.log(`\n${'total (KB = 1024 bytes, gzip -9)'.padEnd(labelWidth)}   gzip   budget      target (issue 10)`);
  let over = false;
  for (const [label, bytes, budget, target] of rows) {
    const enforced = budget === undefined ? '' : bytes <= budget ? `≤ ${budget / KB} ok` : `> ${budget / KB} OVER`;
    if (budget !== undefined && bytes > budget) over = true;
    const aim =
      target === undefined
        ? ''
        : bytes <= target
          ? `≤ ${target / KB} met`
          : `> ${target / KB} not met (+${kb(bytes - target).trim()})`;
    console.log(`${label.padEnd(labelWidth)}  ${kb(bytes)}   ${enforced.padEnd(10)}  ${aim}`);
  }
  console.log(`(goal for English: ${TARGET.englishGoal / KB} KB)`);

  mkdirSync(path.dirname(jsonOut), { recursive: true });
  const report = {
    budget: BUDGET,
    target: TARGET,
    chunks: chunks.map((chunk) => ({
      file: chunk.fileName,
      gzip: sizes.get(chunk.fileName),
      firstPaint: firstPaint.has(chunk.fileName),
      contents: contents(chunk),
    })),
    firstPaintLintedEnglish: sum(firstPaint),
    firstPaintEnglish: sum(checked),
    languages: languageRows,
    everything: sum(byName.keys()),
    lit,
    litFloating,
  };
  writeFileSync(jsonOut, JSON.stringify(report, null, 2) + '\n');
  if (dragged.length) {
    console.error(`size: the first paint holds what only the checks need: ${dragged.join(', ')}`);
    if (!warnOnly) process.exit(1);
  }
  if (over) {
    console.error(`size: over budget${warnOnly ? ' (reported only: run `npm run size` to enforce)' : ''}`);
    if (!warnOnly) process.exit(1);
  }
}

await main();
