/**
 * checkCopy: the words of one copy field against the copy rules (`confirmshaming`, `false-urgency`,
 * `pressure`, `vague-cta`, `reading-level`). Pure, DOM-free, linear in the length of the text.
 *
 * The text is tokenised once (`tokens.ts`); the rules are patterns over tokens (`patterns.ts`), a
 * polarity scanner for confirmshaming (`polarity.ts`) and a scanner for countdown timers. At most one finding per rule, quoting the words that triggered it.
 */
import type { CopyCheckOptions, Finding } from '../finding.js';
import { tokenize, type Tokens } from './tokens.js';
import {
  ACTIVITY_WORD,
  CLOCK_AFTER,
  CLOCK_BEFORE,
  CONFIRMSHAMING,
  FALSE_URGENCY,
  PRESSURE,
  RELATIVE_TIME,
  TIMER_CUES,
  UNITS,
  VAGUE_CTA,
} from './patterns.js';
import { findShamingByPolarity } from './polarity.js';
import { GatedPatterns } from './first-words.js';
import { PLAIN_GRADE, readability } from './readability.js';

/** Copy fields are short (the offer schema caps them at 2,000 characters); longer text is read up to here. */
export const MAX_CHECKED_CHARS = 20_000;

// One regular expression per pattern (V8 optimises small patterns far better than one huge alternation),
// gated by the words a match can start with and compiled on first use: compiling every pattern made the first
// call of a page or process ~30 ms; now copy compiles only the few patterns its words can start.
const RE = {
  shaming: new GatedPatterns(CONFIRMSHAMING),
  urgency: new GatedPatterns(FALSE_URGENCY),
  pressure: new GatedPatterns(PRESSURE),
  relativeTime: new GatedPatterns([RELATIVE_TIME]),
  activity: new GatedPatterns([ACTIVITY_WORD]),
};
let vague: RegExp | undefined;

/** A match as a token range [start, end). */
type Span = [number, number];

/** The first pattern that matches the tokens, as a token range. */
function find(patterns: GatedPatterns, t: Tokens): Span | null {
  const s = t.s;
  for (const k of patterns.candidates(t.toks)) {
    const m = patterns.regex(k).exec(s);
    if (!m) continue;
    const start = tokensBefore(s, m.index + 1);
    const end = tokensBefore(s, m.index + m[0].trimEnd().length);
    return [start, Math.max(end, start) + 1];
  }
  return null;
}

/** How many tokens start before offset `at` of a token string. */
function tokensBefore(s: string, at: number): number {
  let n = -1;
  for (let i = 0; i < at; i++) if (s.charCodeAt(i) === 32) n++;
  return n;
}

const UNIT_BIT: Record<string, number> = { d: 1, h: 2, m: 4, s: 8 };
const isNum = (x: string | undefined) => !!x && x.length <= 8 && x.charCodeAt(0) >= 48 && x.charCodeAt(0) <= 57;
const isSep = (x: string) => x === ':' || x === '.' || x === ',' || x === '/';

/**
 * A countdown timer in any of the forms shops print: "02:14:33", "2h 14m", "0 Days 16 Hours 09 Minutes",
 * "00DAYS00HOURS14MINUTES", "Ends in 08:41", or the bare labels "DAYS HRS MINS SECS".
 * One pass over runs of number, unit and separator tokens.
 */
export function findCountdown(toks: readonly string[]): Span | null {
  const n = toks.length;
  for (let i = 0; i < n;) {
    if (!isNum(toks[i]) && !UNITS[toks[i]!]) {
      i++;
      continue;
    }
    let kinds = 0; // bit set of d/h/m/s
    let count = 0; // distinct unit kinds
    let abbreviated = false;
    let nums = 0;
    let chain = 0;
    let maxChain = 0;
    let last = i;
    let j = i;
    for (; j < n; j++) {
      const x = toks[j]!;
      if (isNum(x)) {
        nums++;
        // A timer writes minutes and seconds with two digits (08:41, 1:02:33); "1:2:1" is a ratio.
        chain = toks[j - 1] === ':' && isNum(toks[j - 2]) && j - 2 >= i && x.length === 2 ? chain + 1 : 1;
        if (chain > maxChain) maxChain = chain;
        last = j;
      } else if (UNITS[x]) {
        const bit = UNIT_BIT[UNITS[x]!]!;
        if (!(kinds & bit)) count++;
        kinds |= bit;
        if (x.length <= 4 && x !== 'day' && x !== 'days' && x !== 'hour') abbreviated = true;
        last = j;
      } else if (!isSep(x)) break;
    }
    const span: Span = [i, last + 1];
    if (count >= 3) return span;
    // "Runtime 2 h 10 min", "from 2h 30m": a duration or a clock, not a countdown
    if (count >= 2 && nums >= 1 && (kinds & 8 || abbreviated) && !CLOCK_BEFORE.has(toks[i - 1] ?? '')) return span;
    if (maxChain >= 2) {
      const before: string[] = [];
      for (let k = i - 1; k >= 0 && before.length < 3; k--) if (toks[k] !== ':') before.push(toks[k]!);
      const next = toks[last + 1] ?? '';
      const clock = CLOCK_BEFORE.has(before[0] ?? '') || CLOCK_BEFORE.has(before[1] ?? '') || CLOCK_AFTER.has(next);
      const cue = before.some((x) => TIMER_CUES.has(x)) || kinds & 12 || next === 'left' || next === 'remaining';
      if (!clock && (maxChain >= 3 || cue)) return span;
    }
    i = j + 1;
  }
  return null;
}

