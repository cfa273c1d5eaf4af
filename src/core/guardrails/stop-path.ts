/**
 * `missing-stop-path` (hidden or removed stop) and `stacked-retreat` (a re-ask after "Not now"), read from the
 * raw input because the schema would strip flags like `hidden: true`. A shaming stop label is found by the
 * copy check (`confirmshaming`) and reported here as `missing-stop-path` as well: a stop you are shamed
 * for taking is not a stop path.
 */
import type { Finding } from '../finding.js';
import type { Check, RuleInfo } from './rule.js';
import { isRecord, join, own, ownKeys } from './untrusted-input.js';
import { isOptionLike } from './option-count.js';
import { say } from './wording.js';

const STOP_FIELDS = new Set(['label', 'confirmation', 'rememberDays', 'href']);
const HIDING_FLAG = /^(hidden|hide|disabled|collapsed|removed|omit|omitted|suppress(ed)?)$/i;
const SHOWING_FLAG = /^(visible|show|shown|enabled|display(ed)?|render(ed)?|present)$/i;
const HIDING_VALUE = /^(none|hidden|false|off|collapse)$/i;
const REASK = /re-?ask|retreat|offer|upsell|follow-?up|then|next|ask/i;
/** Top-level keys about the stop path, e.g. `showStop: false`, `hideStop: true`, `stopPath: null`. */
const TOP_STOP = /stop|not-?now|decline-?path/i;
const TOP_HIDING = /hide|disable|remove|omit|suppress|^no|without/i;

const finding = (path: string, message: string): Finding => ({
  rule: 'missing-stop-path',
  severity: 'error',
  message,
  path,
});

export function stopPathFindings(raw: unknown): Finding[] {
  if (!isRecord(raw)) return [];
  const findings: Finding[] = [];
  const stop = own(raw, 'stop');
  if (stop === false || stop === null || stop === 0 || stop === '') {
    findings.push(finding('stop', say('stopRemoved', JSON.stringify(stop))));
  }
  if (isRecord(stop)) {
    for (const key of ownKeys(stop)) {
      if (STOP_FIELDS.has(key)) continue;
      const value = stop[key];
      const hides =
        (HIDING_FLAG.test(key) && value !== false && value !== undefined && value !== null && value !== 0) ||
        (SHOWING_FLAG.test(key) && (value === false || value === 0 || value === null)) ||
        (/^(display|visibility|style)$/i.test(key) && typeof value === 'string' && HIDING_VALUE.test(value.trim()));
      if (hides) {
        findings.push(finding(join('stop', key), say('stopHidden', key)));
      } else if (
        isOptionLike(value) ||
        (REASK.test(key) && value !== false && value !== null && value !== undefined && value !== 0)
      ) {
        findings.push({
          rule: 'stacked-retreat',
          severity: 'error',
          path: join('stop', key),
          message: say('stopReask', key),
        });
      }
    }
  }
  for (const key of ownKeys(raw)) {
    if (key === 'stop' || !TOP_STOP.test(key)) continue;
    const value = raw[key];
    const hides =
      (TOP_HIDING.test(key) && value === true) || (!TOP_HIDING.test(key) && (value === false || value === null));
    if (hides) findings.push(finding(key, say('topStopRemoved', key)));
  }
  return findings;
}

/** Given the copy findings, a shaming stop label also means the stop path is missing. */
export function shamedStopFindings(copyFindings: readonly Finding[]): Finding[] {
  return copyFindings
    .filter((f) => f.rule === 'confirmshaming' && f.path === 'stop.label')
    .map(() => finding('stop.label', say('stopShamed')));
}

export const missingStopPathRule = {
  id: 'missing-stop-path',
  severity: 'error',
  kind: 'structure',
  refuses: 'Any attempt to hide, remove or shame the stop path.',
  why: 'Seed: "provide a pause or stop path with no penalty".',
  fix: 'Leave `stop` out (the default "Not now" is shown) or give it a neutral label; never set it to false, null or hidden.',
  readme: 'rules',
} as const satisfies RuleInfo;

export const stopPathCheck: Check = {
  name: 'stop path',
  needs: 'input',
  run: ({ input }) => stopPathFindings(input),
};

/** Runs after the copy checks: it reads their findings. */
export const shamedStopCheck: Check = {
  name: 'shamed stop',
  needs: 'input',
  run: ({ findings }) => shamedStopFindings(findings),
};
