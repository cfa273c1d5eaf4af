// Browser tests for the element, in Debian's Chromium (or CHROME_PATH): real rendering, real key presses, axe.
import { mkdirSync, writeFileSync } from 'node:fs';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium.mjs';
import { renderOfferPlugin } from './scripts/wtr-render-offer.mjs';
import { minifyTemplatesDevServerPlugin } from './scripts/minify-templates.mjs';

/**
 * `emulate-forced-colors` command: @web/test-runner-commands' emulateMedia has no forced-colors switch,
 * but Chromium emulates it through the same media-feature call (Windows High Contrast without Windows).
 */
const cdpSessions = new WeakMap();
function forcedColorsPlugin() {
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      // puppeteer's emulateMediaFeatures refuses this feature name; the DevTools protocol takes it.
      // The emulation lasts as long as its DevTools session, so one session is kept per page.
      const page = session.browser.getPage(session.id);
      let cdp = cdpSessions.get(page);
      if (!cdp) cdpSessions.set(page, (cdp = await page.createCDPSession()));
      await cdp.send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
      });
      return true;
    },
  };
}

/**
 * `ax-tree` command: the page's computed accessibility tree (Chrome DevTools Protocol
 * Accessibility.getFullAXTree), flattened to what a screen reader would be given: role, name, description and
 * the live-region setting of each node that is not ignored. Shadow roots are included.
 */
function axTreePlugin() {
  return {
    name: 'ax-tree',
    async executeCommand({ command, session }) {
      if (command !== 'ax-tree') return undefined;
      const page = session.browser.getPage(session.id);
      let cdp = cdpSessions.get(page);
      if (!cdp) cdpSessions.set(page, (cdp = await page.createCDPSession()));
      const { nodes } = await cdp.send('Accessibility.getFullAXTree');
      const byId = new Map(nodes.map((n) => [n.nodeId, n]));
      const property = (n, name) => n.properties?.find((p) => p.name === name)?.value?.value;
      // The nearest ancestors that are not ignored, so a test can ask "what is inside this region".
      const parentOf = (n) => {
        let p = n.parentId ? byId.get(n.parentId) : undefined;
        while (p && p.ignored) p = p.parentId ? byId.get(p.parentId) : undefined;
        return p?.nodeId ?? null;
      };
      return nodes
        .filter((n) => !n.ignored)
        .map((n) => ({
          id: n.nodeId,
          parent: parentOf(n),
          role: n.role?.value ?? '',
          name: n.name?.value ?? '',
          description: n.description?.value ?? '',
          live: property(n, 'live') ?? null,
          level: property(n, 'level') ?? null,
          expanded: property(n, 'expanded') ?? null,
        }));
    },
  };
}

/**
 * Writes the run's own counts to .test-results/wtr.json for npm test's closing line. A test file that failed
 * without a failing test (it did not load, or threw outside a test) counts as one failure.
 */
function countsReporter(outputFile = '.test-results/wtr.json') {
  const countTests = (suite, counts) => {
    for (const test of suite?.tests ?? []) if (!test.skipped) counts[test.passed ? 'passed' : 'failed']++;
    for (const child of suite?.suites ?? []) countTests(child, counts);
  };
  return {
    stop({ sessions }) {
      const counts = { passed: 0, failed: 0 };
      for (const session of sessions) {
        const failedBefore = counts.failed;
        countTests(session.testResults, counts);
        if (!session.passed && counts.failed === failedBefore) counts.failed++;
      }
      mkdirSync('.test-results', { recursive: true });
      writeFileSync(outputFile, JSON.stringify(counts));
    },
  };
}

export default {
  files: ['test/element/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  reporters: [defaultReporter(), countsReporter()],
  // A test's time limit is not what it checks (timing belongs in the benchmarks). Tests that prerender through the
  // CLI (render-offer) took ~11 s of wall time for 1.9 s of CPU on a loaded 2-core machine and failed at 10 s.
  testFramework: { config: { timeout: 30000 } },
  testsFinishTimeout: 20 * 60 * 1000,
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath(),
        headless: true,
        args: CHROMIUM_ARGS,
      },
    }),
  ],
  plugins: [
    forcedColorsPlugin(),
    axTreePlugin(),
    renderOfferPlugin(),
    // The element's templates minified as every build has them (and as `fair-offer render` prints them, which the
    // hydration tests adopt): the tests run the markup that ships.
    minifyTemplatesDevServerPlugin(),
    esbuildPlugin({
      ts: true,
      // Stories and tests import the example offers (examples/offers/*.json) as modules.
      json: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
};
