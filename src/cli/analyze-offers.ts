/** `--offer offer.json` for `fair-offer analyze`: each file read and checked with validateOffer. */
import { readFile } from 'node:fs/promises';
import type { Offer } from '../core/offer-schema.js';
// Every pack, string table and check group, as lint registers them: an offer is judged completely.
import '../core/register-all.js';
import { validateOffer } from '../core/validate-offer.js';

/** The offers, or a message naming the file and what is wrong with it. */
export async function loadOffers(files: string[]): Promise<Offer[] | string> {
  const offers: Offer[] = [];
  for (const file of files) {
    let value: unknown;
    try {
      value = JSON.parse(await readFile(file, 'utf8'));
    } catch (err) {
      return `--offer ${file}: cannot read it as JSON: ${(err as Error).message}`;
    }
    const result = validateOffer(value);
    if (!result.ok || !result.offer) {
      const first = result.findings.find((f) => f.severity === 'error');
      return `--offer ${file}: not a valid offer${first ? `: ${first.path ? `${first.path}: ` : ''}${first.message}` : ''} (run fair-offer lint ${file})`;
    }
    offers.push(result.offer);
  }
  return offers;
}
