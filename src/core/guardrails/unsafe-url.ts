/**
 * `unsafe-url` for URL-like fields the schema does not know (`termsUrl`, `privacyLink`...): a host or a future
 * version might render them, so they must be http(s) too. Known fields (`action.href`,
 * `impact.verificationUrl`) are checked by the schema and reported through offer-structure.ts.
 */
import type { Finding } from '../finding.js';
import type { Check, RuleInfo } from './rule.js';
import { extend, isRecord, ownKeys } from './untrusted-input.js';
import { say } from './wording.js';

const URL_KEY = /(url|uri|href|link|src)$/i;
const MAX_DEPTH = 12;
/** What a browser would treat as the scheme: it ignores leading spaces/controls and tabs or newlines inside. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what a browser strips from a scheme
const IGNORED_IN_SCHEME = /[\u0000-\u0020]/g;
const scheme = (s: string): string | undefined =>
  /^([a-z][a-z0-9+.-]*):/i.exec(s.replace(IGNORED_IN_SCHEME, ''))?.[1]?.toLowerCase();

export function isSafeUrl(s: string): boolean {
  const sch = scheme(s);
  return (sch === 'https' || sch === 'http') && /^https?:/i.test(s);
}

export function unsafeUrlFindings(raw: unknown): Finding[] {
  const findings: Finding[] = [];
  const walk = (node: unknown, path: string, depth: number) => {
    if (depth > MAX_DEPTH) return;
    if (Array.isArray(node)) {
      node.forEach((item, i) => walk(item, extend(path, i), depth + 1));
      return;
    }
    if (!isRecord(node)) return;
    for (const key of ownKeys(node)) {
      const value = node[key];
      const here = extend(path, key);
      if (typeof value === 'string' && URL_KEY.test(key)) {
        const sch = scheme(value);
        if (sch !== undefined && !isSafeUrl(value)) {
          findings.push({
            rule: 'unsafe-url',
            severity: 'error',
            path: here,
            message: say('unsafeScheme', here, sch),
          });
        }
      } else walk(value, here, depth + 1);
    }
  };
  walk(raw, '', 0);
  return findings;
}

export const unsafeUrlRule = {
  id: 'unsafe-url',
  severity: 'error',
  kind: 'structure',
  refuses: 'A URL that is not https: or http: (javascript:, data:, vbscript:, relative or malformed).',
  why: 'Offer files are data: nothing in them may execute on the host page.',
  fix: 'Use an absolute https: URL.',
  readme: 'rules',
} as const satisfies RuleInfo;

export const unsafeUrlCheck: Check = {
  name: 'unsafe url',
  needs: 'input',
  run: ({ input }) => unsafeUrlFindings(input),
};
