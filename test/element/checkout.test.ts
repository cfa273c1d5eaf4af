/**
 * A checkout's first week (issue 12): the receipt and the recap cover ticked add-ons (item 1), the chosen
 * option's href is followed unless the host cancels offer-choice (item 2), a stop after a choice withdraws it
 * out loud and asks once (item 5), and a returning visitor is not greeted with an answer to nothing (item 5).
 * Keyboard paths use real key presses; every new state is checked with axe.
 */
import { expect } from '@open-wc/testing';
import { rememberStop } from '../../src/core/stop-memory.js';
import type { Offer } from '../../src/core/offer-schema.js';
import type { FairOffer } from '../../src/element/fair-offer.js';
import { $, activate, captureEvents, deepActive, part, press, renderOffer, settle, stageOf, tabTo } from './helpers.js';
import subscription from '../../examples/offers/subscription.json';

const offer = (): Offer => {
  const o = structuredClone(subscription) as unknown as Offer;
  o.full.action.href = 'https://stride.example/checkout/annual';
  o.retreat.action.href = 'https://stride.example/checkout/monthly';
  o.stop = { ...o.stop, href: 'https://stride.example/free' };
  return o;
};

/** Replaces the widget's navigation with a recorder; `log` also receives the events, to see their order. */
function recordNavigation(el: FairOffer, log: string[]) {
  el.navigate = (url) => log.push(`navigate ${url}`);
  const onChoice = (e: Event) => log.push(`offer-choice ${(e as CustomEvent).detail.choice}`);
  document.addEventListener('offer-choice', onChoice);
  return () => document.removeEventListener('offer-choice', onChoice);
}

