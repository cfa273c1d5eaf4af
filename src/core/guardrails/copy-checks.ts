/**
 * The copy rules: every piece of copy in the offer (copy-fields.ts) read by checkCopy (src/core/copy/), with the
 * offer's declared deadline and each claim's source. One engine reports all of these ids, so their metadata sits
 * together here, beside the check that runs it.
 */
import { MAX_TEXT } from '../offer-schema.js';
import type { Finding } from '../finding.js';
import { checkCopy } from '../copy/check-copy.js';
import { collectCopyFields, passCopyFields, type CopyField } from './copy-fields.js';
import type { Check, RuleInfo } from './rule.js';
import { own, visibleText } from './untrusted-input.js';

export const confirmshamingRule = {
  id: 'confirmshaming',
  severity: 'error',
  kind: 'copy',
  refuses: 'Decline, stop or secondary labels, or any copy, that shame, guilt or mock the visitor for saying no.',
  why: 'Seed: "no confirmshaming"; FTC 2022 dark-patterns report; Mathur et al. 2019.',
  fix: 'Use neutral words for saying no: "Not now", "No thanks", "Maybe later".',
  readme: 'rules',
} as const satisfies RuleInfo;

export const falseUrgencyRule = {
  id: 'false-urgency',
  severity: 'error',
  kind: 'copy',
  refuses:
    'Urgency or countdown copy without a declared real deadline; a deadline in the past; a deadline that moves later between visits for the same offer id.',
  why: 'Seed: "no false deadlines"; FTC 2022; WCAG 2.2.1 (timing adjustable); EU UCPD Annex I point 7.',
  fix: 'Declare `deadline: { at, reason }` with a real future date and keep it fixed, or remove the urgency words. Use a new offer id for a new campaign.',
  citation: 'Directive 2005/29/EC (UCPD) Annex I point 7',
  readme: 'rules',
} as const satisfies RuleInfo;

export const pressureRule = {
  id: 'pressure',
  severity: 'error',
  kind: 'copy',
  refuses:
    'Unverifiable scarcity or activity claims ("only 2 left", "23 people are viewing this") without a declared source.',
  why: 'Mathur et al. 2019 (Scarcity, Social Proof).',
  fix: 'Move the claim to `claims: [{ text, source }]` with where the number comes from, or remove it.',
  readme: 'rules',
} as const satisfies RuleInfo;

export const vagueCtaRule = {
  id: 'vague-cta',
  severity: 'warning',
  kind: 'copy',
  refuses: 'Action labels such as "Submit", "OK", "Click here", "Continue".',
  why: 'Seed: "vague CTAs".',
  fix: 'Say what the button does: "Start the 2-week proof".',
  readme: 'rules',
} as const satisfies RuleInfo;

export const readingLevelRule = {
  id: 'reading-level',
  severity: 'warning',
  kind: 'copy',
  refuses: 'Copy above a plain-language reading level.',
  why: 'Seed: "plain language and mobile-readable summaries".',
  fix: 'Use shorter sentences and common words.',
  readme: 'rules',
} as const satisfies RuleInfo;

export const copyLanguageUncheckedRule = {
  id: 'copy-language-unchecked',
  severity: 'warning',
  kind: 'copy',
  refuses: 'Copy in a language the copy checks have no pack for, passed in silence.',
  why: 'Issue 9: never a silent pass; patterns of one language must not judge another.',
  fix: 'Write the copy in a language with a pack, or review it by hand for the rules the warning names as unchecked.',
  readme: 'rules',
} as const satisfies RuleInfo;

/** The declared deadline as the copy checks want it, read safely from raw or parsed input. */
function declaredDeadline(offer: unknown): { at: string; reason: string } | undefined {
  const deadline = own(offer, 'deadline');
  const at = own(deadline, 'at');
  const reason = own(deadline, 'reason');
  return typeof at === 'string' && typeof reason === 'string' ? { at, reason } : undefined;
}

/**
 * checkCopy over every copy field of an offer (parsed or raw); a text repeated with the same role and source is read
 * once. Copy is read in the offer's `locale`, else in `language` (the language it is shown in: the element's resolved
 * `lang`, `lint --lang`), so a German page's offer without a locale is not read as English.
 */
export function copyFindings(
  offer: unknown,
  now: Date,
  fields: readonly CopyField[] = collectCopyFields(offer, MAX_TEXT),
  language?: string,
): Finding[] {
  const deadline = declaredDeadline(offer);
  const ownLocale = own(offer, 'locale');
  const locale = typeof ownLocale === 'string' && ownLocale ? ownLocale : language;
  const findings: Finding[] = [];
  const unchecked = new Set<string>();
  const memo = new Map<string, Map<string, Finding[]>>();
  for (const field of fields) {
    // Copy is judged as read: zero-width and bidi characters cannot split "last chance" past the checks.
    const found = checkCopy(visibleText(field.text), {
      role: field.role,
      path: field.path,
      now,
      memo,
      ...(typeof locale === 'string' ? { locale } : {}),
      ...(deadline ? { deadline } : {}),
      ...(field.source !== undefined ? { source: field.source } : {}),
    });
    for (const f of found) {
      // a language with no pack is said once for the offer, not once per field
      if (f.rule === 'copy-language-unchecked') {
        if (!unchecked.has(f.message)) findings.push({ ...f, path: 'locale' });
        unchecked.add(f.message);
      } else findings.push({ ...f, path: f.path ?? field.path });
    }
  }
  return findings;
}

/** Reads the parsed offer (trimmed strings) when the structure is valid, the raw input otherwise. */
export const copyCheck: Check = {
  name: 'copy',
  needs: 'input',
  run: (context) => {
    const offer = context.offer ?? context.input;
    return copyFindings(offer, context.now, passCopyFields(context, offer, MAX_TEXT), context.language);
  },
};
