#!/usr/bin/env node
// Builds the React, Vue, Svelte and Angular apps in frameworks/ with Vite, serves them on 127.0.0.1 and
// checks each in Chromium: <fair-offer> upgraded, got `offer` as a property (its shadow root shows the
// offer's title), a real click on the full action reaches the app's offer-choice handler, no console errors.
// Also type-checks the apps (frameworks/tsconfig.json: React JSX and Angular; Vue/Svelte templates are not).
// Usage: node test/frameworks/run.mjs [react vue svelte angular]
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFile } from 'node:child_process';
import { promisify, stripVTControlCharacters } from 'node:util';
import { build } from 'vite';
import { launchChromium, watchErrors } from '../../scripts/chromium.mjs';
import { serveStatic } from './static-server.mjs';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const ALL = ['react', 'vue', 'svelte', 'angular'];
const frameworks = process.argv.slice(2).length ? process.argv.slice(2) : ALL;
const offer = JSON.parse(await readFile(join(repo, 'examples/offers/saas-pilot.json'), 'utf8'));
const started = performance.now();
const out = await mkdtemp(join(tmpdir(), 'fair-offer-frameworks-'));

// Type-check in a separate process while the apps build.
const typesStarted = performance.now();
const typesChecked = promisify(execFile)('npx', ['tsc', '-p', join(repo, 'frameworks/tsconfig.json')], { cwd: repo })
  .then(
    () => [],
    (err) =>
      String(err.stdout || err.message)
        .split('\n')
        .filter(Boolean)
        .slice(0, 5),
  )
  .then((problems) => ({
    fw: 'types',
    ok: problems.length === 0,
    problems,
    buildMs: performance.now() - typesStarted,
    testMs: 0,
  }));

/** @type {{ fw: string, ok: boolean, problems: string[], buildMs: number, testMs: number }[]} */
const results = [];
const built = new Map();
const sizes = new Map();

/** Gzipped size of an app's JavaScript, for the report (framework + fair-offer + app). */
async function gzipKB(dir) {
  let bytes = 0;
  for (const f of await readdir(dir, { recursive: true })) {
    if (f.endsWith('.js')) bytes += gzipSync(await readFile(join(dir, f))).length;
  }
  return bytes / 1024;
}
for (const fw of frameworks) {
  const t = performance.now();
  try {
    await build({
      configFile: join(repo, 'frameworks', fw, 'vite.config.ts'),
      build: { outDir: join(out, fw), emptyOutDir: true },
      logLevel: 'silent', // failures are caught and summarised below
    });
    built.set(fw, performance.now() - t);
    sizes.set(fw, await gzipKB(join(out, fw)));
  } catch (err) {
    results.push({
      fw,
      ok: false,
      problems: [`build failed: ${firstLines(err)}`],
      buildMs: performance.now() - t,
      testMs: 0,
    });
  }
}

// The TypeScript idioms of docs/frameworks.md (React JSX typing, typed offer-choice detail) must type-check.
results.push(await typesChecked);

const server = await serveStatic({ '/': out });
const browser = await launchChromium();
try {
  for (const [fw, buildMs] of built) {
    const t = performance.now();
    const problems = await check(fw);
    results.push({ fw, ok: problems.length === 0, problems, buildMs, testMs: performance.now() - t });
  }
} finally {
  await browser.close();
  await server.close();
  await rm(out, { recursive: true, force: true });
}

/** A build error's first lines without colour codes: Rolldown's messages are long and coloured. */
function firstLines(err) {
  return stripVTControlCharacters(String(err?.message ?? err))
    .split('\n')
    .filter(Boolean)
    .slice(0, 3)
    .join('\n       ');
}

async function check(fw) {
  const problems = [];
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = watchErrors(page);
  // Counts offer-choice events that reach the document: proves bubbles + composed, and one click = one event.
  await page.addInitScript(() => {
    window.__offerChoices = [];
    document.addEventListener('offer-choice', (e) => window.__offerChoices.push(e.detail.choice));
  });
  try {
    await page.goto(`${server.url}/${fw}/`, { waitUntil: 'load' });
    const host = page.locator('fair-offer');
    await host.waitFor({ state: 'attached', timeout: 10_000 });
    // Wait for upgrade and first render instead of sleeping.
    await page
      .waitForFunction(
        (title) => {
          const el = document.querySelector('fair-offer');
          return !!el?.shadowRoot && el.shadowRoot.textContent.includes(title);
        },
        offer.full.title,
        { timeout: 10_000 },
      )
      .catch(() => problems.push(`shadow root never showed the offer title "${offer.full.title}"`));

    const state = await host.evaluate((el) => ({
      defined: el.matches(':defined') && customElements.get('fair-offer') === el.constructor,
      offerId: el.offer?.id ?? null,
      offerIsObject: typeof el.offer === 'object' && el.offer !== null,
      offerAttribute: el.getAttribute('offer'),
    }));
    if (!state.defined) problems.push('element not upgraded (not :defined or not the registered class)');
    if (!state.offerIsObject || state.offerId !== offer.id)
      problems.push(`offer property is ${JSON.stringify(state.offerId)}, expected "${offer.id}"`);
    if (state.offerAttribute !== null)
      problems.push(`offer was set as an attribute too: ${state.offerAttribute.slice(0, 40)}`);

    const before = await page.locator('#choice').textContent();
    if (before?.trim() === 'full') problems.push('app showed "full" before any click');
    // A real pointer click (Playwright's CSS locators pierce open shadow roots).
    await page.locator('fair-offer [part~="full-action"]').click({ timeout: 5_000 });
    await page
      .waitForFunction(() => document.querySelector('#choice')?.textContent?.trim() === 'full', null, {
        timeout: 5_000,
      })
      .catch(async () =>
        problems.push(
          `app shows "${(await page.locator('#choice').textContent())?.trim()}" after the click, expected "full"`,
        ),
      );
    const choices = await page.evaluate(() => window.__offerChoices);
    if (JSON.stringify(choices) !== '["full"]')
      problems.push(`document saw offer-choice ${JSON.stringify(choices)}, expected ["full"]`);
  } catch (err) {
    problems.push(String(err?.message ?? err).split('\n')[0]);
  } finally {
    problems.push(...errors);
    await context.close();
  }
  return problems;
}

const order = [...frameworks, 'types'];
results.sort((a, b) => order.indexOf(a.fw) - order.indexOf(b.fw));
for (const r of results) {
  const size = sizes.has(r.fw) ? `, app JS ${sizes.get(r.fw).toFixed(1)} KB gzip` : '';
  const timing =
    r.fw === 'types'
      ? `tsc ${(r.buildMs / 1000).toFixed(1)} s`
      : `build ${(r.buildMs / 1000).toFixed(1)} s, test ${(r.testMs / 1000).toFixed(1)} s`;
  console.log(`${r.ok ? 'PASS' : 'FAIL'} ${r.fw.padEnd(8)} ${timing}${size}`);
  for (const p of r.problems) console.log(`     - ${p}`);
}
const passed = results.filter((r) => r.ok).length;
console.log(`total ${((performance.now() - started) / 1000).toFixed(1)} s`);
console.log(`${passed} passed, ${results.length - passed} failed`);
process.exit(passed === results.length && results.length > 0 ? 0 : 1);
