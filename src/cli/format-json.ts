/** Machine-readable output: every file with its findings (and positions), or why it could not be read. */
import { VERSION } from '../core/version.js';
import { countBySeverity, type FileReport } from './lint-types.js';

export function formatJson(reports: readonly FileReport[]): string {
  const { errors, warnings, failures } = countBySeverity(reports);
  const files = reports.map((r) =>
    r.failure
      ? { file: r.file, checked: false, failure: r.failure }
      : { file: r.file, checked: true, ok: !r.findings.some((f) => f.severity === 'error'), findings: r.findings },
  );
  return (
    JSON.stringify(
      {
        tool: 'fair-offer',
        version: VERSION,
        summary: { files: reports.length, errors, warnings, unreadable: failures },
        files,
      },
      null,
      2,
    ) + '\n'
  );
}
