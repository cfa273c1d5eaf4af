/**
 * Honest UI strings of shops, checkouts, admin screens and consent banners, by family and per language: what makes
 * each one honest in its language's grammar (a stored card's last digits, ...), with the dark near-neighbours that
 * must still be refused beside it, so a fix cannot simply switch a rule off. Written from the languages, not from
 * any development, blind or real batch.
 */
import { describe, expect, it } from 'vitest';
import { checkCopy } from '../../../../src/core/index.js';
import type { CopyCheckOptions } from '../../../../src/core/finding.js';

const DARK = ['confirmshaming', 'false-urgency', 'pressure'];

interface Family {
  /** Copy of any field (or of `role`) that must get none of the dark rules. */
  honest: string[];
  /** Neighbours of the honest shapes that must still get the rule named. */
  dark: [text: string, rule: string][];
  role?: CopyCheckOptions['role'];
}

const FAMILIES: Record<string, Record<string, Family>> = {
  en: {
    // the last digits of a stored card or an account are no deadline
    'a card ending in its last digits': {
      honest: [
        'Ending in 4242',
        'Visa ending in 4242',
        'Mastercard ending in 0005, expires 08/29',
        'Gift card ending in 98765',
        'Pay with the account ending in 1234',
      ],
      dark: [
        ['Offer ending in 2 hours', 'false-urgency'],
        ['Ending in 10 minutes', 'false-urgency'],
        ['Ending in 3', 'false-urgency'],
        ['Sale ends in 1440 minutes', 'false-urgency'],
        ['Card ending in 4242 — this offer ends tonight', 'false-urgency'],
      ],
    },
  },
  es: {
    'una tarjeta que termina en sus últimas cifras': {
      honest: [
        'Termina en 4242',
        'La tarjeta guardada termina en 4242',
        'Visa que acaba en 0005',
        'Paga con la cuenta que termina en 1234',
      ],
      dark: [
        ['La oferta termina en 2 horas', 'false-urgency'],
        ['Termina en 10 minutos', 'false-urgency'],
        ['Acaba en 5', 'false-urgency'],
        ['Termina pronto', 'false-urgency'],
        ['Tu tarjeta termina en 4242. La oferta termina hoy', 'false-urgency'],
      ],
    },
  },
};

const dark = (text: string, options: CopyCheckOptions) =>
  checkCopy(text, options)
    .map((f) => f.rule)
    .filter((rule) => DARK.includes(rule));

for (const [locale, families] of Object.entries(FAMILIES))
  describe(`honest UI strings, ${locale}`, () => {
    for (const [name, { honest, dark: darkRows, role }] of Object.entries(families)) {
      const options: CopyCheckOptions = role ? { locale, role } : { locale };
      describe(name, () => {
        it.each(honest)('%s passes', (text) => expect(dark(text, options)).toEqual([]));
        it.each(darkRows)('%s is still %s', (text, rule) => expect(dark(text, options)).toContain(rule));
      });
    }
  });
