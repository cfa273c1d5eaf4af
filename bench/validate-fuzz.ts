/**
 * Long fuzz run of validateOffer (issue 6): 100,000 fast-check cases by default, split over arbitrary JSON,
 * any JS value, mutated valid offers and prototype-pollution documents. Prints cases, failures and time.
 * Usage: npx tsx bench/validate-fuzz.ts [cases] [seed]
 */
import fc from 'fast-check';
import { validateOffer } from '../src/core/validate-offer.js';
import { anyValue, mutatedOffer, parsedJson, pollutionDocument } from '../test/core/guardrails/offer-arbitraries.js';

const total = Number(process.argv[2] ?? 100_000);
const seed = Number(process.argv[3] ?? Date.now() % 2 ** 31);

/** The contract: never throws, `ok` iff no error, at least one finding when not ok, findings well formed. */
function check(input: unknown): boolean {
  const result = validateOffer(input);
  if (typeof result.ok !== 'boolean' || !Array.isArray(result.findings)) return false;
  if (result.ok === result.findings.some((finding) => finding.severity === 'error')) return false;
  if (!result.ok && result.findings.length === 0) return false;
  return result.findings.every(
    (finding) => typeof finding.rule === 'string' && typeof finding.message === 'string' && finding.message.length > 0,
  );
}

const suites: Array<[string, fc.Arbitrary<unknown>]> = [
  ['arbitrary JSON', parsedJson],
  ['any JS value', anyValue],
  ['mutated valid offer', mutatedOffer.map((m) => m.offer)],
  ['__proto__ documents', pollutionDocument],
];

let failed = 0;
const start = performance.now();
const rows: string[] = [];
for (const [name, arb] of suites) {
  const runs = Math.round(total / suites.length);
  const t0 = performance.now();
  const out = fc.check(
    fc.property(arb, (input) => check(input)),
    { numRuns: runs, seed },
  );
  const ms = performance.now() - t0;
  if (out.failed) {
    failed++;
    console.error(
      `FAILED ${name}: ${out.counterexample ? JSON.stringify(out.counterexample).slice(0, 500) : out.errorInstance}`,
    );
  }
  rows.push(
    `| ${name} | ${out.numRuns} | ${out.failed ? 'FAILED' : 'pass'} | ${(ms / 1000).toFixed(1)} s | ${Math.round((out.numRuns / ms) * 1000)} |`,
  );
}
const polluted = Object.getOwnPropertyNames(Object.prototype).includes('polluted');
const seconds = (performance.now() - start) / 1000;
console.log(
  `validateOffer fuzz, seed ${seed}\n\n| suite | cases | result | time | cases/s |\n| --- | --- | --- | --- | --- |\n${rows.join('\n')}`,
);
console.log(`\n${total} cases in ${seconds.toFixed(1)} s; prototype polluted: ${polluted ? 'YES' : 'no'}`);
process.exitCode = failed || polluted ? 1 : 0;
