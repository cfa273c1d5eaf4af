// Browser tests for the element, in Debian's Chromium (or CHROME_PATH): real rendering, real key presses, axe.
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium.mjs';

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

export default {
  files: ['test/element/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
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
    esbuildPlugin({
      ts: true,
      // Stories and tests import the example offers (examples/offers/*.json) as modules.
      json: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
};
