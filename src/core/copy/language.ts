/**
 * Which pack reads a string: its language told by the packs' function words, so text in one language is
 * never checked with another's patterns (an English label in a German offer is read as English, the German
 * fields as German). The offer's locale decides when the words do not (no function words, or a tie).
 */
import { compilePack, type CompiledPack } from './compiled-pack.js';
import { fold } from './words.js';
import { tokenize } from './tokens.js';
import type { CopyPack } from './pack.js';
import { copyPackFor, primaryLanguage, registeredCopyPacks } from './pack-registry.js';

/**
 * The pack for a string's tokens: the registered pack with the most of the string's function words, with
 * `locale`'s pack winning ties; undefined when the locale has no pack and no pack has a word of the string.
 * Without a locale, English (or the first registered pack) reads what no pack claims.
 */
export function packForText(toks: readonly string[], locale: string | undefined): CompiledPack | undefined {
  const lang = primaryLanguage(locale);
  const home = lang ? copyPackFor(lang) : (copyPackFor('en') ?? registeredCopyPacks()[0]);
  const packs = registeredCopyPacks();
  if (packs.length === 1 && home === packs[0]) return compilePack(home); // one pack: nothing to compare
  // one pass over the tokens counts every pack's function words (a word → which packs list it)
  const index = functionWordIndex(packs);
  const scores = new Array<number>(packs.length).fill(0);
  let words = 0;
  for (const t of toks) {
    if (t.length > 1 || (t >= 'a' && t <= 'z')) words++;
    const mask = index.get(t) ?? (t.charCodeAt(0) > 127 ? index.get(fold(t)) : undefined);
    if (mask) for (let k = 0; k < packs.length; k++) if (mask & (1 << k)) scores[k]!++;
  }
  let best: CopyPack | undefined = home;
  const homeScore = home ? scores[packs.indexOf(home)]! : 0;
  let bestScore = homeScore;
  for (let k = 0; k < packs.length; k++) {
    const pack = packs[k]!;
    if (pack === home) continue;
    const s = scores[k]!;
    // Another language must win clearly: by two function words, or with half the string's words. Short words
    // shared by languages ("no", "a", "en") never flip a string away from its offer's language on their own.
    if (s > bestScore && (s - homeScore >= 2 || (home && s * 2 >= words && s > homeScore))) {
      best = pack;
      bestScore = s;
    }
  }
  return best ? compilePack(best) : undefined;
}

const PLAIN = /^[a-z ]+$/;
let indexed: readonly CopyPack[] | undefined;
let index = new Map<string, number>();
/** Every registered pack's function words, folded: word → bit k set when packs[k] lists it. Rebuilt when packs change. */
function functionWordIndex(packs: readonly CopyPack[]): ReadonlyMap<string, number> {
  if (indexed === packs) return index;
  index = new Map();
  packs.forEach((pack, k) => {
    // plain lower-case words are their own tokens (most lists); others are tokenized and folded like copy
    const words = PLAIN.test(pack.functionWords)
      ? pack.functionWords.split(' ').filter(Boolean)
      : tokenize(pack.functionWords).toks.map(fold);
    for (const word of words) index.set(word, (index.get(word) ?? 0) | (1 << k));
  });
  indexed = packs;
  return index;
}
