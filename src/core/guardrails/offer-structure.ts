/**
 * Structure issues (valibot) as findings. Every issue keeps `invalid-offer` unless a more specific rule
 * says the same thing better: a missing term is `undisclosed-difference`, an empty full rationale is
 * `unjustified-full`, an empty stillAnswers is `retreat-invalid`, a bad URL is `unsafe-url`, etc.
 */
import type * as v from 'valibot';
import type { Finding } from '../finding.js';
import type { RuleId } from './rules.js';
import type { Check, RuleInfo } from './rule.js';

export const invalidOfferRule = {
  id: 'invalid-offer',
  severity: 'error',
  kind: 'structure',
  refuses:
    'An offer that does not match the offer model (wrong type, missing field, malformed id, unknown experiment variant).',
  why: 'The widget cannot show what it cannot read; schema/offer.schema.json describes the model.',
  fix: 'Correct the field named in the path; point your editor at schema/offer.schema.json to catch these while typing.',
  readme: 'rules',
} as const satisfies RuleInfo;

/** One malformed array can yield thousands of issues; past this many the rest are summarised. */
export const MAX_STRUCTURE_FINDINGS = 100;

function keysOf(issue: v.BaseIssue<unknown>): string[] {
  return issue.path?.map((p) => String(p.key)) ?? [];
}

/** Index in `keys` where an option's own fields start, if the path is inside an option. */
function optionEnd(keys: string[]): number {
  if (keys[0] === 'full' || keys[0] === 'retreat') return 1;
  if ((keys[0] === 'retreatFor' || keys[0] === 'retreatVariants') && keys.length > 1) return 2;
  return -1;
}

function show(x: unknown): string {
  if (typeof x === 'string') return JSON.stringify(x.length > 40 ? x.slice(0, 40) + '…' : x);
  if (x === null || typeof x !== 'object') return String(x);
  return Array.isArray(x) ? 'a list' : 'an object';
}

const isMissing = (issue: v.BaseIssue<unknown>) => issue.input === undefined && issue.kind === 'schema';
const isEmptyText = (issue: v.BaseIssue<unknown>) =>
  issue.type === 'non_empty' || (typeof issue.input === 'string' && issue.input.trim() === '');

/** A message that says what is wrong and what to change. Valibot's defaults ("Invalid type: ...") are reworded. */
function baseMessage(issue: v.BaseIssue<unknown>, path: string): string {
  if (isMissing(issue)) return `\`${path}\` is missing: add it (see schema/offer.schema.json).`;
  if (/^Invalid \w+: Expected/.test(issue.message)) {
    return `\`${path}\` must be ${issue.expected ?? 'a valid value'}, not ${show(issue.input)}: change it.`;
  }
  return `\`${path}\`: ${issue.message}.`.replace(/\.\.$/, '.');
}

export function structureFinding(issue: v.BaseIssue<unknown>): Finding {
  const keys = keysOf(issue);
  const path = keys.join('.') || '(offer)';
  const error = (rule: RuleId, message: string): Finding => ({
    rule,
    severity: 'error',
    message,
    path: keys.length ? path : undefined,
  });
  const last = keys[keys.length - 1];
  const start = optionEnd(keys);
  const inOption = start > 0 ? keys.slice(start) : [];

  // Under `terms` valibot reports only the model's own keys (TERM_KEYS; unknown keys are dropped, never reported),
  // so the key after it is a term. Not imported here: this file is a chunk of its own in the browser, and an import
  // from offer-schema alone makes the bundler split the schema out of the first-paint file.
  if (inOption[0] === 'terms' && (isMissing(issue) || isEmptyText(issue))) {
    const term = inOption[1] ?? 'terms';
    return error(
      'undisclosed-difference',
      `\`${path}\` is missing: every option must state its ${term === 'terms' ? 'terms (scope, evidence, dataAccess, time, price, renewal, exit)' : term} so the buyer can compare both options. Add it.`,
    );
  }
  if (keys.length === 2 && keys[0] === 'full' && last === 'rationale' && isEmptyText(issue)) {
    return error(
      'unjustified-full',
      "`full.rationale` is empty: say why the full option is worth it in the buyer's outcomes and risks.",
    );
  }
  if (start > 0 && keys[0] !== 'full' && inOption.length === 1 && last === 'stillAnswers' && isEmptyText(issue)) {
    return error(
      'retreat-invalid',
      `\`${path}\` is empty: say which decision the smaller option still lets the buyer make ("Same KPIs, fewer variables: ...").`,
    );
  }
  if ((last === 'href' || last === 'verificationUrl') && typeof issue.input === 'string') {
    return error(
      'unsafe-url',
      `\`${path}\` is ${show(issue.input)}: links must be absolute https: (or http:) URLs; javascript:, data: and relative links are refused.`,
    );
  }
  if (keys[0] === 'stop' && keys.length === 1 && (issue.input === false || issue.input === null)) {
    return error(
      'missing-stop-path',
      `\`stop\` is ${String(issue.input)}: the stop path cannot be removed. Leave \`stop\` out to show the default "Not now", or give it a neutral label.`,
    );
  }
  if (keys[0] === 'stop' && last === 'label' && keys.length === 2 && isEmptyText(issue)) {
    return error(
      'missing-stop-path',
      '`stop.label` is empty: the stop path needs a visible label. Leave it out for the default "Not now".',
    );
  }
  if (issue.type === 'strict_object' && keys[0] === 'addOns' && keys.length === 3) {
    return error(
      'invalid-offer',
      `\`${path}\` is not an add-on field (an add-on has id, label, price, recurring and \`selected: false\`): remove \`${last}\`. An add-on is off until the visitor ticks it; no flag can switch it on.`,
    );
  }
  return error('invalid-offer', baseMessage(issue, path));
}

export function structureFindings(issues: readonly v.BaseIssue<unknown>[]): Finding[] {
  const findings = issues.slice(0, MAX_STRUCTURE_FINDINGS).map(structureFinding);
  if (issues.length > MAX_STRUCTURE_FINDINGS) {
    findings.push({
      rule: 'invalid-offer',
      severity: 'error',
      message: `${issues.length - MAX_STRUCTURE_FINDINGS} more structure problems not listed: fix the ones above and check again.`,
    });
  }
  return findings;
}

export const offerStructureCheck: Check = {
  name: 'offer structure',
  needs: 'input',
  run: ({ issues }) => structureFindings(issues),
};
