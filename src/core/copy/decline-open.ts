/**
 * Open reasons (`DeclineGrammar.openReasons`, read by decline.ts): a clause the grammar does not know is the visitor's
 * own words ("Cancel — I found a cheaper option", "Not right now, money is tight") and passes unless it judges:
 *
 *   - one of the pack's `judgements` (a good left to others, a failing pinned on oneself, a harm chosen …);
 *   - an `evaluative` word;
 *   - a thing of value (`valued`): anywhere in the clause, or, with `valued: 'refused'`, only in a clause that
 *     refuses it ("Skip the savings", "Auf den Bonus verzichten"), not in a circumstance ("money is tight").
 *
 * With `preferences: 'judged'` a preference ("ich warte lieber auf …") is read like any open clause, for its
 * judgements, instead of by the closed rule that it may name only the grammar's own words.
 */
import type { DeclineGrammar } from './pack-decline.js';
import { longestEnd, matchEnd, type Node, type Reading, type WordClasses } from './shapes.js';
import { ShapeSet } from './shape-set.js';
import type { PackWords } from './words.js';

export interface OpenParts {
  evaluative: Node;
  valued: Node;
  /** What refuses at a clause's start: heads, verbs, a label's refusing and renouncing verbs. */
  refusing: Node[];
  /** What refuses at a clause's end (verb-final: "verzichten", "sausen lassen"), or null. */
  closing: Node | null;
}

export function compileOpenReasons(
  grammar: DeclineGrammar,
  words: PackWords,
  classes: WordClasses,
  { evaluative, valued, refusing, closing }: OpenParts,
) {
  const open = grammar.openReasons;
  const refusedOnly = typeof open === 'object' && open.valued === 'refused';
  const judgements = new ShapeSet(open ? (grammar.judgements ?? []) : [], words, classes);
  const refuses = (r: Reading, from: number, to: number) =>
    refusing.some((node) => longestEnd(node, r, from, to) > from) ||
    (!!closing && r.toks.some((_, k) => k > from && k < to && longestEnd(closing, r, k, to) === to));
  /**
   * Does [from, to) judge: one of the judgements, or, with `byWords` (a clause the grammar does not know), an
   * evaluative word or a thing of value?
   */
  const judges = (r: Reading, from: number, to: number, byWords: boolean) => {
    if (judgements.find(r, from, to) !== null) return true;
    let value = false;
    for (let k = from; k < to && byWords; k++) {
      if (matchEnd(evaluative, r, k, to) > k) return true;
      value ||= matchEnd(valued, r, k, to) > k;
    }
    return value && (!refusedOnly || refuses(r, from, to));
  };
  return { judges, parseAll: () => judgements.parseAll() };
}
