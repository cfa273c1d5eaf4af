/**
 * The widget's own refusal-side labels, in every language it speaks, are neutral refusals by the decline
 * grammar: a host that copies one into `declineLabel` or `stop.label` must not be refused as confirmshaming.
 */
import { describe, expect, it } from 'vitest';
import '../../../src/core/register-all.js';
import { checkCopy } from '../../../src/core/copy/check-copy.js';
import { LOCALE_STRINGS } from '../../../src/core/locales/all.js';

const REFUSAL_SIDE_KEYS = ['decline', 'stop', 'change', 'withdraw', 'withdrawKeep'] as const;

describe('the widget’s own refusal-side labels pass as decline labels', () => {
  for (const [lang, strings] of Object.entries(LOCALE_STRINGS)) {
    for (const key of REFUSAL_SIDE_KEYS) {
      const text = strings[key];
      it(`${lang} ${key}: ${JSON.stringify(text)}`, () => {
        for (const role of ['decline', 'stop'] as const) {
          expect(checkCopy(text, { locale: lang, role }), role).toEqual([]);
        }
      });
    }
  }
});
