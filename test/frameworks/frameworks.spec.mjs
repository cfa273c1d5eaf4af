// The React, Vue, Svelte and Angular apps in frameworks/, built with Vite and served on 127.0.0.1, in Chromium:
// <fair-offer> upgraded, got `offer` as a property (its shadow root shows the offer's title), a real click on the
// full action reaches the app's offer-choice handler, no console errors. Also type-checks the apps
// (frameworks/tsconfig.json: React JSX and Angular; Vue/Svelte templates are not).
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify, stripVTControlCharacters } from 'node:util';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { build } from 'vite';
import { watchErrors } from '../../scripts/chromium.mjs';
import { serveStatic } from '../pages/static-server.mjs';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const FRAMEWORKS = ['react', 'vue', 'svelte', 'angular'];
const offer = JSON.parse(await readFile(join(repo, 'examples/offers/saas-pilot.json'), 'utf8'));

let outDir;
let server;
/** The type-check runs in its own process while the apps build; its test awaits the result. */
let typeProblems;
/** Build failures by framework, reported by that framework's test. */
const buildErrors = new Map();

/** Gzipped size of an app's JavaScript, for the report (framework + fair-offer + app). */
async function gzipKB(dir) {
  let bytes = 0;
  for (const file of await readdir(dir, { recursive: true }))
    if (file.endsWith('.js')) bytes += gzipSync(await readFile(join(dir, file))).length;
  return bytes / 1024;
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(300_000); // four Vite builds on a shared 2-core machine
  typeProblems = promisify(execFile)('npx', ['tsc', '-p', join(repo, 'frameworks/tsconfig.json')], { cwd: repo }).then(
    () => [],
    (error) =>
      String(error.stdout || error.message)
        .split('\n')
        .filter(Boolean)
        .slice(0, 5),
  );
  outDir = await mkdtemp(join(tmpdir(), 'fair-offer-frameworks-'));
  for (const framework of FRAMEWORKS) {
    try {
      await build({
        configFile: join(repo, 'frameworks', framework, 'vite.config.ts'),
        build: { outDir: join(outDir, framework), emptyOutDir: true },
        logLevel: 'silent', // a failure is reported by the framework's own test
      });
    } catch (error) {
      // Rolldown's messages are long and coloured: the first lines, plain.
      const lines = stripVTControlCharacters(String(error?.message ?? error))
        .split('\n')
        .filter(Boolean);
      buildErrors.set(framework, lines.slice(0, 3).join('\n'));
    }
  }
  server = await serveStatic({ '/': outDir });
});

test.afterAll(async () => {
  await server?.close();
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

for (const framework of FRAMEWORKS) {
  test(`${framework}: upgraded, offer as a property, a click reaches the app, no console errors`, async ({ page }) => {
    expect(buildErrors.get(framework), 'build').toBeUndefined();
    test.info().annotations.push({
      type: 'size',
      description: `app JS ${(await gzipKB(join(outDir, framework))).toFixed(1)} KB gzip`,
    });
    const errors = watchErrors(page);
    // Counts offer-choice events that reach the document: proves bubbles + composed, and one click = one event.
    await page.addInitScript(() => {
      window.__offerChoices = [];
      document.addEventListener('offer-choice', (event) => window.__offerChoices.push(event.detail.choice));
    });
    await page.goto(`${server.url}/${framework}/`, { waitUntil: 'load' });
    const host = page.locator('fair-offer');
    await host.waitFor({ state: 'attached', timeout: 10_000 });
    // Wait for upgrade and first render instead of sleeping.
    await page.waitForFunction(
      (title) => document.querySelector('fair-offer')?.shadowRoot?.textContent.includes(title),
      offer.full.title,
      { timeout: 10_000 },
    );
    const state = await host.evaluate((element) => ({
      defined: element.matches(':defined') && customElements.get('fair-offer') === element.constructor,
      offerId: element.offer?.id ?? null,
      offerIsObject: typeof element.offer === 'object' && element.offer !== null,
      offerAttribute: element.getAttribute('offer'),
    }));
    expect(state).toEqual({ defined: true, offerId: offer.id, offerIsObject: true, offerAttribute: null });

    await expect(page.locator('#choice')).not.toHaveText('full');
    // A real pointer click (Playwright's CSS locators pierce open shadow roots).
    await page.locator('fair-offer [part~="full-action"]').click({ timeout: 5_000 });
    await expect(page.locator('#choice')).toHaveText('full', { timeout: 5_000 });
    expect(await page.evaluate(() => window.__offerChoices)).toEqual(['full']);
    expect(errors).toEqual([]);
  });
}

// The TypeScript idioms of docs/frameworks.md (React JSX typing, typed offer-choice detail) must type-check.
test('frameworks/tsconfig.json type-checks', async () => {
  test.setTimeout(180_000);
  expect(await typeProblems).toEqual([]);
});
