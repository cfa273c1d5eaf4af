/**
 * Many widgets showing one linted offer (each given its own copy, as a page with a JSON child per widget does):
 * the page hashes the offer once for all of them (linted.ts), and every one still paints before its checks.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { FairOffer } from '../../src/element/fair-offer.js';
import '../../src/define.js';
import { browserLintDigest } from '../../src/element/linted.js';
import { loadOffer, stageOf } from './helpers.js';

describe('many widgets with one linted offer', () => {
  it('hash the offer once, and all paint', async () => {
    const offer = { ...(await loadOffer()), id: 'linted-many' };
    const digest = (await browserLintDigest(offer, { jurisdictions: [], language: 'en' }))!;
    const subtle = SubtleCrypto.prototype;
    const realDigest = subtle.digest;
    let hashed = 0;
    subtle.digest = function (this: SubtleCrypto, ...args: Parameters<SubtleCrypto['digest']>) {
      hashed++;
      return realDigest.apply(this, args);
    };
    const wrapper = document.createElement('div');
    try {
      document.body.append(wrapper);
      const widgets = Array.from({ length: 5 }, () => {
        const el = document.createElement('fair-offer') as FairOffer;
        el.lang = 'en';
        el.setAttribute('linted', digest);
        el.offer = structuredClone(offer) as FairOffer['offer'];
        return wrapper.appendChild(el);
      });
      await waitUntil(() => widgets.every((el) => stageOf(el) === 'full'), 'all five paint');
      await Promise.all(widgets.map((el) => el.updateComplete)); // their checks, right after the paint
      expect(widgets.map(stageOf)).to.deep.equal(['full', 'full', 'full', 'full', 'full']);
      expect(hashed, 'one digest for five widgets').to.equal(1);
    } finally {
      subtle.digest = realDigest;
      wrapper.remove();
    }
  });
});
