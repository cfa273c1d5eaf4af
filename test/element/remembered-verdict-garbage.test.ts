/**
 * Remembered verdicts (core/remembered-verdicts.ts) that are not what the element wrote: garbage in the store is
 * never a match, so the offer is checked before it paints; once accepted it is remembered and the garbage dropped.
 * The checks chunk loads once per page, held back here until the test opens it.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { FairOffer } from '../../src/element/fair-offer.js';
import '../../src/define.js';
import { browserLintDigest } from '../../src/element/linted.js';
import { captureConsole } from './console-capture.js';
import { gateChecks } from './gated-checks.js';
import { loadOffer, settle, stageOf } from './helpers.js';

const KEY = 'fair-offer:verdicts';
const gate = gateChecks();

function mount(offer: unknown): FairOffer {
  const el = document.createElement('fair-offer') as FairOffer;
  el.lang = 'en';
  el.offer = offer as FairOffer['offer'];
  document.body.append(el);
  return el;
}

describe('remembered verdicts that are garbage', () => {
  after(() => localStorage.removeItem(KEY));

  it('never match: the offer is checked before it paints, then remembered and the garbage dropped', async () => {
    const offer = { ...(await loadOffer()), id: 'remembered-garbage' };
    const digest = (await browserLintDigest(offer, { jurisdictions: [], language: 'en' }))!;
    const garbage = [
      42,
      null,
      { digest },
      [digest],
      digest.toUpperCase(),
      digest.slice(0, -1),
      `${digest} `,
      'sha256-',
    ];
    localStorage.setItem(KEY, JSON.stringify(garbage));
    const el = mount(offer);
    await waitUntil(() => gate.requestedWith, 'the checks are asked for');
    await settle();
    expect(gate.requestedWith, 'before it painted').to.deep.equal([null]);
    expect(stageOf(el), 'and it waits for them').to.equal(null);
    gate.open();
    await el.updateComplete;
    expect(stageOf(el)).to.equal('full');
    await waitUntil(() => localStorage.getItem(KEY) === JSON.stringify([digest]), 'remembered, the garbage dropped');
    el.remove();
  });

  for (const text of ['{not json', '"sha256-"', '{"length": 3}', '7']) {
    it(`reads ${text} as nothing remembered`, async () => {
      localStorage.setItem(KEY, text);
      const errors = captureConsole('error');
      try {
        const el = mount({ ...(await loadOffer()), id: `remembered-garbage-${text.length}` });
        await el.updateComplete;
        expect(stageOf(el)).to.equal('full');
        el.remove();
      } finally {
        errors.restore();
      }
      expect(errors.calls).to.deep.equal([]);
    });
  }
});
