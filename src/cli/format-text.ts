/** Readable output: one block per file with findings, `line:column  severity  rule  message  (path)`. */
import { countBySeverity, type FileReport } from './lint-types.js';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

export function formatText(reports: readonly FileReport[]): string {
  const lines: string[] = [];
  for (const report of reports) {
    if (report.failure || report.findings.length === 0) continue;
    lines.push(report.file);
    for (const finding of report.findings) {
      const where = `${finding.line}:${finding.column}`.padEnd(8);
      const path = finding.path ? `  (${finding.path})` : '';
      lines.push(`  ${where}${finding.severity.padEnd(9)}${finding.rule.padEnd(24)}${finding.message}${path}`);
    }
    lines.push('');
  }
  const { errors, warnings, failures } = countBySeverity(reports);
  const checked = reports.length - failures;
  const summary = `${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(checked, 'file')} checked`;
  lines.push(failures ? `${summary}; ${plural(failures, 'file')} could not be read` : summary);
  return lines.join('\n') + '\n';
}

/** The message for a file that could not be checked: it names the file and, for JSON, the position. */
export function formatFailure(report: FileReport): string {
  const at = report.failure?.position ? `:${report.failure.position.line}:${report.failure.position.column}` : '';
  return `fair-offer: ${report.file}${at}: ${report.failure?.message ?? 'could not be checked'}\n`;
}
