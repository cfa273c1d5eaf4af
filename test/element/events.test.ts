import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Offer } from '../../src/core/offer-schema.js';
import { VERSION } from '../../src/core/version.js';
import { $, activate, captureEvents, loadOffer, part, renderOffer, settle, tabTo } from './helpers.js';
import { captureConsole } from './console-capture.js';

describe('events', () => {
  let offer: Offer;
  before(async () => {
    offer = await loadOffer();
  });
  beforeEach(() => localStorage.clear());

  it('are composed and bubble: a listener on document outside the shadow root receives them', async () => {
    const cap = captureEvents();
    const el = await renderOffer(offer);
    await settle(); // the initial view comes from the IntersectionObserver
    await activate(el, part(el, 'decline-action'));
    await activate(el, $(el, '[data-constraint="policy"]'));
    await activate(el, part(el, 'retreat-action'));
    await settle();
    cap.stop();
    // Each action's own event first, then the view of the stage it led to.
    expect(cap.events.map((e) => e.type)).to.deep.equal([
      'offer-view',
      'offer-view',
      'offer-decline',
      'offer-view',
      'offer-choice',
      'offer-view',
    ]);
    expect(cap.events.map((e) => e.detail.stage).filter(Boolean)).to.deep.equal([
      'full',
      'constraint',
      'retreat',
      'chosen',
    ]);
    for (const e of cap.events) {
      expect(e.bubbles && e.composed, e.type).to.equal(true);
      expect(e.target).to.equal(el); // retargeted to the host
      expect(e.detail.offerId).to.equal(offer.id);
      expect(e.detail.variant).to.equal(null);
    }
  });

  it('offer-choice detail: choice, add-ons, variant and a receipt of what was shown', async () => {
    const withAddOns: Offer = {
      ...offer,
      addOns: [
        { id: 'training', label: 'Team training session' },
        { id: 'export', label: 'Data export' },
      ],
    };
    const cap = captureEvents(['offer-choice']);
    const el = await renderOffer(withAddOns);
    const boxes = el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]');
    expect([...boxes].map((b) => b.checked)).to.deep.equal([false, false]); // opt-in, never pre-checked
    await tabTo(boxes[1]!);
    await sendKeys({ press: 'Space' });
    await activate(el, part(el, 'full-action'));
    await settle();
    cap.stop();
    const [choice] = cap.events;
    expect(Object.keys(choice!.detail).sort()).to.deep.equal(['addOns', 'choice', 'offerId', 'receipt', 'variant']);
    expect(choice!.detail.choice).to.equal('full');
    expect(choice!.detail.addOns).to.deep.equal(['export']);
    const receipt = choice!.detail.receipt;
    expect(receipt.digest).to.match(/^[0-9a-f]{64}$/);
    expect(receipt.version).to.equal(VERSION);
    expect(receipt.addOns).to.deep.equal(['export']);
    const disclosure = JSON.parse(receipt.disclosure);
    expect(disclosure.options.map((o: { id: string }) => o.id)).to.deep.equal(['pilot-6w']); // the retreat was never shown
    // the receipt holds the words as displayed
    const shownPrice = el.shadowRoot!.textContent!;
    expect(shownPrice).to.contain(disclosure.options[0].terms.scope);
    expect(Date.parse(receipt.chosenAt)).to.be.at.least(Date.parse(receipt.shownAt));
  });

  it('are not fired by setting or re-setting the offer property', async () => {
    const hidden = document.createElement('div');
    hidden.style.display = 'none';
    document.body.append(hidden);
    const cap = captureEvents();
    const el = document.createElement('fair-offer');
    hidden.append(el);
    el.offer = offer;
    await el.updateComplete;
    el.offer = structuredClone(offer);
    el.state = { stage: 'retreat', constraint: 'time', choice: null };
    await el.updateComplete;
    await settle();
    expect(cap.events).to.deep.equal([]); // not visible: no view, and property sets are not user actions
    hidden.style.display = '';
    await settle();
    await settle();
    expect(cap.of('offer-view').map((e) => e.detail.stage)).to.deep.equal(['retreat']); // reported once when seen
    el.offer = structuredClone(offer); // the same offer again
    await el.updateComplete;
    await settle();
    cap.stop();
    expect(cap.events).to.have.length(1);
    hidden.remove();
  });

  it('a double click produces exactly one offer-choice', async () => {
    const cap = captureEvents(['offer-choice']);
    const el = await renderOffer(offer);
    const button = part(el, 'full-action')!;
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, detail: 1 }));
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, detail: 2 }));
    await el.updateComplete;
    await settle();
    cap.stop();
    expect(cap.events).to.have.length(1);
  });

  it('Enter then a click during the transition produce exactly one offer-choice', async () => {
    const cap = captureEvents(['offer-choice']);
    const el = await renderOffer(offer, { mode: 'side-by-side' });
    const button = part(el, 'retreat-action')!;
    await tabTo(button);
    await sendKeys({ press: 'Enter' });
    button.click(); // the stale button, clicked before or after the re-render
    await el.updateComplete;
    await settle();
    cap.stop();
    expect(cap.events.map((e) => e.detail.choice)).to.deep.equal(['retreat']);
  });

  it('none lost: choose, change, choose again gives two choices', async () => {
    const cap = captureEvents(['offer-choice']);
    const el = await renderOffer(offer);
    await activate(el, part(el, 'full-action'));
    await activate(el, $(el, '[data-action="change"]'));
    await activate(el, part(el, 'stop-action')); // the choice still stands: "Withdraw my choice" asks first
    await activate(el, part(el, 'withdraw-confirm-action'));
    await settle();
    cap.stop();
    expect(cap.events.map((e) => e.detail.choice)).to.deep.equal(['full', 'stop']);
    expect(cap.events[1]!.detail.withdraws).to.deep.equal({
      choice: 'full',
      digest: cap.events[0]!.detail.receipt.digest,
    });
  });

  it("order: each action's event, then the view it leads to, even across a fast choose → change → stop", async () => {
    const cap = captureEvents();
    const el = await renderOffer(offer);
    await settle();
    await activate(el, part(el, 'decline-action'));
    // "Not now" at the question: the decline (no constraint), the stop choice, then the stopped view
    await activate(el, part(el, 'stop-action'));
    await activate(el, $(el, '[data-action="reopen"]'));
    // choose and change before the receipt has been hashed: the choice still comes before both views
    part(el, 'full-action')!.click();
    await el.updateComplete;
    $(el, '[data-action="change"]')!.click();
    await el.updateComplete;
    await settle();
    cap.stop();
    expect(
      cap.events.map((e) => `${e.type}:${e.detail.stage ?? e.detail.choice ?? e.detail.constraint}`),
    ).to.deep.equal([
      'offer-view:full',
      'offer-view:constraint',
      'offer-decline:null',
      'offer-choice:stop',
      'offer-view:stopped',
      'offer-view:full',
      'offer-choice:full',
      'offer-view:chosen',
      'offer-view:full',
    ]);
  });

  it('offer-invalid carries the findings, and console.error is called once', async () => {
    const errors = captureConsole('error');
    const cap = captureEvents(['offer-invalid']);
    try {
      const el = await renderOffer({ ...offer, decision: '' });
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
    } finally {
      errors.restore();
      cap.stop();
    }
    expect(cap.events).to.have.length(1);
    expect(cap.events[0]!.detail.offerId).to.equal(offer.id);
    expect(
      cap.events[0]!.detail.findings.some(
        (f: { path?: string; severity: string }) => f.path === 'decision' && f.severity === 'error',
      ),
    ).to.equal(true);
    expect(errors.calls).to.have.length(1);
    expect(String(errors.calls[0]![0])).to.contain('decision');
  });
});
