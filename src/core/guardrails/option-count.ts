/**
 * `stacked-retreat` and `too-many-options` read the raw input: the schema strips unknown keys, so a
 * `retreats: [...]` or a third plan would otherwise vanish silently instead of being refused.
 */
import { OfferSchema } from '../offer-schema.js';
import type { Finding } from '../finding.js';
import { isRecord, join, own, ownKeys } from './raw.js';

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

const err = (rule: string, path: string, message: string): Finding => ({ rule, severity: 'error', message, path });

export function optionCountFindings(raw: unknown): Finding[] {
  if (!isRecord(raw)) return [];
  const findings: Finding[] = [];
  let options = 0;

  const full = own(raw, 'full');
  if (Array.isArray(full)) {
    options += full.length;
    if (full.length > 1)
      findings.push(
        err(
          'too-many-options',
          'full',
          `\`full\` lists ${full.length} options: give one recommended option as an object.`,
        ),
      );
  } else if (full !== undefined) options += 1;

  const retreat = own(raw, 'retreat');
  if (Array.isArray(retreat)) {
    options += Math.min(1, retreat.length);
    if (retreat.length > 1) {
      findings.push(
        err(
          'stacked-retreat',
          'retreat',
          `\`retreat\` lists ${retreat.length} retreats: a visitor is shown one retreat only. Keep one; use \`retreatFor\` (per constraint) or \`retreatVariants\` (experiments) for alternatives.`,
        ),
      );
    }
  } else if (retreat !== undefined) options += 1;

  const byConstraint = own(raw, 'retreatFor');
  if (isRecord(byConstraint)) {
    for (const key of ownKeys(byConstraint)) {
      const value = byConstraint[key];
      if (Array.isArray(value) && value.length > 1) {
        findings.push(
          err(
            'stacked-retreat',
            join('retreatFor', key),
            `\`retreatFor.${key}\` lists ${value.length} retreats: give one retreat per constraint.`,
          ),
        );
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
      findings.push(
        err(
          'stacked-retreat',
          key,
          `\`${key}\` adds another retreat: a visitor is shown one retreat only. Remove it, or use \`retreatFor\` / \`retreatVariants\` so each visitor still sees one.`,
        ),
      );
    } else {
      options += count;
      findings.push(
        err(
          'too-many-options',
          key,
          `\`${key}\` adds ${count} more option${count === 1 ? '' : 's'}: an offer has two options (full and retreat) plus the stop path. Remove it.`,
        ),
      );
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
        findings.push(
          err(
            'stacked-retreat',
            join(path, key),
            `\`${join(path, key)}\` nests another option: a visitor is shown one retreat only. Remove it.`,
          ),
        );
      }
    }
  }
  // Counted separately from the per-key findings so that `options: [a, b, c]` alone is still refused.
  if (options > 2 && !findings.some((f) => f.rule === 'too-many-options')) {
    findings.push(
      err(
        'too-many-options',
        '(offer)',
        `The offer has ${options} options: give exactly two (full and retreat) plus the stop path.`,
      ),
    );
  }
  return findings;
}
