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
  const ids: string[] = RULES.map((r) => r.id);
  for (const r of reports) for (const f of r.findings) if (!ids.includes(f.rule)) ids.push(f.rule);
  const results = reports.flatMap((r) =>
    r.findings.map((f) => ({
      ruleId: f.rule,
      ruleIndex: ids.indexOf(f.rule),
      level: f.severity,
      message: { text: f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: artifact(r.file),
            region: { startLine: f.line, startColumn: f.column },
          },
          ...(f.path ? { logicalLocations: [{ fullyQualifiedName: f.path, kind: 'member' }] } : {}),
        },
      ],
    })),
  );
  const notifications = reports
    .filter((r) => r.failure)
    .map((r) => ({
      level: 'error',
      message: { text: `${r.file}: ${r.failure!.message}` },
      locations: [
        {
          physicalLocation: {
            artifactLocation: artifact(r.file),
            ...(r.failure!.position
              ? { region: { startLine: r.failure!.position.line, startColumn: r.failure!.position.column } }
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
        artifacts: reports.map((r) => ({ location: artifact(r.file) })),
        invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
        results,
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
