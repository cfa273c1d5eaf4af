/**
 * `fair-offer lint <files or globs...> [--format text|json|sarif]`: the same validateOffer the widget runs,
 * over offer files in CI. Exit 0: no errors (warnings allowed); 1: errors found; 2: usage error,
 * no matching file, unreadable file or invalid JSON (that file is named, with the position).
 */
import { readFile } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { validateOffer } from '../core/validate-offer.js';
import { expandPattern } from './glob.js';
import { JsonSyntaxError, locateJson, positionOf } from './json-locations.js';
import { formatFailure, formatText } from './format-text.js';
import { formatJson } from './format-json.js';
import { formatSarif } from './format-sarif.js';
import type { FileReport, Io } from './lint-types.js';

export type { Io } from './lint-types.js';

const FORMATS = ['text', 'json', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

export const LINT_USAGE = `Usage: fair-offer lint <files, directories or globs...> [--format text|json|sarif]

Checks offer files with the guardrails the <fair-offer> widget applies before it renders.
Exit codes: 0 no errors (warnings allowed), 1 errors found, 2 unreadable input or usage error.
`;

interface LintArgs {
  patterns: string[];
  format: Format;
}

function parseArgs(args: readonly string[]): LintArgs | string {
  const patterns: string[] = [];
  let format: Format = 'text';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    let value: string | undefined;
    if (arg === '--format' || arg === '-f') value = args[++i];
    else if (arg.startsWith('--format=')) value = arg.slice('--format='.length);
    else if (arg === '--') {
      patterns.push(...args.slice(i + 1));
      break;
    } else if (arg.startsWith('-') && arg !== '-') return `unknown option ${arg}`;
    else {
      patterns.push(arg);
      continue;
    }
    if (!FORMATS.includes(value as Format))
      return `--format must be one of ${FORMATS.join(', ')}${value ? `, not "${value}"` : ''}`;
    format = value as Format;
  }
  if (patterns.length === 0) return 'no files given';
  return { patterns, format };
}

/** A JSON.parse error's own position, when Node gives one ("... at position 123"). */
function positionFromMessage(message: string, text: string) {
  const m = /position (\d+)/.exec(message);
  if (!m) return undefined;
  const offset = Math.min(Number(m[1]), text.length);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

export async function lintFile(file: string, cwd: string): Promise<FileReport> {
  let text: string;
  try {
    text = await readFile(resolve(cwd, file), 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : (err as Error).message;
    return { file, findings: [], failure: { message: `cannot read the file (${reason})` } };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    let message = (err as Error).message;
    let position = positionFromMessage(message, text);
    try {
      locateJson(text);
    } catch (scan) {
      if (scan instanceof JsonSyntaxError) {
        message = scan.message;
        position = scan.position;
      }
    }
    return { file, findings: [], failure: { message: `invalid JSON: ${message}`, ...(position ? { position } : {}) } };
  }
  let positions: Map<string, { line: number; column: number }>;
  try {
    positions = locateJson(text);
  } catch {
    positions = new Map();
  }
  const { findings } = validateOffer(data);
  return { file, findings: findings.map((f) => ({ ...f, ...positionOf(positions, f.path) })) };
}

const display = (file: string, cwd: string) => {
  const rel = isAbsolute(file) ? relative(cwd, file) : file;
  return (rel.startsWith('..') ? file : rel).split(sep).join('/');
};

export async function runLint(args: readonly string[], io: Io, cwd: string = process.cwd()): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(LINT_USAGE);
    return 0;
  }
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.stderr(`fair-offer lint: ${parsed}\n\n${LINT_USAGE}`);
    return 2;
  }
  const files: string[] = [];
  const unmatched: string[] = [];
  for (const pattern of parsed.patterns) {
    const matches = expandPattern(pattern, cwd);
    if (matches.length === 0) unmatched.push(pattern);
    for (const m of matches) if (!files.includes(m)) files.push(m);
  }
  const reports: FileReport[] = [];
  for (const file of files) reports.push(await lintFile(file, cwd));
  for (const r of reports) r.file = display(r.file, cwd);
  for (const pattern of unmatched) io.stderr(`fair-offer: no files match ${JSON.stringify(pattern)}\n`);
  for (const r of reports) if (r.failure) io.stderr(formatFailure(r));

  if (parsed.format === 'json') io.stdout(formatJson(reports));
  else if (parsed.format === 'sarif') io.stdout(formatSarif(reports, cwd));
  else io.stdout(formatText(reports));

  if (unmatched.length > 0 || reports.some((r) => r.failure)) return 2;
  return reports.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}
