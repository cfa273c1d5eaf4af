/**
 * Decline labels checked by what a neutral refusal is (the pack's DeclineGrammar), not by what shaming looks
 * like. The label is read clause by clause; each clause must be a refusal (head, object, time, courtesy) or
 * the visitor's own reason, and no clause may say anything evaluative about the visitor. What is left over is
 * what went beyond a refusal: the finding quotes it.
 *
 *   "No thanks, I'll pay monthly"            head · reason                  neutral
 *   "Continue without the add-on"            verb object                    neutral
 *   "No thanks, I like paying full price"    head · reason + evaluative     beyond: "I like paying full price"
 *   "Not now (others won't hesitate)"        head · ???                     beyond: "others won't hesitate"
 */
import type { DeclineGrammar } from './pack.js';
import { buildClasses, match, ShapeSet, type Node, type Reading, type WordClass } from './shapes.js';
import type { Tokens } from './tokens.js';
import type { PackWords } from './words.js';

/** Characters between two tokens that end a clause in a label: dashes, parentheses, brackets, bars, semicolons. */
const CLAUSE_GAP = /[()[\]{}—–|;/]|\s-\s|\s-$|^-\s/;

export interface DeclineCheck {
  /** The token ranges of the clauses (or words) that go beyond a neutral refusal; empty when neutral. */
  beyond(t: Tokens, r: Reading): [number, number][];
}

export function compileDecline(grammar: DeclineGrammar, words: PackWords, packClasses: Map<string, WordClass>) {
  const own = buildClasses(
    words,
    {
      head: grammar.heads,
      verb: grammar.verbs,
      determiner: grammar.determiners,
      object: grammar.objects,
      modifier: grammar.modifiers,
      time: grammar.times,
      courtesy: grammar.courtesy,
      opener: grammar.reasonOpeners,
      // a name of one of the pack's classes stands for that class
      evaluative: grammar.evaluative.map((e) => (packClasses.has(e) ? `@${e}` : e)),
    },
    packClasses,
  );
  const classes = new Map([...packClasses, ...own]);
  const evaluative: Node = { k: 'class', name: 'evaluative', cls: own.get('evaluative')! };
  const cls = (name: string): Node => ({ k: 'class', name, cls: classes.get(name)! });
  const reasons = new ShapeSet(grammar.reasonShapes, words, classes);
  // one item of a refusal clause; the clause is a sequence of them
  const object: Node = {
    k: 'seq',
    items: [
      { k: 'opt', node: cls('determiner') },
      { k: 'opt', node: cls('determiner') },
      { k: 'opt', node: cls('modifier') },
      { k: 'opt', node: cls('modifier') },
      cls('object'),
      { k: 'opt', node: cls('object') },
      // French and Spanish put most adjectives after the noun: "mon offre actuelle", "mi plan actual"
      { k: 'opt', node: cls('modifier') },
    ],
  };
  const item: Node = {
    k: 'alt',
    options: [
      cls('head'),
      { k: 'seq', items: [cls('verb'), { k: 'opt', node: object }] },
      object,
      cls('time'),
      cls('courtesy'),
    ],
  };
  /** Does [from, to) read as refusal items only? Greedy with backtracking inside each item; bounded by the clause. */
  const isRefusal = (r: Reading, from: number, to: number, depth = 0): boolean => {
    if (from === to) return true;
    if (depth > 8) return false;
    return match(item, r, from, (j) => j > from && j <= to && isRefusal(r, j, to, depth + 1)) >= 0;
  };
  const opener = cls('opener');
  const isReason = (r: Reading, from: number, to: number) =>
    match(opener, r, from, (j) => j <= to) > from || reasons.whole(r, from, to);

  return {
    beyond(t: Tokens, r: Reading): [number, number][] {
      const out: [number, number][] = [];
      const n = r.toks.length;
      let from = 0;
      for (let i = 0; i <= n; i++) {
        const boundary =
          i === n ||
          r.toks[i] === '.' ||
          r.toks[i] === ',' ||
          r.toks[i] === ':' ||
          (i > 0 && CLAUSE_GAP.test(gapBefore(t, i)));
        if (!boundary) continue;
        const to = i;
        if (to > from && !isRefusal(r, from, to) && !isReason(r, from, to)) out.push([from, to]);
        else
          for (let k = from; k < to; k++)
            if (match(evaluative, r, k, (j) => j <= to) > k) {
              out.push([from, to]);
              break;
            }
        from = r.toks[i] === '.' || r.toks[i] === ',' || r.toks[i] === ':' ? i + 1 : i;
      }
      return out;
    },
  } satisfies DeclineCheck;
}

/** The text between token i-1 and token i (what separated them: spaces, dashes, parentheses). */
function gapBefore(t: Tokens, i: number): string {
  const text = t.text;
  return text.slice(t.to[i - 1], t.from[i]);
}
