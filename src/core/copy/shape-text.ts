/**
 * What a shape's text says before it is parsed (parsing is most of a first check's cost): the words it can start
 * with, for the first-word index (`leadOf`), and plain words it cannot match without (`plainNeedsOf`), so a shape
 * whose first word stands in a text is parsed only when the text also has those words.
 */
import type { WordClasses } from './shapes.js';
import type { FirstWords } from './shape-needs.js';

/** Zero-width elements: they match no token, so a shape's first words are those of what follows them. */
const ZERO_WIDTH = /^(?:\^|\$|<!?.|!.)/;
const PLAIN = /^[a-z0-9]+$/;
/** A gap of up to N words (`~3`, `~3!@timeunit`), not a repeat (`~5@filler`). */
const GAP = /^~\d(?:!|$)/;
/** Plain words first ("only|just …", "24|48 hours …"); a "|" followed by a space may separate alternatives. */
const PLAIN_LEAD = /^((?:[a-z]+|[0-9]+)(?:\|(?:[a-z]+|[0-9]+))*)(?:\s|$)/;
const SEPARATOR = /\|\s/;
/** A shape's parts as the parser reads them (shapes.ts): parentheses, a "|" between sequences, elements. */
const PARTS = /\(|\)\??|\|(?=\s)|[^\s()]+/g;

/**
 * The first words of a shape read from its text, without parsing it, for the shapes whose opening is simple: plain
 * words and classes (`only|just`, `@promo`, `=ends|ending`, `#`), after zero-width checks (`^`, `<!x`) or gaps (`~3`), or a group
 * whose every alternative opens that way (`( dont | do not ) …`). Exactly what `firstOf` gives for the parsed
 * shape (tested), so the index is the same; null for any other opening (the shape is parsed to be indexed).
 */
