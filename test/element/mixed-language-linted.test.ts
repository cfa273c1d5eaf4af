/**
 * A linted German offer with an English line paints before the checks load, and stays once they have run: the
 * browser reads the English label with the English pack and the German copy with the German one, exactly as the
 * `fair-offer lint` verdict behind its digest did (lintDigest from fair-offer/core, every pack registered).
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { FairOffer } from '../../src/element/fair-offer.js';
import '../../src/define.js';
import { lintDigest } from '../../src/core/index.js';
import { checksImport } from '../../src/element/checks-loader.js';
import german from '../../examples/offers/subscription-de.json';
import { captureConsole } from './console-capture.js';
import { captureEvents, settle, stageOf } from './helpers.js';

describe('a linted German offer with an English line', () => {
  it('paints, and is not withdrawn once the checks have run', async () => {
    // (the linted path takes no offer with `jurisdictions`: their checks come with the checks chunk)
    const { jurisdictions: _checkedFirst, ...offer } = {
      ...structuredClone(german),
      id: 'mixed-linted',
      declineLabel: 'No thanks, I will decide later',
    };
    const digest = lintDigest(offer, { jurisdictions: [], language: 'en' });
    expect(digest, 'Node accepts it').to.be.a('string');
    const cap = captureEvents(['offer-view', 'offer-invalid']);
    const errors = captureConsole('error');
    const el = document.createElement('fair-offer') as FairOffer;
    try {
      el.lang = 'en';
      el.setAttribute('linted', digest!);
      el.offer = offer as unknown as FairOffer['offer'];
      el.innerHTML = '<a slot="fallback" href="https://example.com/plans">See the plans</a>';
      document.body.append(el);
      await waitUntil(() => stageOf(el) === 'full', 'it paints');
      await waitUntil(() => cap.of('offer-view').length > 0, 'the checks accept it: its first view is reported');
      await settle();
    } finally {
      errors.restore();
      cap.stop();
    }
    expect(checksImport.requests, 'the checks ran').to.equal(1);
    expect(stageOf(el), 'still shown').to.equal('full');
    expect(cap.of('offer-invalid')).to.have.length(0);
    expect(errors.mentioning('lint digest'), 'not withdrawn').to.have.length(0);
    expect(el.shadowRoot!.textContent).to.contain('No thanks, I will decide later');
    el.remove();
  });
});
