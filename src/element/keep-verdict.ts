/**
 * What the element does with the checks' verdict beyond showing it, in the checks chunk (checks.ts) because it
 * only ever runs once they are loaded: keeping the verdict on an offer without `linted` for the next visit
 * (core/remember-verdict.ts: an accepted one remembered, a refused one forgotten), and the console error for a
 * painted offer the checks then refused.
 */
import { rememberVerdict } from '../core/remember-verdict.js';
import type { PrepareOptions } from '../core/prepare-verdict.js';
import { paintDigest } from './linted.js';
import { forgetRemembered, remembered } from './verdict-memory.js';
import { storage } from './warn-once.js';

/** The verdicts this page keeps for the next visit, by the offer's content and answer: each is kept once. */
const kept = new Set<string>();

/**
 * Keeps the verdict on `source` (an offer without `linted`) for the next visit; a refusal is written only to forget
 * an entry. Called right after the paint that followed the verdict, off the first render's way.
 */
export function keepVerdict(source: unknown, options: PrepareOptions, accepted: boolean): void {
  if (!accepted && !remembered().length) return;
  const digestOptions = { jurisdictions: options.jurisdictions ?? [], language: options.language ?? null };
  let key: string;
  try {
    key = JSON.stringify([source, digestOptions, accepted]);
  } catch {
    return; // not plain data: it has no digest
  }
  if (kept.has(key)) return; // 100 widgets with one offer: one digest, one write
  kept.add(key);
  void paintDigest(source, digestOptions).then((digest) => {
    if (!digest) return; // a deadline, packs, an experiment: such an offer never paints before its checks
    rememberVerdict(storage(), digest, accepted);
    forgetRemembered();
  });
}

/** The console error for an offer painted before its checks (`linted`, or a remembered verdict) that they refused. */
export function mismatchMessage(remembered: boolean): string {
  return remembered
    ? '<fair-offer>: a verdict remembered in this browser (localStorage "fair-offer:verdicts") did not match the verdict of the checks: the offer painted before they ran is withdrawn, no choice was recorded, and the entry is forgotten.'
    : '<fair-offer>: the lint digest (`linted`) did not match the verdict of the checks: the offer painted before they ran is withdrawn, and no choice was recorded. Lint the offer as it is served: `fair-offer lint <offer.json> --digest`.';
}
