/**
 * checkCopy: the words of one copy field against the copy rules (`confirmshaming`, `false-urgency`,
 * `pressure`, `vague-cta`, `reading-level`), read with the copy pack of the text's language. Pure,
 * DOM-free, linear in the length of the text; at most one finding per rule, quoting the words that triggered it.
 *
 * The text is tokenised once (tokens.ts); language.ts picks the pack (the offer's locale, or the language the
 * string's function words say); the pack's shapes, polarity frames and decline grammar are applied by the
 * engine (shapes.ts, polarity-frames.ts, decline.ts); countdown.ts finds timers. A language with no pack gets
 * `copy-language-unchecked`, never a silent pass.
 */
import type { CopyCheckOptions, Finding } from '../finding.js';
import { tokenizeChecked, type Tokens } from './tokens.js';
import { readingLevel, readingLevelMessage } from './readability/formula.js';
import { findCountdown } from './countdown.js';
import { languageOfText, packForText } from './language.js';
import { primaryLanguage } from './pack-registry.js';
import type { CompiledPack } from './compiled-pack.js';
import type { CopyRuleId } from './pack.js';
import type { Reading } from './shapes.js';

/** Copy fields are short (the offer schema caps them at 2,000 characters); longer text is read up to here. */
export const MAX_CHECKED_CHARS = 20_000;

/** A match as a token range [start, end). */
type Span = [number, number];

function quote(t: Tokens, [start, end]: Span): string {
  return short(t.text.slice(t.from[start], t.to[end - 1]));
}

/** Whitespace that `short` changes: a space run, another space character, a space at either end. */
const UNTIDY = /[^\S ]| {2}|^ | $/;
const short = (text: string) => {
  const q = UNTIDY.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
  return q.length > 60 ? `${q.slice(0, 59)}…` : q;
};

const isDeclined = (role: CopyCheckOptions['role']) => role === 'decline' || role === 'stop';

const ALL_RULES: readonly CopyRuleId[] = ['confirmshaming', 'false-urgency', 'pressure', 'vague-cta', 'reading-level'];

/**
 * The copy rules over one field's text. Works with no options; `locale` (BCP 47) picks the language pack,
 * `role` enables the decline grammar and `vague-cta` (actions and the ways to say no), `deadline` allows
 * urgency copy when it is real and in the future, `source` allows a scarcity or activity claim, `path` is put
 * on every finding. Never throws.
 */
export function checkCopy(text: string, options: CopyCheckOptions = {}): Finding[] {
  const memo = options?.memo;
  if (!memo || typeof text !== 'string') return checkCopyUpTo(text, options, MAX_CHECKED_CHARS);
  // by role and source, then by the text itself (no joined key: a long text is not copied to be looked up)
  const kind = `${options.role ?? ''}\u0000${options.source ?? '\u0001'}`;
  let texts = memo.get(kind);
  if (!texts) memo.set(kind, (texts = new Map()));
  let found = texts.get(text);
  if (!found) {
    const { path: _path, memo: _memo, ...reading } = options;
    texts.set(text, (found = checkCopyUpTo(text, reading, MAX_CHECKED_CHARS)));
  }
  if (!found.length) return [];
  const path = options.path;
  return found.map((finding) => (path !== undefined ? { ...finding, path } : { ...finding }));
}

