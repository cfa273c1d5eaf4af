/**
 * A phone-sized widget keeps the price, the renewal and the action together near the top, with a short
 * version of the terms before them and the full table one tap away (a disclosure button). Side-by-side
 * shows each option's summary and puts the add-ons before the actions they modify. `mode="auto"` runs
 * side-by-side from 40rem of its own width and sequential below, and says which one in `effectiveMode`.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, setViewport } from '@web/test-runner-commands';
import type { Offer } from '../../src/core/offer-schema.js';
import { FairOffer as FairOfferClass, type FairOffer } from '../../src/element/fair-offer.js';
import { axeViolations, describeViolations, focusIndicator } from './checks.js';
import { $, captureEvents, deepActive, part, press, renderOffer, settle, stageOf, tabTo } from './helpers.js';
import donation from '../../examples/offers/donation.json';
import saasPilot from '../../examples/offers/saas-pilot.json';
import subscription from '../../examples/offers/subscription.json';

const OFFERS = { 'saas-pilot': saasPilot, subscription, donation } as Record<string, unknown>;
const copy = (o: unknown) => structuredClone(o) as Offer;

/** Renders and lets the layout controller read the container queries (one frame). */
async function render(offer: Offer, opts: { mode?: string } = {}): Promise<FairOffer> {
  const el = await renderOffer(offer, opts);
  await settle();
  await el.updateComplete;
  return el;
}

function offsetOf(el: FairOffer, target: Element): number {
  return Math.round(target.getBoundingClientRect().top - el.getBoundingClientRect().top);
}

