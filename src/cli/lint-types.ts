/** What `fair-offer lint` found, per file; shared by the linter and its three formatters. */
import type { Finding } from '../core/finding.js';
import type { Position } from './json-positions.js';

export interface LocatedFinding extends Finding, Position {}

export interface FileReport {
  /** As given or matched, '/'-separated, relative to the working directory when possible. */
  file: string;
  findings: LocatedFinding[];
  /** Set when the file could not be read or is not JSON: the file was not checked. */
  failure?: { message: string; position?: Position };
  /** With `--digest`, for a file the guardrails accept: its lint digest (the element's `linted` attribute). */
  digest?: string;
}

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

export const countBySeverity = (reports: readonly FileReport[]) => {
  let errors = 0;
  let warnings = 0;
  for (const report of reports)
    for (const finding of report.findings) {
      if (finding.severity === 'error') errors++;
      else warnings++;
    }
  return { errors, warnings, failures: reports.filter((report) => report.failure).length };
};
