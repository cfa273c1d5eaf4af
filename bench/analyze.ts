/**
 * `npm run bench:analyze [-- 1000000 10000000]`: records per second of the JavaScript engine (streaming JSONL) and
 * the DuckDB engine (SQL over the same file) on generated logs of 1M and 10M records, and whether their counts are
 * equal. The logs are generated here, streamed to a temporary file (memory stays bounded), and removed afterwards.
 */
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { daysToCount, analysisFromCounts } from '../src/core/analyze.js';
import { countWithJs } from '../src/cli/analyze.js';
import { countWithDuckDb } from '../src/warehouse/duckdb.js';
import { generateExperiment, MAIN_SCENARIO } from './analyze-generate.js';

/** Writes generated records until `target` lines; returns the count (whole visits, so a few over the target). */
async function writeLog(path: string, target: number): Promise<number> {
  const out = createWriteStream(path);
  let lines = 0;
  let chunk = '';
  for (const record of generateExperiment(MAIN_SCENARIO, Number.MAX_SAFE_INTEGER, 42)) {
    chunk += JSON.stringify(record) + '\n';
    lines++;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      chunk = '';
    }
    if (lines >= target) break;
  }
  out.write(chunk);
  await new Promise<void>((resolve) => out.end(() => resolve()));
  return lines;
}

const seconds = (from: number) => (performance.now() - from) / 1000;
const perSecond = (n: number, s: number) => `${Math.round(n / s).toLocaleString('en')} records/s`;
const gb = (bytes: number) => `${(bytes / 2 ** 30).toFixed(2)} GiB`;

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const dir = await mkdtemp(join(tmpdir(), 'fair-offer-bench-'));
try {
  for (const target of sizes.length ? sizes : [1_000_000, 10_000_000]) {
    const file = join(dir, `events-${target}.jsonl`);
    let start = performance.now();
    const records = await writeLog(file, target);
    console.log(
      `${records.toLocaleString('en')} records, ${gb((await stat(file)).size)} JSONL, generated in ${seconds(start).toFixed(1)} s`,
    );
    const days = daysToCount({});
    const errors: string[] = [];
    start = performance.now();
    const js = await countWithJs([file], days, errors);
    const jsSeconds = seconds(start);
    console.log(
      `  js      ${jsSeconds.toFixed(1)} s  ${perSecond(records, jsSeconds)}  (heap ${gb(process.memoryUsage().heapUsed)})`,
    );
    start = performance.now();
    const duck = await countWithDuckDb([file], days, errors);
    const duckSeconds = seconds(start);
    console.log(
      `  duckdb  ${duckSeconds.toFixed(1)} s  ${perSecond(records, duckSeconds)}  (rss ${gb(process.memoryUsage().rss)})`,
    );
    const equal = isDeepStrictEqual(analysisFromCounts(js), analysisFromCounts(duck));
    console.log(
      `  equal: ${equal ? 'yes, every number' : 'NO'}${errors.length ? `; errors: ${errors.join('; ')}` : ''}`,
    );
    if (!equal) {
      process.exitCode = 1;
      console.log(
        `  js:     ${JSON.stringify({ ...js, offers: undefined })}\n  duckdb: ${JSON.stringify({ ...duck, offers: undefined })}`,
      );
      for (const offer of js.offers)
        for (const arm of offer.arms) {
          const other = duck.offers.find((o) => o.offerId === offer.offerId)?.arms.find((a) => a.arm === arm.arm);
          if (!isDeepStrictEqual(arm, other))
            console.log(
              `  ${offer.offerId}/${arm.arm}: js ${JSON.stringify(arm)}\n    duckdb ${JSON.stringify(other)}`,
            );
        }
    }
    await rm(file);
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
