/**
 * What a guardrail finding says, looked up by key when the finding is made. The words live in wording/*.ts and
 * come with the wording group (wording-group.ts): `fair-offer/core` registers it on import; the browser loads it as
 * a chunk only for an offer that has findings (most offers shown have none). Until it is registered a finding says
 * WORDING_NOT_LOADED, and validateOffer refuses the offer (`checks-not-loaded`); the element then loads the
 * wording and validates again, so nobody ever reads these placeholders.
 */
import type { Wording } from './wording-group.js';

export const WORDING_NOT_LOADED = '(the wording of this finding is not loaded)';

let table: Wording | undefined;

export function registerWording(words: Wording): void {
  table = words;
}

/** The words for `key` with its values, or WORDING_NOT_LOADED. */
export function say<Key extends keyof Wording>(key: Key, ...values: Parameters<Wording[Key]>): string {
  return table ? (table[key] as (...args: typeof values) => string)(...values) : WORDING_NOT_LOADED;
}
