/**
 * Writes this browser's remembered verdicts (remembered-verdicts.ts, where what an entry is worth is said): only
 * ever after the checks gave their verdict, so the browser's first paint does not import it.
 */
import { DIGEST, rememberedVerdicts, VERDICTS_KEY } from './remembered-verdicts.js';
import type { StorageLike } from './storage.js';

/** Offers a browser keeps verdicts for; older ones (another release's, an edited offer's) drop out first. */
const MAX_REMEMBERED = 50;

/** Remembers `digest` as accepted (the most recent), or forgets it; a store that refuses the write keeps nothing. */
export function rememberVerdict(store: StorageLike | null | undefined, digest: string, accepted: boolean): void {
  if (!store || !DIGEST.test(digest)) return;
  const kept = rememberedVerdicts(store).filter(
    (item): item is string => typeof item === 'string' && DIGEST.test(item) && item !== digest,
  );
  if (accepted) kept.push(digest);
  try {
    store.setItem(VERDICTS_KEY, JSON.stringify(kept.slice(-MAX_REMEMBERED)));
  } catch {
    // full or blocked: this visit simply remembers nothing
  }
}
