/**
 * Lazily loaded parts (src/element/lazy-parts.ts): a click made while a stage's chunk is on its way is applied
 * once and shown when it arrives (focus and announcement as usual), `updateComplete` waits for the chunk, a
 * choice made before the receipt code arrived still sends exactly one `offer-choice`, and a chunk that cannot
 * load leaves the host's fallback content and a console error, not a broken widget. Each chunk loads once per
 * page, so the imports are replaced before the first widget renders and the tests run in this order.
 */
import { expect } from '@open-wc/testing';
import { partImports } from '../../src/element/lazy-parts.js';
import type { Offer } from '../../src/core/offer-schema.js';
import { captureConsole } from './console-capture.js';
import { $, captureEvents, deepActive, loadOffer, part, renderOffer, settle, stageOf } from './helpers.js';

/** A chunk that arrives only when the test says so (or fails). */
function gate<T>(load: () => Promise<T>) {
  let open!: () => void;
  let fail!: (error: Error) => void;
  const opened = new Promise<void>((resolve, reject) => {
    open = resolve;
    fail = reject;
  });
  return { open, fail, load: () => opened.then(load) };
}

const realStages = partImports.stages;
const realReceipts = partImports.receipts;
const stages = gate(realStages);
const receipts = gate(realReceipts);
partImports.stages = stages.load;
partImports.receipts = receipts.load;
partImports.tips = () => Promise.reject(new Error('offline'));

describe('lazily loaded parts', () => {
  let offer: Offer;
  before(async () => {
    offer = { ...(await loadOffer()), askConstraint: false };
  });
  beforeEach(() => localStorage.clear());

  it('a decline clicked twice while the later stages load is applied once, shown when they arrive', async () => {
    const el = await renderOffer(offer);
    await settle(); // the first view is reported
    const cap = captureEvents(['offer-decline', 'offer-view']);
    const decline = part(el, 'decline-action')!;
    decline.click();
    decline.click(); // the full stage is still on screen: the second click must do nothing
    await settle();
    expect(stageOf(el), 'not rendered before its chunk').to.equal('full');
    expect(cap.of('offer-view'), 'no offer-view for a stage not on screen yet').to.have.length(0);
    const done = el.updateComplete;
    stages.open();
    await done; // updateComplete includes the chunk the next render needs
    expect(stageOf(el)).to.equal('retreat');
    expect(deepActive()).to.equal($(el, '#stage-heading'));
    expect($(el, '[role="status"]')!.textContent, 'announced as without chunks').to.contain('smaller option');
    await settle();
    cap.stop();
    expect(cap.of('offer-decline')).to.have.length(1);
    expect(cap.of('offer-view').map((e) => e.detail.stage)).to.deep.equal(['retreat']);
  });

  it('a choice made before the receipt code arrived sends one offer-choice once it has', async () => {
    const cap = captureEvents(['offer-choice']);
    const el = await renderOffer(offer);
    part(el, 'full-action')!.click();
    part(el, 'full-action')?.click();
    await settle();
    expect(cap.of('offer-choice'), 'waits for the receipt code').to.have.length(0);
    const done = el.updateComplete;
    receipts.open();
    await done;
    await settle();
    cap.stop();
    expect(stageOf(el)).to.equal('chosen');
    expect(cap.of('offer-choice')).to.have.length(1);
    expect(cap.of('offer-choice')[0]!.detail.receipt.digest).to.match(/^[0-9a-f]{64}$/);
  });

  it('a toggletip whose positioning cannot load still opens, and its button closes it', async () => {
    const errors = captureConsole('error');
    try {
      const el = await renderOffer(offer);
      const button = $(el, 'button[data-term="price"]')!;
      button.click();
      await el.updateComplete;
      expect($(el, '#tip-price')!.hidden, 'open').to.equal(false);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(errors.mentioning('<fair-offer>: could not load the toggletip positioning')).to.not.be.empty;
      button.click();
      await el.updateComplete;
      expect($(el, '#tip-price')!.hidden, 'closed by its button').to.equal(true);
    } finally {
      errors.restore();
    }
  });

  it('a stage whose chunk cannot load shows the fallback content and says why in the console', async () => {
    // A fresh page state for this part: forget the loaded module by failing the legal chunk, loaded only now.
    partImports.legal = () => Promise.reject(new Error('offline'));
    const errors = captureConsole('error');
    const el = await renderOffer({ ...offer, id: 'with-packs', jurisdictions: ['us-ca'] });
    errors.restore();
    expect(stageOf(el), 'no half-shown offer').to.equal(null);
    expect($(el, 'slot[name="fallback"]')).to.exist;
    expect($(el, '[role="alert"]')!.textContent, 'said in the widget too').to.contain('could not load');
    expect(errors.calls.map((call) => String(call[0])).join('\n')).to.contain(
      'could not load the jurisdiction notices',
    );
    await expect(el).to.be.accessible();
  });
});
