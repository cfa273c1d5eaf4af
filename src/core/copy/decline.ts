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
import { buildClasses, ends, longestEnd, matchEnd, type Node, type Reading, type WordClasses } from './shapes.js';
import { ShapeSet } from './shape-set.js';
import type { Tokens } from './tokens.js';
import type { PackWords } from './words.js';
import { attachesSelf, breaksBefore, compileDeclineLabel, labelClasses } from './decline-label.js';
import { compileOpenReasons } from './decline-open.js';

export interface DeclineCheck {
  /**
   * The token ranges of the clauses that go beyond a neutral refusal; empty when neutral. With `noRole`, copy is
   * read this way only when it is a decline label all the same: it opens with a clear refusal ("No thanks, …",
   * "Not now — …"), or its shape says it is a label (decline-label.ts: "Skip, I'm …", "Cancel and lose …").
   */
  beyond(t: Tokens, r: Reading, noRole?: boolean): [number, number][];
  /** Parses every reason shape now (a whole-pack compile). */
  parseAll(): void;
}

export function compileDecline(grammar: DeclineGrammar, words: PackWords, packClasses: WordClasses) {
  const own = buildClasses(
    words,
    {
      'decline:head': grammar.heads,
      'decline:verb': grammar.verbs,
      'decline:determiner': grammar.determiners,
      'decline:object': grammar.objects,
      'decline:modifier': grammar.modifiers,
      'decline:time': grammar.times,
      'decline:courtesy': grammar.courtesy,
      'decline:opener': grammar.reasonOpeners,
      'decline:alternative': grammar.alternativeOpeners ?? [],
      'decline:preference': grammar.preference ?? [],
      'decline:openPreference': grammar.openPreference ?? [],
      'decline:neutral': grammar.neutral ?? [],
      'decline:confirmation': grammar.confirmations ?? [],
      'decline:habit': grammar.habit?.verbs ?? [],
      // a name of one of the pack's classes stands for that class
      'decline:evaluative': grammar.evaluative.map((e) => (packClasses.has(e) ? `@${e}` : e)),
      'decline:valued': (grammar.valued ?? []).map((e) => (packClasses.has(e) ? `@${e}` : e)),
      ...labelClasses(grammar.label),
    },
    packClasses,
  );
  const classes = own; // its own classes, then the pack's
  const evaluative: Node = { k: 'class', name: 'evaluative', cls: own.get('decline:evaluative')! };
  const valued: Node = { k: 'class', name: 'valued', cls: own.get('decline:valued')! };
  const cls = (name: string): Node => ({ k: 'class', name, cls: classes.get(name)! });
  const reasons = new ShapeSet(grammar.reasonShapes, words, classes);
  const firstPerson = grammar.firstPerson;
  // one item of a refusal clause; the clause is a sequence of them
  const object: Node = {
    k: 'seq',
    items: [
      { k: 'opt', node: cls('decline:determiner') },
      { k: 'opt', node: cls('decline:determiner') },
      { k: 'opt', node: cls('decline:modifier') },
      { k: 'opt', node: cls('decline:modifier') },
      // a thing of value naming a product ("the protection plan", "the security package"): the product is declined
      { k: 'opt', node: valued },
      cls('decline:object'),
      { k: 'opt', node: cls('decline:object') },
      // modifiers that follow the noun (Spanish, French: "mi plan actual")
      { k: 'opt', node: cls('decline:modifier') },
    ],
  };
  // a modifier standing for its noun: "keep me on Basic", "the free one"
  const bare: Node = {
    k: 'seq',
    items: [
      { k: 'opt', node: cls('decline:determiner') },
      { k: 'opt', node: cls('decline:determiner') },
      cls('decline:modifier'),
    ],
  };
  // After a refusal, whatever it names is neutral unless it is evaluative or something of value: "Continue
  // without priority support", "No extended warranty", but not "Skip the savings". Up to four words.
  const neutralWord: Node = {
    k: 'seq',
    items: [
      { k: 'not', node: evaluative },
      { k: 'not', node: valued },
      { k: 'gap', max: 1 },
    ],
  };
  const named: Node = {
    k: 'seq',
    items: [
      { k: 'opt', node: cls('decline:determiner') },
      neutralWord,
      { k: 'opt', node: neutralWord },
      { k: 'opt', node: neutralWord },
      { k: 'opt', node: neutralWord },
    ],
  };
  const item: Node = {
    k: 'alt',
    options: [
      bare,
      { k: 'seq', items: [cls('decline:head'), { k: 'opt', node: named }] },
      { k: 'seq', items: [cls('decline:verb'), { k: 'opt', node: named }] },
      // a label's refusing verbs refuse what they name like the grammar's own ("Ignore this warning")
      ...(grammar.label ? [{ k: 'seq', items: [cls('label:opener'), { k: 'opt', node: named }] } satisfies Node] : []),
      object,
      cls('decline:time'),
      cls('decline:courtesy'),
      cls('decline:confirmation'),
    ],
  };
  /** A refusal said in words that can only refuse: heads, times and courtesy ("No thanks", "Not now, sorry"). */
  const plainItem: Node = { k: 'alt', options: [cls('decline:head'), cls('decline:time'), cls('decline:courtesy')] };
  /** The words a plain item can open with (its classes' words and their phrases' first words), made on first use. */
  let plainFirst: Set<string> | undefined;
  const opensPlain = (r: Reading): boolean => {
    if (!plainFirst) {
      plainFirst = new Set();
      for (const option of plainItem.k === 'alt' ? plainItem.options : [])
        if (option.k === 'class') {
          option.cls.single.forEach((w) => plainFirst!.add(w));
          option.cls.phrases.forEach((_, w) => plainFirst!.add(w));
        }
    }
    const keys = r.keys[0];
    if (keys) for (let k = 0; k < keys.length; k++) if (plainFirst.has(keys[k]!)) return true;
    return false;
  };
  /** Does [from, to) read as refusal items only? Which positions of the clause the items can reach, left to right. */
  const isRefusal = (r: Reading, from: number, to: number, items: Node = item): boolean => {
    if (to - from > 24) return false; // no refusal is that long
    let reach = 1; // bit k: the items can cover [from, from + k)
    for (let k = 0; k < to - from; k++) {
      if (!(reach & (1 << k))) continue;
      reach |= (ends(items, r, from + k) & ~1) << k;
    }
    return !!(reach & (1 << (to - from)));
  };
  const opener = cls('decline:opener');
  const courtesy = cls('decline:courtesy');
  const CLAUSE_END = new Set(['.', ',', ':']);
  const alternative = cls('decline:alternative');
  const time = cls('decline:time');
  /**
   * Where the visitor's own reason starts saying what it is (after its opener, and after a time before it:
   * "Today I'll …"), or -1 when the clause is no reason. An alternative ("I'd rather …") must go on in refusal
   * words or a reason of the pack's, so it is about the offer.
   */
  const reasonBody = (r: Reading, from: number, to: number, byKind: boolean) => {
    const start = Math.max(from, longestEnd(time, r, from, to));
    const other = longestEnd(alternative, r, start, to);
    // …or in one of the pack's reasons: "I'd rather make a one-off donation"
    if (other > start) return isRefusal(r, other, to) || reasons.whole(r, other, to) ? other : -1;
    const end = longestEnd(opener, r, start, to);
    // by kind, an opener alone makes no reason: the clause must read as one of the pack's kinds of reasons (its
    // reason shapes whole)
    if (end > start) {
      if (reasons.whole(r, start, to) || reasons.whole(r, from, to)) return end;
      return byKind ? -1 : end;
    }
    // a pro-drop first-person verb opens the visitor's own plan: "subiré una foto más tarde"
    if (start < to && firstPerson && endsWithOne(r.toks[start]!, firstPerson.endings)) {
      const notWith = firstPerson.notWithEndings ?? [];
      for (let k = start + 1; k < to; k++) if (endsWithOne(r.toks[k]!, notWith)) return -1;
      return namesValue(r, start, to) ? -1 : start + 1;
    }
    return reasons.whole(r, from, to) || (start > from && reasons.whole(r, start, to)) ? from : -1;
  };
  // a preference names only what the grammar knows to be neutral ("lieber monatlich", not "lieber Tiefkühlpizza")
  const preference = cls('decline:preference');
  const known = [
    'head',
    'verb',
    'determiner',
    'object',
    'modifier',
    'time',
    'courtesy',
    'opener',
    'preference',
    'neutral',
  ].map((name) => cls(`decline:${name}`));
  const knownAt = (r: Reading, k: number, to: number) => {
    if (/^\d/.test(r.toks[k]!)) return k + 1;
    let end = -1;
    for (const node of known) end = Math.max(end, longestEnd(node, r, k, to));
    return end;
  };
  // with `openPreference`, a new alternative ("lieber") is open; going on as before or a taste keeps this test
  const openPreference = grammar.openPreference ? cls('decline:openPreference') : null;
  const marks = (r: Reading, k: number, to: number) => {
    const end = matchEnd(preference, r, k, to);
    return end > k && !(openPreference && matchEnd(openPreference, r, k, to) === end);
  };
  const isOddPreference = (r: Reading, from: number, to: number) => {
    let marked = false;
    for (let k = from; k < to && !marked; k++) marked = marks(r, k, to);
    if (!marked) return false;
    for (let k = from; k < to;) {
      const end = knownAt(r, k, to);
      if (end <= k) return true;
      k = end;
    }
    return false;
  };

  const habitVerbs = cls('decline:habit');
  const grammarVerb = cls('decline:verb');
  /** Does the reason [from, to) go on doing something not of the offer ("I'll keep writing passwords down")? */
  const oddHabit = (r: Reading, from: number, to: number) => {
    if (!grammar.habit) return false;
    for (let k = from; k < to - 1; k++) {
      const end = longestEnd(habitVerbs, r, k, to);
      if (end <= k || end >= to || !r.toks[end]!.endsWith(grammar.habit.ending)) continue;
      if (longestEnd(grammarVerb, r, end, to) <= end && !(action && isVerb(r, end))) return true;
    }
    return false;
  };

  const action = grammar.action;
  const actionBefore = new Set(action?.before ?? []);
  const actionNotWith = new Set(action?.notWith ?? []);
  const actionVerbs = new Set((action?.verbs ?? []).map((verb) => words.literal(verb).join(' ')));
  const isVerb = (r: Reading, k: number) =>
    endsWithOne(r.toks[k]!, action!.endings) || r.keys[k]!.some((key) => actionVerbs.has(key));
  const endsWithOne = (word: string, endings: readonly string[]) =>
    endings.some((ending) => word.length >= ending.length + 2 && word.endsWith(ending));
  /**
   * Does any word of [from, to) say something evaluative or name something of value? The action's own verb is
   * not read as a thing of value on its own (a compound's head: "zurückstufen" is no "Stufe"), only as
   * evaluative or as the start of a valued phrase ("cuidar el planeta").
   */
  const namesValue = (r: Reading, from: number, to: number, verb = -1) => {
    for (let k = from; k < to; k++)
      if (matchEnd(evaluative, r, k, to) > k || matchEnd(valued, r, k, to) > (k === verb ? k + 1 : k)) return true;
    return false;
  };
  /** A plain action label the grammar has no entry for: its verb by its ending, no subject, nothing of value. */
  const isAction = (r: Reading, from: number, to: number) => {
    if (!action || to <= from || to - from > (action.maxWords ?? 6)) return false;
    for (let k = from; k < to; k++) if (actionNotWith.has(r.toks[k]!) || !/\p{L}/u.test(r.toks[k]!)) return false;
    let verb = from;
    if (action.at === 'last') verb = to - 1;
    else while (verb < to - 1 && actionBefore.has(r.toks[verb]!)) verb++;
    return isVerb(r, verb) && !namesValue(r, from, to, verb);
  };

  const self = grammar.label ? cls('label:self') : null;
  const addressee = grammar.label ? cls('label:addressee') : null;
  /** Does the copy address the visitor with no self word in it (the page speaking, not the visitor)? */
  const pageSpeaks = (r: Reading) => {
    if (!self || !addressee) return false;
    let addressed = false;
    for (let k = 0; k < r.toks.length; k++) {
      if (longestEnd(self, r, k) > k || attachesSelf(grammar.label, r.toks[k]!)) return false;
      addressed ||= longestEnd(addressee, r, k) > k;
    }
    return addressed;
  };

  const openClauses = compileOpenReasons(grammar, words, classes, {
    evaluative,
    valued,
    refusing: [
      cls('decline:head'),
      grammarVerb,
      ...(grammar.label ? [cls('label:opener'), cls('label:renouncing')] : []),
    ],
    closing: grammar.label?.closers ? cls('label:closer') : null,
  });
  const open = !!grammar.openReasons;
  const judgedPreferences = typeof grammar.openReasons === 'object' && grammar.openReasons.preferences === 'judged';

  // a plain action label's verb as typed (its ending, or one of the action's or the grammar's verbs): a participle
  // opens a status ("Skipped (Failure)"), not a label
  const typedVerbs = new Set(
    [...grammar.verbs, ...(action?.verbs ?? [])].map((verb) => words.literal(verb).at(action?.at === 'last' ? -1 : 0)!),
  );
  const typedVerb = (tok: string | undefined) =>
    !!tok && !!action && (endsWithOne(tok, action.endings) || typedVerbs.has(tok));
  const verbAt = (r: Reading, to: number) => {
    if (action?.at === 'last') return to - 1;
    let verb = 0;
    while (verb < to - 1 && actionBefore.has(r.toks[verb]!)) verb++;
    return verb;
  };
  const isLabel = compileDeclineLabel(grammar.label, words, classes, {
    head: cls('decline:head'),
    time,
    courtesy,
    valued,
    evaluative,
    alternative,
    // a preference word that opens a new alternative ("lieber"), not a taste ("j'adore …" opens a testimonial)
    prefers: grammar.openPreference?.length ? openPreference : null,
    mayAct: (t, r) => {
      if (action?.at !== 'last') return typedVerb(r.toks[0]) || actionBefore.has(r.toks[0]!);
      let to = 1; // verb-final: the first clause's last word
      while (to < r.toks.length && !breaksBefore(t, to)) to++;
      return typedVerb(r.toks[to - 1]);
    },
    acts: (t, r, to) => {
      const verb = verbAt(r, to);
      // verb-final, the infinitive after its object, in lower case ("Basis behalten"): a capital is a noun ("Kunden")
      if (action?.at === 'last' && (verb === 0 || !/\p{Ll}/u.test(t.text[t.from[verb]!]!))) return false;
      return typedVerb(r.toks[verb]) && isAction(r, 0, to);
    },
  });

  /** The clauses beyond a refusal; with `opened`, null when the copy does not open with a clear refusal. */
  const read = (
    t: Tokens,
    r: Reading,
    opened: boolean,
    byKind: boolean,
    lenient = false,
  ): [number, number][] | null => {
    const out: [number, number][] = [];
    // most copy does not open with a refusal: a look at the first token's keys says so (a plain item starts with one
    // of its classes' words), before the item itself is matched
    if (opened && (!opensPlain(r) || !(ends(plainItem, r, 0) & ~1))) return null;
    const n = r.toks.length;
    let from = 0;
    for (let i = 0; i <= n; i++) {
      if (i < n && !breaksBefore(t, i)) continue;
      const to = i;
      if (opened && from === 0) {
        // a clear refusal first: two words or more ("no thanks", "not now"), or one ("No", "Nah") when the
        // visitor goes on in the first person ("No, I'd rather …"); not a bare "No, you will …"
        const firstPerson = i < n && longestEnd(opener, r, i + 1) > i + 1;
        // or one with its thanks after a comma ("No, gracias, …", "Non, merci, …"): the thanks is the clause after
        const thanksEnd = i < n && r.toks[i] === ',' ? longestEnd(courtesy, r, i + 1) : -1;
        const thanked = thanksEnd > i + 1 && (thanksEnd === n || CLAUSE_END.has(r.toks[thanksEnd]!));
        if (i === n || (to - from < 2 && !firstPerson && !thanked) || !isRefusal(r, from, to, plainItem)) return null;
        // after one word, "we" with "your" and no self word is the page, not the visitor: "No, we never sell your
        // data", "Sorry, we could not process your request"
        if (to - from < 2 && !thanked && pageSpeaks(r)) return null;
        // thanks alone, then a new sentence, opens a confirmation ("Vielen Dank! Ihre Bestellung ist eingegangen."),
        // and so does thanks, then the visitor's own thing told by the page ("Thank you — your receipt is on its way")
        if (longestEnd(courtesy, r, from) === to) {
          const next = CLAUSE_END.has(r.toks[i]!) ? i + 1 : i;
          if (r.toks[i] === '.' || (addressee && longestEnd(addressee, r, next) > next && pageSpeaks(r))) return null;
        }
        from = r.toks[i] === '.' || r.toks[i] === ',' || r.toks[i] === ':' ? i + 1 : i;
        continue;
      }
      // an action label is never a question ("Cuidar el planeta? Paso" asks about a good, then refuses it)
      const question = i < n && t.text[t.from[i]!] === '?';
      const refusal = to > from && (isRefusal(r, from, to) || (!question && isAction(r, from, to)));
      const body = refusal ? from : reasonBody(r, from, to, byKind);
      // open reasons: a clause the grammar does not know is the visitor's own words, unless it judges
      const unknown = open && to > from && body < 0 && !refusal;
      const judged = open && to > from && openClauses.judges(r, from, to, unknown);
      if (unknown) {
        // with `openPreference` the closed tests of an alternative ("I'd rather eat instant noodles forever") and of
        // going on as before or a taste stay, in a clause the grammar does not know too
        const start = Math.max(from, longestEnd(time, r, from, to));
        const closed =
          !lenient &&
          !!openPreference &&
          (longestEnd(alternative, r, start, to) > start || isOddPreference(r, from, to));
        if (judged || question || closed || oddHabit(r, from, to)) out.push([from, to]);
      } else if (
        judged ||
        (to > from &&
          (body < 0 ||
            (!refusal &&
              ((!(judgedPreferences && !openPreference) && isOddPreference(r, from, to)) || oddHabit(r, body, to)))))
      )
        out.push([from, to]);
      else
        for (let k = body; k < to; k++)
          if (matchEnd(evaluative, r, k, to) > k) {
            out.push([from, to]);
            break;
          }
      from = r.toks[i] === '.' || r.toks[i] === ',' || r.toks[i] === ':' ? i + 1 : i;
    }
    return out;
  };

  return {
    parseAll: () => {
      own.all();
      reasons.parseAll();
      openClauses.parseAll();
    },
    beyond(t: Tokens, r: Reading, noRole = false): [number, number][] {
      const byKind = !!grammar.reasonsByKind;
      if (!noRole) return read(t, r, false, byKind)!;
      // copy read as a label only by its shape ("I keep my receipts in the app") may be a testimonial or the
      // page's own copy: there an opener still makes a reason, and only what is evaluative goes beyond
      const opened = read(t, r, true, byKind);
      if (opened) return opened;
      const label = isLabel(t, r);
      return label ? read(t, r, false, false, label === 'alternative')! : [];
    },
  } satisfies DeclineCheck;
}
