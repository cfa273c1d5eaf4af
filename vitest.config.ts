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
    ],
    environment: 'node',
  },
});