describe('checkout: href, add-ons, withdrawal', () => {
  beforeEach(() => localStorage.clear());

  it('follows the chosen option href after offer-choice is delivered (item 2)', async () => {
    const el = await renderOffer(offer());
    const log: string[] = [];
    const stop = recordNavigation(el, log);
    await activate(el, part(el, 'full-action'));
    await settle();
    stop();
    expect(log).to.deep.equal(['offer-choice full', 'navigate https://stride.example/checkout/annual']);
  });

  it('a listener that calls preventDefault() keeps the visitor on the page (item 2)', async () => {
    const el = await renderOffer(offer());
    const log: string[] = [];
    const stop = recordNavigation(el, log);
    let receipt: unknown = null;
    const cancel = (e: Event) => {
      receipt = (e as CustomEvent).detail.receipt;
      e.preventDefault();
    };
    document.addEventListener('offer-choice', cancel);
    await activate(el, part(el, 'full-action'));
    await settle();
    document.removeEventListener('offer-choice', cancel);
    stop();
    expect(log).to.deep.equal(['offer-choice full']);
    expect(receipt).to.have.property('digest');
    expect(stageOf(el)).to.equal('chosen');
  });

  it('follows the shown retreat href, and stop.href for "Not now"; nothing without an href (item 2)', async () => {
    const el = await renderOffer(offer(), { mode: 'side-by-side' });
    const log: string[] = [];
    const stop = recordNavigation(el, log);
    await activate(el, part(el, 'retreat-action'));
    await settle();
    expect(log).to.deep.equal(['offer-choice retreat', 'navigate https://stride.example/checkout/monthly']);

    const plain = await renderOffer({ ...offer(), id: 'no-links', stop: { label: 'Not now' } });
    log.length = 0;
    plain.navigate = (url) => log.push(`navigate ${url}`);
    await activate(plain, part(plain, 'stop-action'));
    await settle();
    expect(log).to.deep.equal(['offer-choice stop']);

    const withStop = await renderOffer({ ...offer(), id: 'stop-link' });
    log.length = 0;
    withStop.navigate = (url) => log.push(`navigate ${url}`);
    await activate(withStop, part(withStop, 'stop-action'));
    await settle();
    stop();
    expect(log).to.deep.equal(['offer-choice stop', 'navigate https://stride.example/free']);
  });

  it('passes the ticked add-ons into the receipt and the recap (item 1)', async () => {
    const cap = captureEvents(['offer-choice']);
    const el = await renderOffer(offer());
    el.navigate = () => {};
    const box = $(el, 'input[type="checkbox"][name="coach-calls"]') as HTMLInputElement;
    await tabTo(box);
    await press('Space');
    await activate(el, part(el, 'full-action'));
    await settle();
    cap.stop();
    const [choice] = cap.of('offer-choice');
    const disclosure = JSON.parse(choice!.detail.receipt.disclosure);
    expect(disclosure.addOns).to.deep.equal([
      { id: 'coach-calls', label: 'A monthly video call with your coach', price: '€9.00 a month' },
    ]);
    expect($(el, '.chosen-add-ons')!.textContent!.trim()).to.equal(
      'A monthly video call with your coach (€9.00 a month)',
    );
    await expect(el).to.be.accessible();
  });

  it('the action states what ticked extras add to the first charge, and drops it when unticked (item 1)', async () => {
    const el = await renderOffer(offer());
    const action = () => part(el, 'full-action')!.textContent!.trim();
    const before = action();
    expect(before).not.to.contain('extras');
    const box = $(el, 'input[type="checkbox"][name="coach-calls"]') as HTMLInputElement;
    await tabTo(box);
    await press('Space');
    await settle();
    expect(action()).to.equal(`${before} (+ €9.00 for extras)`);
    await press('Space');
    await settle();
    expect(action()).to.equal(before);
  });

  it('after a choice, the stop control says it withdraws, asks once, and the event says what it withdraws (item 5)', async () => {
    const cap = captureEvents(['offer-choice']);
    const el = await renderOffer(offer());
    el.navigate = () => {};
    await activate(el, part(el, 'full-action'));
    await settle();
    const withdraw = part(el, 'stop-action')!;
    expect(withdraw.textContent!.trim()).to.equal('Withdraw my choice');

    // First press opens the question, sends nothing, and puts focus on it.
    await activate(el, withdraw);
    expect(cap.of('offer-choice')).to.have.length(1);
    expect(deepActive()).to.equal($(el, '#withdraw-question'));
    expect($(el, '#withdraw-question')!.textContent).to.equal(
      'Withdraw your choice of Annual plan? Nothing will be charged for it.',
    );
    await expect(el).to.be.accessible();

    // Escape keeps the choice and returns focus to the stop control.
    await press('Escape');
    await el.updateComplete;
    await settle();
    expect($(el, '#withdraw-question')).to.equal(null);
    expect(deepActive()).to.equal(part(el, 'stop-action'));
    expect(stageOf(el)).to.equal('chosen');

    // Asked again, confirmed with the keyboard: one stop event that names the earlier choice and its receipt.
    await press('Enter');
    await el.updateComplete;
    await activate(el, part(el, 'withdraw-confirm-action'));
    await settle();
    cap.stop();
    const [first, second] = cap.of('offer-choice');
    expect(cap.of('offer-choice')).to.have.length(2);
    expect(second!.detail.choice).to.equal('stop');
    expect(second!.detail.withdraws).to.deep.equal({ choice: 'full', digest: first!.detail.receipt.digest });
    expect(stageOf(el)).to.equal('stopped');
    expect($(el, '#stage-heading')!.textContent).to.equal('Your choice is withdrawn');
    expect($(el, '[role="status"]')!.textContent).to.equal('Choice withdrawn: Annual plan. Nothing is chosen now.');
    await expect(el).to.be.accessible();
  });

  it('a choice made after "Change my choice" says which one it replaces; a plain stop withdraws nothing', async () => {
    const cap = captureEvents(['offer-choice']);
    const el = await renderOffer(offer(), { mode: 'side-by-side' });
    el.navigate = () => {};
    await activate(el, part(el, 'full-action'));
    await activate(el, $(el, '[data-action="change"]'));
    await activate(el, part(el, 'retreat-action'));
    await settle();
    cap.stop();
    const [first, second] = cap.of('offer-choice');
    expect(first!.detail).to.not.have.property('replaces');
    expect(second!.detail.replaces).to.deep.equal({ choice: 'full', digest: first!.detail.receipt.digest });

    const stopCap = captureEvents(['offer-choice']);
    const fresh = await renderOffer({ ...offer(), id: 'fresh' });
    fresh.navigate = () => {};
    await activate(fresh, part(fresh, 'stop-action'));
    await settle();
    stopCap.stop();
    expect(stopCap.of('offer-choice')[0]!.detail).to.not.have.property('withdraws');
    expect($(fresh, '#stage-heading')!.textContent).to.equal('No problem');
  });

  it('a choice restored through `state` (back/forward, a host) stands too: the stop control withdraws it', async () => {
    const el = await renderOffer(offer());
    el.state = { stage: 'chosen', choice: 'retreat', constraint: null };
    await el.updateComplete;
    expect(part(el, 'stop-action')!.textContent!.trim()).to.equal('Withdraw my choice');
  });

  it('a visitor back after a remembered "Not now" is told what they said before, not answered (item 5)', async () => {
    rememberStop(localStorage, subscription.id, 30);
    const el = await renderOffer(offer());
    expect(stageOf(el)).to.equal('stopped');
    expect($(el, '#stage-heading')!.textContent).to.equal('Not asking again for now');
    expect($(el, '[data-stage] p')!.textContent).to.equal(
      'On an earlier visit you chose "Not now" for this offer. Nothing was chosen and nothing will be charged.',
    );
    await expect(el).to.be.accessible();
  });

  it("shows a deadline once, in the offer's time zone with the zone named, whatever the browser's zone (item 6)", async () => {
    const el = await renderOffer({
      ...offer(),
      locale: 'en-GB',
      deadline: { at: '2099-03-31T17:00:00Z', reason: 'the spring price ends', timeZone: 'Europe/Berlin' },
    });
    expect($(el, '.deadline')!.textContent).to.equal('Until 31 March 2099 at 19:00 CEST: the spring price ends');
  });

  it('the withdraw control and its question in German', async () => {
    const el = await renderOffer({ ...offer(), locale: 'de-DE' });
    el.navigate = () => {};
    await activate(el, part(el, 'full-action'));
    expect(part(el, 'stop-action')!.textContent!.trim()).to.equal('Meine Wahl zurücknehmen');
    await activate(el, part(el, 'stop-action'));
    expect(part(el, 'withdraw-confirm-action')!.textContent!.trim()).to.equal('Ja, meine Wahl zurücknehmen');
  });
});
