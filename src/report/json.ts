/** `--format json`: the analysis as computed (NaN, an estimate without data, as null) plus the caveats. */
import type { Analysis } from '../core/analyze.js';
import { caveatsOf } from './caveats.js';

export function jsonReport(analysis: Analysis): string {
  const report = { ...analysis, caveats: caveatsOf(analysis) };
  return (
    JSON.stringify(report, (_key, value) => (typeof value === 'number' && Number.isNaN(value) ? null : value), 2) + '\n'
  );
}
