/**
 * SARIF 2.1.0 for code scanning (e.g. github/codeql-action/upload-sarif): rule metadata from the rule table,
 * one result per finding with its file, line and column, and unreadable files as tool notifications.
 */
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULES, ruleInfo } from '../core/guardrails/rules.js';
import { VERSION } from '../core/version.js';
import type { FileReport } from './lint-types.js';

const README_URI = 'https://www.npmjs.com/package/fair-offer';

/** The README section that documents a rule (its `readme` anchor), or the guardrails section for unknown ids. */
export const helpUriFor = (id: string): string => `${README_URI}#${ruleInfo(id)?.readme ?? 'guardrails'}`;

function sarifRule(id: string) {
  const info = ruleInfo(id);
  return {
    id,
    name: id.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase()),
    shortDescription: { text: info?.refuses ?? `Reported by fair-offer: ${id}` },
    fullDescription: {
      text: info
        ? `${info.refuses} Why: ${info.why}${info.citation ? ` Citation: ${info.citation}.` : ''}`
        : `Reported by fair-offer: ${id}`,
    },
    help: { text: info ? `Fix: ${info.fix}` : 'See the message.' },
    helpUri: helpUriFor(id),
    defaultConfiguration: { level: info?.severity ?? 'error' },
    properties: { tags: ['fair-offer', info?.kind ?? 'other'], ...(info?.citation ? { citation: info.citation } : {}) },
  };
}

/** Files under the working directory are relative to %SRCROOT% (what code scanning expects); others are file: URIs. */
const artifact = (file: string) =>
  isAbsolute(file) ? { uri: pathToFileURL(file).href } : { uri: encodeURI(file), uriBaseId: '%SRCROOT%' };

export function formatSarif(reports: readonly FileReport[], cwd: string): string {
  const ids: string[] = RULES.map((rule) => rule.id);
  for (const report of reports)
    for (const finding of report.findings) if (!ids.includes(finding.rule)) ids.push(finding.rule);
  const results = reports.flatMap((report) =>
    report.findings.map((finding) => ({
      ruleId: finding.rule,
      ruleIndex: ids.indexOf(finding.rule),
      level: finding.severity,
      message: { text: finding.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: artifact(report.file),
            region: { startLine: finding.line, startColumn: finding.column },
          },
          ...(finding.path ? { logicalLocations: [{ fullyQualifiedName: finding.path, kind: 'member' }] } : {}),
        },
      ],
    })),
  );
  const notifications = reports
    .filter((report) => report.failure)
    .map((report) => ({
      level: 'error',
      message: { text: `${report.file}: ${report.failure!.message}` },
      locations: [
        {
          physicalLocation: {
            artifactLocation: artifact(report.file),
            ...(report.failure!.position
              ? { region: { startLine: report.failure!.position.line, startColumn: report.failure!.position.column } }
              : {}),
          },
        },
      ],
    }));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'fair-offer',
            version: VERSION,
            semanticVersion: VERSION,
            informationUri: 'https://www.npmjs.com/package/fair-offer',
            rules: ids.map(sarifRule),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd.endsWith('/') ? cwd : `${cwd}/`).href } },
        artifacts: reports.map((report) => ({ location: artifact(report.file) })),
        invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
        results,
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
