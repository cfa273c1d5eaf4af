/**
 * localStorage that throws on access (Safari with storage blocked, sandboxed iframes): the widget works, the stop
 * is not remembered, and the page hears about it once (one console.warn for all widgets).
 * Its own file: the warning is once per page, and each test file runs in a fresh page.
 */
import { expect } from '@open-wc/testing';
import '../../../src/define.js';
import type { FairOffer } from '../../../src/element/fair-offer.js';
import { stageOf } from '../helpers.js';
import { mount, spyConsole, validOffer, watchUncaught } from './guards.js';

function q(el: FairOffer, sel: string): HTMLElement {
  return el.shadowRoot!.querySelector<HTMLElement>(sel)!;
}

describe('robustness: localStorage that throws on access', () => {
  it('renders, stops, asks again next time, and warns exactly once for the page', async () => {
    const own = Object.getOwnPropertyDescriptor(window, 'localStorage');
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    expect(() => window.localStorage).to.throw();
    const warn = spyConsole('warn');
    const uncaught = watchUncaught();
    const mounted: FairOffer[] = [];
    try {
      for (let i = 0; i < 3; i++) {
        const el = await mount(validOffer());
        mounted.push(el);
        expect(stageOf(el), `widget ${i}`).to.equal('full');
        q(el, '[part~="stop-action"]').click();
        await el.updateComplete;
        expect(stageOf(el)).to.equal('stopped');
      }
      // Nothing could be remembered: a widget created now asks again.
      const later = await mount(validOffer());
      mounted.push(later);
      expect(stageOf(later)).to.equal('full');
    } finally {
      for (const el of mounted) el.remove();
      if (own) Object.defineProperty(window, 'localStorage', own);
      else delete (window as { localStorage?: Storage }).localStorage;
      warn.restore();
      uncaught.stop();
    }
    expect(window.localStorage).to.be.instanceOf(Storage);
    expect(uncaught.errors).to.deep.equal([]);
    expect(warn.calls).to.have.length(1);
    expect(String(warn.calls[0]![0])).to.match(/localStorage/);
  });
});
