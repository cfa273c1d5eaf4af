/**
 * Remembered verdicts (core/remembered-verdicts.ts) on a page whose localStorage throws (blocked storage, a
 * sandboxed iframe): no crash, the offer is checked before it paints, as on a first visit, and nothing is
 * remembered. The checks chunk loads once per page, held back here until the test opens it.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { FairOffer } from '../../src/element/fair-offer.js';
import '../../src/define.js';
import { captureConsole } from './console-capture.js';
import { gateChecks } from './gated-checks.js';
import { loadOffer, settle, stageOf } from './helpers.js';

const gate = gateChecks();

describe('remembered verdicts without a store', () => {
  const own = Object.getOwnPropertyDescriptor(window, 'localStorage');
  const stored: string[] = [];
  after(() => {
    if (own) Object.defineProperty(window, 'localStorage', own);
    else delete (window as { localStorage?: unknown }).localStorage;
  });

  it('checks the offer before it paints and shows it, when localStorage throws', async () => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        stored.push('read');
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    await new Promise((resolve) => setTimeout(resolve)); // the element reads the store once per task
    const errors = captureConsole('error');
    const warnings = captureConsole('warn');
    try {
      const el = document.createElement('fair-offer') as FairOffer;
      el.lang = 'en';
      el.offer = { ...(await loadOffer()), id: 'remembered-no-store' };
      document.body.append(el);
      await waitUntil(() => gate.requestedWith, 'the checks are asked for');
      await settle();
      expect(gate.requestedWith, 'before it painted').to.deep.equal([null]);
      gate.open();
      await el.updateComplete;
      await settle();
      expect(stageOf(el)).to.equal('full');
      el.remove();
    } finally {
      errors.restore();
      warnings.restore();
    }
    expect(stored.length, 'the store was asked for').to.be.greaterThan(0);
    expect(errors.calls).to.deep.equal([]);
    expect(warnings.mentioning('localStorage is unavailable'), 'said once').to.have.length(1);
  });
});
