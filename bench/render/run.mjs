#!/usr/bin/env node
// `npm run bench:render`: the built standalone (dist/fair-offer.js) in headless Chromium, against static markup.
//   1. time from setting `offer` to interactive and to the first paint, for 1, 10 and 100 widgets, beside the same
//      widgets as static HTML (declarative shadow DOM with the element's CSS) in the same page; ratio element/static
//   2. cumulative layout shift while the element upgrades, without and with the README's space reservation
//   3. heap growth after 1,000 connect/disconnect cycles (CDP: collect garbage, then Runtime.getHeapUsage)
// Medians over several fresh pages. Prints tables; never a pass/fail test (timings vary by machine).
// Options: --runs N (default 7), --json FILE (default .test-results/bench-render.json). Builds dist/ if missing.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { startServer } from './server.mjs';
import { launchChromium } from './browser.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const argv = process.argv.slice(2);
const opt = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback);
const RUNS = Number(opt('--runs', 7));
const COUNTS = [1, 10, 100];
const CYCLES = 1000;
const VIEWPORT = { width: 800, height: 2000 }; // tall, so the text below a widget is on screen and its shifts count
const jsonOut = opt('--json', path.join(repo, '.test-results', 'bench-render.json'));

/** The README's guidance for reserving space before the element upgrades (height filled in per measurement). */
export const guidanceCss = (height) =>
  `fair-offer { display: block; }\nfair-offer:not(:defined) { min-height: ${height}; }`;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

if (!existsSync(path.join(repo, 'dist/fair-offer.js'))) {
  console.log('dist/fair-offer.js missing: building the standalone first');
  const r = spawnSync(process.execPath, ['-e', `import('vite').then((v) => v.build({ configFile: 'vite.config.ts' }))`], { cwd: repo, stdio: 'inherit' });
  if (r.status !== 0) process.exit(1);
}

const offer = JSON.parse(readFileSync(path.join(repo, 'examples/offers/saas-pilot.json'), 'utf8'));
const server = await startServer(repo);
const browser = await launchChromium(['--enable-precise-memory-info', '--js-flags=--expose-gc']);
const pageUrl = `${server.url}/bench/render/page.html`;

async function freshPage() {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(pageUrl);
  await page.waitForFunction(() => customElements.get('fair-offer') && window.bench);
  return { page, context, errors };
}

