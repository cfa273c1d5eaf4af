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
  let best: CopyPack | undefined = home;
  const homeScore = home ? score(home, toks) : 0;
  let bestScore = homeScore;
  let words = 0;
  for (const t of toks) if (t.length > 1 || (t >= 'a' && t <= 'z')) words++;
  if (packs.length > 1 || !home)
    for (const pack of packs) {
      if (pack === home) continue;
      const s = score(pack, toks);
      // Another language must win clearly: by two function words, or with half the string's words. Short words
      // shared by languages ("no", "a", "en") never flip a string away from its offer's language on their own.
      if (s > bestScore && (s - homeScore >= 2 || (home && s * 2 >= words && s > homeScore))) {
        best = pack;
        bestScore = s;
      }
    }
  return best ? compilePack(best) : undefined;
}

/** How many of the tokens are function words of the pack. */
function score(pack: CopyPack, toks: readonly string[]): number {
  const words = functionWords(pack);
  let n = 0;
  for (const t of toks) if (words.has(fold(t))) n++;
  return n;
}

const FUNCTION_WORDS = new WeakMap<CopyPack, ReadonlySet<string>>();
/** A pack's function words, folded; read without compiling the rest of the pack (language id runs on every string). */
function functionWords(pack: CopyPack): ReadonlySet<string> {
  let words = FUNCTION_WORDS.get(pack);
  if (!words) FUNCTION_WORDS.set(pack, (words = new Set(tokenize(pack.functionWords).toks.map(fold))));
  return words;
}
