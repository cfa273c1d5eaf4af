/**
 * Remembers a "Not now" per offer id, so the visitor is not asked again on the next page view
 * (no re-ask after a stop). Storage is injected (localStorage in browsers); every call is
 * wrapped because storage can throw (privacy modes, quota, sandboxed iframes) and a broken
 * store must never break the offer: it then simply remembers nothing.
 */
import { safeLocalStorage, type StorageLike } from './storage.js';

export type { StorageLike };

export const DEFAULT_REMEMBER_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;
const PREFIX = 'fair-offer:stopped:';

export function stopKey(offerId: string): string {
  return PREFIX + offerId;
}

/** Records a stop at `now`. Returns false if the storage refused it (or rememberDays is 0). */
export function rememberStop(
  storage: StorageLike | null | undefined,
  offerId: string,
  rememberDays = DEFAULT_REMEMBER_DAYS,
  now = new Date(),
): boolean {
  if (!storage || !(rememberDays > 0)) return false;
  try {
    storage.setItem(stopKey(offerId), String(now.getTime()));
    return true;
  } catch {
    return false;
  }
}

/** True if this offer id was stopped less than `rememberDays` days before `now`. Expired entries are removed. */
export function isStopRemembered(
  storage: StorageLike | null | undefined,
  offerId: string,
  rememberDays = DEFAULT_REMEMBER_DAYS,
  now = new Date(),
): boolean {
  if (!storage || !(rememberDays > 0)) return false;
  try {
    const raw = storage.getItem(stopKey(offerId));
    if (raw === null) return false;
    const at = Number(raw);
    const age = now.getTime() - at;
    // A stop dated in the future (clock changes, tampering) counts from now, so it cannot last forever.
    if (Number.isFinite(at) && age < 0) {
      storage.setItem(stopKey(offerId), String(now.getTime()));
      return true;
    }
    if (Number.isFinite(at) && age < rememberDays * DAY_MS) return true;
    remove(storage, stopKey(offerId));
    return false;
  } catch {
    return false;
  }
}

/** Forgets a stop (the visitor asked to see the options again). */
export function forgetStop(storage: StorageLike | null | undefined, offerId: string): void {
  if (!storage) return;
  try {
    remove(storage, stopKey(offerId));
  } catch {
    /* nothing to forget in a broken store */
  }
}

/** A store without removeItem forgets by writing an empty value, which reads back as expired. */
function remove(storage: StorageLike, key: string): void {
  if (storage.removeItem) storage.removeItem(key);
  else storage.setItem(key, '');
}

/** @deprecated Use `safeLocalStorage` from storage.ts. */
export const defaultStorage = safeLocalStorage;
