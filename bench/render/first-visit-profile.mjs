#!/usr/bin/env node
// Where an unlinted offer's first visit spends its time in Chromium (issue 10: the "unlinted, first visit" row of
// bench:render). Two views of the same first widget, each on fresh pages (no HTTP or code cache, nothing warm):
//   phases    the production dist/: the checks chunk imported (fetch from localhost, compile, evaluate), then
//             prepareOffer on the offer (the first check), again on two edited copies (still cold-ish code, but
//             the packs prepared), then the element rendering the offer and the next painted frame
//   --profile a CPU profile (V8 sampling, 50 µs) of the bench's own first widget (harness timeElement), on a
//             copy of the standalone built with source maps (Oxc-minified, no terser pass, so the code is the
//             production code but the samples map back to src/): self time by source file, and inclusive time of
//             the functions on the stacks. The profiler's overhead inflates every figure; compare shares.
// Prints medians; a tool to find the cost, never a test. Usage: node bench/render/first-visit-profile.mjs
// [--runs N] [--profile]   (builds dist/ first when it is missing, like bench:render).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { serveStatic } from '../../test/pages/static-server.mjs';
import { launchChromium } from '../../scripts/chromium.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const argv = process.argv.slice(2);
const RUNS = Number(argv.includes('--runs') ? argv[argv.indexOf('--runs') + 1] : 9);
const PROFILE = argv.includes('--profile');
const VIEWPORT = { width: 800, height: 2000 };
const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

if (!existsSync(path.join(repo, 'dist/fair-offer.js'))) {
  const built = spawnSync(process.execPath, ['scripts/build.mjs', '--skip-browser', '--skip-size'], {
    cwd: repo,
    stdio: 'inherit',
  });
  if (built.status !== 0) process.exit(1);
}

const offer = JSON.parse(readFileSync(path.join(repo, 'examples/offers/saas-pilot.json'), 'utf8'));
const server = await serveStatic({ '/': repo });
const browser = await launchChromium();

async function freshPage(pageUrl) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.goto(`${server.url}${pageUrl}`);
  await page.waitForFunction(() => customElements.get('fair-offer') && window.bench);
  return { context, page };
}

/** The phases of one first widget, in the page: ms each. */
function timePhases([offer, chunk]) {
  const marks = [performance.now()];
  const mark = () => marks.push(performance.now());
  return import(`/dist/fair-offer-chunks/${chunk}`).then(async (checks) => {
    mark();
    const options = { storage: null, jurisdictions: [], language: 'en' };
    const first = checks.prepareOffer(structuredClone(offer), options);
    mark();
    for (const edit of ['now', 'again']) {
      const copy = structuredClone(offer);
      copy.id += `-${edit}`;
      copy.full.title += ` ${edit}`;
      checks.prepareOffer(copy, options);
      mark();
    }
    const el = document.getElementById('stage').appendChild(document.createElement('fair-offer'));
    el.offer = structuredClone(offer);
    await el.updateComplete;
    mark();
    await window.bench.afterPaint();
    mark();
    if (!first.validation.ok) throw new Error('the example offer was refused');
    return marks.slice(1).map((t, i) => t - marks[i]);
  });
}

try {
  const chunk = readdirSync(path.join(repo, 'dist/fair-offer-chunks')).find((f) => /^checks-.*\.js$/.test(f));
  const PHASES = [
    'import the checks chunk',
    'first prepareOffer',
    'second (edited copy)',
    'third (edited copy)',
    'element render',
    'to the next frame',
  ];
  const samples = PHASES.map(() => []);
  for (let run = 0; run < RUNS; run++) {
    const { context, page } = await freshPage('/bench/render/page.html');
    const phases = await page.evaluate(timePhases, [offer, chunk]);
    phases.forEach((ms, i) => samples[i].push(ms));
    await context.close();
  }
  console.log(`\nFirst unlinted widget, production dist (median of ${RUNS} fresh pages, ms)`);
  PHASES.forEach((name, i) => console.log(`  ${name.padEnd(26)} ${median(samples[i]).toFixed(1).padStart(7)}`));

  if (PROFILE) await profile();
} finally {
  await browser.close();
  await server.close();
}

async function profile() {
  const out = path.join(repo, '.test-results/first-visit-profile');
  mkdirSync(out, { recursive: true });
  const { build } = await import('vite');
  await build({
    configFile: path.join(repo, 'vite.config.ts'),
    root: repo,
    logLevel: 'error',
    build: { outDir: path.join(out, 'dist'), sourcemap: true, emptyOutDir: true },
  });
  const dist = path.relative(repo, path.join(out, 'dist'));
  writeFileSync(
    path.join(out, 'page.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="stylesheet" href="/bench/render/page.css"></head>
<body><main id="stage"></main><script type="module" src="/${dist}/fair-offer.js"></script>
<script type="module" src="/bench/render/harness.js"></script></body></html>`,
  );
  // A dependency of the build tools (vite, terser), not of the package: only this option needs it.
  const { TraceMap, originalPositionFor } = await import('@jridgewell/trace-mapping');
  const maps = new Map();
  for (const file of [
    'fair-offer.js',
    ...readdirSync(path.join(out, 'dist/fair-offer-chunks')).map((f) => `fair-offer-chunks/${f}`),
  ])
    if (file.endsWith('.js'))
      maps.set(path.basename(file), new TraceMap(readFileSync(path.join(out, 'dist', `${file}.map`), 'utf8')));
  const sourceOf = ({ url, lineNumber, columnNumber, functionName }) => {
    const map = maps.get(url.split('/').pop());
    if (!map) return url ? url.split('/').pop() : functionName || '(native)';
    const source = originalPositionFor(map, { line: lineNumber + 1, column: columnNumber }).source;
    return (source ?? url).replace(/^(\.\.\/)+/, '').replace(/^node_modules\//, '');
  };
  const self = new Map();
  const inclusive = new Map();
  const add = (map, key, us) => map.set(key, (map.get(key) ?? 0) + us);
  for (let run = 0; run < RUNS; run++) {
    const { context, page } = await freshPage(`/${path.relative(repo, out)}/page.html`);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
    await page.evaluate((offer) => window.bench.timeElement(1, offer), offer);
    const { profile } = await cdp.send('Profiler.stop');
    await context.close();
    const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
    const parentOf = new Map();
    for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
    profile.samples.forEach((id, i) => {
      const us = profile.timeDeltas[i + 1] ?? 0;
      add(self, sourceOf(nodes.get(id).callFrame), us);
      const seen = new Set();
      for (let at = id; at !== undefined; at = parentOf.get(at)) {
        const frame = nodes.get(at).callFrame;
        const key = `${frame.functionName || '(anonymous)'}  ${sourceOf(frame)}`;
        if (!seen.has(key)) add(inclusive, key, us);
        seen.add(key);
      }
    });
  }
  const top = (map, count) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([key, us]) => `  ${(us / 1000 / RUNS).toFixed(1).padStart(7)}  ${key}`)
      .join('\n');
  console.log(`\nCPU profile of the bench's first widget (ms per page, mean of ${RUNS}; profiler overhead included)`);
  console.log(`self time by source file:\n${top(self, 25)}`);
  console.log(`inclusive time by function (minified names where the build renamed them):\n${top(inclusive, 45)}`);
}
