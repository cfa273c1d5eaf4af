/**
 * Countdown timers in any of the forms shops print: "02:14:33", "2h 14m", "0 Days 16 Hours 09 Minutes",
 * "00DAYS00HOURS14MINUTES", "Ends in 08:41", "05:59 left", or bare labels "DAYS HRS MINS SECS". One pass over
 * runs of number, unit and separator tokens; the unit and cue words come from the pack (countdown.units …).
 * A countdown is false urgency even when a real deadline is declared: a real deadline is shown as a date.
 */
import type { CompiledPack } from './compiled-pack.js';

type Span = [number, number];
const UNIT_BIT: Record<string, number> = { d: 1, h: 2, m: 4, s: 8 };
const isNum = (x: string | undefined) => !!x && x.length <= 8 && x.charCodeAt(0) >= 48 && x.charCodeAt(0) <= 57;
const isSep = (x: string) => x === ':' || x === '.' || x === ',' || x === '/';
/** Unit words a timer abbreviates (anything but the spelled-out "day", "days", "hour"). */
const SPELLED = new Set(['day', 'days', 'hour']);
/**
 * After a clock, a measured time or a time of day, in every language: "in 15:30ms" (a log line's duration), "at
 * 3:30PM" glued ("3:30 PMms" of a template). A ticking timer is never printed with milliseconds or a meridiem.
 */
const MEASURED = /^(?:ms|[ap]m(?:ms)?)$/;

export function findCountdown(toks: readonly string[], words: CompiledPack['countdown']): Span | null {
  const { cues, clockBefore, clockAfter } = words;
  const { units, mayBeUnit } = unitMap(words.units);
  const n = toks.length;
  for (let i = 0; i < n;) {
    const tok = toks[i]!;
    if (!isNum(tok) && !(mayBeUnit(tok) && units.has(tok))) {
      i++;
      continue;
    }
    let kinds = 0; // bit set of d/h/m/s
    let count = 0; // distinct unit kinds
    let abbreviated = false;
    let counted = false; // a unit right after a number ("2 h", "14 min"), not letters before one ("i. S. d. § 18")
    let chain = 0;
    let maxChain = 0;
    let last = i;
    let j = i;
    for (; j < n; j++) {
      const x = toks[j]!;
      if (isNum(x)) {
        // A timer writes minutes and seconds with two digits (08:41, 1:02:33); "1:2:1" is a ratio.
        chain = toks[j - 1] === ':' && isNum(toks[j - 2]) && j - 2 >= i && x.length === 2 ? chain + 1 : 1;
        if (chain > maxChain) maxChain = chain;
        last = j;
      } else if (units.has(x)) {
        const bit = UNIT_BIT[units.get(x)!]!;
        if (!(kinds & bit)) count++;
        kinds |= bit;
        if (x.length <= 4 && !SPELLED.has(x)) abbreviated = true;
        counted ||= isNum(toks[j - 1]);
        last = j;
      } else if (!isSep(x)) break;
    }
    const span: Span = [i, last + 1];
    if (count >= 3) return span;
    // "Runtime 2 h 10 min", "from 2h 30m": a duration or a clock, not a countdown
    if (count >= 2 && counted && (kinds & 8 || abbreviated) && !clockBefore.has(toks[i - 1] ?? '')) return span;
    if (maxChain >= 2) {
      const before: string[] = [];
      for (let k = i - 1; k >= 0 && before.length < 3; k--) if (toks[k] !== ':') before.push(toks[k]!);
      const next = toks[last + 1] ?? '';
      const clock =
        clockBefore.has(before[0] ?? '') ||
        clockBefore.has(before[1] ?? '') ||
        clockAfter.has(next) ||
        MEASURED.test(next);
      const cue = before.some((x) => cues.has(x)) || kinds & 12 || cues.has(next);
      if (!clock && (maxChain >= 3 || cue)) return span;
    }
    i = j + 1;
  }
  return null;
}

interface Units {
  units: Map<string, string>;
  /** False for most words, without a lookup: longer than every unit word, or starting with no unit's letter. */
  mayBeUnit(token: string): boolean;
}
const UNIT_MAPS = new WeakMap<object, Units>();
/** The unit words as a Map (a plain object would answer "constructor" too), with a cheap filter before it. */
function unitMap(unitWords: Readonly<Record<string, string>>): Units {
  let done = UNIT_MAPS.get(unitWords);
  if (done) return done;
  const units = new Map(Object.entries(unitWords));
  const firsts = new Set<number>();
  let longest = 0;
  for (const word of units.keys()) {
    firsts.add(word.charCodeAt(0));
    longest = Math.max(longest, word.length);
  }
  const mayBeUnit = (token: string) => token.length <= longest && firsts.has(token.charCodeAt(0));
  UNIT_MAPS.set(unitWords, (done = { units, mayBeUnit }));
  return done;
}
