/**
 * `npm run demo:report`: a generated month of a realistic experiment, with the host's outcome lines, turned into
 * the HTML report, so a newcomer sees the analysis work. Two offers in one log: rtr vs small-only vs full-only on
 * the SaaS pilot, and three retreat sizes (demo/offers/pilot-retreat-sizes.json). The true rates are set in
 * bench/analyze-generate.ts; visits run for 30 days and outcomes for 45 more, so the 90-day figures are censored.
 * Writes dist/demo-report/events.jsonl and dist/demo-report/report.html, and prints the text report.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAnalyze } from '../src/cli/analyze.js';
import { generateExperiment, MAIN_SCENARIO, SIZES_SCENARIO, type Scenario } from '../bench/analyze-generate.js';

const repo = fileURLToPath(new URL('../', import.meta.url));
const out = join(repo, 'dist/demo-report');
mkdirSync(out, { recursive: true });

// One log, one end: both experiments run the same month and are followed up for the same 45 days.
const sizes: Scenario = { ...SIZES_SCENARIO, followUpDays: MAIN_SCENARIO.followUpDays };
const lines: string[] = [];
for (const record of generateExperiment(MAIN_SCENARIO, 12_000, 2026)) lines.push(JSON.stringify(record));
for (const record of generateExperiment(sizes, 24_000, 2027)) lines.push(JSON.stringify(record));
const log = join(out, 'events.jsonl');
writeFileSync(log, lines.join('\n') + '\n');

const io = { stdout: (s: string) => process.stdout.write(s), stderr: (s: string) => process.stderr.write(s) };
const offer = join(repo, 'demo/offers/pilot-retreat-sizes.json');
const report = join(out, 'report.html');
let code = await runAnalyze([log, '--offer', offer], io);
if (code === 0) code = await runAnalyze([log, '--offer', offer, '--format', 'html', '--output', report], io);
if (code === 0) console.log(`${lines.length.toLocaleString('en')} log lines: ${log}\nThe report: ${report}`);
process.exitCode = code;
