/**
 * The files one `fair-offer lint` argument names, for patterns the shell did not expand (quoted patterns,
 * Windows, npm scripts). Matching is tinyglobby's (picomatch syntax: *, **, ?, [abc], {a,b}).
 */
import { statSync } from 'node:fs';
import { isAbsolute, resolve, sep } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';

const IGNORED = ['**/node_modules/**', '**/.git/**'];

/** Whether an argument is a pattern (has glob syntax) rather than a path. */
export const hasMagic = (argument: string): boolean => isDynamicPattern(argument.split(sep).join('/'));

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false; // missing: reported by the reader
  }
}

/**
 * A plain path is returned as given (even if missing, so the caller reports it as unreadable); a directory
 * yields the .json files below it; a pattern yields its matches. Results are '/'-separated and sorted;
 * absolute for an absolute pattern, else relative to `cwd`.
 */
export function expandPattern(pattern: string, cwd: string): string[] {
  const normalized = pattern.split(sep).join('/');
  const dynamic = isDynamicPattern(normalized);
  if (!dynamic && !isDirectory(resolve(cwd, normalized))) return [normalized];
  const glob = dynamic ? normalized : `${normalized.replace(/\/+$/, '')}/**/*.json`;
  return globSync(glob, { cwd, ignore: IGNORED, onlyFiles: true, absolute: isAbsolute(normalized) })
    .map((file) => file.split(sep).join('/'))
    .sort();
}
