import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { analysisFromCounts, analyzeEvents } from '../../src/core/analyze.js';
import { bigQueryForDuckDb } from '../../src/warehouse/bigquery-in-duckdb.js';
import { countsFrom, readSql, sqlSections } from '../../src/warehouse/duckdb.js';
import { ga4RowsToRecords, type Ga4Row } from '../../src/warehouse/ga4.js';
import { generateExperiment, MAIN_SCENARIO, mulberry32 } from '../../bench/analyze-generate.js';
import { ga4RowsFromRecords } from './ga4-rows.js';
import { EDGE_LOG } from './edge-log.js';
import type { EventRecord } from '../../src/core/analyze.js';

const dir = mkdtempSync(join(tmpdir(), 'fair-offer-bq-'));
const GA4_COLUMNS = `{event_date: 'VARCHAR', event_timestamp: 'BIGINT', event_name: 'VARCHAR',
  event_params: 'STRUCT(key VARCHAR, value STRUCT(string_value VARCHAR, int_value BIGINT, float_value DOUBLE, double_value DOUBLE))[]',
  user_pseudo_id: 'VARCHAR', batch_ordering_id: 'BIGINT', batch_event_index: 'BIGINT',
  items: 'STRUCT(promotion_id VARCHAR, promotion_name VARCHAR, creative_slot VARCHAR)[]'}`;

/** sql/bigquery/analysis.sql, rewritten as documented, run in DuckDB over the rows as an `events_*` table. */
async function runBigQuerySql(rows: Ga4Row[], name: string) {
  const file = join(dir, `${name}.jsonl`);
  writeFileSync(file, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const db = await (await DuckDBInstance.create(':memory:')).connect();
  await db.run(
    `CREATE TABLE ga4_events AS SELECT *, event_date AS _TABLE_SUFFIX FROM read_json('${file}', format = 'newline_delimited', columns = ${GA4_COLUMNS})`,
  );
  const sections = bigQueryForDuckDb(sqlSections(await readSql('bigquery', 'analysis.sql')));
  for (const step of ['functions', 'settings', 'events', 'visits', 'outcomes', 'accepted'])
    await db.run(sections.get(step)!);
  const read = async (step: string) =>
    (await db.runAndReadAll(sections.get(step)!)).getRowObjects() as Record<string, unknown>[];
  return countsFrom(await read('arms'), await read('retained'), (await read('summary'))[0]!, [30, 60, 90]);
}

describe('sql/bigquery/analysis.sql', () => {
  it.each([21, 22])('gives the counts of the JavaScript analysis on GA4-shaped rows (seed %i)', async (seed) => {
    const records = [...generateExperiment(MAIN_SCENARIO, 3000, seed)];
    const rows = ga4RowsFromRecords(records, mulberry32(seed));
    const js = analyzeEvents(ga4RowsToRecords(rows, ['pilot-6w', 'full']));
    const bigquery = analysisFromCounts(await runBigQuerySql(rows, `seed-${seed}`));
    expect(bigquery).toEqual(js);
    // Not trivially equal: the rows carry choices, outcomes and stale digests.
    expect(js.offers[0]!.arms.map((a) => a.arm)).toEqual(['full-only', 'rtr', 'small-only']);
    expect(js.outcomes.matched).toBeGreaterThan(100);
    expect(js.outcomes.digestMismatch).toBeGreaterThan(0);
    expect(js.offers[0]!.arms[1]!.downstream.retained['60']!.observed).toBeGreaterThan(0);
  });

  it('gives the same counts on edge rows (missing names and ids, empty strings, invalid outcomes, ties)', async () => {
    const rows = ga4RowsFromRecords(EDGE_LOG as EventRecord[], mulberry32(3));
    const at = (ms: number) => ms * 1000 + 7;
    const t0 = Date.parse('2026-01-02T10:00:00Z');
    const p = (key: string, value: string) => ({
      key,
      value: { string_value: value, int_value: null, float_value: null, double_value: null },
    });
    const row = (
      event_name: string,
      ms: number,
      user: string | null,
      params: Array<[string, string]>,
      index: number,
    ): Ga4Row => ({
      event_date: '20260102',
      event_timestamp: at(ms),
      event_name,
      user_pseudo_id: user,
      batch_ordering_id: 2,
      batch_event_index: index,
      items: [],
      event_params: params.map(([k, v]) => p(k, v)),
    });
    rows.push(
      row(
        'select_promotion',
        t0,
        'e1',
        [
          ['promotion_id', 'a-first'],
          ['promotion_name', 'pilot-6w'],
          ['creative_slot', 'default'],
        ],
        1,
      ),
      // A later select without promotion_name: an invalid choice, so the full choice above stays final.
      row(
        'select_promotion',
        t0 + 1,
        'e1',
        [
          ['promotion_id', 'a-first'],
          ['creative_slot', 'rtr'],
        ],
        2,
      ),
      row(
        'offer_feedback',
        t0 + 2,
        'e1',
        [
          ['offer_id', 'a-first'],
          ['feedback', 'maybe'],
        ],
        3,
      ),
      row(
        'offer_feedback',
        t0 + 2,
        'e1',
        [
          ['offer_id', 'a-first'],
          ['feedback', 'yes'],
        ],
        4,
      ),
      row(
        'offer_outcome',
        t0 + 3,
        null,
        [
          ['offer_id', 'a-first'],
          ['outcome', 'cancelled'],
        ],
        5,
      ),
      row(
        'offer_outcome',
        t0 + 3,
        'e1',
        [
          ['offer_id', 'a-first'],
          ['outcome', 'cancelled'],
          ['digest', 'F'.repeat(64)],
        ],
        6,
      ),
      row(
        'offer_outcome',
        t0 + 4,
        'e1',
        [
          ['offer_id', 'a-first'],
          ['outcome', 'refunded'],
          ['digest', ''],
        ],
        7,
      ),
      row(
        'view_promotion',
        t0 + 5,
        'e2',
        [
          ['promotion_id', ''],
          ['creative_slot', 'rtr'],
        ],
        8,
      ),
      row('offer_decline', t0 + 5, '', [['offer_id', 'a-first']], 9),
    );
    const js = analyzeEvents(ga4RowsToRecords(rows, ['pilot-6w', 'full']));
    expect(analysisFromCounts(await runBigQuerySql(rows, 'edge'))).toEqual(js);
    expect(js.offers.find((o) => o.offerId === 'a-first')!.arms.find((a) => a.arm === 'rtr')!.full.count).toBe(1);
    expect(js.outcomes.invalid).toBeGreaterThanOrEqual(2);
  });

  it('reads the GA4 rows as the JSONL log says, up to what GA4 keeps (ms times, no receipts but the digest)', () => {
    const records = [...generateExperiment(MAIN_SCENARIO, 800, 23)];
    const viaGa4 = analyzeEvents(ga4RowsToRecords(ga4RowsFromRecords(records, mulberry32(1)), ['pilot-6w', 'full']));
    const direct = analyzeEvents(records);
    const strip = (a: typeof direct) =>
      a.offers[0]!.arms.map((arm) => [
        arm.arm,
        arm.visits,
        arm.accepted.count,
        arm.stop.count,
        arm.downstream.refunded.count,
      ]);
    expect(strip(viaGa4)).toEqual(strip(direct));
  });
});
