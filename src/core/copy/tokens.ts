/**
 * Copy as the checks read it: one linear pass turns text into lower-case tokens joined by single spaces,
 * so the rules match words, not characters, and every pattern piece has a bounded length.
 *
 *   "No thanks, I don’t like SAVING money!"  →  " no thanks , i dont like saving money . "
 *   "00DAYS00HOURS14MINUTES"                 →  " 00 days 00 hours 14 minutes "
 *   "1,446 people"                           →  " 1446 people "
 *
 * - Apostrophes inside a word are dropped (don't → dont, I'd → id); curly and straight ones alike.
 * - Letters and digits split ("24hrs" → 24 hrs), and so does camelCase from scraped text ("YesNo" → yes no), but
 *   not a brand or an acronym ("iPhone" → iphone, "IdP" → idp: no "I" or "I'd" of the visitor).
 * - Digit groups joined by "," or "." stay one number (1,446 → 1446).
 * - Kept as tokens: "." (for . ! ? …), "," (also ;), ":", "%", "+", "/"; "&" reads as "and"; other
 *   symbols, emoji and spaces separate; invisible format characters (zero-width, bidi) are ignored.
 * - No token is longer than MAX_TOKEN, which bounds every pattern piece that matches "any word".
 */

export const MAX_TOKEN = 32;

export interface Tokens {
  /** The text the tokens were read from. */
  text: string;
  /** " tok tok … " — a leading and a trailing space, one space between tokens. */
  s: string;
  /** The tokens themselves. */
  toks: string[];
  /** Token i came from text.slice(from[i], to[i]). */
  from: number[];
  to: number[];
}

const PUNCT: Record<string, string> = {
  '.': '.',
  '!': '.',
  '?': '.',
  '…': '.',
  '。': '.',
  '！': '.',
  '？': '.',
  ',': ',',
  ';': ',',
  '،': ',',
  ':': ':',
  '%': '%',
  '+': '+',
  '/': '/',
  '&': 'and',
};
/**
 * Separators that end a clause like "," only between spaces: "Card required · Cancel any time", "Created 12 March •
 * Expires 12 May", "S | M | L"; not inside a word ("invité·e", "le·la"), masked digits ("•••• 6789") or a list's
 * bullet ("• Free shipping").
 */
