#!/usr/bin/env node
// `npm test`: type-check, lint (ESLint), format check (Prettier), build, size budget, Node tests (vitest), browser
// tests (web-test-runner), then the page tests (Playwright: framework apps, no-JS fallback, strict pages, demo). Each runner writes its own counts as JSON to
// .test-results/; they are summed into one closing line `N passed, N failed`, for people and CI alike.
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { spawn } from 'node:child_process';

const RESULTS = '.test-results';
mkdirSync(RESULTS, { recursive: true });

/** Runs a command with its output shown as it comes; resolves to its exit code. */
function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
    child.on('close', (code) => resolve(code ?? 1));
  });
}

/** A step that is one check: 1 passed or 1 failed. */
async function single(name, command, args) {
  const code = await run(command, args);
  return { name, passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, code };
}

/**
 * A step whose runner writes a JSON report: `read(report)` gives { passed, failed }. A missing report, or a
 * non-zero exit with no failed test in it, counts as one failure, so a crashed runner never passes in silence.
 */
async function counted(name, reportFile, command, args, read) {
  rmSync(reportFile, { force: true });
  const code = await run(command, args);
  let counts = { passed: 0, failed: 0 };
  try {
    counts = read(JSON.parse(readFileSync(reportFile, 'utf8')));
  } catch {
    /* no report: counted below */
  }
  if (code !== 0 && counts.failed === 0) counts.failed = 1;
  return { name, ...counts, code };
}

const steps = [];
steps.push(await single('types', 'npx', ['tsc', '-p', 'tsconfig.json']));
// Lint (eslint.config.js) and formatting (.prettierrc.json) are checks like any other: a finding fails npm test.
steps.push(await single('lint', 'npx', ['eslint', '--cache', '--cache-location', 'node_modules/.cache/eslint/', '.']));
steps.push(await single('format', 'npx', ['prettier', '--check', '--cache', '.']));
// The build (package entries, standalone bundle, CLI, manifest, publint, a Chromium smoke test of the
// standalone) comes before the tests that check dist/ and the pages that load it.
steps.push(await single('build', 'npm', ['run', '--silent', 'build']));
// The size budget (scripts/size.mjs): real gzip of what the standalone makes a page fetch; fails when over.
steps.push(await single('size', 'npm', ['run', '--silent', 'size']));
steps.push(
  await counted(
    'node',
    `${RESULTS}/vitest.json`,
    'npx',
    ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${RESULTS}/vitest.json`],
    (report) => ({ passed: report.numPassedTests, failed: report.numFailedTests }),
  ),
);
// web-test-runner.config.mjs's counts reporter writes .test-results/wtr.json.
steps.push(await counted('browser', `${RESULTS}/wtr.json`, 'npx', ['wtr'], (report) => report));
// playwright.config.mjs's JSON reporter: expected = passed, unexpected = failed, flaky = passed on a retry.
steps.push(
  await counted('pages', `${RESULTS}/pages.json`, 'npx', ['playwright', 'test'], ({ stats }) => ({
    passed: stats.expected + stats.flaky,
    failed: stats.unexpected,
  })),
);

const passed = steps.reduce((sum, step) => sum + step.passed, 0);
const failed = steps.reduce((sum, step) => sum + step.failed, 0);
console.log('\n' + steps.map((step) => `${step.name}: ${step.passed} passed, ${step.failed} failed`).join('\n'));
console.log(`${passed} passed, ${failed} failed`);
process.exit(steps.every((step) => step.code === 0) ? 0 : 1);
