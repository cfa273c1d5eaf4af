/**
 * The DOM-free preparation of an offer before it is shown: validate → deadline history → experiment arm →
 * remembered stop. The element, the server renderer and tests share it, so a browser and a server agree on
 * what one offer shows. Storage is injected: localStorage in a browser, null on a server (nothing remembered,
 * nothing reported), a Map-backed object in tests. Never throws. The steps after validation: prepare-verdict.ts.
 */
import { prepareVerdict, type PrepareOptions, type PreparedOffer } from './prepare-verdict.js';
import { cachedValidateOffer } from './verdict-cache.js';

export { prepareArm, prepareVerdict, type PrepareOptions, type PreparedOffer } from './prepare-verdict.js';

/** Runs every check a shown offer needs, in order; each later step only runs on an offer the earlier ones accepted. */
export function prepareOffer(source: unknown, options: PrepareOptions = {}): PreparedOffer {
  const { now, jurisdictions, language } = options;
  // Cached per offer content: 100 widgets with one offer validate it once.
  const validation = cachedValidateOffer(source, {
    ...(now ? { now } : {}),
    ...(jurisdictions ? { jurisdictions } : {}),
    language,
  });
  return prepareVerdict(validation, options);
}