function quote(text: string, t: Tokens, [start, end]: Span): string {
  return short(text.slice(t.from[start], t.to[end - 1]));
}

const short = (text: string) => {
  const q = text.replace(/\s+/g, ' ').trim();
  return q.length > 60 ? `${q.slice(0, 59)}…` : q;
};

const isDeclined = (role: CopyCheckOptions['role']) => role === 'decline' || role === 'stop';

/**
 * The copy rules over one field's text. Works with no options; `role` enables `vague-cta` (actions and the
 * ways to say no), `deadline` allows urgency copy when it is real and in the future, `source` allows a
 * scarcity or activity claim, `path` is put on every finding. Never throws.
 */
export function checkCopy(text: string, options: CopyCheckOptions = {}): Finding[] {
  return checkCopyUpTo(text, options, MAX_CHECKED_CHARS);
}

/** checkCopy reading up to `maxChars` characters (the benchmark times the uncapped checks with Infinity). */
export function checkCopyUpTo(text: string, options: CopyCheckOptions, maxChars: number): Finding[] {
  if (typeof text !== 'string' || !text.trim()) return [];
  options ??= {};
  const copy = text.length > maxChars ? text.slice(0, maxChars) : text;
  const t = tokenize(copy);
  const findings: Finding[] = [];
  const report = (rule: Finding['rule'], severity: Finding['severity'], message: string) =>
    findings.push({ rule, severity, message, ...(options.path !== undefined ? { path: options.path } : {}) });

  // confirmshaming: any field, with or without a role.
  const shaming = findShamingByPolarity(t.toks) ?? find(RE.shaming, t);
  if (shaming)
    report(
      'confirmshaming',
      'error',
      `"${quote(copy, t, shaming)}" shames, guilts or mocks the visitor for saying no. Let them say no in neutral words, e.g. "No thanks", "Not now" or "Maybe later".`,
    );

  // false-urgency: urgency words or a countdown, unless a real future deadline is declared.
  const urgency = find(RE.urgency, t) ?? findCountdown(t.toks);
  if (urgency) {
    const problem = deadlineProblem(options);
    if (problem) report('false-urgency', 'error', `"${quote(copy, t, urgency)}" is urgency copy, but ${problem}`);
  }

  // pressure: scarcity or activity claims, unless their source is declared.
  if (!options.source?.trim()) {
    let claim = find(RE.pressure, t);
    if (!claim && find(RE.relativeTime, t)) claim = find(RE.activity, t);
    if (claim)
      report(
        'pressure',
        'error',
        `"${quote(copy, t, claim)}" is a scarcity or activity claim with no declared source. Declare where the number comes from (a claim with its \`source\`) or remove it.`,
      );
  }

  // vague-cta: labels of actions and of the ways to say no.
  if ((options.role === 'action' || isDeclined(options.role)) && (vague ??= new RegExp(VAGUE_CTA)).test(t.s))
    report(
      'vague-cta',
      'warning',
      `"${short(copy)}" does not say what happens next. ${
        isDeclined(options.role)
          ? 'Say what saying no does, e.g. "Not now" or "Cancel my subscription".'
          : 'Name the action and its object, e.g. "Start the 2-week proof".'
      }`,
    );

  // reading-level: only text long enough for the formula to mean something.
  const level = readability(t.toks);
  if (level && level.grade > PLAIN_GRADE)
    report(
      'reading-level',
      'warning',
      `Reads at about US grade ${Math.round(level.grade)} (Flesch–Kincaid); plain language is grade ${PLAIN_GRADE} or below. Use shorter sentences and everyday words.`,
    );

  return findings;
}

/** Why urgency copy is refused under the declared deadline, or null when a real future deadline allows it. */
function deadlineProblem({ deadline, now }: CopyCheckOptions): string | null {
  if (!deadline)
    return 'the offer declares no deadline. Declare the real one as `deadline: { at, reason }` (the widget shows it as a date with its reason) or remove the urgency.';
  const at = Date.parse(deadline.at);
  if (Number.isNaN(at))
    return `the declared deadline "${short(String(deadline.at))}" is not a date. Give \`deadline.at\` as an ISO 8601 date-time, e.g. 2026-12-31T23:59:00Z.`;
  if (!deadline.reason?.trim())
    return 'the declared deadline gives no reason. Say why the offer ends in `deadline.reason`.';
  if (at <= (now ?? new Date()).getTime())
    return `the declared deadline (${short(deadline.at)}) has passed. Remove the urgency words or declare the real future deadline.`;
  return null;
}
