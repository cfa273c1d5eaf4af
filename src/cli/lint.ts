/**
 * `fair-offer lint <files or globs...> [--format text|json|sarif]`: the same validateOffer the widget runs,
 * over offer files in CI. Exit 0: no errors (warnings allowed); 1: errors found; 2: usage error,
 * no matching file, unreadable file or invalid JSON (that file is named, with the position).
 */
import { readFile } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
// Offers in every language are checked with their own copy pack, synchronously.
import '../core/register-all.js';
import { validateOffer } from '../core/validate-offer.js';
import { lintDigest } from '../core/lint-digest.js';
import type { Jurisdiction } from '../core/offer-schema.js';
import { parseJurisdictionList } from '../core/guardrails/jurisdiction/jurisdictions.js';
import { parseArgs } from 'node:util';
import { expandPattern } from './expand-paths.js';
import { fieldPositions, jsonSyntaxError, positionAt, type Position } from './json-positions.js';
import { formatFailure, formatText } from './format-text.js';
import { formatJson } from './format-json.js';
import { formatSarif } from './format-sarif.js';
import type { FileReport, Io } from './lint-types.js';

export type { Io } from './lint-types.js';

const FORMATS = ['text', 'json', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

export const LINT_USAGE = `Usage: fair-offer lint <files, directories or globs...> [--format text|json|sarif]
                        [--jurisdiction eu,de,fr,es,us-ca,us-ny] [--lang <tag>] [--digest]

Checks offer files with the guardrails the <fair-offer> widget applies before it renders.
--jurisdiction adds legal packs to every file's own \`jurisdictions\` (de, fr and es imply eu).
--lang is the page's language, for an offer without its own \`locale\` (the element's \`lang\`).
--digest prints, for each accepted file, its lint digest: the element's \`linted\` attribute, which lets it
  paint that offer before its checks load (they still run right after). One line per file ("<digest>  <file>"
  when there are several); the findings go to stderr. With --format json each accepted file gets a "digest".
Exit codes: 0 no errors (warnings allowed), 1 errors found, 2 unreadable input or usage error.
`;

interface LintArgs {
  patterns: string[];
  format: Format;
  help: boolean;
  jurisdictions: Jurisdiction[];
  language?: string;
  digest: boolean;
}

/** The arguments through node:util parseArgs; a usage problem comes back as its message. */
function parseLintArgs(args: readonly string[]): LintArgs | string {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'text' },
        help: { type: 'boolean', short: 'h', default: false },
        jurisdiction: { type: 'string', multiple: true, default: [] },
        lang: { type: 'string' },
        digest: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    // parseArgs says "Unknown option '--frmat'. To specify a positional argument …": keep the first sentence.
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${/'([^']+)'/.exec(message)?.[1] ?? ''}`;
    return message.split('. ')[0]!;
  }
  const { values, positionals } = parsed;
  if (values.help) return { patterns: [], format: 'text', help: true, jurisdictions: [], digest: false };
  if (!FORMATS.includes(values.format as Format))
    return `--format must be one of ${FORMATS.join(', ')}${values.format ? `, not "${values.format}"` : ''}`;
  const jurisdictions: Jurisdiction[] = [];
  for (const list of values.jurisdiction) {
    const { known, unknown } = parseJurisdictionList(list);
    if (unknown.length || known.length === 0)
      return `--jurisdiction takes a comma-separated list of eu, de, fr, es, us-ca, us-ny${unknown.length ? `, not ${unknown.map((u) => `"${u}"`).join(', ')}` : ''}`;
    jurisdictions.push(...known);
  }
  if (values.digest && values.format === 'sarif') return '--digest works with --format text or json, not sarif';
  if (values.lang !== undefined && !/^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*$/.test(values.lang))
    return `--lang takes a language tag such as en or de-AT, not "${values.lang}"`;
  if (positionals.length === 0) return 'no files given';
  return {
    patterns: positionals,
    format: values.format as Format,
    help: false,
    jurisdictions,
    ...(values.lang !== undefined ? { language: values.lang } : {}),
    digest: values.digest,
  };
}

/** A JSON.parse error's own position, when Node gives one ("... at position 123"). */
function positionFromMessage(message: string, text: string): Position | undefined {
  const match = /position (\d+)/.exec(message);
  return match ? positionAt(text, Math.min(Number(match[1]), text.length)) : undefined;
}

/** What every file is checked with: the host's packs and language, and whether its lint digest is wanted. */
export interface LintOptions {
  jurisdictions?: readonly Jurisdiction[];
  language?: string;
  digest?: boolean;
}

export async function lintFile(file: string, cwd: string, options: LintOptions = {}): Promise<FileReport> {
  const { jurisdictions = [], language, digest = false } = options;
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
  } catch (error) {
    // jsonc-parser names what was expected and where; JSON.parse's own message is the fallback.
    const syntax = jsonSyntaxError(text);
    const message = syntax?.message ?? (error as Error).message;
    const position = syntax?.position ?? positionFromMessage((error as Error).message, text);
    return { file, findings: [], failure: { message: `invalid JSON: ${message}`, ...(position ? { position } : {}) } };
  }
  const positionOf = fieldPositions(text);
  const { findings } = validateOffer(data, { jurisdictions, ...(language ? { language } : {}) });
  const located = findings.map((finding) => ({ ...finding, ...positionOf(finding.path) }));
  const stamp = digest ? lintDigest(data, { jurisdictions, language: language ?? null }) : null;
  return { file, findings: located, ...(stamp ? { digest: stamp } : {}) };
}

const display = (file: string, cwd: string) => {
  const relativePath = isAbsolute(file) ? relative(cwd, file) : file;
  return (relativePath.startsWith('..') ? file : relativePath).split(sep).join('/');
};

export async function runLint(args: readonly string[], io: Io, cwd: string = process.cwd()): Promise<number> {
  const parsed = parseLintArgs(args);
  if (typeof parsed === 'string') {
    io.stderr(`fair-offer lint: ${parsed}\n\n${LINT_USAGE}`);
    return 2;
  }
  if (parsed.help) {
    io.stdout(LINT_USAGE);
    return 0;
  }
  const files: string[] = [];
  const unmatched: string[] = [];
  for (const pattern of parsed.patterns) {
    const matches = expandPattern(pattern, cwd);
    if (matches.length === 0) unmatched.push(pattern);
    for (const match of matches) if (!files.includes(match)) files.push(match);
  }
  const reports: FileReport[] = [];
  const { jurisdictions, language, digest } = parsed;
  for (const file of files) reports.push(await lintFile(file, cwd, { jurisdictions, language, digest }));
  for (const report of reports) report.file = display(report.file, cwd);
  for (const pattern of unmatched) io.stderr(`fair-offer: no files match ${JSON.stringify(pattern)}\n`);
  for (const report of reports) if (report.failure) io.stderr(formatFailure(report));

  if (parsed.format === 'json') io.stdout(formatJson(reports));
  else if (parsed.format === 'sarif') io.stdout(formatSarif(reports, cwd));
  else if (digest) {
    // Only digests on stdout, so a build can capture them: `linted="$(fair-offer lint offer.json --digest)"`.
    io.stderr(formatText(reports));
    const stamped = reports.filter((report) => report.digest);
    for (const report of stamped)
      io.stdout(reports.length > 1 ? `${report.digest}  ${report.file}\n` : `${report.digest}\n`);
  } else io.stdout(formatText(reports));

  if (unmatched.length > 0 || reports.some((report) => report.failure)) return 2;
  return reports.some((report) => report.findings.some((finding) => finding.severity === 'error')) ? 1 : 0;
}
