/**
 * The element's side of a lint digest (core/lint-digest-input.ts): the digest of the offer it is given, computed
 * with Web Crypto when the page has it (it is async), else with the built-in SHA-256 (its own chunk, loaded only
 * then). The same text as `fair-offer lint --digest` hashes, so the same offer gives the same value.
 */
import {
  digestApplies,
  lintDigestInput,
  LINT_DIGEST_PREFIX,
  type LintDigestOptions,
} from '../core/lint-digest-input.js';

function toHex(buffer: ArrayBuffer): string {
  return [...new Uint8Array(buffer)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

async function sha256(text: string): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle && typeof subtle.digest === 'function') {
    try {
      return toHex(await subtle.digest('SHA-256', new TextEncoder().encode(text)));
    } catch {
      // some embedded browsers refuse: the built-in implementation gives the same digest
    }
  }
  return (await import('../core/sha256.js')).sha256Hex(text, null);
}

const digestOf = async (text: string): Promise<string> => LINT_DIGEST_PREFIX + (await sha256(text));

/** The offer's lint digest as this page would see it, or null when it has none (not JSON data). */
export async function browserLintDigest(offer: unknown, options: LintDigestOptions): Promise<string | null> {
  const text = lintDigestInput(offer, options);
  return text === null ? null : digestOf(text);
}

/** The widgets' digests by the text hashed, per page: many widgets with one offer hash it once. */
const digests = new Map<string, Promise<string | null>>();

function pageLintDigest(offer: unknown, options: LintDigestOptions): Promise<string | null> {
  const text = lintDigestInput(offer, options);
  if (text === null) return Promise.resolve(null);
  let digest = digests.get(text);
  if (!digest) {
    digest = digestOf(text);
    digests.set(text, digest);
    digest.catch(() => digests.delete(text)); // a failure is not kept: the next widget tries again
  }
  return digest;
}

/**
 * The digest under which `offer` may paint before its checks, or null when it never may: it has a deadline (its
 * verdict depends on the clock) or needs a check group (jurisdiction packs, experiments: their code comes with the
 * checks). A failure resolves to null too, which only means the checks run first.
 */
export async function paintDigest(
  offer: unknown,
  options: Required<Pick<LintDigestOptions, 'jurisdictions'>> & LintDigestOptions,
): Promise<string | null> {
  if (!digestApplies(offer) || options.jurisdictions.length) return null;
  const own = offer as { jurisdictions?: unknown; experiment?: unknown; retreatVariants?: unknown };
  if (own.jurisdictions !== undefined || own.experiment !== undefined || own.retreatVariants !== undefined) return null;
  try {
    return await pageLintDigest(offer, options);
  } catch {
    return null;
  }
}

/** Whether `offer` may paint before its checks on the word of its `linted` attribute (see paintDigest). */
export async function lintedMatches(
  offer: unknown,
  attribute: string | null,
  options: Required<Pick<LintDigestOptions, 'jurisdictions'>> & LintDigestOptions,
): Promise<boolean> {
  return !!attribute && (await paintDigest(offer, options)) === attribute.trim();
}
