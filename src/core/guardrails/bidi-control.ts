/** `bidi-control` (warning): embedding and override characters can make the words shown differ from those written. */
import { MAX_TEXT } from '../offer-schema.js';
import type { Finding } from '../finding.js';
import { collectCopyFields, passCopyFields, type CopyField } from './copy-fields.js';
import type { Check, RuleInfo } from './rule.js';
import { say } from './wording.js';

export const bidiControlRule = {
  id: 'bidi-control',
  severity: 'warning',
  kind: 'copy',
  refuses: 'Bidi embedding or override characters (U+202A–U+202E) in offer copy.',
  why: 'Seed: "truthful claims" and "clear disclosures": an unterminated override can visually reorder the text after it (a price, a name), so the words shown differ from the words written.',
  fix: 'Remove the characters; Arabic and Hebrew text is ordered by the browser without them.',
  readme: 'rules',
} as const satisfies RuleInfo;

/** Embedding and override controls (LRE, RLE, PDF, LRO, RLO): an unterminated one reorders the text after it. */
const BIDI_OVERRIDE = /[\u202A-\u202E]/;

export function bidiControlFindings(
  offer: unknown,
  fields: readonly CopyField[] = collectCopyFields(offer, MAX_TEXT),
): Finding[] {
  return fields
    .filter((field) => BIDI_OVERRIDE.test(field.text))
    .map((field): Finding => ({
      rule: 'bidi-control',
      severity: 'warning',
      path: field.path,
      message: say('bidiControl'),
    }));
}

export const bidiControlCheck: Check = {
  name: 'bidi control',
  needs: 'input',
  run: (context) => {
    const offer = context.offer ?? context.input;
    return bidiControlFindings(offer, passCopyFields(context, offer, MAX_TEXT));
  },
};
