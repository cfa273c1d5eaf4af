/**
 * `fair-offer analyze <events.jsonl> [--format text|json] [--compare armA,armB]`
 *
 * Input: one JSON object per line (blank lines allowed), the events as the element fired them plus the
 * visitor id the host used for assignment:
 *   {"type":"offer-view","detail":{"offerId":"acme","stage":"full","variant":"rtr"},"visitorId":"v1","time":"…"}
 *   {"type":"offer-choice","detail":{"offerId":"acme","choice":"retreat","variant":"rtr","receipt":{…}},"visitorId":"v1"}
 * `type` is offer-view | offer-decline | offer-choice | offer-feedback | offer-invalid; `detail` is the event detail.
 * Exit 0: analysed; 2: unreadable file or invalid lines (each reported as file:line).
 */
import { readFile } from 'node:fs/promises';
import { analyzeEvents, type Analysis, type EventRecord, type Rate } from '../core/analyze.js';

export interface CliIo {
  stdout(s: string): void;
  stderr(s: string): void;
}

const USAGE = 'Usage: fair-offer analyze <events.jsonl> [--format text|json] [--compare armA,armB]';
const MAX_REPORTED = 20;

interface Parsed {
  file: string;
  format: 'text' | 'json';
  compare?: [string, string];
}

function parseArgs(args: string[]): Parsed | string {
  let file: string | undefined;
  let format: 'text' | 'json' = 'text';
  let compare: [string, string] | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const [flag, inline] =
      a.startsWith('--') && a.includes('=')
        ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]
        : [a, undefined];
    const value = () => inline ?? args[++i];
    if (flag === '--format') {
      const f = value();
      if (f !== 'text' && f !== 'json') return `--format must be "text" or "json", not ${JSON.stringify(f ?? '')}`;
      format = f;
    } else if (flag === '--compare') {
      const parts = (value() ?? '').split(',').map((s) => s.trim());
      if (parts.length !== 2 || !parts[0] || !parts[1])
        return '--compare takes two arm names separated by a comma, e.g. --compare rtr,small-only';
      compare = [parts[0], parts[1]];
    } else if (flag === '--help' || flag === '-h') {
      return '';
    } else if (flag.startsWith('-') && flag !== '-') {
      return `unknown option ${flag}`;
    } else if (file === undefined) {
      file = a;
    } else {
      return 'give one events file';
    }
  }
  if (file === undefined) return 'give an events file';
  return { file, format, compare };
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

export async function runAnalyze(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    if (parsed) io.stderr(`fair-offer analyze: ${parsed}\n`);
    io.stderr(USAGE + '\n');
    return parsed ? 2 : 0;
  }
  let text: string;
  try {
    text = parsed.file === '-' ? await readStdin() : await readFile(parsed.file, 'utf8');
  } catch (err) {
    io.stderr(`${parsed.file}: cannot read: ${(err as Error).message}\n`);
    return 2;
  }
  const records: EventRecord[] = [];
  const errors: string[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      errors.push(`${parsed.file}:${i + 1}: invalid JSON: ${(err as Error).message}`);
      return;
    }
    const problem = invalidRecord(value);
    if (problem) errors.push(`${parsed.file}:${i + 1}: ${problem}`);
    else records.push(value as EventRecord);
  });
  if (errors.length) {
    for (const e of errors.slice(0, MAX_REPORTED)) io.stderr(e + '\n');
    if (errors.length > MAX_REPORTED) io.stderr(`… and ${errors.length - MAX_REPORTED} more invalid lines\n`);
    return 2;
  }
  const analysis = analyzeEvents(records, parsed.compare ? { compare: parsed.compare } : {});
  io.stdout(
    parsed.format === 'json'
      ? JSON.stringify(analysis, (_k, v) => (typeof v === 'number' && Number.isNaN(v) ? null : v), 2) + '\n'
      : formatAnalysis(analysis),
  );
  return 0;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const pct = (x: number) => (Number.isNaN(x) ? '—' : `${(x * 100).toFixed(1)}`);
const cell = (r: Rate) => `${r.count} ${pct(r.estimate)} % [${pct(r.lower)}–${pct(r.upper)}]`;

/** A plain table per offer: counts, rates and Wilson 95 % intervals, then the acceptance difference. */
export function formatAnalysis(analysis: Analysis): string {
  const out: string[] = [];
  for (const offer of analysis.offers) {
    const total = offer.arms.reduce((n, a) => n + a.visits, 0);
    out.push(`Offer ${offer.offerId}: ${total} visits`);
    const head = ['arm', 'visits', 'full', 'retreat', 'accepted', 'stop', 'abandoned', 'feedback y/p/n'];
    const rows = offer.arms.map((a) => [
      a.arm,
      String(a.visits),
      cell(a.full),
      cell(a.retreat),
      cell(a.accepted),
      cell(a.stop),
      cell(a.abandoned),
      `${a.feedback.yes}/${a.feedback.partly}/${a.feedback.no}`,
    ]);
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    const line = (r: string[]) =>
      r
        .map((c, i) => (i === 1 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
        .join('  ')
        .trimEnd();
    out.push(line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line));
    if (offer.comparison) {
      const d = offer.comparison.difference;
      const pts = (x: number) => (Number.isNaN(x) ? '—' : `${x >= 0 ? '+' : '−'}${Math.abs(x * 100).toFixed(1)}`);
      out.push(
        `Acceptance ${offer.comparison.a} − ${offer.comparison.b}: ${pts(d.estimate)} points, 95 % CI [${pts(d.lower)}, ${pts(d.upper)}] (Newcombe hybrid score)`,
      );
    }
    out.push('');
  }
  if (!analysis.offers.length) out.push('No visits found.', '');
  out.push('Rates are over visits (one visitor, one offer), with Wilson 95 % intervals. Accepted = full + retreat;');
  out.push('abandoned = shown, no choice: never counted as acceptance. Stops are outcomes, not failures.');
  if (analysis.skipped)
    out.push(`${analysis.skipped} records skipped (no visitorId or offerId, or an unknown type or value).`);
  return out.join('\n') + '\n';
}
