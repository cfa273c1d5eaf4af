/**
 * Which pack reads a string: its language told by the packs' function words, so text in one language is
 * never checked with another's patterns (an English label in a German offer is read as English, the German
 * fields as German). The offer's locale decides when the words do not (no function words, or a tie). Every
 * language's function words are known whichever packs are loaded (function-words.ts), so a page that loaded
 * only some packs tells a string's language as Node does, and a string whose pack is not loaded is unchecked.
 */
import { compilePack, type CompiledPack } from './compiled-pack.js';
import { fold } from './words.js';
import { tokenize } from './tokens.js';
import type { CopyPack } from './pack.js';
import { FUNCTION_PAIRS, FUNCTION_WORDS, LETTERS } from './function-words.js';
import { copyPackFor, primaryLanguage, registeredCopyPacks } from './pack-registry.js';

/**
 * The language of a string's tokens: of the languages with function words (every language with a pack,
 * function-words.ts, and any other registered pack), the one with the most of the string's function words, with
 * `locale`'s language winning ties; '' when the locale has none and no language has a word of the string.
 * Without a locale, English reads what no language claims.
 */
export function languageOfText(toks: readonly string[], locale: string | undefined): string {
  const { languages, index, pairs } = functionWordIndex(registeredCopyPacks());
  const lang = primaryLanguage(locale) || 'en';
  const homeAt = languages.indexOf(lang);
  // one pass over the tokens counts every language's function words (a word → which languages list it)
  const scores = SCORES;
  for (let k = 0; k < languages.length; k++) scores[k] = 0;
  let words = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.length > 1 || (t >= 'a' && t <= 'z')) words++;
    const mask = index.get(t) ?? (t.charCodeAt(0) > 127 ? index.get(fold(t)) : undefined);
    if (!mask) continue;
    for (let k = 0; k < languages.length; k++) if (mask & (1 << k)) scores[k]!++;
    // the second word of a pair ("tu es"): one more for the pair's language
    if (mask & PAIR_BIT && i > 0) {
      const k = pairs.get(`${toks[i - 1]} ${t}`);
      if (k !== undefined) scores[k]!++;
    }
  }
  let best = homeAt >= 0 ? lang : '';
  const homeScore = homeAt >= 0 ? scores[homeAt]! : 0;
  let bestScore = homeScore;
  for (let k = 0; k < languages.length; k++) {
    if (k === homeAt) continue;
    const s = scores[k]!;
    // Another language must win clearly: by two function words, or with half the string's words. Short words
    // shared by languages ("no", "a", "en") never flip a string away from its offer's language on their own.
    if (s < bestScore || !(s - homeScore >= 2 || (homeAt >= 0 && s * 2 >= words && s > homeScore))) continue;
    // two other languages with as many words: the one whose letters the string has ("Sélectionner le …" is not
    // Spanish), else the first
    if (s === bestScore && !(best !== lang && best !== '' && lettersOf(toks, languages[k]!) > lettersOf(toks, best)))
      continue;
    best = languages[k]!;
    bestScore = s;
  }
  return best;
}

/**
 * The pack that reads a string: the registered pack of its language (languageOfText); undefined when that
 * language has no pack on this page (then the copy gets `copy-language-unchecked`, never a silent pass).
 */
export function packForText(toks: readonly string[], locale: string | undefined): CompiledPack | undefined {
  const lang = languageOfText(toks, locale);
  const pack = lang ? copyPackFor(lang) : undefined;
  return pack ? compilePack(pack) : undefined;
}

/** How many of the string's letters are ones only `lang` writes (LETTERS): read only to break a tie. */
function lettersOf(toks: readonly string[], lang: string): number {
  const letters = (LETTERS as Record<string, string | undefined>)[lang];
  if (!letters) return 0;
  let n = 0;
  for (const t of toks) for (let j = 0; j < t.length; j++) if (t.charCodeAt(j) > 127 && letters.includes(t[j]!)) n++;
  return n;
}

/** languageOfText's counts, one per language (reused: a check reads one string at a time). */
const SCORES: number[] = [];

const PLAIN = /^[a-z ]+$/;
/** Lower-case letters of any script, at most a token long (tokens.ts MAX_TOKEN), between single spaces. */
const LOWER_WORDS = /^(?:\p{Ll}{1,32}(?: |$))+$/u;
interface FunctionWordIndex {
  /** Languages in a fixed order: English, German, Spanish, French, then other registered packs'. */
  languages: readonly string[];
  /** Folded function word → bit k set when languages[k] lists it; PAIR_BIT when it ends a pair. */
  index: ReadonlyMap<string, number>;
  /** "tu es" → the index of the pair's language (FUNCTION_PAIRS). */
  pairs: ReadonlyMap<string, number>;
}
/** Set in a word's mask when it is the second word of a FUNCTION_PAIRS pair (no language uses this bit). */
const PAIR_BIT = 1 << 30;
let indexed: readonly CopyPack[] | undefined;
let built: FunctionWordIndex = { languages: [], index: new Map(), pairs: new Map() };
/** Every known language's function words (a registered pack's own list for its language). Rebuilt when packs change. */
function functionWordIndex(packs: readonly CopyPack[]): FunctionWordIndex {
  if (indexed === packs) return built;
  const lists = new Map<string, string>(Object.entries(FUNCTION_WORDS));
  for (const pack of packs) lists.set(primaryLanguage(pack.lang), pack.functionWords);
  const index = new Map<string, number>();
  const languages = [...lists.keys()];
  languages.forEach((lang, k) => {
    const list = lists.get(lang)!;
    // lower-case words are their own tokens, kept with their accents: a word's accent tells its language, and its
    // folded form may be another language's word ("très" is French, Spanish "tres" is three; "déjà", Spanish "deja";
    // "für", English "fur"); others are tokenized and folded like copy
    const words = PLAIN.test(list)
      ? list.split(' ').filter(Boolean)
      : LOWER_WORDS.test(list)
        ? list.split(' ').filter(Boolean)
        : tokenize(list).toks.map(fold);
    for (const word of words) index.set(word, (index.get(word) ?? 0) | (1 << k));
  });
  const pairs = new Map<string, number>();
  for (const [lang, list] of Object.entries(FUNCTION_PAIRS))
    for (const pair of list) {
      const k = languages.indexOf(lang);
      if (k < 0) continue;
      pairs.set(pair, k);
      const second = pair.slice(pair.indexOf(' ') + 1);
      index.set(second, (index.get(second) ?? 0) | PAIR_BIT);
    }
  indexed = packs;
  built = { languages, index, pairs };
  return built;
}
