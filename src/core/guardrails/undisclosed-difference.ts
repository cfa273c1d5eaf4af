/**
 * `undisclosed-difference` beyond a missing field: a term filled with a placeholder ("TBD", "n/a",
 * "see website", "same as above") hides the difference as surely as leaving it out.
 * Missing terms are reported from the structure check (see offer-structure.ts).
 */
import { TERM_KEYS, type Offer, type OfferOption } from '../offer-schema.js';
import type { Finding } from '../finding.js';
import type { Check, RuleInfo } from './rule.js';
import { join, retreatSlots } from './untrusted-input.js';
import { say } from './wording.js';

const PLACEHOLDER =
  /^(?:tb[dac]|n\/?a|na|null|undefined|-+|–|—|\?+|\.+|…|x+|todo|placeholder|lorem ipsum.*|same|same as (?:above|before|full|the full option|other)|as above|see (?:above|below|website|site|terms|details|contract|faq|link|page)|details (?:later|to follow)|to be (?:decided|determined|defined|confirmed|announced)|ask us|contact (?:us|sales)|varies|various|it depends|depends)$/i;

/** Each term's free-text fields (numbers and picklists cannot hold a placeholder). */
function termTexts(option: OfferOption): Array<[string, string]> {
  const t = option.terms;
  return [
    ['terms.scope', t.scope],
    ['terms.evidence', t.evidence],
    ['terms.dataAccess.detail', t.dataAccess.detail],
    ['terms.time.duration', t.time.duration],
    ['terms.time.effort', t.time.effort],
    ['terms.renewal.detail', t.renewal.detail],
    ['terms.renewal.cancel', t.renewal.cancel],
    ['terms.exit', t.exit],
  ];
}

export function isPlaceholder(text: string): boolean {
  return PLACEHOLDER.test(
    text
      .trim()
      .replace(/[.!:;]+$/, '')
      .trim(),
  );
}

export function undisclosedDifferenceFindings(offer: Offer): Finding[] {
  const findings: Finding[] = [];
  const options: Array<[string, OfferOption]> = [
    ['full', offer.full],
    ...(retreatSlots(offer) as Array<[string, OfferOption]>),
  ];
  for (const [path, option] of options) {
    for (const [field, text] of termTexts(option)) {
      if (isPlaceholder(text)) {
        const term = field.split('.')[1] as (typeof TERM_KEYS)[number];
        findings.push({
          rule: 'undisclosed-difference',
          severity: 'error',
          path: join(path, field),
          message: say('placeholderTerm', join(path, field), JSON.stringify(text), term),
        });
      }
    }
  }
  return findings;
}

export const undisclosedDifferenceRule = {
  id: 'undisclosed-difference',
  severity: 'error',
  kind: 'structure',
  refuses:
    'A term (scope, evidence, data access, time, price, renewal, exit) missing or left as a placeholder for either option.',
  why: 'Seed: "hidden differences in evidence quality"; CA Bus. & Prof. Code 17602.',
  fix: 'State the term for both options, in words a buyer can compare ("Reads your CRM only", not "TBD").',
  citation: 'Cal. Bus. & Prof. Code §17602',
  readme: 'rules',
} as const satisfies RuleInfo;

/** Placeholders only: a missing term is reported by the structure check (offer-structure.ts). */
export const undisclosedDifferenceCheck: Check = {
  name: 'undisclosed difference',
  needs: 'offer',
  run: ({ offer }) => undisclosedDifferenceFindings(offer),
};
