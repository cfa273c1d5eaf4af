/**
 * localStorage that is full (setItem throws QuotaExceededError): the widget works and warns once for the page.
 * Its own file: the warning is once per page, and each test file runs in a fresh page.
 */
import { expect } from '@open-wc/testing';
import '../../../src/define.js';
import type { FairOffer } from '../../../src/element/fair-offer.js';
import { stageOf } from '../helpers.js';
import { mount, spyConsole, validOffer, watchUncaught } from './guards.js';

describe('robustness: localStorage that is full', () => {
  it('renders, stops, and warns exactly once for the page', async () => {
    localStorage.clear();
    const { setItem } = Storage.prototype;
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    const warn = spyConsole('warn');
    const uncaught = watchUncaught();
    const mounted: FairOffer[] = [];
    try {
      for (let i = 0; i < 2; i++) {
        const el = await mount(validOffer(), { mode: i ? 'side-by-side' : 'sequential' });
        mounted.push(el);
        el.shadowRoot!.querySelector<HTMLElement>('[part~="stop-action"]')!.click();
        await el.updateComplete;
        expect(stageOf(el)).to.equal('stopped');
      }
    } finally {
      Storage.prototype.setItem = setItem;
      for (const el of mounted) el.remove();
      warn.restore();
      uncaught.stop();
    }
    expect(uncaught.errors).to.deep.equal([]);
    expect(warn.calls).to.have.length(1);
    expect(String(warn.calls[0]![0])).to.match(/localStorage/);
    expect(localStorage.length).to.equal(0);
  });
});
