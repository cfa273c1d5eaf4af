/** `unjustified-full`: the larger ask needs a reason in the buyer's terms. */
import type { Finding } from '../finding.js';
import type { Check, RuleInfo } from './rule.js';
import { isBlank, isRecord, own } from './untrusted-input.js';
import { say } from './wording.js';

export const unjustifiedFullRule = {
  id: 'unjustified-full',
  severity: 'error',
  kind: 'structure',
  refuses: 'A full option without a rationale.',
  why: 'Seed: "premature ask ... tie the larger ask to buyer outcomes".',
  fix: "Add `full.rationale`: why the larger option is worth it, in the buyer's outcomes and risks.",
  readme: 'rules',
} as const satisfies RuleInfo;

/** Read from the raw input, so the rule is reported even when other parts of the offer are malformed. */
export function fullRationaleFindings(raw: unknown): Finding[] {
  const full = own(raw, 'full');
  if (!isRecord(full) || !isBlank(own(full, 'rationale'))) return [];
  return [
    {
      rule: 'unjustified-full',
      severity: 'error',
      path: 'full.rationale',
      message: say('noRationale'),
    },
  ];
}

export const fullRationaleCheck: Check = {
  name: 'full rationale',
  needs: 'input',
  run: ({ input }) => fullRationaleFindings(input),
};