describe('the layout on a 375 px phone', () => {
  before(() => setViewport({ width: 375, height: 800 }));
  after(() => setViewport({ width: 800, height: 600 }));
  beforeEach(() => localStorage.clear());

  for (const [name, source] of Object.entries(OFFERS)) {
    it(`${name}: the first action is near the top, with its price and renewal beside it`, async () => {
      const el = await render(copy(source));
      const action = part(el, 'full-action')!;
      const offset = offsetOf(el, action);
      console.log(`${name}: first action at ${offset} px of ${Math.round(el.getBoundingClientRect().height)} px`);
      // Before this layout it sat under the whole table: 1,054 px (saas-pilot), 1,151 (subscription), 1,263 (donation).
      expect(offset).to.be.lessThan(600);
      // price and renewal: the very next element, and the button's description
      const line = action.nextElementSibling!;
      expect(line.classList.contains('price-line')).to.equal(true);
      expect(action.getAttribute('aria-describedby')!.split(' ')).to.include(line.id);
      expect(line.getBoundingClientRect().top - action.getBoundingClientRect().bottom).to.be.lessThan(16);
      // the short version comes before the action, the table after it, folded
      const inShort = $(el, '.in-short')!;
      expect(inShort.compareDocumentPosition(action) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      expect($(el, '#terms-table')!.hidden).to.equal(true);
    });
  }

  it('the folded table is one key press away, through a real disclosure button', async () => {
    const el = await render(copy(subscription));
    const toggle = $(el, '[data-action="toggle-terms"]')!;
    const table = $(el, '#terms-table')!;
    expect(toggle.localName).to.equal('button');
    expect(toggle.getAttribute('aria-controls')).to.equal(table.id);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    await tabTo(toggle);
    await press('Enter');
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(table.hidden).to.equal(false);
    expect(deepActive()).to.equal(toggle);
    const violations = await axeViolations(el);
    expect(violations, describeViolations(violations)).to.have.length(0);
    await press('Space');
    await el.updateComplete;
    expect(table.hidden).to.equal(true);
  });

  it('the disclosure button: a system-colour border and focus ring in forced colours, no motion when reduced', async () => {
    await executeServerCommand('emulate-forced-colors', { active: true });
    try {
      const el = await render(copy(subscription));
      const toggle = $(el, '[data-action="toggle-terms"]')!;
      const cs = getComputedStyle(toggle);
      expect(parseFloat(cs.borderTopWidth)).to.be.greaterThan(0);
      expect(cs.borderTopStyle).to.not.equal('none');
      await tabTo(toggle);
      expect(focusIndicator(toggle).visible, focusIndicator(toggle).why).to.equal(true);
      // the stop path keeps an outline too
      expect(parseFloat(getComputedStyle(part(el, 'stop-action')!).borderTopWidth)).to.be.at.least(1);
    } finally {
      await executeServerCommand('emulate-forced-colors', { active: false });
    }
    const el = await render(copy(subscription));
    const chevron = () => getComputedStyle($(el, '[data-action="toggle-terms"]')!, '::after').transitionDuration;
    expect(chevron()).to.not.equal('0s');
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      expect(chevron()).to.equal('0s');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('the retreat says in short what it changes, before its action', async () => {
    const el = await render(copy(subscription));
    el.state = { stage: 'retreat', constraint: null, choice: null };
    await el.updateComplete;
    const items = [...el.shadowRoot!.querySelectorAll('.in-short li')].map((li) => li.textContent!.trim());
    expect(items).to.deep.equal([
      'Time: 1 month instead of 12 months',
      'Price: €12.00 a month instead of €96.00 a year',
      'Also different: Evidence, Renewal, Exit.',
    ]);
  });

  it('a wide widget shows the table and no disclosure button', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await render(copy(subscription));
    expect($(el, '[data-action="toggle-terms"]')).to.equal(null);
    expect($(el, '#terms-table')!.hidden).to.equal(false);
    await setViewport({ width: 375, height: 800 });
  });

  it('a wide sequential widget renders once for its offer: measuring it wide changes nothing in its DOM', async () => {
    await setViewport({ width: 1280, height: 800 });
    const { render: original } = FairOfferClass.prototype;
    let renders = 0;
    FairOfferClass.prototype.render = function (this: FairOffer) {
      renders++;
      return original.call(this);
    };
    try {
      const el = await render(copy(subscription));
      await settle();
      expect(el.effectiveMode).to.equal('sequential');
      expect(renders).to.equal(1);
    } finally {
      FairOfferClass.prototype.render = original;
      await setViewport({ width: 375, height: 800 });
    }
  });
});

describe('side-by-side', () => {
  before(() => setViewport({ width: 1280, height: 900 }));
  after(() => setViewport({ width: 800, height: 600 }));
  beforeEach(() => localStorage.clear());

  it("shows both options' summaries, and the add-ons before both actions", async () => {
    const offer = copy(subscription);
    const el = await render(offer, { mode: 'side-by-side' });
    const text = el.shadowRoot!.querySelector('.options')!.textContent!;
    expect(text).to.contain(offer.full.summary!);
    expect(text).to.contain(offer.retreat.summary!);
    const addOns = $(el, 'fieldset')!;
    for (const name of ['full-action', 'retreat-action'])
      expect(addOns.compareDocumentPosition(part(el, name)!) & Node.DOCUMENT_POSITION_FOLLOWING, name).to.not.equal(0);
  });
});

describe('mode="auto"', () => {
  after(() => setViewport({ width: 800, height: 600 }));
  beforeEach(() => localStorage.clear());

  it('side-by-side from 40rem of its own width, sequential below; effectiveMode says which; no events', async () => {
    await setViewport({ width: 1280, height: 900 });
    const cap = captureEvents(['offer-view', 'offer-decline', 'offer-choice']);
    const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 1000px">
      <fair-offer .offer=${copy(saasPilot)} mode="auto"></fair-offer>
    </div>`);
    const el = wrapper.querySelector('fair-offer')!;
    await settle();
    await el.updateComplete;
    expect(el.mode).to.equal('auto');
    expect(el.effectiveMode).to.equal('side-by-side');
    expect($(el, '.options')).to.exist;
    // the container, not the viewport, decides
    wrapper.style.inlineSize = '500px';
    await settle();
    await el.updateComplete;
    expect(el.effectiveMode).to.equal('sequential');
    expect($(el, '.options')).to.equal(null);
    expect(part(el, 'decline-action')).to.exist;
    expect(stageOf(el)).to.equal('full');
    wrapper.style.inlineSize = '700px';
    await settle();
    await el.updateComplete;
    expect(el.effectiveMode).to.equal('side-by-side');
    cap.stop();
    expect(cap.of('offer-decline').length + cap.of('offer-choice').length).to.equal(0);
  });
});
