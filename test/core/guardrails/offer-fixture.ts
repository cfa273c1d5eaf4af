/**
 * A valid offer to mutate in tests: the shipped SaaS pilot example, deep-copied per call.
 * Imported as JSON (no node:fs) so the browser tests share it with the Node tests.
 */
import example from '../../../examples/offers/saas-pilot.json';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Raw = any;

export function validOffer(): Raw {
  return structuredClone(example);
}

/** A valid offer changed by `mutate` (which edits it in place). */
export function offerWith(mutate: (o: Raw) => void): Raw {
  const o = validOffer();
  mutate(o);
  return o;
}
