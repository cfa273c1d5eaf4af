/**
 * The rule table: one entry per rule id that validateOffer or checkCopy can report.
 * It feeds the README table, the CLI's SARIF rule metadata and `fair-offer lint --rules`.
 * Ids are a public contract (PRODUCT.md section 3): add freely, rename never.
 */
export interface RuleInfo {
  id: string;
  severity: 'error' | 'warning';
  /** Which checks report it: the offer structure and its comparison, or the words of a copy field. */
  kind: 'structure' | 'copy';
  /** What it refuses, in one sentence. */
  refuses: string;
  /** Where the rule comes from. */
  why: string;
  /** What to change. */
  fix: string;
}

export const RULES = [
  {
    id: 'invalid-offer',
    severity: 'error',
    kind: 'structure',
    refuses:
      'An offer that does not match the offer model (wrong type, missing field, malformed id, unknown experiment variant).',
    why: 'The widget cannot show what it cannot read; schema/offer.schema.json describes the model.',
    fix: 'Correct the field named in the path; point your editor at schema/offer.schema.json to catch these while typing.',
  },
  {
    id: 'prechecked-upsell',
    severity: 'error',
    kind: 'structure',
    refuses: 'Any add-on, upgrade or recurring toggle that is selected by default.',
    why: 'Seed: "pre-checked upsells undermine trust"; CJEU Planet49 (C-673/17); EU CRD art. 22; WinRed/ActBlue 2020-21.',
    fix: 'Remove `selected: true` (or any "checked"/"on by default" flag): the visitor opts in.',
  },
  {
    id: 'confirmshaming',
    severity: 'error',
    kind: 'copy',
    refuses: 'Decline, stop or secondary labels, or any copy, that shame, guilt or mock the visitor for saying no.',
    why: 'Seed: "no confirmshaming"; FTC 2022 dark-patterns report; Mathur et al. 2019.',
    fix: 'Use neutral words for saying no: "Not now", "No thanks", "Maybe later".',
  },
  {
    id: 'false-urgency',
    severity: 'error',
    kind: 'copy',
    refuses:
      'Urgency or countdown copy without a declared real deadline; a deadline in the past; a deadline that moves later between visits for the same offer id.',
    why: 'Seed: "no false deadlines"; FTC 2022; WCAG 2.2.1 (timing adjustable).',
    fix: 'Declare `deadline: { at, reason }` with a real future date and keep it fixed, or remove the urgency words. Use a new offer id for a new campaign.',
  },
  {
    id: 'pressure',
    severity: 'error',
    kind: 'copy',
    refuses:
      'Unverifiable scarcity or activity claims ("only 2 left", "23 people are viewing this") without a declared source.',
    why: 'Mathur et al. 2019 (Scarcity, Social Proof).',
    fix: 'Move the claim to `claims: [{ text, source }]` with where the number comes from, or remove it.',
  },
  {
    id: 'undisclosed-difference',
    severity: 'error',
    kind: 'structure',
    refuses:
      'A term (scope, evidence, data access, time, price, renewal, exit) missing or left as a placeholder for either option.',
    why: 'Seed: "hidden differences in evidence quality"; CA Bus. & Prof. Code 17602.',
    fix: 'State the term for both options, in words a buyer can compare ("Reads your CRM only", not "TBD").',
  },
  {
    id: 'hidden-escalation',
    severity: 'error',
    kind: 'structure',
    refuses:
      'A retreat that adds auto-renewal, fees or wider data access than the full option without declaring it and showing it beside its button.',
    why: 'Seed: "no hidden access escalations, fees, or auto-renewals when switching options".',
    fix: "List the difference in the retreat's `escalations` and explain it in its `notice`, or remove it.",
  },
  {
    id: 'stacked-retreat',
    severity: 'error',
    kind: 'structure',
    refuses: 'More than one retreat shown to a visitor, or a re-ask after "Not now".',
    why: 'Seed: "make one meaningful retreat"; DSA art. 25(3)(b).',
    fix: 'Keep one `retreat`. For a retreat per constraint use `retreatFor`; for experiments use `retreatVariants` (each visitor still sees one).',
  },
  {
    id: 'too-many-options',
    severity: 'error',
    kind: 'structure',
    refuses: 'More than two options (plus the stop path).',
    why: 'Seed: "choice overload if more than 2 options".',
    fix: 'Keep exactly `full` and `retreat`; move other plans to a separate page.',
  },
  {
    id: 'missing-stop-path',
    severity: 'error',
    kind: 'structure',
    refuses: 'Any attempt to hide, remove or shame the stop path.',
    why: 'Seed: "provide a pause or stop path with no penalty".',
    fix: 'Leave `stop` out (the default "Not now" is shown) or give it a neutral label; never set it to false, null or hidden.',
  },
  {
    id: 'unjustified-full',
    severity: 'error',
    kind: 'structure',
    refuses: 'A full option without a rationale.',
    why: 'Seed: "premature ask ... tie the larger ask to buyer outcomes".',
    fix: "Add `full.rationale`: why the larger option is worth it, in the buyer's outcomes and risks.",
  },
  {
    id: 'retreat-not-smaller',
    severity: 'error',
    kind: 'structure',
    refuses:
      'A retreat that is not smaller than the full option in time, total commitment, data access or auto-renewal, or that takes longer.',
    why: 'Seed: "concede promptly and specifically ... trim scope, time, or risk".',
    fix: 'Make the retreat shorter, cheaper in total, narrower in access or not auto-renewing, and never longer than the full option.',
  },
  {
    id: 'retreat-invalid',
    severity: 'error',
    kind: 'structure',
    refuses: 'A retreat that does not say what decision it still answers, or that is the full option again.',
    why: 'Seed: "if your retreat does not still produce a valid decision, redesign the plan".',
    fix: 'Add `stillAnswers` ("Same KPIs, fewer variables: it still tells you ...") and make the retreat differ from the full option.',
  },
  {
    id: 'unsafe-url',
    severity: 'error',
    kind: 'structure',
    refuses: 'A URL that is not https: or http: (javascript:, data:, vbscript:, relative or malformed).',
    why: 'Offer files are data: nothing in them may execute on the host page.',
    fix: 'Use an absolute https: URL.',
  },
  {
    id: 'bidi-control',
    severity: 'warning',
    kind: 'copy',
    refuses: 'Bidi embedding or override characters (U+202A–U+202E) in offer copy.',
    why: 'Seed: "truthful claims" and "clear disclosures": an unterminated override can visually reorder the text after it (a price, a name), so the words shown differ from the words written.',
    fix: 'Remove the characters; Arabic and Hebrew text is ordered by the browser without them.',
  },
  {
    id: 'vague-cta',
    severity: 'warning',
    kind: 'copy',
    refuses: 'Action labels such as "Submit", "OK", "Click here", "Continue".',
    why: 'Seed: "vague CTAs".',
    fix: 'Say what the button does: "Start the 2-week proof".',
  },
  {
    id: 'reading-level',
    severity: 'warning',
    kind: 'copy',
    refuses: 'Copy above a plain-language reading level.',
    why: 'Seed: "plain language and mobile-readable summaries".',
    fix: 'Use shorter sentences and common words.',
  },
  {
    id: 'unverified-impact',
    severity: 'warning',
    kind: 'structure',
    refuses: 'Donation impact claims per tier without a verification link.',
    why: 'Seed: fundraising row, "misstated impact per tier".',
    fix: 'Add `impact.verificationUrl` pointing at where the impact figure is published.',
  },
] as const satisfies readonly RuleInfo[];

export type RuleId = (typeof RULES)[number]['id'];

const BY_ID = new Map<string, RuleInfo>(RULES.map((r) => [r.id, r]));

/** Metadata for a rule id, or undefined for an id this version does not know. */
export function ruleInfo(id: string): RuleInfo | undefined {
  return BY_ID.get(id);
}