export function leadOf(
  source: string,
  classes: WordClasses,
  parts?: Readonly<Record<string, string>>,
  depth = 0,
): FirstWords | null {
  // most shapes open with plain words and have no "| " anywhere: read with one regular expression, no split
  const plain = SEPARATOR.test(source) ? null : PLAIN_LEAD.exec(source);
  if (plain) return { sources: [new Set(plain[1]!.split('|'))], num: false, any: false, nullable: false };
  const tokens = source.match(PARTS) ?? [];
  // alternatives at the top ("a b | c d") are left to the parser
  let level = 0;
  for (const part of tokens)
    if (part === '(') level++;
    else if (part.startsWith(')')) level--;
    else if (part === '|' && !level) return null;
  const out: FirstWords = { sources: [], num: false, any: false, nullable: false };
  const words = new Set<string>();
  /** Adds a simple element's first words (`a|b`, `@class`, `=a`, `#`, a shape part that opens so); false if not simple. */
  const element = (part: string | undefined): boolean => {
    if (!part || part.endsWith('?') || part === '(' || part.startsWith(')') || part === '|') return false;
    if (/^#\d*$/.test(part)) return (out.num = true);
    const exact = part.startsWith('=');
    for (const alternative of (exact ? part.slice(1) : part).split('|')) {
      if (alternative.startsWith('@') && !exact) {
        const name = alternative.slice(1);
        const cls = classes.get(name);
        if (cls) out.sources.push(cls);
        else {
          // a shape part: its own opening, when that is simple and never empty
          const shape = parts && Object.prototype.hasOwnProperty.call(parts, name) ? parts[name]! : undefined;
          const inner = shape !== undefined && depth < 3 ? leadOf(shape, classes, parts, depth + 1) : null;
          if (!inner || inner.nullable || inner.any) return false;
          out.sources.push(...inner.sources);
          out.num ||= inner.num;
        }
      } else if (PLAIN.test(alternative)) words.add(alternative);
      else return false;
    }
    return true;
  };
  // what can be empty before the first required element adds its words and the reading goes on
  for (let at = 0; ; at++) {
    const part = tokens[at];
    if (part === undefined) return null; // the shape can match nothing: the parser says so
    if (ZERO_WIDTH.test(part)) continue;
    // a gap first ("~3 is|are enough ~3"): the shape can start at any token, and the words after it are read on
    if (GAP.test(part)) {
      out.any = true;
      continue;
    }
    if (part !== '(') {
      const optional = part.endsWith('?') && part.length > 1;
      if (!element(optional ? part.slice(0, -1) : part)) return null;
      if (optional) continue;
      break;
    }
    // a group: the first element of each alternative (none nested, empty or optional)
    let opened = true; // an alternative has begun and its first element is still to come
    for (at++; ; at++) {
      const inner = tokens[at];
      if (inner === undefined || inner === '(') return null;
      if (inner === ')' || inner === ')?' || inner === '|') {
        if (opened) return null;
        if (inner !== '|') break;
        opened = true;
      } else if (opened) {
        if (!element(inner)) return null;
        opened = false;
      }
    }
    if (tokens[at] === ')') break; // a required group ends the opening; after an optional one, read on
  }
  if (words.size) out.sources.unshift(words);
  return out;
}

/**
 * An element that needs one token of a known kind: words of letters only or digits only, classes (`left|@stock`),
 * exact words (`=ends|ending`), a number (`#`, `#3`), or a kept punctuation token (`,` `:` `%` …), as typed.
 */
const PLAIN_ELEMENT =
  /^(?:(?:[a-z]+|[0-9]+|@[^\s|()?]+)(?:\|(?:[a-z]+|[0-9]+|@[^\s|()?]+))*|=(?:[a-z]+|[0-9]+)(?:\|(?:[a-z]+|[0-9]+))*|[.,:%+/])$/;
const NUMBER = /^#\d*$/;

/**
 * What a shape's text says a match needs, without parsing it: lists of lookup keys (`#`: a number, as keySet has
 * it) or `@class` names, one of which a match has. Each required element of the top-level sequence that needs one
 * token of a known kind gives one ("only|just ~3 left|remaining" → [only, just], [left, remaining]; "@promo @ends"
 * → [@promo], [@ends]; "# %" → [#], [%]); a required group gives the union of one list per alternative ("( a b |
 * c )" → [a, c]). A necessary condition: a text without one of the lists cannot match, so the shape need not be
 * parsed for it. Optional and zero-width elements and gaps say nothing; alternatives at the top give nothing.
 */
export function plainNeedsOf(source: string): string[][] {
  const parts = source.match(PARTS) ?? [];
  // a shape the parser refuses (unbalanced parentheses) is left to the parser
  let level = 0;
  for (const part of parts) if ((level += part === '(' ? 1 : part.startsWith(')') ? -1 : 0) < 0) return [];
  return level ? [] : (sequenceNeeds(parts, 0, parts.length) ?? []);
}

/** The needs of the sequence parts[from, to); null when it has alternatives at its top. */
function sequenceNeeds(parts: readonly string[], from: number, to: number): string[][] | null {
  const out: string[][] = [];
  let level = 0;
  let open = -1;
  for (let at = from; at < to; at++) {
    const part = parts[at]!;
    if (part === '(') {
      if (level++ === 0) open = at;
    } else if (part === ')' || part === ')?') {
      if (--level === 0 && part === ')') {
        const union = groupNeeds(parts, open + 1, at);
        if (union) out.push(union);
      }
    } else if (level) continue;
    else if (part === '|') return null;
    else if (NUMBER.test(part)) out.push(['#']);
    else if (PLAIN_ELEMENT.test(part)) out.push((part.startsWith('=') ? part.slice(1) : part).split('|'));
  }
  return out;
}

/** A required group parts[from, to): one need of each alternative, together; null when an alternative has none. */
function groupNeeds(parts: readonly string[], from: number, to: number): string[] | null {
  const union: string[] = [];
  let level = 0;
  for (let at = from, start = from; at <= to; at++) {
    const part = parts[at];
    if (at === to || (!level && part === '|')) {
      const needs = sequenceNeeds(parts, start, at);
      if (!needs?.length) return null;
      union.push(...needs[0]!);
      start = at + 1;
    } else if (part === '(') level++;
    else if (part === ')' || part === ')?') level--;
  }
  return union;
}
