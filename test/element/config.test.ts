import { expect, fixture, html } from '@open-wc/testing';
import type { Offer } from '../../src/core/offer-schema.js';
import { FairOffer } from '../../src/index.js';
import {
  $,
  activate,
  breakLocalStorage,
  captureEvents,
  loadOffer,
  part,
  renderOffer,
  settle,
  stageOf,
} from './helpers.js';
import { captureConsole } from './console-capture.js';

describe('configuration and states', () => {
  let offer: Offer;
  before(async () => {
    offer = await loadOffer();
  });
  beforeEach(() => localStorage.clear());

  it('reads the offer from a child <script type="application/json">', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.innerHTML = `<fair-offer><script type="application/json">${JSON.stringify(offer)}</script></fair-offer>`;
    const el = wrapper.querySelector('fair-offer')!;
    await el.updateComplete;
    expect(stageOf(el)).to.equal('full');
    expect($(el, '#stage-heading')!.textContent).to.equal(offer.full.title);
  });

  it('invalid JSON in the script child: invalid state with a clear finding, fallback shown, debug panel lists it', async () => {
    const err = captureConsole('error');
    const cap = captureEvents(['offer-invalid']);
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.innerHTML = `<fair-offer debug><script type="application/json">{ "id": "x", </script><a slot="fallback" href="https://example.com">Plans</a></fair-offer>`;
    const el = wrapper.querySelector('fair-offer')!;
    await el.updateComplete;
    err.restore();
    cap.stop();
    expect(cap.events).to.have.length(1);
    expect(cap.events[0]!.detail.findings[0].rule).to.equal('invalid-json');
    expect(cap.events[0]!.detail.findings[0].message).to.contain('not valid JSON');
    expect(el.shadowRoot!.querySelector('slot[name="fallback"]')).to.exist;
    expect($(el, '.diagnostics')!.textContent).to.contain('invalid-json');
    expect(part(el, 'stop-action')).to.equal(null);
    expect(err.calls).to.have.length(1);
  });

  it('invalid offer without debug: nothing but the fallback slot', async () => {
    const err = captureConsole('error');
    const el = await renderOffer({ ...offer, full: { ...offer.full, terms: undefined } });
    err.restore();
    const kids = [...el.shadowRoot!.children].filter((c) => c.localName !== 'style');
    expect(kids.map((c) => c.localName)).to.deep.equal(['slot']);
    const slot = kids[0] as HTMLSlotElement;
    expect(slot.assignedElements().map((a) => a.textContent)).to.deep.equal(['See the plans']);
  });

  it('warnings render the offer and are reported once with console.warn (once per page for the same offer)', async () => {
    const warn = captureConsole('warn');
    const vague = { ...offer, id: 'vague-cta-offer', full: { ...offer.full, action: { label: 'Submit' } } };
    const el = await renderOffer(vague);
    el.requestUpdate();
    await el.updateComplete;
    await renderOffer(structuredClone(vague));
    warn.restore();
    expect(stageOf(el)).to.equal('full');
    expect(warn.calls).to.have.length(1);
    expect(String(warn.calls[0]![0])).to.contain('[vague-cta] full.action.label');
  });

  it('define(tag) registers under another name and defining twice is harmless', async () => {
    FairOffer.define();
    FairOffer.define('my-offer');
    FairOffer.define('my-offer');
    expect(customElements.get('fair-offer')).to.equal(FairOffer);
    const Other = customElements.get('my-offer')!;
    const el = new Other() as FairOffer;
    expect(el).to.be.instanceOf(FairOffer);
  });

  it('state restores a stage without events and without moving focus; invalid combinations are normalised', async () => {
    const el = await renderOffer(offer);
    await settle();
    const cap = captureEvents();
    const focused = document.activeElement;
    el.state = { stage: 'retreat', constraint: 'budget', choice: null };
    await el.updateComplete;
    expect(stageOf(el)).to.equal('retreat');
    expect(el.state).to.include({ stage: 'retreat', constraint: 'budget', choice: null });
    el.state = { stage: 'chosen', constraint: null, choice: null };
    await el.updateComplete;
    expect(el.state.stage).to.equal('full');
    await settle();
    cap.stop();
    expect(cap.events).to.deep.equal([]);
    expect(document.activeElement).to.equal(focused);
    expect($(el, '[role="status"]')!.textContent).to.equal('');
  });

  it('state set before the offer is applied when the offer arrives', async () => {
    const el = document.createElement('fair-offer');
    el.state = { stage: 'stopped', constraint: null, choice: null };
    el.offer = offer;
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.append(el);
    await el.updateComplete;
    expect(stageOf(el)).to.equal('stopped');
  });

  it('uses retreatFor[constraint] for the named constraint', async () => {
    const budget = { ...offer.retreat, id: 'budget-proof', title: 'Free 1-week proof, no cost' };
    const el = await renderOffer({ ...offer, retreatFor: { budget } });
    await activate(el, part(el, 'decline-action'));
    await activate(el, $(el, '[data-constraint="budget"]'));
    expect($(el, '#stage-heading')!.textContent).to.equal(budget.title);
  });

  it('askConstraint: false goes straight to the retreat', async () => {
    const el = await renderOffer({ ...offer, askConstraint: false });
    await activate(el, part(el, 'decline-action'));
    expect(stageOf(el)).to.equal('retreat');
  });

  it('a remembered "Not now" starts stopped, with no re-ask; "Show the options again" forgets it', async () => {
    let el = await renderOffer(offer);
    await activate(el, part(el, 'stop-action'));
    el.remove();
    el = await renderOffer(offer);
    expect(stageOf(el)).to.equal('stopped');
    await activate(el, $(el, '[data-action="reopen"]'));
    el.remove();
    el = await renderOffer(offer);
    expect(stageOf(el)).to.equal('full');
  });

  it('works when localStorage throws', async () => {
    const storage = breakLocalStorage();
    try {
      const el = await renderOffer(offer);
      expect(stageOf(el)).to.equal('full');
      await activate(el, part(el, 'stop-action'));
      expect(stageOf(el)).to.equal('stopped');
    } finally {
      storage.restore();
    }
  });

  it('strings replace the built-in words', async () => {
    const el = await renderOffer(offer);
    el.strings = { decline: 'Something smaller, please', differs: 'Not the same' };
    await el.updateComplete;
    expect(part(el, 'decline-action')!.textContent!.trim()).to.equal('Something smaller, please');
    el.state = { stage: 'retreat', constraint: null, choice: null };
    await el.updateComplete;
    expect($(el, '.badge')!.textContent).to.equal('Not the same');
  });

  it('lang of the page formats prices and picks the built-in strings', async () => {
    const paid: Offer = {
      ...offer,
      full: {
        ...offer.full,
        terms: { ...offer.full.terms, price: { amount: 1234.5, currency: 'EUR', period: 'once' } },
      },
    };
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="de"><fair-offer .offer=${paid}></fair-offer></div>`);
    const el = wrapper.querySelector('fair-offer')!;
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('1.234,50');
  });

  it('the differences table: caption, scoped headers, seven rows, differing rows marked in text', async () => {
    const el = await renderOffer(offer, { mode: 'side-by-side' });
    const table = el.shadowRoot!.querySelector('[part="terms"] table')!;
    expect(table.querySelector('caption')!.textContent).to.contain('different');
    expect(table.querySelectorAll('thead th[scope="col"]')).to.have.length(3);
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows).to.have.length(7);
    const marked = rows
      .filter((r) => r.querySelector('th[scope="row"] .badge')?.textContent === 'Differs')
      .map((r) => r.querySelector('button')!.dataset.term);
    // price, renewal wording and exit are the same in the example; the others differ
    expect(marked).to.deep.equal(['scope', 'evidence', 'dataAccess', 'time', 'renewal']);
  });

  it('price and renewal line sits next to each action button and describes it', async () => {
    const el = await renderOffer(offer, { mode: 'side-by-side' });
    for (const name of ['full-action', 'retreat-action']) {
      const button = part(el, name)!;
      const line = el.shadowRoot!.getElementById(button.getAttribute('aria-describedby')!)!;
      expect(line.textContent).to.match(/renew/i);
      expect(button.nextElementSibling).to.equal(line);
    }
  });

  it('a real deadline is shown as a date and a reason, not a countdown', async () => {
    const el = await renderOffer({
      ...offer,
      locale: 'en-GB',
      deadline: { at: '2099-03-31T17:00:00Z', reason: 'the pilot cohort starts in April' },
    });
    const text = $(el, '.deadline')!.textContent!;
    expect(text).to.match(/^Until .*2099.*: the pilot cohort starts in April$/);
    await new Promise((r) => setTimeout(r, 1100));
    expect($(el, '.deadline')!.textContent).to.equal(text);
  });

  it('the stop button is a real button as large as the decline button, lighter in weight but never faint', async () => {
    const el = await renderOffer(offer);
    const stop = part(el, 'stop-action')!.getBoundingClientRect();
    const decline = part(el, 'decline-action')!.getBoundingClientRect();
    expect(part(el, 'stop-action')!.localName).to.equal('button');
    expect(stop.height).to.equal(decline.height);
    const stopStyle = getComputedStyle(part(el, 'stop-action')!);
    const declineStyle = getComputedStyle(part(el, 'decline-action')!);
    expect([stopStyle.fontSize, stopStyle.color]).to.deep.equal([declineStyle.fontSize, declineStyle.color]);
    // the two say different things and look different: the stop path has one outline and normal weight
    expect(Number(stopStyle.fontWeight)).to.be.lessThan(Number(declineStyle.fontWeight));
    expect(parseFloat(stopStyle.borderTopWidth)).to.be.at.least(1);
  });

  it('announces each stage change once in the polite live region', async () => {
    const el = await renderOffer(offer);
    const status = $(el, '[role="status"]')!;
    expect(status.textContent).to.equal('');
    const seen: string[] = [];
    const mo = new MutationObserver(() => seen.push(status.textContent ?? ''));
    mo.observe(status, { childList: true, characterData: true, subtree: true });
    await activate(el, part(el, 'decline-action'));
    await activate(el, $(el, '[data-constraint="skip"]'));
    await settle();
    mo.disconnect();
    // what changed, without the title: focus moves to the heading, which says it (the title is heard once)
    expect(seen).to.deep.equal(['One optional question.', 'Showing a smaller option.']);
    // One region for stage changes. The toggletip bubbles sit in their own polite regions (empty unless a
    // tip is open, and every stage change closes it), so a stage change is still announced once.
    expect(el.shadowRoot!.querySelectorAll('[role="status"], [aria-live]:not(.tip-live)')).to.have.length(1);
    expect(el.shadowRoot!.querySelectorAll('.tip-live')).to.have.length(7);
    expect(el.shadowRoot!.querySelectorAll('.tip-live .tip:not([hidden])')).to.have.length(0);
  });
});
