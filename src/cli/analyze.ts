/**
 * `fair-offer analyze <events.jsonl | events.parquet | "logs/*.jsonl"...> [options]`
 *
 * Input: one JSON object per line (blank lines allowed), the events as the element fired them plus the
 * visitor id the host used for assignment, and the host's outcome lines (src/core/outcome.ts):
 *   {"type":"offer-view","detail":{"offerId":"acme","stage":"full","variant":"rtr"},"visitorId":"v1","time":"…"}
 *   {"type":"offer-choice","detail":{"offerId":"acme","choice":"retreat","variant":"rtr","receipt":{…}},"visitorId":"v1"}
 *   {"type":"offer-outcome","detail":{"offerId":"acme","outcome":"cancelled","at":"…","digest":"…"},"visitorId":"v1"}
 * Exit 0: analysed; 2: unreadable file, invalid lines (each reported as file:line) or bad usage.
 */
import { createReadStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { analysisFromCounts, daysToCount, type AnalyzeOptions, type EventRecord } from '../core/analyze.js';
import type { AnalysisCounts } from '../core/analyze-counts.js';
import { VisitCollector } from '../core/analyze-visits.js';
import { formatAnalysis } from '../report/text.js';
import { loadOffers } from './analyze-offers.js';
import { expandPattern, hasMagic } from './expand-paths.js';

export { formatAnalysis };

export interface CliIo {
  stdout(s: string): void;
  stderr(s: string): void;
}

export const ANALYZE_USAGE = `Usage: fair-offer analyze <events.jsonl | events.parquet | glob...> [options]
  --format text|json|html   text (default), JSON, or one self-contained HTML page
  --output FILE             write the report to FILE instead of stdout
  --compare armA,armB       the arms to compare (default rtr,small-only)
  --days 30,60,90           retention horizons in days
  --offer offer.json        the offer (repeatable): ranks retreat sizes of its experiment
  --engine js|duckdb        js (default, streams JSONL) or duckdb (SQL in DuckDB; JSONL, Parquet, globs)`;
const MAX_REPORTED = 20;

interface Parsed {
  inputs: string[];
  format: 'text' | 'json' | 'html';
  engine: 'js' | 'duckdb';
  output?: string;
  options: AnalyzeOptions;
  offerFiles: string[];
}

function parse(args: string[]): Parsed | string {
  let values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        output: { type: 'string', short: 'o' },
        compare: { type: 'string' },
        days: { type: 'string' },
        offer: { type: 'string', multiple: true },
        engine: { type: 'string', default: 'js' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (err) {
    return (err as Error).message.replace(/\. To specify a positional.*$/s, '');
  }
  if (values.help) return '';
  const format = values.format;
  if (format !== 'text' && format !== 'json' && format !== 'html')
    return `--format must be "text", "json" or "html", not ${JSON.stringify(format)}`;
  const engine = values.engine;
  if (engine !== 'js' && engine !== 'duckdb') return `--engine must be "js" or "duckdb", not ${JSON.stringify(engine)}`;
  const options: AnalyzeOptions = {};
  if (values.compare !== undefined) {
    const parts = values.compare.split(',').map((s) => s.trim());
    if (parts.length !== 2 || !parts[0] || !parts[1])
      return '--compare takes two arm names separated by a comma, e.g. --compare rtr,small-only';
    options.compare = [parts[0], parts[1]];
  }
  if (values.days !== undefined) {
    const days = values.days.split(',').map((s) => s.trim());
    if (!days.every((d) => /^\d{1,4}$/.test(d) && Number(d) > 0))
      return `--days takes whole numbers of days separated by commas, e.g. --days 30,60,90 (got ${JSON.stringify(values.days)})`;
    options.days = [...new Set(days.map(Number))].sort((a, b) => a - b);
  }
  if (format === 'html') options.curveDays = curveDays(options.days ?? [30, 60, 90]);
  if (!positionals.length) return 'give an events file (or "-" for stdin)';
  return { inputs: positionals, format, engine, output: values.output, options, offerFiles: values.offer ?? [] };
}

/** Daily points up to the longest horizon, for the report's retention curves. */
export function curveDays(days: number[]): number[] {
  const last = Math.max(...days);
  return Array.from({ length: last + 1 }, (_, day) => day);
}

/** Checks one parsed line; returns an error message or null. */
function invalidRecord(x: unknown): string | null {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return 'expected a JSON object';
  const r = x as Record<string, unknown>;
  if (typeof r['type'] !== 'string' || !r['type']) return '"type" must be a non-empty string';
  if (typeof r['detail'] !== 'object' || r['detail'] === null || Array.isArray(r['detail']))
    return '"detail" must be an object';
  if (r['visitorId'] !== undefined && typeof r['visitorId'] !== 'string')
    return '"visitorId" must be a string when given';
  return null;
}

/** The files a list of arguments names: globs expanded (sorted, as DuckDB sorts them), "-" for stdin. */
export function inputFiles(inputs: string[]): string[] {
  return inputs.flatMap((input) => (hasMagic(input) ? expandPattern(input, process.cwd()).sort() : [input]));
}

/** The JavaScript engine: streams every line into the collector; invalid lines are collected as errors. */
export async function countWithJs(files: string[], days: number[], errors: string[]): Promise<AnalysisCounts> {
  const collector = new VisitCollector();
  for (const file of files) {
    if (file.endsWith('.parquet')) throw new Error(`${file}: Parquet needs --engine duckdb`);
    const stream = file === '-' ? process.stdin : createReadStream(file, { encoding: 'utf8' });
    let lineNumber = 0;
    const lines = createInterface({ input: stream, crlfDelay: Infinity });
    try {
      for await (const line of lines) {
        lineNumber++;
        if (!line.trim()) continue;
        let value: unknown;
        try {
          value = JSON.parse(line);
        } catch (err) {
          errors.push(`${file}:${lineNumber}: invalid JSON: ${(err as Error).message}`);
          continue;
        }
        const problem = invalidRecord(value);
        if (problem) errors.push(`${file}:${lineNumber}: ${problem}`);
        else if (!errors.length) collector.add(value as EventRecord);
      }
    } catch (err) {
      throw new Error(`${file}: cannot read: ${(err as Error).message}`);
    }
  }
  return collector.counts(days);
}

export async function runAnalyze(args: string[], io: CliIo): Promise<number> {
  const parsed = parse(args);
  if (typeof parsed === 'string') {
    if (parsed) io.stderr(`fair-offer analyze: ${parsed}\n`);
    io.stderr(ANALYZE_USAGE + '\n');
    return parsed ? 2 : 0;
  }
  const offers = await loadOffers(parsed.offerFiles);
  if (typeof offers === 'string') {
    io.stderr(`fair-offer analyze: ${offers}\n`);
    return 2;
  }
  if (offers.length) parsed.options.offers = offers;
  const files = inputFiles(parsed.inputs);
  if (!files.length) {
    io.stderr(`fair-offer analyze: no file matches ${parsed.inputs.join(' ')}\n`);
    return 2;
  }
  const errors: string[] = [];
  let counts: AnalysisCounts;
  try {
    const days = daysToCount(parsed.options);
    if (parsed.engine === 'duckdb') {
      const { countWithDuckDb } = await import('../warehouse/duckdb.js');
      counts = await countWithDuckDb(files, days, errors);
    } else counts = await countWithJs(files, days, errors);
  } catch (err) {
    io.stderr(`${(err as Error).message}\n`);
    return 2;
  }
  if (errors.length) {
    for (const e of errors.slice(0, MAX_REPORTED)) io.stderr(e + '\n');
    if (errors.length > MAX_REPORTED) io.stderr(`… and ${errors.length - MAX_REPORTED} more invalid lines\n`);
    return 2;
  }
  const analysis = analysisFromCounts(counts, parsed.options);
  let report: string;
  if (parsed.format === 'html') {
    const { renderHtmlReport } = await import('../report/html.js');
    try {
      report = await renderHtmlReport(analysis);
    } catch (err) {
      io.stderr(`fair-offer analyze: ${(err as Error).message}\n`);
      return 2;
    }
  } else if (parsed.format === 'json') {
    const { jsonReport } = await import('../report/json.js');
    report = jsonReport(analysis);
  } else report = formatAnalysis(analysis);
  if (parsed.output) await writeFile(parsed.output, report);
  else io.stdout(report);
  return 0;
}
