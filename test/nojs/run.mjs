#!/usr/bin/env node
// The no-JavaScript fallback of examples/no-js.html, in Chromium:
//  - JavaScript disabled: the fallback's recommended link and "Not now" link are visible, reachable by
//    keyboard and navigate; the offer's JSON is not shown.
//  - JavaScript enabled: the element upgrades and the widget replaces the fallback.
//  - An invalid offer with JavaScript enabled: the element shows the same fallback (slot="fallback").
// By default the page's ../dist/fair-offer.js is an esbuild bundle of src/define.ts made here;
// `--dist` serves the real standalone build from dist/ instead; FAIR_OFFER_DEFINE bundles another entry.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { launchChromium, watchErrors } from '../../scripts/chromium.mjs';
import { serveStatic } from '../frameworks/static-server.mjs';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const useDist = process.argv.includes('--dist');
const started = performance.now();
const page = await readFile(join(repo, 'examples/no-js.html'), 'utf8');
const offer = JSON.parse(page.match(/<script type="application\/json">([\s\S]*?)<\/script>/)[1]);
const FULL_LABEL = offer.full.action.label;

let distDir = join(repo, 'dist');
let tmp = null;
if (useDist) {
  if (!existsSync(join(distDir, 'fair-offer.js')))
    throw new Error('--dist: dist/fair-offer.js is missing (run npm run build)');
} else {
  tmp = distDir = await mkdtemp(join(tmpdir(), 'fair-offer-nojs-'));
  await build({
    entryPoints: [process.env.FAIR_OFFER_DEFINE ?? join(repo, 'src/define.ts')],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    outfile: join(tmp, 'fair-offer.js'),
    tsconfig: join(repo, 'tsconfig.json'),
    logLevel: 'silent',
  }).catch(async (err) => {
    console.log(`FAIL bundling src/define.ts\n     - ${String(err.message).split('\n').slice(0, 3).join('\n       ')}`);
    await rm(tmp, { recursive: true, force: true });
    console.log('0 passed, 1 failed');
    process.exit(1);
  });
}

const server = await serveStatic({ '/examples/': join(repo, 'examples'), '/dist/': distDir });
const pageUrl = `${server.url}/examples/no-js.html`;
const browser = await launchChromium();
const results = [];

/**
 * Runs one named check in a fresh context; `fn` returns a list of problems (empty = pass).
 * Console errors fail the check unless `expectedConsole` matches them.
 */
async function check(name, contextOptions, fn, expectedConsole = null) {
  const t = performance.now();
  const context = await browser.newContext(contextOptions);
  // The fallback's links point at the site's own endpoints; answer them here so navigation can be checked.
  await context.route(/\/examples\/offer\//, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>endpoint</title><p>ok</p>' }),
  );
  const p = await context.newPage();
  const errors = watchErrors(p);
  let problems = [];
  try {
    problems = await fn(p);
  } catch (err) {
    problems.push(String(err?.message ?? err).split('\n')[0]);
  }
  problems.push(...errors.filter((e) => !expectedConsole?.test(e)));
  await context.close();
  results.push({ name, problems, ms: performance.now() - t });
}

const noJs = { javaScriptEnabled: false };

await check('no JS: recommended link and Not now link are visible', noJs, async (p) => {
  const problems = [];
  await p.goto(pageUrl);
  const full = p.getByRole('link', { name: FULL_LABEL });
  const stop = p.getByRole('link', { name: 'Not now' });
  if (!(await full.isVisible())) problems.push(`link "${FULL_LABEL}" not visible`);
  if (!(await stop.isVisible())) problems.push('link "Not now" not visible');
  const box = await stop.boundingBox();
  // A real target, not a faint speck: WCAG 2.5.8 asks for at least 24 × 24 CSS px.
  if (!box || box.width < 24 || box.height < 24) problems.push(`"Not now" target is ${box?.width}×${box?.height} px`);
  const text = await p.locator('body').innerText();
  if (text.includes('"successCriteria"')) problems.push('the offer JSON is shown as text');
  if (!text.includes(offer.full.title)) problems.push('the recommended option is not named');
  // JavaScript really is off: the tag never upgraded.
  const defined = await p.locator('fair-offer').evaluate((el) => el.matches(':defined'));
  if (defined) problems.push('fair-offer upgraded although JavaScript is disabled');
  return problems;
});

await check('no JS: recommended link navigates', noJs, async (p) => {
  await p.goto(pageUrl);
  await p.getByRole('link', { name: FULL_LABEL }).click();
  await p.waitForURL(/\/offer\/choose\?option=/, { timeout: 5_000 });
  return new URL(p.url()).searchParams.get('option') === offer.full.id ? [] : [`landed on ${p.url()}`];
});

await check('no JS: Not now link navigates', noJs, async (p) => {
  await p.goto(pageUrl);
  await p.getByRole('link', { name: 'Not now' }).click();
  await p.waitForURL(/\/offer\/not-now$/, { timeout: 5_000 });
  return [];
});

