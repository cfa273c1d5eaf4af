#!/usr/bin/env node
// `npm test`: type-check, the Node tests (vitest) and the browser tests (web-test-runner),
// then one closing line `N passed, N failed` summed over all three, for people and CI alike.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

mkdirSync('.test-results', { recursive: true });

function run(cmd, args) {
  return new Promise((resolve) => {
    let out = '';
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } });
    child.stdout.on('data', (d) => { out += d; process.stdout.write(d); });
    child.stderr.on('data', (d) => { out += d; process.stderr.write(d); });
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

const steps = [];

const tsc = await run('npx', ['tsc', '-p', 'tsconfig.json']);
steps.push({ name: 'types', passed: tsc.code === 0 ? 1 : 0, failed: tsc.code === 0 ? 0 : 1, code: tsc.code });

const vitest = await run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=.test-results/vitest.json']);
let v = { passed: 0, failed: vitest.code === 0 ? 0 : 1 };
try {
  const report = JSON.parse(readFileSync('.test-results/vitest.json', 'utf8'));
  v = { passed: report.numPassedTests, failed: report.numFailedTests + (vitest.code !== 0 && report.numFailedTests === 0 ? 1 : 0) };
} catch { /* no report: counted as one failure above */ }
steps.push({ name: 'node', ...v, code: vitest.code });

const wtr = await run('npx', ['wtr']);
// web-test-runner prints "N passed, N failed" in its progress line; the last one is the total.
const plain = wtr.out.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');
const counts = [...plain.matchAll(/(\d+) passed, (\d+) failed/g)].pop();
let w = counts ? { passed: +counts[1], failed: +counts[2] } : { passed: 0, failed: 1 };
if (wtr.code !== 0 && w.failed === 0) w.failed = 1;
steps.push({ name: 'browser', ...w, code: wtr.code });

const passed = steps.reduce((n, s) => n + s.passed, 0);
const failed = steps.reduce((n, s) => n + s.failed, 0);
console.log('\n' + steps.map((s) => `${s.name}: ${s.passed} passed, ${s.failed} failed`).join('\n'));
console.log(`${passed} passed, ${failed} failed`);
process.exit(steps.every((s) => s.code === 0) ? 0 : 1);
