/**
 * `lintDigest(offer, options)`: for an offer validateOffer accepts (with the same options), the value of the
 * element's `linted` attribute: `sha256-` + the SHA-256 of lintDigestInput. A page that carries it lets the
 * element paint that offer before its checks load; the browser then runs the full checks anyway, right after the
 * paint and before it accepts a choice (README "Linted offers"). Null when the offer is refused. Node and
 * `fair-offer/core`: synchronous (validates with every check registered; see register-all.ts).
 */
import { lintDigestInput, LINT_DIGEST_PREFIX, type LintDigestOptions } from './lint-digest-input.js';
import { sha256HexSync } from './sha256.js';
import { cachedValidateOffer } from './verdict-cache.js';

export { LINT_DIGEST_PREFIX, type LintDigestOptions } from './lint-digest-input.js';

export function lintDigest(offer: unknown, options: LintDigestOptions = {}): string | null {
  const language = options.language ?? undefined;
  const verdict = cachedValidateOffer(offer, {
    ...(options.jurisdictions ? { jurisdictions: options.jurisdictions } : {}),
    ...(language ? { language } : {}),
  });
  if (!verdict.ok) return null;
  const text = lintDigestInput(offer, options);
  return text === null ? null : LINT_DIGEST_PREFIX + sha256HexSync(text);
}
