/**
 * Minimal glob expansion for `fair-offer lint "offers/**\/*.json"` when the shell did not expand it
 * (quoted patterns, Windows, npm scripts). Supports *, **, ?, [abc] and {a,b}. A directory means
 * every .json file below it. No dependency (Node 20 has no fs.glob) and no RegExp built from the
 * pattern, so a hostile pattern cannot backtrack catastrophically.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

const MAGIC = /[*?[\]{}]/;
const SKIP_DIRS = new Set(['node_modules', '.git']);

export function hasMagic(pattern: string): boolean {
  return MAGIC.test(pattern);
}

/** `{a,b}` alternatives expanded into separate patterns (bounded: a pattern is typed by a person). */
export function expandBraces(pattern: string, limit = 256): string[] {
  const open = pattern.indexOf('{');
  if (open < 0) return [pattern];
  let depth = 0;
  const commas: number[] = [];
  let close = -1;
  for (let i = open; i < pattern.length && close < 0; i++) {
    if (pattern[i] === '{') depth++;
    else if (pattern[i] === '}' && --depth === 0) close = i;
    else if (pattern[i] === ',' && depth === 1) commas.push(i);
  }
  if (close < 0) return [pattern];
  const cuts = [open, ...commas, close];
  const out: string[] = [];
  for (let k = 0; k + 1 < cuts.length && out.length < limit; k++) {
    const alt = pattern.slice(0, open) + pattern.slice(cuts[k]! + 1, cuts[k + 1]) + pattern.slice(close + 1);
    out.push(...expandBraces(alt, limit - out.length));
  }
  return out.slice(0, limit);
}

type Token =
  { kind: 'star' } | { kind: 'one' } | { kind: 'set'; chars: string; negate: boolean } | { kind: 'char'; char: string };

function tokenize(segment: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i]!;
    const end = c === '[' ? segment.indexOf(']', i + 2) : -1;
    if (c === '*') tokens.push({ kind: 'star' });
    else if (c === '?') tokens.push({ kind: 'one' });
    else if (end > 0) {
      const negate = segment[i + 1] === '!' || segment[i + 1] === '^';
      tokens.push({ kind: 'set', chars: segment.slice(negate ? i + 2 : i + 1, end), negate });
      i = end;
    } else tokens.push({ kind: 'char', char: c });
  }
  return tokens;
}

function inSet(set: string, ch: string): boolean {
  for (let i = 0; i < set.length; i++) {
    if (set[i + 1] === '-' && i + 2 < set.length) {
      if (ch >= set[i]! && ch <= set[i + 2]!) return true;
      i += 2;
    } else if (set[i] === ch) return true;
  }
  return false;
}

const single = (t: Token, ch: string) =>
  t.kind === 'one' || (t.kind === 'char' && t.char === ch) || (t.kind === 'set' && inSet(t.chars, ch) !== t.negate);

/** One path segment against one glob segment: the classic single-backtrack wildcard match, O(n·m) at worst. */
function matchSegment(tokens: Token[], s: string): boolean {
  let t = 0;
  let i = 0;
  let starT = -1;
  let starI = 0;
  while (i < s.length) {
    const tok = tokens[t];
    if (tok && tok.kind !== 'star' && single(tok, s[i]!)) {
      t++;
      i++;
    } else if (tok && tok.kind === 'star') {
      starT = t++;
      starI = i;
    } else if (starT >= 0) {
      t = starT + 1;
      i = ++starI;
    } else return false;
  }
  while (tokens[t]?.kind === 'star') t++;
  return t === tokens.length;
}

/** Does a '/'-separated relative path match the glob? `**` spans any number of segments. */
export function matchGlob(glob: string, path: string): boolean {
  const parts = path.split('/');
  return expandBraces(glob).some((g) => {
    const segs = g.split('/').map((seg) => (seg === '**' ? null : tokenize(seg)));
    const memo = new Map<number, boolean>();
    const match = (gi: number, pi: number): boolean => {
      const key = gi * (parts.length + 1) + pi;
      const known = memo.get(key);
      if (known !== undefined) return known;
      let result: boolean;
      if (gi === segs.length) result = pi === parts.length;
      else if (segs[gi] === null) result = match(gi + 1, pi) || (pi < parts.length && match(gi, pi + 1));
      else result = pi < parts.length && matchSegment(segs[gi]!, parts[pi]!) && match(gi + 1, pi + 1);
      memo.set(key, result);
      return result;
    };
    return match(0, 0);
  });
}

function walk(dir: string, out: string[], depth: number): void {
  if (depth > 40) return;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    if (SKIP_DIRS.has(entry.name)) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out, depth + 1);
    else if (entry.isFile()) out.push(full);
  }
}

/**
 * Files for one argument. A plain path is returned as is (even if missing, so the caller reports it as
 * unreadable); a directory yields its .json files; a pattern yields its matches, sorted.
 */
export function expandPattern(pattern: string, cwd: string): string[] {
  const normalized = pattern.split(sep).join('/');
  if (!hasMagic(normalized)) {
    const abs = resolve(cwd, normalized);
    let isDir = false;
    try {
      isDir = statSync(abs).isDirectory();
    } catch {
      /* missing: reported by the reader */
    }
    if (!isDir) return [normalized];
    const files: string[] = [];
    walk(abs, files, 0);
    return files
      .filter((f) => f.endsWith('.json'))
      .map((f) => relative(cwd, f).split(sep).join('/'))
      .sort();
  }
  const segments = normalized.split('/');
  const firstMagic = segments.findIndex((s) => hasMagic(s));
  const base = segments.slice(0, firstMagic).join('/') || (normalized.startsWith('/') ? '/' : '.');
  const baseAbs = resolve(cwd, base);
  const rest = segments.slice(firstMagic).join('/');
  const files: string[] = [];
  walk(baseAbs, files, 0);
  const prefix = base === '.' ? '' : base.endsWith('/') ? base : `${base}/`;
  return files
    .map((f) => relative(baseAbs, f).split(sep).join('/'))
    .filter((rel) => matchGlob(rest, rel))
    .map((rel) => prefix + rel)
    .sort();
}
