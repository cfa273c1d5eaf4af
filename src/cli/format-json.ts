/** Machine-readable output: every file with its findings (and positions), or why it could not be read. */
import { VERSION } from '../core/version.js';
import { countBySeverity, type FileReport } from './lint-types.js';

export function formatJson(reports: readonly FileReport[]): string {
  const { errors, warnings, failures } = countBySeverity(reports);
  const files = reports.map((report) =>
    report.failure
      ? { file: report.file, checked: false, failure: report.failure }
      : {
          file: report.file,
          checked: true,
          ok: !report.findings.some((finding) => finding.severity === 'error'),
          findings: report.findings,
          ...(report.digest ? { digest: report.digest } : {}),
        },
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
