/**
 * What a lint digest covers (lint-digest.ts computes it in Node, the element in the browser): the canonical JSON
 * (canonical-json.ts, as receipts use) of everything that can change validateOffer's verdict on an offer without a
 * deadline — this code's version, the offer exactly as given, the legal packs the host adds (sorted, once each)
 * and the language the checks read the copy in when the offer has no `locale` of its own (its primary subtag,
 * as validateOffer uses it). Anything else that differs only makes the digests differ, which is always safe: the
 * element then runs the full checks before it paints. Light on purpose: the element's first paint imports it.
 */
import { canonicalJson } from './canonical-json.js';
import { primaryLanguage } from './locales/index.js';
import type { Jurisdiction } from './guardrails/jurisdiction/jurisdictions.js';
import { VERSION } from './version.js';

/** The attribute value's form: `sha256-` and the SHA-256 of the canonical JSON, as lowercase hex. */
export const LINT_DIGEST_PREFIX = 'sha256-';

export interface LintDigestOptions {
  /** Legal packs the host adds (`lint --jurisdiction`, the element's `jurisdiction` attribute). */
  jurisdictions?: readonly Jurisdiction[];
  /** The language the offer is shown in when it has no `locale` (`lint --lang`, the element's `lang`). */
  language?: string | null;
}

/** The text a lint digest hashes, or null when the offer is not plain JSON data (then it has no digest). */
export function lintDigestInput(offer: unknown, options: LintDigestOptions = {}): string | null {
  const locale = (offer as { locale?: unknown } | null | undefined)?.locale;
  const ownLocale = typeof locale === 'string' && locale !== '';
  const language = ownLocale ? null : primaryLanguage(options.language ?? '') || null;
  const jurisdictions = [...new Set(options.jurisdictions ?? [])].sort();
  try {
    return canonicalJson({ version: VERSION, offer, jurisdictions, language });
  } catch {
    return null; // a function, a cycle, a non-finite number: not what a linted file holds
  }
}

/** Whether an offer can take the linted path at all: a deadline's verdict depends on the clock, so never. */
export function digestApplies(offer: unknown): boolean {
  return typeof offer === 'object' && offer !== null && (offer as { deadline?: unknown }).deadline === undefined;
}
