#!/usr/bin/env node
// `npm run bench:render`: the built standalone (dist/fair-offer.js) in headless Chromium, against static markup.
//   1. time from setting `offer` to interactive and to the first paint, for 1, 10 and 100 widgets, beside the same
//      widgets as static HTML (declarative shadow DOM with the element's CSS) in the same page; ratio element/static;
//      and the same offer with its lint digest (`linted`: it paints before the checks load), and without it on a repeat
//      visit (the browser remembers the checks' verdict on that content from a first visit in the same context).
//      Every sample of every row is the first render of its kind on a fresh page, in an order shuffled per run (see
//      "1. Render timings"). Beside the wall clock: the renderer main thread's CPU time over the same clock (a trace),
//      which the machine's other jobs do not inflate (work on other threads, e.g. compiling a chunk, is not in it)
//   2. cumulative layout shift while the element upgrades, without and with the README's space reservation
//   2b. a whole first visit (page-load.mjs): navigation to the offer's first painted frame, static HTML vs the
//      standalone with a JSON offer vs prerendered markup, at full CPU speed and with the CPU slowed 4×
//   3. heap growth after 1,000 connect/disconnect cycles (CDP: collect garbage, then Runtime.getHeapUsage)
// Medians over several fresh pages. Prints tables; never a pass/fail test (timings vary by machine).
// Options: --runs N (default 7), --json FILE (default .test-results/bench-render.json). Builds dist/ if missing.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { serveStatic } from '../../test/pages/static-server.mjs';
import { launchChromium } from '../../scripts/chromium.mjs';
import { pageLoadPages, timePageLoads } from './page-load.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const argv = process.argv.slice(2);
const opt = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback);
const RUNS = Number(opt('--runs', 7));
const COUNTS = [1, 10, 100];
const CYCLES = 1000;
const VIEWPORT = { width: 800, height: 2000 }; // tall, so the text below a widget is on screen and its shifts count
const jsonOut = opt('--json', path.join(repo, '.test-results', 'bench-render.json'));

/**
 * The guidance of docs/fallback.md for reserving space until the element paints (height filled in per measurement):
 * while it is not defined, and while it is defined but loading what its first paint needs (`:state(loading)`).
 */
// Only while scripting is on: without JavaScript the light-DOM fallback keeps its own height (examples/no-js.html).
export const guidanceCss = (height) =>
  `fair-offer { display: block; }\n@media (scripting: enabled) {\n  fair-offer:not(:defined) { min-block-size: ${height}; }\n  fair-offer:state(loading) { min-block-size: ${height}; }\n}`;

// The no-JS fallback of examples/no-js.html in short: shown before the upgrade, replaced by the widget after it.
const FALLBACK = `<div slot="fallback" style="border:1px solid #6b6b6b;border-radius:.5rem;padding:1rem">
<p><strong>6-week pilot in 2 regions</strong>: free, does not renew.</p>
<p><a href="/start-pilot">Start the 6-week pilot</a> · <a href="/proof">Or a 2-week read-only proof</a> · <a href="/not-now">Not now</a></p></div>`;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

if (!existsSync(path.join(repo, 'dist/fair-offer.js'))) {
  console.log('dist/fair-offer.js missing: building the standalone first');
  const r = spawnSync(
    process.execPath,
    ['-e', `import('vite').then((v) => v.build({ configFile: 'vite.config.ts' }))`],
    { cwd: repo, stdio: 'inherit' },
  );
  if (r.status !== 0) process.exit(1);
}

const offer = JSON.parse(readFileSync(path.join(repo, 'examples/offers/saas-pilot.json'), 'utf8'));
// The same offer prerendered by the CLI, as a server or a static-site build would print it.
const rendered = spawnSync(
  process.execPath,
  [path.join(repo, 'bin/fair-offer.js'), 'render', 'examples/offers/saas-pilot.json'],
  {
    cwd: repo,
    encoding: 'utf8',
  },
);
if (rendered.status !== 0) throw new Error(`fair-offer render failed: ${rendered.stderr}`);
const prerendered = rendered.stdout.trim();
// Its lint digest for an English page (page.html is lang="en"), as a build step would stamp it.
const linted = spawnSync(
  process.execPath,
  [path.join(repo, 'bin/fair-offer.js'), 'lint', 'examples/offers/saas-pilot.json', '--digest', '--lang', 'en'],
  { cwd: repo, encoding: 'utf8' },
);
if (linted.status !== 0) throw new Error(`fair-offer lint --digest failed: ${linted.stderr}`);
const digest = linted.stdout.trim();
const server = await serveStatic({ '/': repo });
const browser = await launchChromium(['--enable-precise-memory-info', '--js-flags=--expose-gc']);
const pageUrl = `${server.url}/bench/render/page.html`;

