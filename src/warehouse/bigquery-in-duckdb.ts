/**
 * The rewrite that runs sql/bigquery/analysis.sql in DuckDB, for the test that proves the BigQuery SQL.
 * The file is written in the SQL both engines parse; only two things differ, and this is all the rewrite does:
 * 1. the "functions" section (BigQuery temp functions over UNNEST(event_params)) is replaced by DuckDB macros of
 *    the same names and meaning, plus REGEXP_CONTAINS as a macro over DuckDB's regexp_matches;
 * 2. the GA4 table name `…events_*` becomes a local table `ga4_events` (which has a _TABLE_SUFFIX column).
 * Anything else that were BigQuery-only would fail the test in DuckDB, so the shared subset is checked by running it.
 */
export const DUCKDB_SHIMS = `
CREATE OR REPLACE TEMP MACRO fo_param(params, name) AS
  nullif(list_filter(params, p -> p.key = name)[1].value.string_value, '');
CREATE OR REPLACE TEMP MACRO fo_item_promotion(items, name) AS
  nullif(CASE name WHEN 'promotion_id' THEN items[1].promotion_id WHEN 'promotion_name' THEN items[1].promotion_name
    ELSE items[1].creative_slot END, '');
CREATE OR REPLACE TEMP MACRO regexp_contains(text, pattern) AS regexp_matches(text, pattern);`;

const GA4_TABLE = /`[\w-]+\.[\w-]+\.events_\*`/g;

/** The named sections of the BigQuery file, rewritten for DuckDB as described above. */
export function bigQueryForDuckDb(sections: Map<string, string>, table = 'ga4_events'): Map<string, string> {
  const rewritten = new Map<string, string>();
  for (const [name, sql] of sections) {
    if (name === 'functions') rewritten.set(name, DUCKDB_SHIMS);
    else {
      if (/`/.test(sql.replace(GA4_TABLE, '').replace(/--[^\n]*/g, '')))
        throw new Error(`section ${name}: a quoted name other than events_*`);
      rewritten.set(name, sql.replace(GA4_TABLE, table));
    }
  }
  return rewritten;
}
