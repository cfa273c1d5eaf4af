/** `retreat-invalid`: the smaller option must still answer a decision, and must actually be a different option. */
import type { Finding } from '../finding.js';
import type { Offer, OfferOption } from '../offer-schema.js';
import type { Check, RuleInfo } from './rule.js';
import { isBlank, isRecord, join, own, retreatSlots } from './untrusted-input.js';
import { say } from './wording.js';

/** Read from the raw input, so the rule is reported even when other parts of the offer are malformed. */
export function stillAnswersFindings(raw: unknown): Finding[] {
  const findings: Finding[] = [];
  for (const [path, option] of retreatSlots(raw)) {
    if (isRecord(option) && isBlank(own(option, 'stillAnswers'))) {
      findings.push({
        rule: 'retreat-invalid',
        severity: 'error',
        path: join(path, 'stillAnswers'),
        message: say('noStillAnswers', path),
      });
    }
  }
  return findings;
}

/**
 * Whether two plain JSON values (the parsed terms) are the same data, key order aside: what comparing their
 * sorted-key JSON says, without writing it out, and stopping at the first difference.
 */
function sameData(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameData(a[i], b[i])) return false;
    return true;
  }
  if (isRecord(a) || isRecord(b)) {
    if (!isRecord(a) || !isRecord(b)) return false;
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    for (const key of keys)
      if (!Object.prototype.hasOwnProperty.call(b, key) || !sameData(a[key], b[key])) return false;
    return true;
  }
  return a === b || (JSON.stringify(a) ?? 'undefined') === (JSON.stringify(b) ?? 'undefined');
}

/** Parsed checks: a retreat that is the full option again is no retreat. */
export function sameAsFullFindings(offer: Offer): Finding[] {
  const findings: Finding[] = [];
  for (const [path, option] of retreatSlots(offer) as Array<[string, OfferOption]>) {
    if (sameData(option.terms, offer.full.terms)) {
      findings.push({
        rule: 'retreat-invalid',
        severity: 'error',
        path: join(path, 'terms'),
        message: say('sameTerms', path),
      });
    }
    if (option.id !== undefined && option.id === offer.full.id) {
      findings.push({
        rule: 'retreat-invalid',
        severity: 'error',
        path: join(path, 'id'),
        message: say('sameId', path, JSON.stringify(option.id)),
      });
    }
  }
  return findings;
}

export const retreatInvalidRule = {
  id: 'retreat-invalid',
  severity: 'error',
  kind: 'structure',
  refuses: 'A retreat that does not say what decision it still answers, or that is the full option again.',
  why: 'Seed: "if your retreat does not still produce a valid decision, redesign the plan".',
  fix: 'Add `stillAnswers` ("Same KPIs, fewer variables: it still tells you ...") and make the retreat differ from the full option.',
  readme: 'rules',
} as const satisfies RuleInfo;

export const stillAnswersCheck: Check = {
  name: 'retreat still answers',
  needs: 'input',
  run: ({ input }) => stillAnswersFindings(input),
};

export const sameAsFullCheck: Check = {
  name: 'retreat same as full',
  needs: 'offer',
  run: ({ offer }) => sameAsFullFindings(offer),
};
