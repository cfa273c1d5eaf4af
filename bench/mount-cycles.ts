/**
 * `npx tsx bench/mount-cycles.ts [--cycles 1000]`: mount/unmount churn of <fair-offer> in Chromium (playwright-core).
 * Each cycle creates a widget, sets the offer, waits for its render, opens a toggletip (Floating UI autoUpdate and
 * the document listeners start), clicks "Not this one", then removes the widget. Reported: JS heap (after forced
 * GC, CDP HeapProfiler.collectGarbage + Runtime.getHeapUsage), document/window event listeners (CDP
 * DOMDebugger.getEventListeners) and DOM node count, before, after a warm-up round, and after two measured rounds:
 * growth in round 2 but not in round 3 is caches filling; growth in both is a leak. Never a pass/fail test.
 * Uses dist/fair-offer.js when newer than src/, else builds the standalone into a temp dir.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error plain ES module helpers shared with the Chromium runners
import { launchChromium } from '../scripts/chromium.mjs';
// @ts-expect-error plain ES module helpers shared with the Chromium runners
import { serveStatic } from '../test/pages/static-server.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const argv = process.argv.slice(2);
const CYCLES = Number(argv.includes('--cycles') ? argv[argv.indexOf('--cycles') + 1] : 1000);

function newest(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((max, entry) => {
    const path = join(dir, entry.name);
    return Math.max(max, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }, 0);
}

const tmp = await mkdtemp(join(tmpdir(), 'fair-offer-cycles-'));
const standalone = join(repo, 'dist/fair-offer.js');
let from = 'dist/fair-offer.js';
if (existsSync(standalone) && statSync(standalone).mtimeMs >= newest(join(repo, 'src'))) {
  await cp(standalone, join(tmp, 'fair-offer.js'));
} else {
  from = 'a fresh vite build (dist/ missing or older than src/)';
  const { build } = await import('vite');
  await build({
    configFile: join(repo, 'vite.config.ts'),
    root: repo,
    logLevel: 'error',
    build: { outDir: tmp, emptyOutDir: false },
  });
}
const offer = readFileSync(join(repo, 'examples/offers/saas-pilot.json'), 'utf8');
writeFileSync(join(tmp, 'offer.json'), offer);
writeFileSync(
  join(tmp, 'index.html'),
  '<!doctype html><meta charset="utf-8"><title>cycles</title><link rel="icon" href="data:,"><main id="host"></main><script type="module" src="fair-offer.js"></script>',
);

const server = await serveStatic({ '/': tmp });
const browser = await launchChromium();
const page = await browser.newPage();
const errors: string[] = [];
page.on('pageerror', (e: Error) => errors.push(e.message));
page.on('console', (m: { type(): string; text(): string }) => m.type() === 'error' && errors.push(m.text()));
await page.goto(`${server.url}/index.html`);
await page.waitForFunction(() => customElements.get('fair-offer'));
await page.evaluate(async () => {
  (window as unknown as { offer: unknown }).offer = await (await fetch('offer.json')).json();
});
const cdp = await page.context().newCDPSession(page);

async function snapshot() {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  const listeners: Record<string, number> = {};
  for (const expression of ['document', 'window']) {
    const { result } = (await cdp.send('Runtime.evaluate', { expression })) as { result: { objectId: string } };
    const got = (await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId })) as {
      listeners: unknown[];
    };
    listeners[expression] = got.listeners.length;
    await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
  }
  const nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
  return { kb: heap.usedSize / 1024, listeners, nodes };
}

async function churn(cycles: number): Promise<number> {
  const t0 = performance.now();
  await page.evaluate(async (cycles: number) => {
    const host = document.getElementById('host')!;
    for (let cycle = 0; cycle < cycles; cycle++) {
      const el = document.createElement('fair-offer') as HTMLElement & {
        offer: unknown;
        updateComplete: Promise<unknown>;
      };
      el.offer = structuredClone((window as unknown as { offer: unknown }).offer);
      host.append(el);
      await el.updateComplete;
      el.shadowRoot!.querySelector<HTMLElement>('button[data-term="price"]')!.click();
      await el.updateComplete;
      await new Promise((r) => requestAnimationFrame(r)); // autoUpdate and computePosition run
      el.shadowRoot!.querySelector<HTMLElement>('[part~="decline-action"]')!.click();
      await el.updateComplete;
      el.remove();
    }
  }, cycles);
  return performance.now() - t0;
}

const before = await snapshot();
await churn(50); // warm-up: JIT, Lit's template cache, Floating UI's caches
const warm = await snapshot();
const ms1 = await churn(CYCLES);
const round1 = await snapshot();
const ms2 = await churn(CYCLES);
const round2 = await snapshot();

await browser.close();
await server.close();
await rm(tmp, { recursive: true, force: true });

const fmt = (state: Awaited<ReturnType<typeof snapshot>>) =>
  `${state.kb.toFixed(0).padStart(7)} KB heap, ${state.listeners.document} document / ${state.listeners.window} window listeners, ${state.nodes} DOM elements`;
console.log(`mount/unmount cycles of <fair-offer> (${from}), each with a toggletip opened and a decline`);
console.log(`  before          ${fmt(before)}`);
console.log(`  after warm-up   ${fmt(warm)}`);
console.log(`  after ${CYCLES} cycles ${fmt(round1)}  (${(ms1 / CYCLES).toFixed(2)} ms per cycle)`);
console.log(`  after ${CYCLES} more  ${fmt(round2)}  (${(ms2 / CYCLES).toFixed(2)} ms per cycle)`);
console.log(
  `growth: round 1 ${(round1.kb - warm.kb).toFixed(0)} KB, round 2 ${(round2.kb - round1.kb).toFixed(0)} KB (${(((round2.kb - round1.kb) * 1024) / CYCLES).toFixed(0)} bytes per cycle)`,
);
console.log(
  `listeners left on document/window after churn: ${round2.listeners.document - warm.listeners.document} / ${round2.listeners.window - warm.listeners.window}`,
);
if (errors.length) console.log(`page errors: ${errors.slice(0, 3).join(' | ')}`);