const SPACED: Record<string, string> = { '·': ',', '•': ',', '|': ',' };
const SPACE = /\s/;
const APOSTROPHE = /['’‘`´ʼ]/;
const LETTER = /\p{L}/u;
const MARK = /\p{M}/u;
const UPPER = /\p{Lu}/u;
const FORMAT = /\p{Cf}/u;

type Kind = 0 | 1 | 2; // 0 none, 1 letters, 2 digits

/** PUNCT by char code for ASCII (most copy): an array index instead of a property lookup per character. */
const ASCII_PUNCT: (string | undefined)[] = Array.from({ length: 128 }, (_, code) => PUNCT[String.fromCharCode(code)]);

/**
 * The tokens read so far and the word being read; one per tokenize call, its methods shared (no closures per call).
 * ASCII characters of a word are kept as a range of the text and sliced once (lower-cased when one was upper
 * case), not added one by one: most words are one slice. Other characters are added to `cur` as they come.
 */
class TokenBuilder {
  readonly toks: string[] = [];
  readonly from: number[] = [];
  readonly to: number[] = [];
  cur = '';
  /** Length of the word so far: `cur` and the pending slice. */
  len = 0;
  sliceFrom = 0;
  sliceTo = -1;
  sliceUpper = false;
  kind = 0 as Kind;
  start = 0;
  end = 0;
  prevLower = false;

  constructor(readonly text: string) {}

  /** Moves the pending ASCII slice into `cur`. */
  settle() {
    if (this.sliceTo < 0) return;
    const slice = this.text.slice(this.sliceFrom, this.sliceTo);
    this.cur += this.sliceUpper ? slice.toLowerCase() : slice;
    this.sliceTo = -1;
    this.sliceUpper = false;
  }

  flush() {
    if (this.len) {
      this.settle();
      this.toks.push(this.cur);
      this.from.push(this.start);
      this.to.push(this.end);
    }
    this.cur = '';
    this.len = 0;
    this.kind = 0;
    this.prevLower = false;
  }

  push(tok: string, at: number, len: number) {
    this.flush();
    const { toks, from, to } = this;
    // Collapse repeated boundary punctuation ("!!!", "?!", "...") into one token.
    if (toks.length && toks[toks.length - 1] === tok && (tok === '.' || tok === ',')) {
      to[to.length - 1] = at + len;
      return;
    }
    toks.push(tok);
    from.push(at);
    to.push(at + len);
  }

  /** Adds the run of ASCII letters or digits [at, stop) (upper case: as lower case), cut at MAX_TOKEN. */
  addAscii(upper: boolean, k: Kind, at: number, stop: number) {
    while (at < stop) {
      if (this.kind !== k || this.len >= MAX_TOKEN) this.flush();
      if (!this.len) this.start = at;
      if (this.sliceTo !== at) {
        this.settle();
        this.sliceFrom = at;
      }
      const end = Math.min(stop, at + MAX_TOKEN - this.len);
      this.sliceTo = end;
      this.sliceUpper ||= upper;
      this.len += end - at;
      this.kind = k;
      this.end = end;
      at = end;
    }
  }

  add(c: string, k: Kind, at: number, len: number) {
    if (this.kind !== k || this.len >= MAX_TOKEN) this.flush();
    if (!this.len) this.start = at;
    this.settle();
    this.cur += c;
    this.len += c.length;
    this.kind = k;
    this.end = at + len;
  }
}

/** The tokens with their joined string, built only when asked for (tests and debugging read it; the rules do not). */
class ReadTokens implements Tokens {
  private joined: string | undefined;
  constructor(
    readonly text: string,
    readonly toks: string[],
    readonly from: number[],
    readonly to: number[],
  ) {}
  get s(): string {
    return (this.joined ??= this.toks.length ? ` ${this.toks.join(' ')} ` : ' ');
  }
}

/** `splitApostrophes`: French and Italian elision ("l'offre" → "l" "offre") instead of "don't" → "dont". */
export function tokenize(text: string, options?: { splitApostrophes?: boolean | undefined }): Tokens {
  const join = !options?.splitApostrophes;
  const builder = new TokenBuilder(text);

  for (let i = 0; i < text.length;) {
    let code = text.charCodeAt(i);
    if (code < 128) {
      // ASCII: letters and digits extend the word's slice; the rest as below
      // a run of lower-case letters, of capitals or of digits is added in one step
      if (code >= 97 && code <= 122) {
        const stop = runEnd(text, i + 1, 97, 122);
        builder.addAscii(false, 1, i, stop);
        builder.prevLower = true;
        i = stop;
        continue;
      } else if (code >= 65 && code <= 90) {
        const stop = runEnd(text, i + 1, 65, 90);
        // camelCase seam of scraped text ("YesNo", "shoppingI'm"), but not in a brand or an acronym: one lower-case
        // letter before ("iPhone", "eBay": no "i" of the visitor), or one capital ending a short word ("IdP", "SaaS",
        // "GmbH": no "I'd")
        if (builder.prevLower && builder.kind === 1 && builder.len > 1)
          if (stop > i + 1 || isLetter(text, stop) || builder.len > 3) builder.flush();
        builder.addAscii(true, 1, i, stop);
        builder.prevLower = false;
        i = stop;
        continue;
      } else if (code >= 48 && code <= 57) {
        const stop = runEnd(text, i + 1, 48, 57);
        builder.addAscii(false, 2, i, stop);
        i = stop;
        continue;
      } else if ((code === 46 || code === 44) && builder.kind === 2 && isDigit(text, i + 1)) {
        builder.end = i + 1; // 1,446 or 4.5: the separator joins one number (dropped from the token)
      } else if (join && builder.kind === 1 && (code === 39 || code === 96) && isLetter(text, i + 1)) {
        builder.end = i + 1; // don't → dont
      } else {
        const punct = ASCII_PUNCT[code] ?? (code === 124 && spacedAt(text, i) ? ',' : undefined);
        if (punct) builder.push(punct, i, 1);
        else builder.flush();
      }
      i++;
      continue;
    }
    code = text.codePointAt(i)!;
    const ch = String.fromCodePoint(code);
    const len = ch.length;
    if (LETTER.test(ch)) {
      const upper = UPPER.test(ch);
      if (upper && builder.prevLower && builder.kind === 1) builder.flush(); // camelCase seam of scraped text
      builder.add(ch.toLowerCase(), 1, i, len);
      builder.prevLower = !upper;
    } else if (join && builder.kind === 1 && APOSTROPHE.test(ch) && isLetter(text, i + 1)) {
      builder.end = i + 1; // don’t → dont
    } else if (MARK.test(ch)) {
      if (builder.kind === 1) builder.add(ch, 1, i, len); // a combining accent continues its word; elsewhere (emoji selectors) it is nothing
    } else if (FORMAT.test(ch)) {
      // zero-width and bidi controls: invisible, so they neither join nor split words
    } else if (PUNCT[ch]) {
      builder.push(PUNCT[ch]!, i, len);
    } else if (SPACED[ch] && spacedAt(text, i)) {
      builder.push(SPACED[ch], i, len);
    } else {
      builder.flush();
    }
    i += len;
  }
  builder.flush();

  const { toks, from, to } = builder;
  return new ReadTokens(text, toks, from, to);
}

/** Is the character at i between spaces (a separator of its own, not a list's bullet or a run of them)? */
function spacedAt(text: string, i: number): boolean {
  return i > 0 && i + 1 < text.length && SPACE.test(text[i - 1]!) && SPACE.test(text[i + 1]!);
}

/** The end of the run of characters in [low, high] that starts at i. */
function runEnd(text: string, i: number, low: number, high: number): number {
  // bounded by the length: past the end charCodeAt gives NaN, and a loop that meets NaN runs slower
  for (const n = text.length; i < n; i++) {
    const code = text.charCodeAt(i);
    if (code < low || code > high) break;
  }
  return i;
}

function isDigit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

function isLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c > 127 && LETTER.test(text[i]!));
}

/**
 * Tokens read ahead of a check: the element asks which languages an offer's copy is in (copy-languages.ts) before
 * validating it, and each field's tokens are kept until checkCopy reads that text, once. Only texts read ahead
 * are kept (at most READ_AHEAD), so a check of any other text pays one look at an empty map.
 */
const readAhead = new Map<string, Tokens>();
const READ_AHEAD = 256;

/** tokenize(text), kept for the check of the same text that follows (copy-languages.ts). */
export function tokenizeAhead(text: string): Tokens {
  const t = tokenize(text);
  if (readAhead.size >= READ_AHEAD) readAhead.clear();
  readAhead.set(text, t);
  return t;
}

/** tokenize(text), or the tokens read ahead for this text (then forgotten: a check reads each text once). */
export function tokenizeChecked(text: string): Tokens {
  if (readAhead.size) {
    const t = readAhead.get(text);
    if (t) {
      readAhead.delete(text);
      return t;
    }
  }
  return tokenize(text);
}
