/**
 * When copy of no role is a decline label all the same: a decline link crawled from a page, a button whose role
 * nobody declared. Such copy is read with the decline grammar (decline.ts) when its own shape says it is a label:
 *
 *   short (a label, not a paragraph), no question, opening with a refusal (a head of the grammar: "Skip", "Nah",
 *   "Cancel"; a verb of `label.openers`: "Ignore"; or of `label.renouncing`: "Forfeit", "Renunciar a"), or, verb-final, closing with one
 *   ("Auf den Bonus verzichten"), and then going on as a label does:
 *   - after a break or a join: "Skip, I'm …" · "Cancel and lose …" · "Dismiss — someone …" · "Nope! …";
 *   - or in the visitor's own voice: "Leave without my free gift", "Ignorar mi descuento";
 *   or asking about a good, then refusing it: "Free delivery? Nah, …", "¿Cuidar el planeta? Paso".
 *
 * The page's own copy opening with the same words is not a label: it addresses the visitor ("Cancel anytime in
 * your account", "Ignore this email if you did not ask"), names what the refusal applies to and stops ("Skip to
 * content", "Leave a review"), or answers a question ("No, the trial is free": an answer word alone opens a label
 * only when the visitor speaks).
 */
import type { DeclineLabelWords } from './pack-decline.js';
import { longestEnd, matchesExactly, type Node, type Reading, type WordClasses } from './shapes.js';
import type { Tokens } from './tokens.js';
import type { PackWords } from './words.js';

/** A label is at most this many words; past it, copy is a sentence or a paragraph of the page. */
const MAX_LABEL_WORDS = 14;
/** A refusal and its object, with no break or join, is a label up to this many words. */
const MAX_OBJECT_WORDS = 7;
/** How many words a good asked about before its refusal may take ("Free delivery? Nah"). */
const TOPIC_WORDS = 5;
/** How many words a verb-final refusal may take (a particle verb: "verfallen lassen"). */
const CLOSER_WORDS = 3;

/** Characters between two tokens that end a clause in a label: dashes, parentheses, brackets, bars, semicolons. */
export const CLAUSE_GAP = /[()[\]{}—–|;/]|\s-\s|\s-$|^-\s/;

/** Does a clause end before token i: a `.` `,` `:` token, or a dash or parenthesis between i-1 and i? */
export function breaksBefore(t: Tokens, i: number): boolean {
  const tok = t.toks[i];
  if (tok === '.' || tok === ',' || tok === ':') return true;
  if (i <= 0 || i >= t.toks.length) return false;
  const gapped = t.from[i]! - t.to[i - 1]! > 1 || t.text[t.to[i - 1]!] !== ' ';
  return gapped && CLAUSE_GAP.test(t.text.slice(t.to[i - 1], t.from[i]));
}

export interface LabelParts {
  head: Node;
  time: Node;
  courtesy: Node;
  /** The grammar's things of value ("savings", "free shipping") and its evaluative words. */
  valued: Node;
  evaluative: Node;
  /** Openers of the visitor's own alternative ("I'd rather", "prefiero") and preference words ("lieber"). */
  alternative: Node;
  prefers: Node | null;
  /** Could the copy open (or, verb-final, close) with a plain action's verb, by its typed form? One look. */
  mayAct(t: Tokens, r: Reading): boolean;
  /** Is [0, to) a plain action label of the grammar ("Return to the basic plan", "Basis behalten")? */
  acts(t: Tokens, r: Reading, to: number): boolean;
}

/**
 * `isLabel(t, r)`: is this copy of no role a decline label? Linear in the text, one look for most copy. `'alternative'`
 * when only the visitor's own alternative says so ("I'd rather …"): then what it prefers is read for its judgements,
 * not by the closed rule that it names only the grammar's words ("I'd rather store my files locally" is no label's
 * jab).
 */
