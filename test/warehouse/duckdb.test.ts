import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import {
  analysisFromCounts,
  analyzeEvents,
  daysToCount,
  type AnalyzeOptions,
  type EventRecord,
} from '../../src/core/analyze.js';
import type { Offer } from '../../src/core/offer-schema.js';
import { countWithDuckDb } from '../../src/warehouse/duckdb.js';
import { runAnalyze } from '../../src/cli/analyze.js';
import { generateExperiment, MAIN_SCENARIO, SIZES_SCENARIO } from '../../bench/analyze-generate.js';
import { EDGE_LOG } from './edge-log.js';

const dir = mkdtempSync(join(tmpdir(), 'fair-offer-duckdb-'));
const write = (name: string, records: unknown[]) => {
  const path = join(dir, name);
  writeFileSync(path, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  return path;
};
const sizesOffer = JSON.parse(readFileSync('demo/offers/pilot-retreat-sizes.json', 'utf8')) as Offer;

/** Both engines on the same files; the analyses must be equal, every number exactly (no tolerance needed). */
async function bothEngines(files: string[], records: EventRecord[], options: AnalyzeOptions = {}) {
  const errors: string[] = [];
  const duck = analysisFromCounts(await countWithDuckDb(files, daysToCount(options), errors), options);
  expect(errors).toEqual([]);
  return { js: analyzeEvents(records, options), duck };
}

describe('DuckDB engine = JavaScript engine', () => {
  it('on the edge cases, rule by rule', async () => {
    const records = EDGE_LOG as EventRecord[];
    const { js, duck } = await bothEngines([write('edge.jsonl', records)], records, { days: [1, 2, 30] });
    expect(duck).toEqual(js);
    // The log exercises what it says it does (so equality is not two empty results).
    expect(js.offers.map((o) => o.offerId)).toEqual(['b-second', 'a-first']);
    expect(js.outcomes).toEqual({
      total: 7,
      matched: 4,
      unknownVisit: 1,
      notAccepted: 1,
      digestMismatch: 1,
      invalid: 6,
    });
    expect(js.skipped).toBe(11);
    expect(js.latestTime).toBe('2026-03-31T23:59:59.999Z');
  });

  it.each([1, 2, 3])(
    'on a generated experiment (seed %i) with changed choices, stale digests and censoring',
    async (seed) => {
      const records = [...generateExperiment(MAIN_SCENARIO, 4000, seed)];
      const { js, duck } = await bothEngines([write(`main-${seed}.jsonl`, records)], records, {
        days: [7, 30, 60, 90],
        curveDays: [0, 45, 75],
      });
      expect(duck).toEqual(js);
      expect(js.outcomes.digestMismatch).toBeGreaterThan(0);
    },
  );

  it('on several files in order, and the concession ranking', async () => {
    const records = [...generateExperiment(SIZES_SCENARIO, 3000, 9)];
    const third = Math.ceil(records.length / 3);
    const files = [0, 1, 2].map((i) => write(`part-${i}.jsonl`, records.slice(i * third, (i + 1) * third)));
    const { js, duck } = await bothEngines(files, records, { offers: [sizesOffer] });
    expect(duck).toEqual(js);
    expect(duck.offers[0]!.concession!.ranked).toHaveLength(3);
    // The same files named by a glob, through the CLI: both engines print the same report.
    const report = async (engine: string) => {
      let stdout = '';
      await runAnalyze([join(dir, 'part-*.jsonl'), '--engine', engine], {
        stdout: (s) => (stdout += s),
        stderr: () => {},
      });
      return stdout;
    };
    const [viaJs, viaDuck] = [await report('js'), await report('duckdb')];
    expect(viaJs).toMatch(/^Offer acme-pilot-sizes-2026: 3000 visits$/m);
    expect(viaDuck).toBe(viaJs);
  });

  it('on Parquet (detail as JSON text)', async () => {
    const records = [...generateExperiment(MAIN_SCENARIO, 2000, 4)];
    const source = write('to-parquet.jsonl', records);
    const parquet = join(dir, 'events.parquet');
    const db = await (await DuckDBInstance.create(':memory:')).connect();
    await db.run(
      `COPY (SELECT type, visitorId, time, detail::VARCHAR AS detail FROM read_json('${source}', format = 'newline_delimited',
        columns = {type: 'VARCHAR', visitorId: 'VARCHAR', time: 'VARCHAR', detail: 'JSON'})) TO '${parquet}' (FORMAT parquet)`,
    );
    const { js, duck } = await bothEngines([parquet], records);
    expect(duck).toEqual(js);
  });

  it('prints the same report from the CLI, and names invalid records', async () => {
    const records = [...generateExperiment(MAIN_SCENARIO, 1500, 5)];
    const file = write('cli.jsonl', records);
    const out = async (args: string[]) => {
      let stdout = '';
      let stderr = '';
      const code = await runAnalyze(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
      return { code, stdout, stderr };
    };
    const js = await out([file]);
    const duck = await out([file, '--engine', 'duckdb']);
    expect(duck).toEqual(js);
    expect(js.code).toBe(0);
    const bad = write('bad.jsonl', [
      { type: 'offer-view', detail: {} },
      { type: '', detail: {} },
      { type: 'x', detail: [] },
    ]);
    const refused = await out([bad, '--engine', 'duckdb']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/bad\.jsonl: record 2: "type" must be a non-empty string/);
    expect(refused.stderr).toMatch(/bad\.jsonl: record 3: "detail" must be an object/);
  });
});