await check('no JS: both links reachable with Tab, Enter follows Not now', noJs, async (p) => {
  await p.goto(pageUrl);
  const focused = [];
  for (let i = 0; i < 2; i++) {
    await p.keyboard.press('Tab');
    focused.push(await p.evaluate(() => document.activeElement?.textContent?.trim() ?? ''));
  }
  if (JSON.stringify(focused) !== JSON.stringify([FULL_LABEL, 'Not now']))
    return [`Tab order was ${JSON.stringify(focused)}`];
  await p.keyboard.press('Enter');
  await p.waitForURL(/\/offer\/not-now$/, { timeout: 5_000 });
  return [];
});

await check('JS: the widget replaces the fallback', {}, async (p) => {
  const problems = [];
  await p.goto(pageUrl);
  await p
    .waitForFunction(
      (title) => document.querySelector('fair-offer')?.shadowRoot?.textContent?.includes(title),
      offer.full.title,
      { timeout: 10_000 },
    )
    .catch(() => problems.push('the widget never showed the offer title'));
  if (!(await p.locator('fair-offer [part~="full-action"]').isVisible()))
    problems.push('full-action button not visible');
  if (!(await p.locator('fair-offer [part~="stop-action"]').isVisible()))
    problems.push('stop-action button not visible');
  if (await p.locator('.fair-offer-fallback').isVisible()) problems.push('the fallback is still visible');
  if (
    (await p.getByRole('link', { name: 'Not now' }).count()) > 0 &&
    (await p.getByRole('link', { name: 'Not now' }).isVisible())
  )
    problems.push('the fallback "Not now" link is still visible');
  return problems;
});

await check(
  'JS: an invalid offer shows the same fallback',
  {},
  async (p) => {
    const problems = [];
    // Same page, but the offer has no full option: the element must refuse it and show only the fallback slot.
    await p.route(pageUrl, async (route) => {
      const broken = { ...offer };
      delete broken.full;
      const body = page.replace(
        /(<script type="application\/json">)[\s\S]*?(<\/script>)/,
        `$1${JSON.stringify(broken)}$2`,
      );
      await route.fulfill({ status: 200, contentType: 'text/html', body });
    });
    await p.addInitScript(() => {
      document.addEventListener('offer-invalid', () => (window.__offerInvalid = true));
    });
    await p.goto(pageUrl);
    await p
      .waitForFunction(() => window.__offerInvalid === true, null, { timeout: 10_000 })
      .catch(() => problems.push('no offer-invalid event'));
    await p.waitForFunction(() => document.querySelector('fair-offer')?.matches(':defined'), null, { timeout: 10_000 });
    if (!(await p.getByRole('link', { name: FULL_LABEL }).isVisible()))
      problems.push('fallback link not visible for an invalid offer');
    if (!(await p.getByRole('link', { name: 'Not now' }).isVisible()))
      problems.push('fallback "Not now" not visible for an invalid offer');
    if (await p.locator('fair-offer [part~="full-action"]').count())
      problems.push('the widget rendered an invalid offer');
    return problems;
  },
  /^console\.error: <fair-offer> refused the offer/,
);

// Layout shift while the element upgrades, with the page's reserve-space CSS (reported, not asserted:
// the reserve is tuned to the current styles; the render benchmark owns the goal).
const shifts = [];
for (const width of [320, 1280]) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const p = await context.newPage();
  await p.addInitScript(() => {
    window.__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await p.goto(pageUrl);
  const shown = await p
    .waitForFunction(
      (title) => document.querySelector('fair-offer')?.shadowRoot?.textContent?.includes(title),
      offer.full.title,
      { timeout: 10_000 },
    )
    .then(
      () => true,
      () => false,
    );
  // Two frames so the shift of the upgrade frame is recorded.
  const cls = await p.evaluate(
    () => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => ok(window.__cls)))),
  );
  const height = await p.locator('fair-offer').evaluate((el) => Math.round(el.getBoundingClientRect().height));
  shifts.push(shown ? `${width} px: CLS ${cls.toFixed(3)}, widget ${height} px tall` : `${width} px: widget not shown`);
  await context.close();
}

await browser.close();
await server.close();
if (tmp) await rm(tmp, { recursive: true, force: true });

for (const r of results) {
  console.log(`${r.problems.length ? 'FAIL' : 'PASS'} ${r.name} (${(r.ms / 1000).toFixed(1)} s)`);
  for (const p of r.problems) console.log(`     - ${p}`);
}
console.log(`layout shift on upgrade (info): ${shifts.join('; ')}`);
const passed = results.filter((r) => r.problems.length === 0).length;
console.log(
  `total ${((performance.now() - started) / 1000).toFixed(1)} s (${useDist ? 'dist/fair-offer.js' : 'src bundled with esbuild'})`,
);
console.log(`${passed} passed, ${results.length - passed} failed`);
process.exit(passed === results.length ? 0 : 1);
