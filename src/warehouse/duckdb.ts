/**
 * The DuckDB engine (`fair-offer analyze --engine duckdb`): the analysis as SQL (sql/duckdb/analysis.sql) over
 * JSONL or Parquet files, in an embedded DuckDB (`@duckdb/node-api`, an optional dependency loaded on demand).
 * It returns the same integer counts as the JavaScript engine; the rates come from the same code afterwards.
 *
 * Parquet layout: columns `type`, `visitorId`, `time` (text) and `detail` (the event detail as JSON text), one row
 * per event in log order, e.g. written by `COPY (SELECT …) TO 'events.parquet'` (see the README).
 */
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AnalysisCounts, ArmCounts, OfferCounts } from '../core/analyze-counts.js';

type DuckDb = typeof import('@duckdb/node-api');
type Connection = Awaited<ReturnType<Awaited<ReturnType<DuckDb['DuckDBInstance']['create']>>['connect']>>;

export const MISSING_DUCKDB =
  '--engine duckdb needs the optional dependency @duckdb/node-api: run "npm install @duckdb/node-api" (Node 20+, ' +
  'Linux, macOS or Windows), or use the default --engine js';

// A specifier in a variable: bundlers (the CLI's esbuild build) leave the import to run time, so the optional
// native dependency is loaded from node_modules when asked for, and its absence is a message, not a build error.
const DUCKDB_MODULE = '@duckdb/node-api';

async function loadDuckDb(): Promise<DuckDb> {
  try {
    return (await import(DUCKDB_MODULE)) as DuckDb;
  } catch {
    throw new Error(MISSING_DUCKDB);
  }
}

/** The SQL file, next to the source in the repository and in the published package (`sql/`). */
export async function readSql(dialect: 'duckdb' | 'bigquery', name: string): Promise<string> {
  const candidates = ['../../sql/', '../sql/'].map((up) => new URL(`${up}${dialect}/${name}`, import.meta.url));
  for (const url of candidates) {
    try {
      return await readFile(url, 'utf8');
    } catch {
      /* try the next layout */
    }
  }
  throw new Error(`cannot find sql/${dialect}/${name} beside the fair-offer package`);
}

/** "-- name: x" sections of a SQL file, in order. */
export function sqlSections(sql: string): Map<string, string> {
  const sections = new Map<string, string>();
  for (const part of sql.split(/^-- name: /m).slice(1)) {
    const newline = part.indexOf('\n');
    sections.set(part.slice(0, newline).trim(), part.slice(newline + 1).trim());
  }
  return sections;
}

const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;
const list = (files: string[]) => `[${files.map(quote).join(', ')}]`;

/** The fo_events view over the files: one row per record in log order (seq), the four fields as JSON. */
export function eventsView(files: string[]): string {
  const parquet = files.filter((f) => f.endsWith('.parquet'));
  if (parquet.length && parquet.length !== files.length)
    throw new Error('give either JSONL files or Parquet files, not both in one run');
  if (parquet.length)
    return `CREATE OR REPLACE TEMP VIEW fo_events AS
      SELECT row_number() OVER (ORDER BY filename, file_row_number) AS seq, filename,
        to_json(type) AS type, to_json(visitorId) AS visitorId, to_json(time) AS time, detail::JSON AS detail
      FROM read_parquet(${list(files)}, filename = true, file_row_number = true)`;
  // The log order: DuckDB preserves insertion order when a table is created from files (preserve_insertion_order,
  // the default), so the table's rowid follows the files in the order given and each file's lines in order.
  // (row_number() OVER () does not promise that, and a 10M-line run once numbered lines out of order.)
  return `CREATE OR REPLACE TEMP TABLE fo_lines AS
      SELECT * FROM read_json(${list(files)}, format = 'newline_delimited', filename = true,
        columns = {type: 'JSON', visitorId: 'JSON', time: 'JSON', detail: 'JSON'});
    CREATE OR REPLACE TEMP VIEW fo_events AS SELECT rowid + 1 AS seq, * FROM fo_lines`;
}

const INVALID_RECORDS = `
  SELECT filename, n, reason FROM (
    SELECT filename, row_number() OVER (PARTITION BY filename ORDER BY seq) AS n,
      CASE
        WHEN NOT coalesce(json_type(type) = 'VARCHAR' AND (type ->> '$') <> '', false)
          THEN '"type" must be a non-empty string'
        WHEN NOT coalesce(json_type(detail) = 'OBJECT', false) THEN '"detail" must be an object'
        WHEN visitorId IS NOT NULL AND json_type(visitorId) <> 'VARCHAR' THEN '"visitorId" must be a string when given'
      END AS reason
    FROM fo_events)
  WHERE reason IS NOT NULL ORDER BY filename, n LIMIT 21`;

