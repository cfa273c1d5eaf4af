// The demo pages in Chromium (issue 12 item 18, issue 11 item 6):
//  - axe finds nothing on any page, with the event log filled until it scrolls (scrollable-region-focusable);
//  - the log is reached with Tab, is named by its heading, shows a focus outline and scrolls with the keyboard;
//  - "Download the log (JSONL)" gives the events the page logged, one JSON object per line, that
//    `fair-offer analyze` reads (exit 0, the visit counted), and its HTML report passes axe too;
//  - `npm start` stops on SIGINT (Ctrl+C) within 5 s: it says so, the port is freed and no process of it is left.
// The pages are built with Vite into a temporary folder (beforeAll) and served statically.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { build } from 'vite';
import { watchErrors } from '../../scripts/chromium.mjs';
import { serveStatic } from '../pages/static-server.mjs';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let tmp;
let server;
test.beforeAll(async () => {
  test.setTimeout(120_000);
  tmp = await mkdtemp(join(tmpdir(), 'fair-offer-demo-'));
  const outDir = join(tmp, 'demo');
  await build({
    configFile: join(repo, 'demo/vite.config.ts'),
    logLevel: 'error',
    build: { outDir, emptyOutDir: true },
  });
  server = await serveStatic({ '/': outDir });
});

test.afterAll(async () => {
  await server?.close();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

async function axeViolations(page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

/** Fills the log through the page's own listeners until it overflows; true when it scrolls. */
async function fillLog(page) {
  await page.waitForFunction(() => document.querySelector('#event-list li'));
  await page.evaluate(() => {
    for (let i = 0; i < 40; i++)
      document.dispatchEvent(
        new CustomEvent('offer-view', { detail: { offerId: 'demo-fill', stage: 'full', variant: null } }),
      );
  });
  return page.evaluate(() => {
    const list = document.getElementById('event-list');
    return list.scrollHeight > list.clientHeight;
  });
}

for (const name of ['index', 'pilot', 'subscription', 'donation']) {
  test(`${name}.html: axe finds nothing, with the event log scrolling`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(`${server.url}/${name}.html`);
    if (name !== 'index') expect(await fillLog(page), 'the log overflows, so the check means something').toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
}

test('pilot.html: Tab reaches the named log, which shows focus and scrolls with the keyboard', async ({ page }) => {
  await page.goto(`${server.url}/pilot.html`);
  await fillLog(page);
  let reached = false;
  for (let i = 0; i < 60 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.id === 'event-list');
  }
  expect(reached, 'Tab reaches the event log').toBe(true);
  await expect(page.locator('#event-list')).toHaveAccessibleName('Events this page received');
  expect(await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle)).not.toBe('none');
  await page.keyboard.press('PageDown');
  await expect.poll(() => page.evaluate(() => document.getElementById('event-list').scrollTop)).toBeGreaterThan(0);
});

test('pilot.html: the log downloads as JSONL that fair-offer analyze reads', async ({ page }) => {
  await page.goto(`${server.url}/pilot.html`);
  await page.waitForFunction(() => document.querySelector('#event-list li'));
  // A real visit: decline the full option, skip the question if asked, and see the smaller option.
  const widget = page.locator('fair-offer');
  await widget
    .getByRole('button', { name: /not this one|smaller option/i })
    .first()
    .click();
  const skip = widget.getByRole('button', { name: /skip/i });
  if (await skip.count()) await skip.first().click();
  await page.waitForFunction(() => document.querySelectorAll('#event-list li').length >= 3);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#event-download')]);
  const file = join(tmp, 'downloaded.jsonl');
  await download.saveAs(file);
  const records = (await readFile(file, 'utf8'))
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line));
  expect(records).toHaveLength(await page.locator('#event-list li').count());
  for (const r of records)
    expect(r).toEqual({
      type: expect.any(String),
      detail: expect.any(Object),
      visitorId: expect.any(String),
      time: expect.any(String),
    });
  expect(new Set(records.map((r) => r.visitorId)).size).toBe(1);
  const analyzed = await run(process.execPath, [join(repo, 'bin/fair-offer.js'), 'analyze', file]);
  expect(analyzed.code, analyzed.stderr).toBe(0);
  expect(analyzed.stdout).toMatch(/^Offer [\w.:-]+: 1 visits$/m);
  // The HTML report of the same log passes the same audit as the pages.
  const html = await run(process.execPath, [join(repo, 'bin/fair-offer.js'), 'analyze', file, '--format', 'html']);
  expect(html.code, html.stderr).toBe(0);
  await page.setContent(html.stdout);
  await expect(page.getByRole('img', { name: /Accepted, stopped and abandoned visits per arm/ })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('npm start stops on Ctrl+C (SIGINT): port freed, no process left, within 5 s', async () => {
  const port = 5300 + Math.floor(Math.random() * 500);
  const child = spawn('npm', ['start', '--', '--port', String(port), '--strictPort'], {
    cwd: repo,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  try {
    // Colours off (Playwright forces them on for its children); the URL is printed with its port in bold otherwise.
    await expect
      .poll(() => output.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), ''), { timeout: 30_000 })
      .toContain(`localhost:${port}`);
    expect(await (await fetch(`http://localhost:${port}/pilot.html`)).text()).toContain('<fair-offer');
    process.kill(-child.pid, 'SIGINT');
    await expect.poll(() => groupAlive(child.pid), { timeout: 5_000 }).toBe(false);
    expect(await portOpen(port)).toBe(false);
    expect(output).toMatch(/Demo server stopped \(SIGINT\)/);
  } finally {
    if (groupAlive(child.pid)) process.kill(-child.pid, 'SIGKILL');
  }
});

function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

function portOpen(port) {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: repo });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}
