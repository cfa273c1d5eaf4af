/** Readable output: one block per file with findings, `line:column  severity  rule  message  (path)`. */
import { countBySeverity, type FileReport } from './lint-types.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function formatText(reports: readonly FileReport[]): string {
  const lines: string[] = [];
  for (const report of reports) {
    if (report.failure || report.findings.length === 0) continue;
    lines.push(report.file);
    for (const f of report.findings) {
      const where = `${f.line}:${f.column}`.padEnd(8);
      lines.push(`  ${where}${f.severity.padEnd(9)}${f.rule.padEnd(24)}${f.message}${f.path ? `  (${f.path})` : ''}`);
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
