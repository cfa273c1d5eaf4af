/**
 * `stacked-retreat` and `too-many-options` read the raw input: the schema strips unknown keys, so a
 * `retreats: [...]` or a third plan would otherwise vanish silently instead of being refused.
 */
import { OfferSchema } from '../offer-schema.js';
import type { Finding } from '../finding.js';
import type { RuleId } from './rules.js';
import type { Check, RuleInfo } from './rule.js';
import { isRecord, join, own, ownKeys } from './untrusted-input.js';
import { say } from './wording.js';

const KNOWN_TOP = new Set([...Object.keys(OfferSchema.entries), '$schema']);
const OPTION_FIELDS = new Set([
  'id',
  'title',
  'summary',
  'rationale',
  'stillAnswers',
  'action',
  'terms',
  'escalations',
  'notice',
  'impact',
]);
/** Keys whose elements are options whatever their shape: a list of plans is a list of options. */
const OPTION_LISTS = /^(options|plans|tiers|choices|packages|offers|alternatives)$/i;
const RETREAT_WORDS = /retreat|fallback|downsell|down-sell|second|smaller|alternative|backup/i;

/** Looks like an option: has terms or an action (what makes something a choice the visitor can take). */
export function isOptionLike(x: unknown): boolean {
  return isRecord(x) && (own(x, 'terms') !== undefined || own(x, 'action') !== undefined);
}

const err = (rule: RuleId, path: string, message: string): Finding => ({ rule, severity: 'error', message, path });

export function optionCountFindings(raw: unknown): Finding[] {
  if (!isRecord(raw)) return [];
  const findings: Finding[] = [];
  let options = 0;

  const full = own(raw, 'full');
  if (Array.isArray(full)) {
    options += full.length;
    if (full.length > 1) findings.push(err('too-many-options', 'full', say('fullList', full.length)));
  } else if (full !== undefined) options += 1;

  const retreat = own(raw, 'retreat');
  if (Array.isArray(retreat)) {
    options += Math.min(1, retreat.length);
    if (retreat.length > 1) {
      findings.push(err('stacked-retreat', 'retreat', say('retreatList', retreat.length)));
    }
  } else if (retreat !== undefined) options += 1;

  const byConstraint = own(raw, 'retreatFor');
  if (isRecord(byConstraint)) {
    for (const key of ownKeys(byConstraint)) {
      const value = byConstraint[key];
      if (Array.isArray(value) && value.length > 1) {
        findings.push(err('stacked-retreat', join('retreatFor', key), say('retreatForList', key, value.length)));
      }
    }
  }

  for (const key of ownKeys(raw)) {
    if (KNOWN_TOP.has(key)) continue;
    const value = raw[key];
    const items = Array.isArray(value) ? value : [value];
    const count = OPTION_LISTS.test(key) && Array.isArray(value) ? value.length : items.filter(isOptionLike).length;
    if (count === 0) continue;
    if (RETREAT_WORDS.test(key)) {
      findings.push(err('stacked-retreat', key, say('anotherRetreat', key)));
    } else {
      options += count;
      findings.push(err('too-many-options', key, say('moreOptions', key, count)));
    }
  }
  // A retreat inside an option (retreat.retreat, full.next...) is a second retreat in disguise.
  const optionSlots: Array<[string, unknown]> = [
    ['full', full],
    ['retreat', retreat],
  ];
  if (isRecord(byConstraint))
    for (const key of ownKeys(byConstraint)) optionSlots.push([join('retreatFor', key), byConstraint[key]]);
  const variants = own(raw, 'retreatVariants');
  if (Array.isArray(variants)) variants.forEach((o, i) => optionSlots.push([join('retreatVariants', i), o]));
  for (const [path, option] of optionSlots) {
    if (!isRecord(option)) continue;
    for (const key of ownKeys(option)) {
      if (OPTION_FIELDS.has(key)) continue;
      const value = option[key];
      if (isOptionLike(value) || (Array.isArray(value) && value.some(isOptionLike))) {
        findings.push(err('stacked-retreat', join(path, key), say('nestedOption', join(path, key))));
      }
    }
  }
  // Counted separately from the per-key findings so that `options: [a, b, c]` alone is still refused.
  if (options > 2 && !findings.some((f) => f.rule === 'too-many-options')) {
    findings.push(err('too-many-options', '(offer)', say('optionCount', options)));
  }
  return findings;
}

export const stackedRetreatRule = {
  id: 'stacked-retreat',
  severity: 'error',
  kind: 'structure',
  refuses: 'More than one retreat shown to a visitor, or a re-ask after "Not now".',
  why: 'Seed: "make one meaningful retreat"; DSA art. 25(3)(b).',
  fix: 'Keep one `retreat`. For a retreat per constraint use `retreatFor`; for experiments use `retreatVariants` (each visitor still sees one).',
  citation: 'Regulation (EU) 2022/2065 (DSA) art. 25(3)(b)',
  readme: 'rules',
} as const satisfies RuleInfo;

export const tooManyOptionsRule = {
  id: 'too-many-options',
  severity: 'error',
  kind: 'structure',
  refuses: 'More than two options (plus the stop path).',
  why: 'Seed: "choice overload if more than 2 options".',
  fix: 'Keep exactly `full` and `retreat`; move other plans to a separate page.',
  readme: 'rules',
} as const satisfies RuleInfo;

/** One walk over the raw input counts the options and finds the stacked retreats, so it reports both rules. */
export const optionCountCheck: Check = {
  name: 'option count',
  needs: 'input',
  run: ({ input }) => optionCountFindings(input),
};
