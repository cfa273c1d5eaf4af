import type { RuleId } from './guardrails/rules.js';

/** What a guardrail or copy check reports. `rule` is a stable id from the rule table (README, `RULES`). */
export interface Finding {
  rule: RuleId;
  severity: 'error' | 'warning';
  /** What is wrong and what to change, in one or two sentences. */
  message: string;
  /** Dotted path of the offending field, e.g. `retreat.terms.renewal.detail`. */
  path?: string;
}

/** Where a piece of copy is used; refines the copy checks (e.g. `vague-cta` applies to actions only). */
export type CopyRole = 'action' | 'decline' | 'stop' | 'secondary' | 'heading' | 'body' | 'claim';

export interface CopyCheckOptions {
  /** The field's role. Without it every rule that can apply to any copy runs. */
  role?: CopyRole;
  /** A declared real deadline: urgency copy is then allowed (if the deadline is in the future). */
  deadline?: { at: string; reason: string };
  /** A declared source for scarcity or activity claims: `pressure` is then not reported. */
  source?: string;
  /** Clock for deadline checks (tests); defaults to the current time. */
  now?: Date;
  /** Field path to put on findings. */
  path?: string;
  /**
   * BCP 47 language of the copy ("de", "de-AT"): its copy pack reads it. Without it, the language the text's
   * function words say (English when none do). A language with no pack gets `copy-language-unchecked`.
   */
  locale?: string;
  /**
   * Findings of the texts already read in this pass, by role and source, then text: validateOffer passes one per
   * call, so a text repeated under each option (a price note, a renewal detail) is read once. One memo serves
   * one offer: the same locale, deadline and clock for every text.
   */
  memo?: Map<string, Map<string, Finding[]>>;
}
