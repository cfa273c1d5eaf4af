/**
 * One action, one event: triple clicks, Enter plus click, keyboard auto-repeat and clicks during a stage
 * transition give exactly one offer-choice; swapping the offer mid-flow resets with no event for the old offer;
 * moving the element keeps its stage; removing it mid-flow tears down the toggletip's positioning and listeners.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../../src/define.js';
import { ToggletipController } from '../../../src/element/toggletip-controller.js';
import type { FairOffer } from '../../../src/element/fair-offer.js';
import { captureEvents, deepActive, settle, stageOf, tabTo } from '../helpers.js';
import { mount, validOffer, watchUncaught } from './guards.js';

function q(el: FairOffer, sel: string): HTMLElement {
  const found = el.shadowRoot!.querySelector<HTMLElement>(sel);
  if (!found) throw new Error(`no ${sel} in stage ${stageOf(el)}`);
  return found;
}

function center(node: Element): [number, number] {
  node.scrollIntoView({ block: 'center' });
  const box = node.getBoundingClientRect();
  return [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
}

describe('robustness: no lost or duplicated choice', () => {
  let mounted: FairOffer[] = [];
  const use = async (offer: unknown, attrs: Record<string, string> = {}) => {
    const el = await mount(offer, attrs);
    mounted.push(el);
    return el;
  };
  beforeEach(() => localStorage.clear());
  afterEach(async () => {
    for (const el of mounted) el.remove();
    mounted = [];
    await resetMouse();
  });

  for (const [mode, part] of [
    ['sequential', 'full-action'],
    ['side-by-side', 'retreat-action'],
    ['sequential', 'stop-action'],
  ] as const) {
    it(`a real triple click on ${part} (${mode}) gives exactly one offer-choice`, async () => {
      const cap = captureEvents(['offer-choice']);
      const el = await use(validOffer(), { mode });
      const at = center(q(el, `[part~="${part}"]`));
      for (let i = 0; i < 3; i++) await sendMouse({ type: 'click', position: at });
      await el.updateComplete;
      await settle();
      cap.stop();
      expect(cap.events.map((e) => e.detail.choice)).to.deep.equal([
        part === 'full-action' ? 'full' : part === 'retreat-action' ? 'retreat' : 'stop',
      ]);
    });
  }

  it('three synchronous clicks (no render between) give exactly one offer-choice', async () => {
    const cap = captureEvents(['offer-choice']);
    const el = await use(validOffer());
    const button = q(el, '[part~="full-action"]');
    for (let detail = 1; detail <= 3; detail++)
      button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, detail }));
    await el.updateComplete;
    await settle();
    cap.stop();
    expect(cap.events).to.have.length(1);
  });

  it('Enter, then a real click at the same spot, gives exactly one offer-choice', async () => {
    const cap = captureEvents(['offer-choice']);
    const el = await use(validOffer());
    const button = q(el, '[part~="full-action"]');
    const at = center(button);
    await tabTo(button);
    await sendKeys({ press: 'Enter' });
    await sendMouse({ type: 'click', position: at });
    await el.updateComplete;
    await settle();
    cap.stop();
    expect(cap.events.map((e) => e.detail.choice)).to.deep.equal(['full']);
  });

  for (const key of ['Enter', 'Space']) {
    it(`holding ${key} (keyboard auto-repeat) gives exactly one offer-choice`, async () => {
      const cap = captureEvents(['offer-choice']);
      const el = await use(validOffer(), { mode: 'side-by-side' });
      await tabTo(q(el, '[part~="full-action"]'));
      // Repeated keydowns without a keyup are what a held key sends (the later ones with repeat: true).
      for (let i = 0; i < 5; i++) await sendKeys({ down: key });
      await sendKeys({ up: key });
      await el.updateComplete;
      await settle();
      cap.stop();
      expect(cap.events.map((e) => e.detail.choice)).to.deep.equal(['full']);
      expect(stageOf(el)).to.equal('chosen');
    });
  }

  it('clicks on the other buttons of a stage that is being left do nothing', async () => {
    const cap = captureEvents(['offer-choice', 'offer-decline']);
    const el = await use(validOffer(), { mode: 'side-by-side' });
    const retreat = q(el, '[part~="retreat-action"]');
    const full = q(el, '[part~="full-action"]');
    retreat.click();
    full.click(); // same task: the stage has changed but not yet re-rendered
    await el.updateComplete;
    full.click(); // a stale, detached button after the re-render
    await settle();
    cap.stop();
    expect(cap.events.map((e) => `${e.type}:${e.detail.choice}`)).to.deep.equal(['offer-choice:retreat']);
  });

  it('a double decline with the focus move pending is one decline, one retreat', async () => {
    const cap = captureEvents(['offer-choice', 'offer-decline', 'offer-view']);
    const el = await use({ ...validOffer(), askConstraint: false });
    const decline = q(el, '[part~="decline-action"]');
    decline.click();
    decline.click();
    await el.updateComplete;
    expect(stageOf(el)).to.equal('retreat');
    const retreat = q(el, '[part~="retreat-action"]');
    retreat.click();
    q(el, '[data-action="back"]').click(); // the back button of the stage being left
    await el.updateComplete;
    await settle();
    cap.stop();
    expect(cap.of('offer-decline')).to.have.length(1);
    expect(cap.of('offer-choice').map((e) => e.detail.choice)).to.deep.equal(['retreat']);
    expect(stageOf(el)).to.equal('chosen');
  });

  it('swapping the offer right after a click: no event for the old offer, the new one starts clean', async () => {
    const cap = captureEvents(['offer-choice', 'offer-decline', 'offer-view']);
    const uncaught = watchUncaught();
    const el = await use(validOffer());
    await settle();
    const before = cap.events.length;
    q(el, '[part~="full-action"]').click(); // its receipt digest is still being computed
    const next = { ...validOffer(), id: 'another-offer' };
    el.offer = next;
    await el.updateComplete;
    await settle();
    await new Promise((r) => setTimeout(r, 50));
    cap.stop();
    uncaught.stop();
    const after = cap.events.slice(before);
    expect(after.filter((e) => e.type === 'offer-choice').map((e) => e.detail.offerId)).to.deep.equal([]);
    expect(stageOf(el)).to.equal('full');
    expect(el.state.choice).to.equal(null);
    expect(uncaught.errors).to.deep.equal([]);
    // The new offer works: one click, one choice, for the new id.
    const cap2 = captureEvents(['offer-choice']);
    q(el, '[part~="retreat-action"], [part~="decline-action"]');
    q(el, '[part~="stop-action"]').click();
    await el.updateComplete;
    await settle();
    cap2.stop();
    expect(cap2.events.map((e) => `${e.detail.offerId}:${e.detail.choice}`)).to.deep.equal(['another-offer:stop']);
  });

  it('swapping the offer mid-flow (in the retreat, a toggletip open) resets to the new offer with no events', async () => {
    const el = await use({ ...validOffer(), askConstraint: false });
    await settle();
    q(el, '[part~="decline-action"]').click();
    await el.updateComplete;
    q(el, 'button[data-term="price"]').click();
    await el.updateComplete;
    await settle();
    await waitUntil(() => ToggletipController.liveAutoUpdates === 1, 'positioned (Floating UI is a lazy chunk)');
    expect(ToggletipController.liveAutoUpdates).to.equal(1);
    const cap = captureEvents(['offer-choice', 'offer-decline', 'offer-invalid']);
    el.offer = { ...validOffer(), id: 'swapped' };
    await el.updateComplete;
    await settle();
    cap.stop();
    expect(cap.events).to.deep.equal([]);
    expect(stageOf(el)).to.equal('full');
    expect(ToggletipController.liveAutoUpdates).to.equal(0);
  });

  it('moving the element in the DOM keeps its stage and fires nothing', async () => {
    const el = await use({ ...validOffer(), askConstraint: false });
    await settle();
    q(el, '[part~="decline-action"]').click();
    await el.updateComplete;
    await settle();
    const cap = captureEvents();
    const elsewhere = document.createElement('section');
    document.body.append(elsewhere);
    el.remove();
    await settle();
    elsewhere.append(el);
    await el.updateComplete;
    await settle();
    expect(stageOf(el)).to.equal('retreat');
    // Moved again in one go (insertBefore of a connected node: disconnect + connect in the same task).
    document.body.insertBefore(el, document.body.firstChild);
    await el.updateComplete;
    await settle();
    cap.stop();
    expect(stageOf(el)).to.equal('retreat');
    expect(cap.events).to.deep.equal([]);
    q(el, '[part~="retreat-action"]').click();
    await el.updateComplete;
    expect(stageOf(el)).to.equal('chosen');
    elsewhere.remove();
  });

  it('removed mid-flow with a toggletip open: positioning and listeners stop; re-attached it opens again', async () => {
    const uncaught = watchUncaught();
    const el = await use(validOffer());
    q(el, 'button[data-term="scope"]').click();
    await el.updateComplete;
    await settle();
    expect(ToggletipController.liveAutoUpdates).to.equal(1);
    el.remove();
    expect(ToggletipController.liveAutoUpdates).to.equal(0);
    await el.updateComplete;
    expect(q(el, '#tip-scope').hidden).to.equal(true);
    window.dispatchEvent(new Event('resize'));
    document.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await settle();
    document.body.append(el);
    await el.updateComplete;
    q(el, 'button[data-term="scope"]').click();
    await el.updateComplete;
    await settle();
    expect(ToggletipController.liveAutoUpdates).to.equal(1);
    expect(q(el, '#tip-scope').hidden).to.equal(false);
    el.remove();
    expect(ToggletipController.liveAutoUpdates).to.equal(0);
    uncaught.stop();
    expect(uncaught.errors).to.deep.equal([]);
  });

  it('removed while a toggletip is opening (position pending): nothing is left running', async () => {
    const el = await use(validOffer());
    q(el, 'button[data-term="time"]').click();
    el.remove(); // before the render that unhides the bubble
    await settle();
    await settle();
    expect(ToggletipController.liveAutoUpdates).to.equal(0);
    expect(deepActive()).to.not.equal(q(el, 'button[data-term="time"]'));
  });
});