try {
  // The markup and height of one rendered widget, taken in a page of its own so no later page starts warm.
  const { page: snapPage, context: snapContext } = await freshPage();
  const snap = await snapPage.evaluate((offer) => window.bench.snapshot(offer), offer);
  await snapContext.close();
  if (!snap.html.includes('<button')) throw new Error('the widget rendered no buttons: is examples/offers/saas-pilot.json valid?');

  // 1. Render timings. Element and static alternate which goes first, each run in a fresh page.
  const timing = Object.fromEntries(COUNTS.map((n) => [n, { element: [], static: [] }]));
  for (let run = 0; run < RUNS; run++) {
    for (const n of COUNTS) {
      const { page, context, errors } = await freshPage();
      const order = run % 2 ? ['static', 'element'] : ['element', 'static'];
      for (const kind of order) {
        const result =
          kind === 'element'
            ? await page.evaluate(([n, offer]) => window.bench.timeElement(n, offer), [n, offer])
            : await page.evaluate(([n, snap]) => window.bench.timeStatic(n, snap), [n, snap]);
        timing[n][kind].push(result);
      }
      if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
      await context.close();
    }
  }

  // 2. Layout shift while the element upgrades: the module loads after the page has been laid out and painted.
  const reserve = `${Math.ceil(snap.height)}px`;
  const clsPage = (css) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<link rel="stylesheet" href="/bench/render/page.css"><style>${css}</style></head><body><div class="column">
<h1>Try Acme Insights on your own reports</h1>
<p>Weekly sales reporting without the spreadsheet shuffle. Here is what we propose, and a smaller step if that is too much.</p>
<fair-offer><script type="application/json">${JSON.stringify(offer).replace(/</g, '\\u003c')}</script></fair-offer>
<p id="below">Questions? Write to Priya, who will answer within a working day. Nothing here commits you to anything.</p>
<footer>Acme Insights · Privacy · Terms</footer></div>
<script>window.__shifts = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push(e.value); })
  .observe({ type: 'layout-shift', buffered: true });</script></body></html>`;
  const cls = { without: [], with: [] };
  for (let run = 0; run < RUNS; run++) {
    for (const [kind, css] of [['without', ''], ['with', guidanceCss(reserve)]]) {
      const context = await browser.newContext({ viewport: VIEWPORT });
      const page = await context.newPage();
      await page.route('**/bench/render/cls.html', (route) => route.fulfill({ contentType: 'text/html', body: clsPage(css) }));
      await page.goto(`${server.url}/bench/render/cls.html`);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const before = await page.evaluate(() => window.__shifts.reduce((a, b) => a + b, 0));
      await page.addScriptTag({ url: '/dist/fair-offer.js', type: 'module' });
      const total = await page.evaluate(async () => {
        await customElements.whenDefined('fair-offer');
        await document.querySelector('fair-offer').updateComplete;
        for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(r));
        await new Promise((r) => setTimeout(r, 100)); // layout-shift entries are delivered after the frame
        return window.__shifts.reduce((a, b) => a + b, 0);
      });
      cls[kind].push(total - before);
      await context.close();
    }
  }

  // 3. Heap after connect/disconnect cycles, one element reused and a new element each time.
  const memory = { reuse: [], fresh: [] };
  for (let run = 0; run < Math.min(RUNS, 3); run++) {
    for (const kind of ['reuse', 'fresh']) {
      const { page, context, errors } = await freshPage();
      const cdp = await context.newCDPSession(page);
      const heap = async () => {
        for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
        return (await cdp.send('Runtime.getHeapUsage')).usedSize;
      };
      const reuse = kind === 'reuse';
      // Warm-up: first renders fill template and style caches that are meant to stay.
      await page.evaluate(([offer, reuse]) => window.bench.churn(50, offer, { reuse }), [offer, reuse]);
      const before = await heap();
      await page.evaluate(([n, offer, reuse]) => window.bench.churn(n, offer, { reuse }), [CYCLES, offer, reuse]);
      const after = await heap();
      // A second round tells a leak (grows again by as much) from caches and JIT data filling up once.
      await page.evaluate(([n, offer, reuse]) => window.bench.churn(n, offer, { reuse }), [CYCLES, offer, reuse]);
      const again = await heap();
      if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
      memory[kind].push({ before, after, again, growth: after - before, secondGrowth: again - after });
      await context.close();
    }
  }

  // Report.
  const ms = (x) => x.toFixed(2).padStart(8);
  console.log(`\nRender (median of ${RUNS} fresh pages, ms from setting offer / injecting markup; viewport ${VIEWPORT.width}px)`);
  console.log('widgets   element: interactive   paint   static: interactive   paint   ratio interactive   ratio paint');
  const rows = {};
  for (const n of COUNTS) {
    const e = { interactive: median(timing[n].element.map((r) => r.interactive)), paint: median(timing[n].element.map((r) => r.paint)) };
    const s = { interactive: median(timing[n].static.map((r) => r.interactive)), paint: median(timing[n].static.map((r) => r.paint)) };
    rows[n] = { element: e, static: s, ratioInteractive: e.interactive / s.interactive, ratioPaint: e.paint / s.paint };
    console.log(
      `${String(n).padStart(7)}   ${ms(e.interactive)}            ${ms(e.paint)}   ${ms(s.interactive)}           ${ms(s.paint)}   ${rows[n].ratioInteractive.toFixed(2).padStart(8)}×          ${rows[n].ratioPaint.toFixed(2).padStart(6)}×`,
    );
  }
  const clsMedian = { without: median(cls.without), with: median(cls.with) };
  console.log(`\nLayout shift while upgrading (median of ${RUNS}; widget height ${snap.height.toFixed(0)} px at this width)`);
  console.log(`  without reserved space: CLS ${clsMedian.without.toFixed(4)}   (max ${Math.max(...cls.without).toFixed(4)})`);
  console.log(`  with the README guidance (min-height ${reserve}): CLS ${clsMedian.with.toFixed(4)}   (max ${Math.max(...cls.with).toFixed(4)})`);
  console.log(`  guidance CSS:\n    ${guidanceCss(reserve).replace(/\n/g, '\n    ')}`);
  const growth = {};
  console.log(`\nHeap after ${CYCLES} connect/disconnect cycles (median of ${memory.reuse.length}, after forced GC; every 10th cycle opens a toggletip)`);
  for (const kind of ['reuse', 'fresh']) {
    growth[kind] = { first: median(memory[kind].map((m) => m.growth)), second: median(memory[kind].map((m) => m.secondGrowth)) };
    const m = memory[kind][0];
    console.log(
      `  ${(kind === 'reuse' ? 'one element reconnected' : 'a new element each cycle').padEnd(25)}: +${(growth[kind].first / 1024).toFixed(1)} KB` +
        ` after ${CYCLES}, then +${(growth[kind].second / 1024).toFixed(1)} KB over the next ${CYCLES}` +
        `   (e.g. ${(m.before / 1024).toFixed(0)} → ${(m.after / 1024).toFixed(0)} → ${(m.again / 1024).toFixed(0)} KB)`,
    );
  }

  mkdirSync(path.dirname(jsonOut), { recursive: true });
  writeFileSync(jsonOut, JSON.stringify({ runs: RUNS, viewport: VIEWPORT, timing: rows, raw: timing, cls: { median: clsMedian, raw: cls, reserve }, memory: { growth, raw: memory } }, null, 2) + '\n');
  console.log(`\n(raw numbers: ${path.relative(repo, jsonOut)})`);
} finally {
  await browser.close();
  await server.close();
}