/**
 * A new browser context and page. `visitedBefore`: the context first visits the page once, rendering the offer
 * until the browser remembers its verdict (localStorage), and the page returned is a second, fresh page.
 */
async function freshPage({ visitedBefore = false } = {}) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const errors = [];
  const open = async () => {
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(pageUrl);
    await page.waitForFunction(() => customElements.get('fair-offer') && window.bench);
    return page;
  };
  if (visitedBefore) {
    const first = await open();
    await first.evaluate(
      ([offer, digest]) => window.bench.timeElement(1, offer).then(() => window.bench.verdictRemembered(digest)),
      [offer, digest],
    );
    await first.close();
  }
  return { page: await open(), context, errors };
}

/**
 * The renderer main thread's CPU time between the harness's bench:start and bench:end marks (a trace's thread
 * durations of its outermost slices, one that straddles a mark counted for its share): what the render cost the
 * page, without the time the thread waited for a core. On a machine shared with other jobs the wall clock swings by
 * tens of percent run to run; this does not, so the table gives its ratio to static beside the wall clock's.
 */
async function mainThreadCpu(context, page, run) {
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'toplevel,blink.user_timing', transferMode: 'ReportEvents' });
  const result = await run();
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  const start = events.find((e) => e.name === 'bench:start');
  const end = events.find((e) => e.name === 'bench:end');
  if (!start || !end) throw new Error('the harness set no bench:start / bench:end marks');
  // The thread's outermost events (tasks, and the microtask checkpoints that run outside any task): nested ones are
  // inside them.
  const slices = events
    .filter((e) => e.tid === start.tid && e.ph === 'X' && e.dur > 0)
    .sort((first, second) => first.ts - second.ts || second.dur - first.dur);
  let cpu = 0;
  let coveredUntil = -Infinity;
  for (const e of slices) {
    if (e.ts < coveredUntil) continue;
    coveredUntil = e.ts + e.dur;
    const overlap = Math.min(e.ts + e.dur, end.ts) - Math.max(e.ts, start.ts);
    if (overlap > 0) cpu += ((e.tdur ?? e.dur) * overlap) / e.dur;
  }
  return { ...result, cpu: cpu / 1000 };
}

