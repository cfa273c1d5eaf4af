import { expect } from '@open-wc/testing';
import type { Offer } from '../../src/core/offer-schema.js';
import {
  $,
  activate,
  captureEvents,
  deepActive,
  loadOffer,
  part,
  press,
  renderOffer,
  settle,
  stageOf,
  tabTo,
} from './helpers.js';

describe('keyboard paths (real key presses only)', () => {
  let offer: Offer;
  before(async () => {
    offer = await loadOffer();
  });
  beforeEach(() => localStorage.clear());

  it('full → choose full', async () => {
    const cap = captureEvents();
    const el = await renderOffer(offer);
    expect(stageOf(el)).to.equal('full');
    await activate(el, part(el, 'full-action'));
    expect(stageOf(el)).to.equal('chosen');
    expect(deepActive()).to.equal($(el, '#stage-heading'));
    const choice = cap.of('offer-choice');
    cap.stop();
    expect(choice).to.have.length(1);
    expect(choice[0]!.detail.choice).to.equal('full');
  });

  it('full → decline → constraint → retreat → choose retreat', async () => {
    const cap = captureEvents();
    const el = await renderOffer(offer);
    await activate(el, part(el, 'decline-action'));
    expect(stageOf(el)).to.equal('constraint');
    expect(deepActive()).to.equal($(el, '#stage-heading'));
    await activate(el, $(el, '[data-constraint="time"]'), 'Space');
    expect(stageOf(el)).to.equal('retreat');
    expect($(el, '#stage-heading')!.textContent).to.contain(offer.retreat.title);
    await activate(el, part(el, 'retreat-action'));
    expect(stageOf(el)).to.equal('chosen');
    cap.stop();
    expect(cap.of('offer-decline').map((e) => e.detail.constraint)).to.deep.equal(['time']);
    expect(cap.of('offer-choice').map((e) => e.detail.choice)).to.deep.equal(['retreat']);
  });

  it('full → decline → skip → retreat → back → full', async () => {
    const el = await renderOffer(offer);
    await activate(el, part(el, 'decline-action'));
    await activate(el, $(el, '[data-constraint="skip"]'));
    expect(stageOf(el)).to.equal('retreat');
    await activate(el, $(el, '[data-action="back"]'));
    expect(stageOf(el)).to.equal('full');
    expect(deepActive()).to.equal($(el, '#stage-heading'));
    // one retreat ever: declining again goes straight to the same retreat, no second question
    await activate(el, part(el, 'decline-action'));
    expect(stageOf(el)).to.equal('retreat');
  });

  for (const stage of ['full', 'constraint', 'retreat', 'chosen'] as const) {
    it(`stop from ${stage}`, async () => {
      const el = await renderOffer(offer);
      if (stage !== 'full') await activate(el, part(el, stage === 'chosen' ? 'full-action' : 'decline-action'));
      if (stage === 'retreat') await activate(el, $(el, '[data-constraint="budget"]'));
      expect(stageOf(el)).to.equal(stage);
      const cap = captureEvents();
      await activate(el, part(el, 'stop-action'));
      // After a choice the stop control withdraws it, and asks once (Enter on "Yes, withdraw my choice").
      if (stage === 'chosen') await activate(el, part(el, 'withdraw-confirm-action'));
      cap.stop();
      expect(stageOf(el)).to.equal('stopped');
      expect(part(el, 'stop-action')).to.equal(null);
      expect(cap.of('offer-choice').map((e) => e.detail.choice)).to.deep.equal(['stop']);
      if (stage === 'constraint') expect(cap.of('offer-decline').map((e) => e.detail.constraint)).to.deep.equal([null]);
      // then "Show the options again"
      await activate(el, $(el, '[data-action="reopen"]'));
      expect(stageOf(el)).to.equal('full');
    });
  }

  it('change my choice returns to the options', async () => {
    const el = await renderOffer(offer);
    await activate(el, part(el, 'full-action'));
    await activate(el, $(el, '[data-action="change"]'));
    expect(stageOf(el)).to.equal('full');
    expect(part(el, 'full-action')).to.exist;
    expect(deepActive()).to.equal($(el, '#stage-heading'));
  });

  it('toggletip: Enter opens, Escape closes and keeps focus on its button; Tab away closes it too', async () => {
    const el = await renderOffer(offer);
    const button = $(el, 'button[data-term="evidence"]')!;
    await activate(el, button);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const tip = $(el, '#tip-evidence')!;
    expect(tip.hidden).to.equal(false);
    expect(tip.textContent).to.contain('prove');
    await press('Escape');
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(tip.hidden).to.equal(true);
    expect(deepActive()).to.equal(button);
    // open again, then move focus away: it closes (it must not cover where focus went, WCAG 2.4.11), and a
    // later Escape does not pull focus back
    await press('Enter');
    await el.updateComplete;
    expect(tip.hidden).to.equal(false);
    await press('Tab');
    await el.updateComplete;
    expect(tip.hidden).to.equal(true);
    const next = deepActive();
    await press('Escape');
    await el.updateComplete;
    expect(deepActive()).to.equal(next);
  });

  it('side-by-side: choose the smaller option in one step', async () => {
    const cap = captureEvents();
    const el = await renderOffer(offer, { mode: 'side-by-side' });
    expect(part(el, 'full-action')).to.exist;
    expect(part(el, 'decline-action')).to.equal(null);
    await activate(el, part(el, 'retreat-action'), 'Space');
    await settle();
    cap.stop();
    expect(stageOf(el)).to.equal('chosen');
    const [choice] = cap.of('offer-choice');
    expect(choice!.detail.choice).to.equal('retreat');
    expect(JSON.parse(choice!.detail.receipt.disclosure).options).to.have.length(2);
  });

  it('a first render does not move focus', async () => {
    const before = document.activeElement;
    await renderOffer(offer);
    expect(document.activeElement).to.equal(before);
    await tabTo(document.body.querySelector('fair-offer')!.shadowRoot!.querySelector('button'));
  });
});
