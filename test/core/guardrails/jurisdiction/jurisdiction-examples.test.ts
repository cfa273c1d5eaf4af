/** The README's example offer per jurisdiction passes validateOffer with its own jurisdictions, and fails without the fields each pack needs. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// Every check group, as fair-offer/core registers them (the browser loads each on demand).
import '../../../../src/core/register-all.js';
import { validateOffer } from '../../../../src/core/validate-offer.js';

const ROOT = new URL('../../../../', import.meta.url);
const README = readFileSync(new URL('README.md', ROOT), 'utf8');
const EXAMPLES = [
  ['subscription-eu.json', ['eu']],
  ['subscription-de.json', ['de']],
  ['subscription-fr.json', ['fr']],
  ['subscription-es.json', ['es']],
  ['subscription-us.json', ['us-ca', 'us-ny']],
] as const;
const read = (file: string) => JSON.parse(readFileSync(new URL(`examples/offers/${file}`, ROOT), 'utf8'));

describe('jurisdiction examples', () => {
  it.each(EXAMPLES)('%s declares %j and passes, and the README links it', (file, jurisdictions) => {
    const offer = read(file);
    expect(offer.jurisdictions).toEqual(jurisdictions);
    const result = validateOffer(offer);
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(result.ok).toBe(true);
    expect(README).toContain(`(examples/offers/${file})`);
  });

  it('each example fails once the fields its pack needs are removed', () => {
    for (const [file] of EXAMPLES) {
      const offer = read(file);
      delete offer.withdrawal;
      for (const option of [offer.full, offer.retreat]) {
        delete option.terms.renewal.cancelUrl;
        delete option.terms.renewal.cancelBy;
      }
      expect(validateOffer(offer).ok, file).toBe(false);
    }
  });
});
