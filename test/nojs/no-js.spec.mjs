// The no-JavaScript fallback of examples/no-js.html, in Chromium:
//  - JavaScript disabled: the fallback's recommended link and "Not now" link are visible, reachable by
//    keyboard and navigate; the offer's JSON is not shown.
//  - JavaScript enabled: the element upgrades and the widget replaces the fallback.
//  - An invalid offer with JavaScript enabled: the element shows the same fallback (slot="fallback").
// The page's ../dist/fair-offer.js is an esbuild bundle of src/define.ts made here (FAIR_OFFER_DEFINE bundles
// another entry); FAIR_OFFER_DIST=1 serves the real standalone build from dist/ instead.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { build } from 'esbuild';
import { watchErrors } from '../../scripts/chromium.mjs';
import { serveStatic } from '../pages/static-server.mjs';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const pageSource = await readFile(join(repo, 'examples/no-js.html'), 'utf8');
const OFFER_SCRIPT = /(<script type="application\/json">)([\s\S]*?)(<\/script>)/;
const offer = JSON.parse(OFFER_SCRIPT.exec(pageSource)[2]);
const FULL_LABEL = offer.full.action.label;

let bundleDir = null;
let server;
let pageUrl;

test.beforeAll(async () => {
  let distDir = join(repo, 'dist');
  if (process.env.FAIR_OFFER_DIST) {
    if (!existsSync(join(distDir, 'fair-offer.js'))) throw new Error('dist/fair-offer.js is missing (npm run build)');
  } else {
    bundleDir = distDir = await mkdtemp(join(tmpdir(), 'fair-offer-nojs-'));
    await build({
      entryPoints: [process.env.FAIR_OFFER_DEFINE ?? join(repo, 'src/define.ts')],
      bundle: true,
      format: 'esm',
      target: 'es2022',
      outfile: join(bundleDir, 'fair-offer.js'),
      tsconfig: join(repo, 'tsconfig.json'),
      logLevel: 'silent',
    });
  }
  server = await serveStatic({ '/examples/': join(repo, 'examples'), '/dist/': distDir });
  pageUrl = `${server.url}/examples/no-js.html`;
});

test.afterAll(async () => {
  await server?.close();
  if (bundleDir) await rm(bundleDir, { recursive: true, force: true });
});

/** Console errors and failed requests of the test's page; the fallback's endpoints answer with a stub page. */
let errors;
test.beforeEach(async ({ page, context }) => {
  await context.route(/\/examples\/offer\//, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>endpoint</title><p>ok</p>' }),
  );
  errors = watchErrors(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the recommended link and the Not now link are visible', async ({ page }) => {
    await page.goto(pageUrl);
    await expect(page.getByRole('link', { name: FULL_LABEL })).toBeVisible();
    const stop = page.getByRole('link', { name: 'Not now' });
    await expect(stop).toBeVisible();
    // A real target, not a faint speck: WCAG 2.5.8 asks for at least 24 × 24 CSS px.
    const box = await stop.boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(24);
    expect(box?.height).toBeGreaterThanOrEqual(24);
    const text = await page.locator('body').innerText();
    expect(text, 'the offer JSON is shown as text').not.toContain('"successCriteria"');
    expect(text, 'the recommended option is named').toContain(offer.full.title);
    // JavaScript really is off: the tag never upgraded.
    expect(await page.locator('fair-offer').evaluate((element) => element.matches(':defined'))).toBe(false);
    expect(errors).toEqual([]);
  });

  test('the recommended link navigates', async ({ page }) => {
    await page.goto(pageUrl);
    await page.getByRole('link', { name: FULL_LABEL }).click();
    await page.waitForURL(/\/offer\/choose\?option=/, { timeout: 5_000 });
    expect(new URL(page.url()).searchParams.get('option')).toBe(offer.full.id);
    expect(errors).toEqual([]);
  });

  test('the Not now link navigates', async ({ page }) => {
    await page.goto(pageUrl);
    await page.getByRole('link', { name: 'Not now' }).click();
    await page.waitForURL(/\/offer\/not-now$/, { timeout: 5_000 });
    expect(errors).toEqual([]);
  });

  test('both links are reachable with Tab, and Enter follows Not now', async ({ page }) => {
    await page.goto(pageUrl);
    const focused = [];
    for (let press = 0; press < 2; press++) {
      await page.keyboard.press('Tab');
      focused.push(await page.evaluate(() => document.activeElement?.textContent?.trim() ?? ''));
    }
    expect(focused).toEqual([FULL_LABEL, 'Not now']);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/offer\/not-now$/, { timeout: 5_000 });
    expect(errors).toEqual([]);
  });
});

test.describe('with JavaScript', () => {
  test('the widget replaces the fallback', async ({ page }) => {
    await page.goto(pageUrl);
    await page.waitForFunction(
      (title) => document.querySelector('fair-offer')?.shadowRoot?.textContent?.includes(title),
      offer.full.title,
      { timeout: 10_000 },
    );
    await expect(page.locator('fair-offer [part~="full-action"]')).toBeVisible();
    await expect(page.locator('fair-offer [part~="stop-action"]')).toBeVisible();
    await expect(page.locator('.fair-offer-fallback')).toBeHidden();
    await expect(page.getByRole('link', { name: 'Not now' })).toBeHidden();
    expect(errors).toEqual([]);
  });

  test('an invalid offer shows the same fallback', async ({ page }) => {
    // Same page, but the offer has no full option: the element must refuse it and show only the fallback slot.
    await page.route(pageUrl, async (route) => {
      const broken = { ...offer };
      delete broken.full;
      const body = pageSource.replace(OFFER_SCRIPT, `$1${JSON.stringify(broken)}$3`);
      await route.fulfill({ status: 200, contentType: 'text/html', body });
    });
    await page.addInitScript(() => {
      document.addEventListener('offer-invalid', () => (window.__offerInvalid = true));
    });
    await page.goto(pageUrl);
    await page.waitForFunction(() => window.__offerInvalid === true, null, { timeout: 10_000 });
    await page.waitForFunction(() => document.querySelector('fair-offer')?.matches(':defined'), null, {
      timeout: 10_000,
    });
    await expect(page.getByRole('link', { name: FULL_LABEL })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Not now' })).toBeVisible();
    await expect(page.locator('fair-offer [part~="full-action"]')).toHaveCount(0);
    // The element reports the refused offer once on the console; nothing else may go wrong.
    expect(errors.filter((error) => !/^console\.error: <fair-offer> refused the offer/.test(error))).toEqual([]);
  });

  // Layout shift while the element upgrades, with the page's reserve-space CSS: reported as an annotation, not
  // asserted (the reserve is tuned to the current styles; the render benchmark owns the goal).
  for (const width of [320, 1280]) {
    test(`layout shift on upgrade at ${width} px is measured (info)`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.addInitScript(() => {
        window.__cls = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(pageUrl);
      await page.waitForFunction(
        (title) => document.querySelector('fair-offer')?.shadowRoot?.textContent?.includes(title),
        offer.full.title,
        { timeout: 10_000 },
      );
      // Two frames so the shift of the upgrade frame is recorded.
      const cls = await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(window.__cls)))),
      );
      const height = await page
        .locator('fair-offer')
        .evaluate((element) => Math.round(element.getBoundingClientRect().height));
      test.info().annotations.push({ type: 'info', description: `CLS ${cls.toFixed(3)}, widget ${height} px tall` });
      expect(errors).toEqual([]);
    });
  }
});