const num = (value: unknown) => Number(value ?? 0);

async function rows(connection: Connection, sql: string): Promise<Record<string, unknown>[]> {
  return (await connection.runAndReadAll(sql)).getRowObjects() as Record<string, unknown>[];
}

/** Runs sql/duckdb/analysis.sql over the files; structural problems go to `errors` (as the JS engine's do). */
export async function countWithDuckDb(files: string[], days: number[], errors: string[]): Promise<AnalysisCounts> {
  const duckdb = await loadDuckDb();
  const sections = sqlSections(await readSql('duckdb', 'analysis.sql'));
  const instance = await duckdb.DuckDBInstance.create(':memory:', {
    temp_directory: join(tmpdir(), 'fair-offer-duckdb'),
  });
  const connection = await instance.connect();
  try {
    try {
      await connection.run(eventsView(files));
      for (const bad of await rows(connection, INVALID_RECORDS))
        errors.push(`${String(bad['filename'])}: record ${num(bad['n'])}: ${String(bad['reason'])}`);
    } catch (err) {
      errors.push(`DuckDB cannot read the input: ${(err as Error).message.split('\n')[0]}`);
    }
    if (errors.length) return emptyCounts(days);
    await connection.run('CREATE OR REPLACE TEMP TABLE fo_days (day BIGINT)');
    if (days.length)
      await connection.run(`INSERT INTO fo_days VALUES ${days.map((d) => `(${Math.trunc(d)})`).join(', ')}`);
    for (const name of ['macros', 'records', 'visits', 'outcomes', 'latest', 'accepted'])
      await connection.run(sections.get(name)!);
    return countsFrom(
      await rows(connection, sections.get('arms')!),
      await rows(connection, sections.get('retained')!),
      (await rows(connection, sections.get('summary')!))[0]!,
      days,
    );
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

function emptyCounts(days: number[]): AnalysisCounts {
  return countsFrom([], [], {}, days);
}

/** The result rows (shared with the BigQuery proof, whose SQL returns the same columns) as counts. */
export function countsFrom(
  armRows: Record<string, unknown>[],
  retainedRows: Record<string, unknown>[],
  summary: Record<string, unknown>,
  days: number[],
): AnalysisCounts {
  const horizons = [...new Set(days)].sort((a, b) => a - b);
  const offers = new Map<string, { seq: number; arms: ArmCounts[] }>();
  for (const row of armRows) {
    const offerId = String(row['offer_id']);
    let offer = offers.get(offerId);
    if (!offer) offers.set(offerId, (offer = { seq: num(row['offer_seq']), arms: [] }));
    offer.arms.push({
      arm: String(row['arm']),
      visits: num(row['visits']),
      full: num(row['chose_full']),
      retreat: num(row['chose_retreat']),
      stop: num(row['chose_stop']),
      abandoned: num(row['abandoned']),
      declinedFull: num(row['declined_full']),
      feedback: { yes: num(row['feedback_yes']), partly: num(row['feedback_partly']), no: num(row['feedback_no']) },
      accepted: num(row['accepted']),
      refunded: num(row['refunded']),
      complaints: num(row['complaints']),
      converted: num(row['converted']),
      chargebacks: num(row['chargebacks']),
      retained: Object.fromEntries(horizons.map((d) => [String(d), { observed: 0, count: 0 }])),
    });
  }
  for (const row of retainedRows) {
    const arm = offers.get(String(row['offer_id']))?.arms.find((a) => a.arm === String(row['arm']));
    const counts = arm?.retained[String(num(row['day']))];
    if (counts) Object.assign(counts, { observed: num(row['observed']), count: num(row['retained']) });
  }
  const ordered: OfferCounts[] = [...offers]
    .sort(([, x], [, y]) => x.seq - y.seq)
    .map(([offerId, { arms }]) => ({ offerId, arms }));
  const latest = summary['latest_ms'];
  return {
    offers: ordered,
    skipped: num(summary['skipped']),
    outcomes: {
      total: num(summary['total']),
      matched: num(summary['matched']),
      unknownVisit: num(summary['unknown_visit']),
      notAccepted: num(summary['not_accepted']),
      digestMismatch: num(summary['digest_mismatch']),
      invalid: num(summary['invalid']),
    },
    latestTime: latest === null || latest === undefined ? null : Number(latest),
    days: horizons,
  };
}
