/**
 * The guardrails' verdict per offer content, so a page with many widgets showing the same offer (or one offer
 * set again and again) validates it once. Keyed by the offer's JSON and the options that change a verdict;
 * an entry lasts until the offer's own deadline, when `past-deadline` may change it. Never shared across
 * pages or processes: a verdict is always this code's, on this content (across page loads the browser keeps only
 * which content its checks accepted, and runs them anyway: remembered-verdicts.ts). The parsed offer inside the
 * cached result is shared by its users and must be treated as read-only (the element and the core never write to it).
 */
import { validateOffer, type ValidateOptions, type ValidationResult } from './validate-offer.js';

const MAX_ENTRIES = 200;
const cache = new Map<string, { result: ValidationResult; expires: number }>();

/** The JSON of `value` when it is plain data, else undefined (then nothing is cached). */
function keyOf(value: unknown, options: ValidateOptions): string | undefined {
  try {
    return JSON.stringify([value, options.jurisdictions ?? null, options.language ?? null]);
  } catch {
    return undefined; // cycles, BigInt: validated every time (validateOffer reports them)
  }
}

/** validateOffer, remembered per content. An explicit `now` (tests, previews) is never cached. */
export function cachedValidateOffer(input: unknown, options: ValidateOptions = {}): ValidationResult {
  const key = options.now ? undefined : keyOf(input, options);
  const now = Date.now();
  if (key !== undefined) {
    const hit = cache.get(key);
    if (hit && now < hit.expires) return hit.result;
  }
  const result = validateOffer(input, options);
  // A refusal for want of a check group is not this content's verdict: once the group loads it is validated again.
  if (key === undefined || result.findings.some((f) => f.rule === 'checks-not-loaded')) return result;
  const deadline = Date.parse(result.offer?.deadline?.at ?? '');
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  cache.set(key, { result, expires: Number.isNaN(deadline) ? Infinity : deadline });
  return result;
}
