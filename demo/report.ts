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
import { analyzeEvents, type EventRecord } from '../src/core/analyze.js';
import {
  generateExperiment,
  MAIN_SCENARIO,
  SIZES_SCENARIO,
  trueRetention,
  type Scenario,
} from '../bench/analyze-generate.js';

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
if (code === 0) {
  console.log(`${lines.length.toLocaleString('en')} log lines: ${log}\nThe report: ${report}\n`);
  printTruthCheck(lines.map((line) => JSON.parse(line) as EventRecord));
}
process.exitCode = code;

/** Whether each 95 % interval covers the rate the generator was given (expect about 1 miss in 20). */
function printTruthCheck(records: EventRecord[]): void {
  const analysis = analyzeEvents(records);
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  console.log('Truth check (the rates the generator was given, and whether each 95 % interval covers them):');
  for (const scenario of [MAIN_SCENARIO, sizes]) {
    const offer = analysis.offers.find((o) => o.offerId === scenario.offerId)!;
    for (const [name, truth] of Object.entries(scenario.arms)) {
      const arm = offer.arms.find((a) => a.arm === name)!;
      const rows: Array<[string, number, { estimate: number; lower: number; upper: number }]> = [
        ['acceptance', truth.full + truth.retreat, arm.accepted],
        ['kept 60 d', trueRetention(truth, 60), arm.downstream.retained['60']!],
        ['refunded', truth.refund, arm.downstream.refunded],
      ];
      const cells = rows.map(
        ([what, value, r]) =>
          `${what} ${pct(r.estimate)} [${pct(r.lower)}, ${pct(r.upper)}] truth ${pct(value)} ${r.lower <= value && value <= r.upper ? 'covered' : 'NOT covered'}`,
      );
      console.log(`  ${scenario.offerId} ${name}: ${cells.join('; ')}`);
    }
  }
}
