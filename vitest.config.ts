import { defineConfig } from 'vitest/config';

// Node tests for the DOM-free core, the CLI and the scripts. Browser tests run in web-test-runner.
export default defineConfig({
  test: {
    include: [
      'test/core/**/*.test.ts',
      'test/cli/**/*.test.ts',
      'test/ssr/**/*.test.ts',
      'test/warehouse/**/*.test.ts',
      'test/report/**/*.test.ts',
      'test/scripts/**/*.test.ts',
    ],
    environment: 'node',
    // Property tests and the 100,000-case loops take ~4 s alone and more on a busy 2-core machine: a time
    // limit is not what these tests check (timing belongs in the benchmarks), so it is set far away.
    testTimeout: 60_000,
  },
});
