/**
 * Which pack reads a string: its language told by the packs' function words, so text in one language is
 * never checked with another's patterns (an English label in a German offer is read as English, the German
 * fields as German). The offer's locale decides when the words do not (no function words, or a tie).
 */
import { compilePack, type CompiledPack } from './compiled-pack.js';
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
  let bestScore = home ? score(compilePack(home), toks) : 0;
  if (packs.length > 1 || !home)
    for (const pack of packs) {
      if (pack === home) continue;
      const s = score(compilePack(pack), toks);
      // without a pack for the locale, one shared word ("no", "a") is not enough to call it another language
      if (s > bestScore && (home || s >= 2)) {
        best = pack;
        bestScore = s;
      }
    }
  return best ? compilePack(best) : undefined;
}

/** How many of the tokens are function words of the pack. */
function score(pack: CompiledPack, toks: readonly string[]): number {
  let n = 0;
  for (const t of toks) if (pack.functionWords.has(pack.words.keys(t)[0]!)) n++;
  return n;
}