try {
  // The markup and height of one rendered widget, taken in a page of its own so no later page starts warm.
  const { page: snapPage, context: snapContext } = await freshPage();
  const snap = await snapPage.evaluate((offer) => window.bench.snapshot(offer), offer);
  await snapContext.close();
  if (!snap.html.includes('<button'))
    throw new Error('the widget rendered no buttons: is examples/offers/saas-pilot.json valid?');

  // 1. Render timings. Like with like: every sample of every row is the first render of its kind on a fresh page
  // (a new browser context), so static, prerendered, element and linted all pay the same first-on-a-page costs
  // (first style and layout of this markup, the first frame). The order of the kinds is shuffled for every run and
  // widget count, so whatever drifts over a run (the machine's load, the browser's own caches) falls on each of
  // them alike. elementWarm: a second render in the element's page (Lit's template cache and the JIT warm: later
  // widgets on a page), so it is the only row that is not first.
  const KINDS = ['static', 'prerendered', 'element', 'elementRepeat', 'elementLinted'];
  const shuffled = (list) => {
    const out = [...list];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(Math.random() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  };
  const timeKind = (page, kind, n) =>
    kind === 'static'
      ? page.evaluate(([n, snap]) => window.bench.timeStatic(n, snap), [n, snap])
      : kind === 'prerendered'
        ? page.evaluate(([n, markup]) => window.bench.timePrerendered(n, markup), [n, prerendered])
        : kind === 'elementLinted' || kind === 'elementRepeat'
          ? page.evaluate(
              ([n, offer, digest]) => window.bench.timeElementLinted(n, offer, digest),
              [n, offer, kind === 'elementLinted' ? digest : null],
            )
          : page.evaluate(([n, offer]) => window.bench.timeElement(n, offer), [n, offer]);
  const timing = Object.fromEntries(
    COUNTS.map((n) => [n, Object.fromEntries([...KINDS, 'elementWarm'].map((k) => [k, []]))]),
  );
  const orders = [];
  for (let run = 0; run < RUNS; run++) {
    for (const n of COUNTS) {
      const order = shuffled(KINDS);
      orders.push({ run, n, order });
      for (const kind of order) {
        const { page, context, errors } = await freshPage({ visitedBefore: kind === 'elementRepeat' });
        timing[n][kind].push(await mainThreadCpu(context, page, () => timeKind(page, kind, n)));
        if (kind === 'element')
          timing[n].elementWarm.push(await mainThreadCpu(context, page, () => timeKind(page, 'element', n)));
        if (errors.length) throw new Error(`page errors (${kind}, ${n}): ${errors.join('; ')}`);
        await context.close();
      }
    }
  }

  // 2b. A whole first visit: module fetched, parsed and run, offer validated and rendered (page-load.mjs).
  const loadPages = pageLoadPages({ offer, snapshot: snap, prerendered, digest });
  const pageLoad = {};
  for (const cpuSlowdown of [1, 4])
    pageLoad[cpuSlowdown] = await timePageLoads({
      browser,
      serverUrl: server.url,
      pages: loadPages,
      runs: RUNS,
      viewport: VIEWPORT,
      cpuSlowdown,
    });

  // 2. Layout shift while the element upgrades: the module loads after the page has been laid out and painted.
  const reserve = `${Math.ceil(snap.height)}px`;
  const clsPage = (css, fallback) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<link rel="stylesheet" href="/bench/render/page.css"><style>${css}</style></head><body><div class="column">
<h1>Try Acme Insights on your own reports</h1>
<p>Weekly sales reporting without the spreadsheet shuffle. Here is what we propose, and a smaller step if that is too much.</p>
${
  fallback === 'prerendered'
    ? prerendered
    : `<fair-offer><script type="application/json">${JSON.stringify(offer).replace(/</g, '\\u003c')}</script>${fallback ? FALLBACK : ''}</fair-offer>`
}
<p id="below">Questions? Write to Priya, who will answer within a working day. Nothing here commits you to anything.</p>
<footer>Acme Insights · Privacy · Terms</footer></div>
<script>window.__shifts = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push(e.value); })
  .observe({ type: 'layout-shift', buffered: true });</script></body></html>`;
  const CLS_CASES = {
    prerendered: ['fair-offer { display: block; }', 'prerendered'],
    without: ['', false],
    with: [guidanceCss(reserve), false],
    fallbackWithout: ['fair-offer { display: block; }', true],
    fallbackWith: [guidanceCss(reserve), true],
  };
  const cls = Object.fromEntries(Object.keys(CLS_CASES).map((k) => [k, []]));
  for (let run = 0; run < RUNS; run++) {
    for (const [kind, [css, fallback]] of Object.entries(CLS_CASES)) {
      const context = await browser.newContext({ viewport: VIEWPORT });
      const page = await context.newPage();
      await page.route('**/bench/render/cls.html', (route) =>
        route.fulfill({ contentType: 'text/html', body: clsPage(css, fallback) }),
      );
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
      // Disconnected widgets still alive after GC would be the leak itself: count them.
      const { result: proto } = await cdp.send('Runtime.evaluate', {
        expression: 'customElements.get("fair-offer").prototype',
      });
      const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.objectId });
      const { result: alive } = await cdp.send('Runtime.callFunctionOn', {
        objectId: objects.objectId,
        functionDeclaration: 'function () { return this.length; }',
        returnByValue: true,
      });
      if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
      memory[kind].push({
        before,
        after,
        again,
        growth: after - before,
        secondGrowth: again - after,
        alive: alive.value,
      });
      await context.close();
    }
  }

  // Report.
  const ms = (x) => x.toFixed(2).padStart(8);
  console.log(
    `\nRender (median of ${RUNS} fresh pages, ms from setting offer / injecting markup; viewport ${VIEWPORT.width}px)`,
  );
  console.log(
    'widgets  run               interactive      paint   ratio to static: interactive   paint    main-thread CPU   ratio',
  );
  const rows = {};
  const pick = (list, key) => median(list.map((r) => r[key]));
  for (const n of COUNTS) {
    const row = {};
    for (const kind of ['element', 'elementRepeat', 'elementLinted', 'elementWarm', 'prerendered', 'static'])
      row[kind] = {
        interactive: pick(timing[n][kind], 'interactive'),
        paint: pick(timing[n][kind], 'paint'),
        cpu: pick(timing[n][kind], 'cpu'),
      };
    for (const kind of ['element', 'elementRepeat', 'elementLinted', 'elementWarm', 'prerendered']) {
      row[kind].ratioInteractive = row[kind].interactive / row.static.interactive;
      row[kind].ratioPaint = row[kind].paint / row.static.paint;
      row[kind].ratioCpu = row[kind].cpu / row.static.cpu;
    }
    rows[n] = row;
    const label = {
      element: 'element (first)',
      elementRepeat: 'repeat visit',
      elementLinted: 'linted (first)',
      elementWarm: 'element (warm)',
      prerendered: 'prerendered',
      static: 'static markup',
    };
    for (const kind of ['element', 'elementRepeat', 'elementLinted', 'elementWarm', 'prerendered', 'static']) {
      const r = row[kind];
      const ratios =
        kind === 'static'
          ? ''.padEnd(32)
          : `${r.ratioInteractive.toFixed(2).padStart(8)}×         ${r.ratioPaint.toFixed(2).padStart(6)}×`.padEnd(32);
      const cpuRatio = kind === 'static' ? '' : `${r.ratioCpu.toFixed(2).padStart(6)}×`;
      console.log(
        `${(kind === 'element' ? String(n) : '').padStart(7)}  ${label[kind].padEnd(16)} ${ms(r.interactive)}   ${ms(r.paint)}          ${ratios}   ${ms(r.cpu)}   ${cpuRatio}`,
      );
    }
  }
  console.log(
    `\nFirst visit (median of ${RUNS} loads, each in a new context: ms from navigation to the offer's first painted frame)`,
  );
  console.log(
    'CPU            static    element     repeat     linted   prerendered   element/static   repeat/static   linted/static   prerendered/static',
  );
  const pageLoadMedian = {};
  for (const [slowdown, times] of Object.entries(pageLoad)) {
    const m = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
    pageLoadMedian[slowdown] = m;
    console.log(
      `${(slowdown === '1' ? 'full speed' : `${slowdown}× slower`).padEnd(12)} ${ms(m.static)}   ${ms(m.element)}   ${ms(m.elementRepeat)}   ${ms(m.linted)}      ${ms(m.prerendered)}` +
        `         ${(m.element / m.static).toFixed(2).padStart(5)}×          ${(m.elementRepeat / m.static).toFixed(2).padStart(5)}×          ${(m.linted / m.static).toFixed(2).padStart(5)}×             ${(m.prerendered / m.static).toFixed(2).padStart(5)}×`,
    );
  }
  const clsMedian = Object.fromEntries(Object.entries(cls).map(([k, v]) => [k, median(v)]));
  const CLS_LABELS = {
    prerendered: 'prerendered (fair-offer render), then hydrated',
    without: 'no reserved space',
    with: `README guidance (reserve ${reserve})`,
    fallbackWithout: 'no-JS fallback inside, no reserved space',
    fallbackWith: `no-JS fallback inside + guidance`,
  };
  console.log(
    `\nLayout shift while upgrading (CLS, median of ${RUNS}; widget ${snap.height.toFixed(0)} px tall at this width)`,
  );
  for (const kind of Object.keys(CLS_CASES))
    console.log(
      `  ${CLS_LABELS[kind].padEnd(44)} ${clsMedian[kind].toFixed(4)}   (max ${Math.max(...cls[kind]).toFixed(4)})`,
    );
  console.log(`  guidance CSS:\n    ${guidanceCss(reserve).replace(/\n/g, '\n    ')}`);
  const growth = {};
  console.log(
    `\nHeap after ${CYCLES} connect/disconnect cycles (median of ${memory.reuse.length}, after forced GC; every 10th cycle opens a toggletip)`,
  );
  for (const kind of ['reuse', 'fresh']) {
    growth[kind] = {
      first: median(memory[kind].map((m) => m.growth)),
      second: median(memory[kind].map((m) => m.secondGrowth)),
    };
    const m = memory[kind][0];
    console.log(
      `  ${(kind === 'reuse' ? 'one element reconnected' : 'a new element each cycle').padEnd(25)}: +${(growth[kind].first / 1024).toFixed(1)} KB` +
        ` after ${CYCLES}, then +${(growth[kind].second / 1024).toFixed(1)} KB over the next ${CYCLES}` +
        `   (e.g. ${(m.before / 1024).toFixed(0)} → ${(m.after / 1024).toFixed(0)} → ${(m.again / 1024).toFixed(0)} KB);` +
        ` <fair-offer> objects alive: ${Math.max(...memory[kind].map((x) => x.alive))} of ${kind === 'reuse' ? 1 : 2 * CYCLES + 50} made`,
    );
  }

  mkdirSync(path.dirname(jsonOut), { recursive: true });
  writeFileSync(
    jsonOut,
    JSON.stringify(
      {
        runs: RUNS,
        viewport: VIEWPORT,
        timing: rows,
        raw: timing,
        orders,
        pageLoad: { median: pageLoadMedian, raw: pageLoad },
        cls: { median: clsMedian, raw: cls, reserve },
        memory: { growth, raw: memory },
      },
      null,
      2,
    ) + '\n',
  );
  console.log(`\n(raw numbers: ${path.relative(repo, jsonOut)})`);
} finally {
  await browser.close();
  await server.close();
}
