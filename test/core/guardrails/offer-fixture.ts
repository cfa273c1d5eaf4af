/** A valid offer to mutate in tests: the shipped SaaS pilot example, deep-copied per call. */
import { readFileSync } from 'node:fs';

const EXAMPLE = readFileSync(new URL('../../../examples/offers/saas-pilot.json', import.meta.url), 'utf8');

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Raw = any;

export function validOffer(): Raw {
  return JSON.parse(EXAMPLE);
}

/** A valid offer changed by `mutate` (which edits it in place). */
export function offerWith(mutate: (o: Raw) => void): Raw {
  const o = validOffer();
  mutate(o);
  return o;
}
