/**
 * Verdicts remembered across page loads, per offer content: the lint digests (lint-digest-input.ts: this code's
 * version, the offer exactly as given, the host's packs, the language its copy is read in) of offers this
 * browser's checks accepted, kept in localStorage under one key, the most recent last.
 *
 * What an entry is worth: an offer whose digest is remembered paints before its checks load, like a linted one,
 * and the checks run right after that paint anyway; a click is held until their verdict, and an offer they refuse
 * is withdrawn with no choice recorded. So an entry only changes WHEN a refusal happens, never WHETHER: a changed
 * word (a CMS edit), another language or another release gives another digest, which is not remembered, so that
 * offer is checked before it paints. A forged entry (only script on this origin can write one) can make a refused
 * offer show until its checks arrive, as a forged `linted` attribute can; anything that is not a list of digests
 * is ignored. DOM-free: the store is injected (the element passes localStorage; null remembers nothing). Read
 * here, before a paint (the element's first paint imports it); written by remember-verdict.ts, after a verdict.
 */
import type { StorageLike } from './storage.js';

export const VERDICTS_KEY = 'fair-offer:verdicts';
export const DIGEST = /^sha256-[0-9a-f]{64}$/;

/**
 * What is remembered, oldest first: [] for no store, no entry or anything but a list. Only a digest equal to an
 * offer's own ever counts (the element compares with `includes`), so an item that is not one never matches.
 */
export function rememberedVerdicts(store: StorageLike | null | undefined): readonly unknown[] {
  try {
    const list: unknown = JSON.parse(store?.getItem(VERDICTS_KEY) ?? '[]');
    return Array.isArray(list) ? list : [];
  } catch {
    return [];
  }
}