/** checkCopy reading up to `maxChars` characters (the benchmark times the uncapped checks with Infinity). */
export function checkCopyUpTo(text: string, options: CopyCheckOptions, maxChars: number): Finding[] {
  if (typeof text !== 'string' || !text.trim()) return [];
  options ??= {};
  const copy = text.length > maxChars ? text.slice(0, maxChars) : text;
  const joined = tokenizeChecked(copy);
  const findings: Finding[] = [];

  const compiled = packForText(joined.toks, options.locale);
  if (!compiled) {
    // No pack reads this language: timers are digits in every language, so they are still found.
    const timer = findCountdown(joined.toks, NO_WORDS);
    if (timer)
      report(findings, options.path, 'false-urgency', 'error', countdownMessage(quote(joined, timer), options));
    report(
      findings,
      options.path,
      'copy-language-unchecked',
      'warning',
      // the string's language (a Spanish line whose pack did not load), else the locale's
      uncheckedMessage(languageOfText(joined.toks, options.locale) || primaryLanguage(options.locale), ALL_RULES),
    );
    return findings;
  }
  const { t, r } = compiled.read(copy, joined);
  const pack = compiled.pack;

  // confirmshaming: any field; decline and stop labels are also read against the grammar of a neutral refusal.
  // Copy that opens with a clear refusal ("No thanks, …") is a decline label wherever it sits.
  const beyond = compiled.decline.beyond(t, r, !isDeclined(options.role));
  // the shaming shapes only when the refusal did not already say it (a first check then compiles none of them)
  const shaming = beyond.length ? null : findShaming(compiled, r);
  if (beyond.length)
    report(
      findings,
      options.path,
      'confirmshaming',
      'error',
      `"${short(beyond.map((span) => quote(t, span)).join(' … '))}" goes beyond a refusal: a label that says no says nothing about the visitor. Say no in neutral words ("No thanks", "Not now"), optionally with the visitor's own reason ("I'll pay monthly").`,
    );
  else if (shaming)
    report(
      findings,
      options.path,
      'confirmshaming',
      'error',
      `"${quote(t, shaming)}" shames, guilts or mocks the visitor for saying no. Let them say no in neutral words, e.g. "No thanks", "Not now" or "Maybe later".`,
    );

  // false-urgency: urgency words unless a real future deadline is declared; a countdown timer always.
  const problem = deadlineProblem(options);
  // urgency about no offer (a session, a sign-in link: `stated.notOffer`) is left out clause by clause
  const urgency = problem ? compiled.stated.aboutOffer(r, compiled.urgency) : null;
  const timer = findCountdown(t.toks, compiled.countdown);
  // a deadline whose date and reason the copy states itself is the real deadline the widget would show
  if (urgency && problem && !compiled.stated.deadline(r))
    report(findings, options.path, 'false-urgency', 'error', `"${quote(t, urgency)}" is urgency copy, but ${problem}`);
  // a timer is refused whatever the copy says, but for the visitor's own payment window ("You have 14:59 to pay")
  else if (timer && !compiled.stated.paymentWindow(r))
    report(findings, options.path, 'false-urgency', 'error', countdownMessage(quote(t, timer), options));

  // pressure: scarcity or activity claims, unless their source is declared.
  if (!options.source?.trim()) {
    let claim = compiled.pressure.find(r);
    for (const [first, second] of compiled.pressurePairs) {
      if (claim) break;
      if (first.find(r)) claim = second.find(r);
    }
    // a claim whose source (or condition: "when fewer than 5 are left") the copy states itself
    if (claim && compiled.stated.source(r)) claim = null;
    if (claim)
      report(
        findings,
        options.path,
        'pressure',
        'error',
        `"${quote(t, claim)}" is a scarcity or activity claim with no declared source. Declare where the number comes from (a claim with its \`source\`) or remove it.`,
      );
  }

  // vague-cta: labels of actions and of the ways to say no.
  if ((options.role === 'action' || isDeclined(options.role)) && compiled.vague.whole(r, 0, r.toks.length))
    report(
      findings,
      options.path,
      'vague-cta',
      'warning',
      `"${short(copy)}" does not say what happens next. ${
        isDeclined(options.role)
          ? 'Say what saying no does, e.g. "Not now" or "Cancel my subscription".'
          : 'Name the action and its object, e.g. "Start the 2-week proof".'
      }`,
    );

  // reading-level: only text long enough for the formula to mean something.
  const level = pack.readability ? readingLevel(t.toks, pack.readability) : null;
  if (level && !level.plain)
    report(findings, options.path, 'reading-level', 'warning', readingLevelMessage(level, pack.readability!));

  if (pack.unchecked?.length)
    report(findings, options.path, 'copy-language-unchecked', 'warning', uncheckedMessage(pack.lang, pack.unchecked));
  return findings;
}

/** A finding of this text, with the field path when one is given. */
function report(
  findings: Finding[],
  path: string | undefined,
  rule: Finding['rule'],
  severity: Finding['severity'],
  message: string,
): void {
  findings.push({ rule, severity, message, ...(path !== undefined ? { path } : {}) });
}

/** The pack's shaming signals in order of precision: its polarity frames, its fixed shapes, then two signals together. */
function findShaming(compiled: CompiledPack, r: Reading): Span | null {
  return compiled.polarity?.find(r) ?? compiled.shaming.find(r) ?? compiled.signals?.find(r) ?? null;
}

const NO_WORDS: CompiledPack['countdown'] = {
  units: {},
  cues: new Set(),
  clockBefore: new Set(),
  clockAfter: new Set(),
};

function countdownMessage(quoted: string, options: CopyCheckOptions): string {
  const problem = deadlineProblem(options);
  return problem
    ? `"${quoted}" is a countdown timer, but ${problem}`
    : `"${quoted}" is a countdown timer: a real deadline is shown as a date with its reason (the widget shows the declared one), never as ticking text. Remove the timer.`;
}

const RULE_NAMES: Record<CopyRuleId, string> = {
  confirmshaming: 'confirmshaming',
  'false-urgency': 'false urgency',
  pressure: 'pressure',
  'vague-cta': 'vague labels',
  'reading-level': 'reading level',
};

/** "Italian (it)"; the tag itself where the platform has no language names. */
function languageName(lang: string): string {
  if (!lang) return 'this language';
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(lang);
    return name && name !== lang ? `${name} (${lang})` : lang;
  } catch {
    return lang;
  }
}

const UNCHECKED = new Map<string, string>();
function uncheckedMessage(lang: string, rules: readonly CopyRuleId[]): string {
  const key = `${lang} ${rules.join(' ')}`;
  let message = UNCHECKED.get(key);
  if (!message) UNCHECKED.set(key, (message = uncheckedSentence(lang, rules)));
  return message;
}

function uncheckedSentence(lang: string, rules: readonly CopyRuleId[]): string {
  const names = rules.map((rule) => RULE_NAMES[rule]);
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}` : names[0];
  const all = rules.length === ALL_RULES.length;
  return `Copy in ${languageName(lang)} is not checked for ${list}: fair-offer has ${all ? 'no copy pack' : 'an incomplete copy pack'} for it${all ? ' (only countdown timers are found)' : ''}. Check that copy by hand, or write it in a language with a pack (English, German, Spanish, French).`;
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
