/**
 * This browser's remembered verdicts (core/remembered-verdicts.ts) as the element reads them before a paint: once
 * per task however many widgets ask (the next task reads again, so another tab's write is seen). They are written
 * from the checks chunk, once the checks have given their verdict (keep-verdict.ts).
 */
import { rememberedVerdicts } from '../core/remembered-verdicts.js';
import type { StorageLike } from '../core/storage.js';

let read: readonly unknown[] | null = null;

/** localStorage to read from, without the write probe of storage() (a read needs none); null when it throws. */
function readable(): StorageLike | null {
  try {
    return (globalThis as { localStorage?: StorageLike }).localStorage ?? null;
  } catch {
    return null; // blocked storage throws on the getter itself
  }
}

/** The digests of offers this browser's checks accepted on earlier visits. */
export function remembered(): readonly unknown[] {
  if (!read) {
    read = rememberedVerdicts(readable());
    setTimeout(forgetRemembered);
  }
  return read;
}

/** The next `remembered()` reads the store again (after a write). */
export function forgetRemembered(): void {
  read = null;
}
