import { expect } from '@open-wc/testing';
import { sendMouse, resetMouse } from '@web/test-runner-commands';
import type { Offer } from '../../src/core/offer-schema.js';
import { ToggletipController } from '../../src/element/toggletip-controller.js';
import { $, activate, clickOpenTip, loadOffer, renderOffer, settle, stageOf } from './helpers.js';

describe('toggletips', () => {
  let offer: Offer;
  before(async () => {
    offer = await loadOffer();
  });
  beforeEach(() => localStorage.clear());
  afterEach(() => resetMouse());

  it('every row has a button whose aria-controls points at its bubble in the same shadow root', async () => {
    const el = await renderOffer(offer, { mode: 'side-by-side' });
    const buttons = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[part="term-info"]');
    expect([...buttons].map((b) => b.dataset.term)).to.deep.equal([
      'scope',
      'evidence',
      'dataAccess',
      'time',
      'price',
      'renewal',
      'exit',
    ]);
    for (const b of buttons) {
      expect(b.getAttribute('aria-expanded')).to.equal('false');
      const tip = el.shadowRoot!.getElementById(b.getAttribute('aria-controls')!);
      expect(tip, b.dataset.term).to.exist;
      expect(tip!.hidden).to.equal(true);
      expect(b.textContent!.trim()).to.contain('About');
    }
  });

  it('a real click opens it beside its button; a click outside closes it', async () => {
    const el = await renderOffer(offer);
    const { button, tip } = await clickOpenTip(el, 'scope');
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(tip.hidden).to.equal(false);
    expect(tip.style.top).to.not.equal(''); // positioned by Floating UI
    const b = button.getBoundingClientRect();
    const t = tip.getBoundingClientRect();
    const vertical = t.bottom <= b.top + 1 || t.top >= b.bottom - 1; // above, or flipped below
    expect(vertical, `tip ${JSON.stringify(t)} button ${JSON.stringify(b)}`).to.equal(true);
    expect(ToggletipController.liveAutoUpdates).to.equal(1);
    await sendMouse({ type: 'click', position: [2, 2] });
    await el.updateComplete;
    expect(tip.hidden).to.equal(true);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(ToggletipController.liveAutoUpdates).to.equal(0);
  });

  it('one bubble at a time; clicking the open one closes it', async () => {
    const el = await renderOffer(offer);
    await activate(el, $(el, 'button[data-term="scope"]'));
    await activate(el, $(el, 'button[data-term="exit"]'));
    expect($(el, '#tip-scope')!.hidden).to.equal(true);
    expect($(el, '#tip-exit')!.hidden).to.equal(false);
    expect(ToggletipController.liveAutoUpdates).to.equal(1);
    await activate(el, $(el, 'button[data-term="exit"]'));
    expect($(el, '#tip-exit')!.hidden).to.equal(true);
    expect(ToggletipController.liveAutoUpdates).to.equal(0);
  });

  it('removing the element with a bubble open stops autoUpdate and its document listeners', async () => {
    const added = new Map<string, number>();
    const origAdd = document.addEventListener;
    const origRemove = document.removeEventListener;
    const count = (type: string, d: number) => added.set(type, (added.get(type) ?? 0) + d);
    document.addEventListener = function (this: Document, type: string, ...rest: unknown[]) {
      if (type === 'pointerdown' || type === 'keydown' || type === 'focusin') count(type, 1);
      return Reflect.apply(origAdd, this, [type, ...rest]);
    } as typeof document.addEventListener;
    document.removeEventListener = function (this: Document, type: string, ...rest: unknown[]) {
      if ((type === 'pointerdown' || type === 'keydown' || type === 'focusin') && (added.get(type) ?? 0) > 0)
        count(type, -1);
      return Reflect.apply(origRemove, this, [type, ...rest]);
    } as typeof document.removeEventListener;
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    try {
      const el = await renderOffer(offer);
      await activate(el, $(el, 'button[data-term="price"]'));
      expect(ToggletipController.liveAutoUpdates).to.equal(1);
      expect(added.get('pointerdown')).to.equal(1);
      expect(added.get('focusin')).to.equal(1);
      // Escape is heard on the host element, never on the document (the host page's keys are not ours).
      expect(added.get('keydown') ?? 0).to.equal(0);
      el.remove();
      expect(ToggletipController.liveAutoUpdates).to.equal(0);
      expect(added.get('pointerdown')).to.equal(0);
      expect(added.get('focusin')).to.equal(0);
      window.dispatchEvent(new Event('resize'));
      window.dispatchEvent(new Event('scroll'));
      await settle();
      expect(errors).to.deep.equal([]);
    } finally {
      document.addEventListener = origAdd;
      document.removeEventListener = origRemove;
      window.removeEventListener('error', onError);
    }
  });

  it('a close before the position is computed drops the stale result', async () => {
    const el = await renderOffer(offer);
    const button = $(el, 'button[data-term="time"]')!;
    button.click();
    await el.updateComplete; // open() is now starting autoUpdate; its computePosition is still pending
    button.click(); // close
    await el.updateComplete;
    await settle();
    const tip = $(el, '#tip-time')!;
    expect(tip.hidden).to.equal(true);
    expect(tip.style.top).to.equal('');
    expect(ToggletipController.liveAutoUpdates).to.equal(0);
  });

  it('a stage change closes an open bubble', async () => {
    const el = await renderOffer(offer);
    await activate(el, $(el, 'button[data-term="time"]'));
    expect(ToggletipController.liveAutoUpdates).to.equal(1);
    // a click that does not move focus (focus leaving would close it on its own, see toggletip-focus.test.ts)
    el.shadowRoot!.querySelector<HTMLElement>('[part~="decline-action"]')!.click();
    await el.updateComplete;
    expect(stageOf(el)).to.equal('constraint');
    expect(ToggletipController.liveAutoUpdates).to.equal(0);
  });
});
