// The page tests, in one runner: framework apps (test/frameworks), the no-JS fallback (test/nojs) and strict
// pages (test/strict) and the demo pages (test/demo), in Debian's Chromium (scripts/chromium.mjs; Playwright never downloads a browser here).
// Each suite builds what it serves in its beforeAll and serves it with test/pages/static-server.mjs.
// The JSON report's counts feed npm test's closing line.
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium.mjs';

export default defineConfig({
  testDir: 'test',
  testMatch: ['frameworks/*.spec.mjs', 'nojs/*.spec.mjs', 'strict/*.spec.mjs', 'demo/*.spec.mjs'],
  // A suite's tests share what its beforeAll built, so files (not tests) are spread over the workers.
  fullyParallel: false,
  workers: Number(process.env.PAGE_TEST_WORKERS ?? 2),
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  // Builds run in beforeAll hooks: give them their own, longer budget on a busy 2-core machine.
  expect: { timeout: 10_000 },
  outputDir: '.test-results/pages',
  reporter: [['list'], ['json', { outputFile: '.test-results/pages.json' }]],
  use: {
    browserName: 'chromium',
    headless: true,
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
    trace: 'off',
    screenshot: 'off',
    video: 'off',
  },
});