export function compileDeclineLabel(
  words: DeclineLabelWords | undefined,
  pack: PackWords,
  classes: WordClasses,
  { head, time, courtesy, valued, evaluative, alternative, prefers, mayAct, acts }: LabelParts,
) {
  if (!words) return (): boolean | 'alternative' => false;
  // the verbs as typed, not their inflections: a participle opens a notice, not a label ("Fermé demain (férié)")
  const typed = (list: readonly string[], at: 0 | -1) =>
    new Set(list.map((entry) => pack.literal(entry).at(at)!).filter(Boolean));
  const firstWords = typed([...words.openers, ...words.renouncing], 0);
  // the heads as typed too: a participle of one is a status, not a refusal ("Skipped (Failure)", "Annulé")
  const headWords = new Set<string>();
  if (head.k === 'class') {
    head.cls.single.forEach((w) => headWords.add(w));
    head.cls.phrases.forEach((_, w) => headWords.add(w));
  }
  const lastWords = typed(words.closers ?? [], -1);
  const cls = (name: string): Node => ({ k: 'class', name, cls: classes.get(name)! });
  const opener = cls('label:opener');
  const renouncing = cls('label:renouncing');
  const closer = cls('label:closer');
  const join = cls('label:join');
  const self = cls('label:self');
  const addressee = cls('label:addressee');
  const answer = cls('label:answer');
  const isQuestion = (t: Tokens, k: number) => t.toks[k] === '.' && t.text[t.from[k]!] === '?';
  // every word a label can open with (a head's, a self word's, a verb's), so most copy is passed over in one look
  const starts = new Set(firstWords);
  for (const node of [head, self, alternative])
    if (node.k === 'class')
      for (const set of [node.cls.single, node.cls.phrases.keys()]) for (const w of set) starts.add(w);
  const mayOpen = (t: Tokens, r: Reading) => {
    const n = r.toks.length;
    const first = r.keys[0];
    if (first) for (let k = 0; k < first.length; k++) if (starts.has(first[k]!)) return true;
    if (lastWords.has(r.keys[n - 1]?.[0] ?? '') || mayAct(t, r)) return true;
    for (let q = 1; q <= TOPIC_WORDS && q < n; q++) if (isQuestion(t, q)) return true;
    return false;
  };
  const has = (node: Node, r: Reading) => {
    for (let k = 0; k < r.toks.length; k++) if (longestEnd(node, r, k) > k) return true;
    return false;
  };
  /** Does the copy end in a refusing verb, not negated ("Nicht verpassen" is urgency), in one clause? */
  const closes = (t: Tokens, r: Reading) => {
    const n = r.toks.length;
    for (let k = Math.max(1, n - CLOSER_WORDS); k < n; k++) {
      if (!lastWords.has(r.keys[n - 1]![0]!) || !matchesExactly(closer, r, k, n)) continue;
      for (let j = 1; j < n; j++) if (breaksBefore(t, j)) return false;
      for (let j = 0; j < k; j++) if (longestEnd(head, r, j) === k) return false;
      return true;
    }
    return false;
  };

  /**
   * A good asked about, then refused: "<a good>? <a refusal> …" ("Free delivery? Nah, …"). The question names
   * something of value or an evaluative word in at most TOPIC_WORDS words, the refusal is a head of the grammar
   * (not an answer word alone), and it is the only question; the page asking "Wrong size? Return it" names no good.
   */
  const asksThenRefuses = (t: Tokens, r: Reading) => {
    const n = r.toks.length;
    let q = 1;
    while (q <= TOPIC_WORDS && q < n && !isQuestion(t, q)) q++;
    if (q > TOPIC_WORDS || q >= n - 1) return false;
    for (let k = q + 1; k < n; k++) if (isQuestion(t, k)) return false;
    const refusal = longestEnd(head, r, q + 1);
    if (refusal <= q + 1 || longestEnd(answer, r, q + 1) === refusal) return false;
    for (let k = 0; k < q; k++) if (longestEnd(valued, r, k, q) > k || longestEnd(evaluative, r, k, q) > k) return true;
    return false;
  };

  /**
   * The visitor saying no in the first person, short: a self word, then (after at most one more: "je me …") a
   * refusal or a refusing verb, inflected ("Ich bleibe beim …", "Je garde ma …", "Je dis non à …"); not any verb
   * ("I don't want to lose my data" is no refusal of the offer).
   */
  const refusesInPerson = (r: Reading) => {
    if (r.toks.length < 3 || longestEnd(self, r, 0) !== 1) return false;
    for (let k = 1; k <= 2 && k < r.toks.length; k++) {
      const refusal = Math.max(longestEnd(head, r, k), longestEnd(opener, r, k), longestEnd(renouncing, r, k));
      if (refusal > k) return r.toks.length > refusal;
      if (longestEnd(self, r, k) !== k + 1) return false;
    }
    return false;
  };

  /**
   * The visitor's own alternative opening the copy, in the first person: an alternative opener ("I'd rather …",
   * "Prefiero …", "Mejor …"), or a self word and a word that opens a new alternative (the grammar's `openPreference`)
   * in its first clause ("Ich schaue lieber weg"); not a taste ("J'adore la livraison" is a testimonial).
   * The grammar then reads the alternative: the visitor's plain one passes, a worse or absurd one shames.
   */
  const prefersInPerson = (t: Tokens, r: Reading) => {
    for (let k = 0; k < r.toks.length - 1; k++) if (r.toks[k] === '.') return false; // one sentence
    if (longestEnd(alternative, r, 0) > 0) return true;
    if (longestEnd(self, r, 0) !== 1) return false;
    if (longestEnd(alternative, r, 1) > 1) return true;
    if (prefers)
      for (let k = 1; k < r.toks.length && !breaksBefore(t, k); k++) if (longestEnd(prefers, r, k) > k) return true;
    return false;
  };

  /**
   * A plain action label of no role, in one sentence: its first clause an action the grammar reads (its verb as
   * typed: "Return to …", "Seguir …", "Basis behalten"; a participle is a status: "Skipped"), alone or followed by a
   * clause after a comma, a dash or a parenthesis ("Pay monthly, maths isn't my thing", "Abo beenden – …").
   * Not after a colon (a heading: "Exclusive offer: 40% off") nor a full stop (two sentences: "Buy now. Pay later.").
   * The grammar reads it: a plain action passes, a judgement in it or after it shames.
   */
  const actsInOneSentence = (t: Tokens, r: Reading) => {
    const n = r.toks.length;
    for (let k = 0; k < n - 1; k++) if (r.toks[k] === '.') return false;
    let to = 1;
    while (to < n && !breaksBefore(t, to)) to++;
    return (to === n || r.toks[to] !== ':') && acts(t, r, to);
  };

  return (t: Tokens, r: Reading): boolean | 'alternative' => {
    if (!mayOpen(t, r)) return false;
    const n = r.toks.length;
    const headEnd = headWords.size && !headWords.has(r.keys[0]?.[0] ?? '') ? -1 : longestEnd(head, r, 0);
    const verbEnd = firstWords.has(r.keys[0]?.[0] ?? '')
      ? Math.max(longestEnd(opener, r, 0), longestEnd(renouncing, r, 0))
      : -1;
    let end = Math.max(headEnd, verbEnd);
    const last = end <= 0 && n > 1 && closes(t, r);
    const asked = end <= 0 && !last && asksThenRefuses(t, r);
    const inPerson = end <= 0 && !last && !asked && refusesInPerson(r);
    const none = end <= 0 && !last && !asked && !inPerson;
    const alternative = none && prefersInPerson(t, r);
    const acted = none && !alternative && actsInOneSentence(t, r);
    if (none && !alternative && !acted) return false; // most copy: one look at its first words
    let count = 0;
    for (let k = 0; k < n; k++) {
      // words, not elided letters ("d'achat"): a label of 14 words is long already
      if (/\p{L}\p{L}|\d/u.test(r.toks[k]!) && ++count > MAX_LABEL_WORDS) return false;
      if (!asked && isQuestion(t, k)) return false; // a question is the page asking
    }
    const speaks = has(self, r) || r.toks.some((tok) => attachesSelf(words, tok));
    // the page speaking to the visitor, not the visitor's own label
    if (!speaks && has(addressee, r)) return false;
    // a first-person refusal, an alternative, an action: a label up to MAX_LABEL_WORDS (the French "Je reste avec ma
    // vieille …, tant pis" kind runs to 13 words; at 8, as before, bench/real's honest copy was the same)
    if (alternative) return 'alternative';
    if (last || asked || inPerson || acted) return true;
    // refusal items go on: a time, a courtesy ("Skip for now", "Cancel anytime")
    for (let more = end; more > 0 && end < n; end = more) {
      more = Math.max(longestEnd(time, r, end), longestEnd(courtesy, r, end));
      if (more <= end) break;
    }
    if (end >= n) return false; // a refusal and nothing else: nothing beyond it to read
    const broken = breaksBefore(t, end) || longestEnd(join, r, end) > end;
    // an answer word alone is a label only in the visitor's voice ("No, I …"), and after a break: "No sell …" is
    // a negated action, not a refusal; a page answers with it too ("No, nothing is lost", "Non, les autres
    // utilisateurs ne voient pas la commande"), so a judgement after it is no sign of a label
    if (headEnd === end && longestEnd(answer, r, 0) === end) return broken && speaks;
    if (broken) return true;
    // a refusal naming its object ("Skip to content", "Leave a review") is a label only in the visitor's voice:
    // short and in one clause ("Leave without my gift"; not "Opt out of the sale of my personal information", nor
    // "Back in stock: notify me"), or a refusing verb's object and a clause after it ("Ignore the tips (I know
    // best)"), or a verb that gives something up (what it names is never neutral), even with no self word
    // when what it gives up is of value
    const renounced = verbEnd > 0 && longestEnd(renouncing, r, 0) > 0;
    let clause = end + 1;
    while (clause < n && !breaksBefore(t, clause) && longestEnd(join, r, clause) < 0) clause++;
    // giving up a thing of value is a label whoever speaks ("Throw away free money", "Dejar escapar el ahorro")
    if (renounced) for (let k = end; k < clause; k++) if (longestEnd(valued, r, k, clause) > k) return true;
    if (!speaks) return false;
    if (renounced) return true;
    // the visitor's own thing named after the refusal, or a clause of theirs after a refusing verb
    if (clause < n) return verbEnd > 0 && breaksBefore(t, clause);
    return count <= MAX_OBJECT_WORDS;
  };
}

/** Does token k carry a self pronoun attached to its verb (`selfEndings`: "quedarme", "olvidándome")? */
export function attachesSelf(words: DeclineLabelWords | undefined, tok: string): boolean {
  const endings = words?.selfEndings;
  if (!endings) return false;
  for (const ending of endings) if (tok.length >= ending.length + 2 && tok.endsWith(ending)) return true;
  return false;
}

/** The label words as classes for buildClasses. */
export function labelClasses(words: DeclineLabelWords | undefined): Record<string, readonly string[]> {
  if (!words) return {};
  return {
    'label:opener': words.openers,
    'label:renouncing': words.renouncing,
    'label:closer': words.closers ?? [],
    'label:join': words.joins,
    'label:self': words.self,
    'label:addressee': words.addressee,
    'label:answer': words.answers,
  };
}
