#!/usr/bin/env node
// `npm test`: type-check, Node tests (vitest), browser tests (web-test-runner), then the page-level
// Chromium runners (framework apps, no-JS fallback, strict pages). Ends with one line
// `N passed, N failed` summed over every step, for people and CI alike.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';

mkdirSync('.test-results', { recursive: true });

function run(cmd, args) {
  return new Promise((resolve) => {
    let out = '';
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } });
    child.stdout.on('data', (d) => {
      out += d;
      process.stdout.write(d);
    });
    child.stderr.on('data', (d) => {
      out += d;
      process.stderr.write(d);
    });
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

/** Counts from the last "N passed, N failed" a runner printed; a non-zero exit with no failure counts one. */
function countsFrom(out, code) {
  const plain = stripVTControlCharacters(out);
  const last = [...plain.matchAll(/(\d+) passed, (\d+) failed/g)].pop();
  const c = last ? { passed: +last[1], failed: +last[2] } : { passed: 0, failed: 0 };
  if (code !== 0 && c.failed === 0) c.failed = 1;
  return c;
}

const steps = [];

const tsc = await run('npx', ['tsc', '-p', 'tsconfig.json']);
steps.push({ name: 'types', passed: tsc.code === 0 ? 1 : 0, failed: tsc.code === 0 ? 0 : 1, code: tsc.code });

// The build (package entries, standalone bundle, CLI, manifest, publint, a Chromium smoke test of the
// standalone) comes before the tests that check dist/ and the pages that load it.
const build = await run('npm', ['run', '--silent', 'build']);
steps.push({ name: 'build', passed: build.code === 0 ? 1 : 0, failed: build.code === 0 ? 0 : 1, code: build.code });

const vitest = await run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile=.test-results/vitest.json',
]);
let v = { passed: 0, failed: vitest.code === 0 ? 0 : 1 };
try {
  const report = JSON.parse(readFileSync('.test-results/vitest.json', 'utf8'));
  v = {
    passed: report.numPassedTests,
    failed: report.numFailedTests + (vitest.code !== 0 && report.numFailedTests === 0 ? 1 : 0),
  };
} catch {
  /* no report: counted as one failure above */
}
steps.push({ name: 'node', ...v, code: vitest.code });

const wtr = await run('npx', ['wtr']);
steps.push({ name: 'browser', ...countsFrom(wtr.out, wtr.code), code: wtr.code });

// Page-level runners: each builds what it needs, drives Chromium and prints its own "N passed, N failed".
for (const [name, script] of [
  ['frameworks', 'test/frameworks/run.mjs'],
  ['no-js', 'test/nojs/run.mjs'],
  ['strict-pages', 'test/strict/run.mjs'],
]) {
  if (!existsSync(script)) continue;
  const r = await run('node', [script]);
  steps.push({ name, ...countsFrom(r.out, r.code), code: r.code });
}

const passed = steps.reduce((n, s) => n + s.passed, 0);
const failed = steps.reduce((n, s) => n + s.failed, 0);
console.log('\n' + steps.map((s) => `${s.name}: ${s.passed} passed, ${s.failed} failed`).join('\n'));
console.log(`${passed} passed, ${failed} failed`);
process.exit(steps.every((s) => s.code === 0) ? 0 : 1);
