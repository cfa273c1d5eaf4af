/**
 * Focus visibility, target size, motion and forced-colors on the real element, and — for every kind of check
 * the suite relies on — one test that shows the check does fail on a deliberately broken fixture.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import type { Offer } from '../../src/core/offer-schema.js';
import type { FairOffer } from '../../src/element/fair-offer.js';
import { axeViolations, focusIndicator, hasHorizontalScroll, smallTargets } from './checks.js';
import { $, activate, captureEvents, deepActive, loadOffer, part, renderOffer, settle, tabTo } from './helpers.js';

/** Tabs through every focusable control of the element; returns what each one's focus looked like. */
async function tabThrough(el: FairOffer): Promise<Array<{ what: string; visible: boolean; why: string }>> {
  const seen: Array<{ what: string; visible: boolean; why: string }> = [];
  const first = el.shadowRoot!.querySelector('button, input');
  await tabTo(first);
  for (let i = 0; i < 60; i++) {
    const active = deepActive()!;
    if (!el.shadowRoot!.contains(active)) break;
    const indicator = focusIndicator(active);
    seen.push({ what: `${active.localName} ${active.textContent?.trim().slice(0, 30)}`, ...indicator });
    await sendKeys({ press: 'Tab' });
  }
  return seen;
}

describe('visual checks on the element', () => {
  let offer: Offer;
  before(async () => {
    offer = await loadOffer();
  });
  beforeEach(() => localStorage.clear());
  after(async () => {
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
    await setViewport({ width: 800, height: 600 });
  });

  for (const scheme of ['light', 'dark'] as const) {
    for (const [name, stateOrMode] of [
      ['full', null],
      ['constraint', { stage: 'constraint', constraint: null, choice: null }],
      ['retreat', { stage: 'retreat', constraint: null, choice: null }],
      ['chosen', { stage: 'chosen', constraint: null, choice: 'full' }],
      ['stopped', { stage: 'stopped', constraint: null, choice: null }],
      ['side-by-side', 'side-by-side'],
    ] as const) {
      it(`focus is visible on every control after Tab: ${name}, ${scheme}`, async () => {
        await emulateMedia({ colorScheme: scheme });
        const el = await renderOffer(
          { ...offer, addOns: [{ id: 'x', label: 'Extra seat' }] },
          { mode: stateOrMode === 'side-by-side' ? 'side-by-side' : 'sequential' },
        );
        if (stateOrMode && typeof stateOrMode === 'object') {
          el.state = stateOrMode;
          await el.updateComplete;
        }
        const seen = await tabThrough(el);
        expect(seen.length).to.be.greaterThan(0);
        expect(
          seen.filter((s) => !s.visible),
          JSON.stringify(seen, null, 1),
        ).to.deep.equal([]);
      });
    }
  }

  it('the stage heading that receives focus after a key press shows a focus ring', async () => {
    const el = await renderOffer(offer);
    await activate(el, part(el, 'decline-action'));
    const heading = $(el, '#stage-heading')!;
    expect(deepActive()).to.equal(heading);
    expect(focusIndicator(heading).visible, focusIndicator(heading).why).to.equal(true);
  });

  it('reduced motion: no transitions', async () => {
    const el = await renderOffer(offer);
    expect(getComputedStyle(part(el, 'stop-action')!).transitionDuration).to.not.equal('0s');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(part(el, 'stop-action')!).transitionDuration).to.equal('0s');
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('has a forced-colors block with system colours (the Chrome launcher cannot emulate forced colours)', async () => {
    const el = await renderOffer(offer);
    const rules = el.shadowRoot!.adoptedStyleSheets.flatMap((s) => [...s.cssRules]);
    const forced = rules.find((r) => r instanceof CSSMediaRule && r.conditionText.includes('forced-colors: active')) as
      CSSMediaRule | undefined;
    expect(forced).to.exist;
    expect(forced!.cssText).to.match(/ButtonText|CanvasText/);
    expect(forced!.cssText).to.contain('Highlight');
  });

  it('in RTL the actions start on the right', async () => {
    await setViewport({ width: 1280, height: 800 });
    const ltr = await renderOffer(offer, { dir: 'ltr' });
    const rtl = await renderOffer(offer, { dir: 'rtl' });
    const fullAction = (el: FairOffer) => part(el, 'full-action')!.getBoundingClientRect();
    const host = (el: FairOffer) => el.getBoundingClientRect();
    expect(fullAction(ltr).left - host(ltr).left).to.be.lessThan(40);
    expect(host(rtl).right - fullAction(rtl).right).to.be.lessThan(40);
  });
});

describe('each kind of check can fail', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('axe reports a nameless, low-contrast button inside a shadow root', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `<div style="background:#fff"><button style="color:#bbb;background:#fff"></button><p style="color:#ccc;background:#fff">Faint text</p></div>`;
    const ids = (await axeViolations(host)).map((v) => v.id);
    expect(ids).to.include('button-name');
    expect(ids).to.include('color-contrast');
  });

  it('the focus check reports a control whose outline is removed, or too faint', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="background:#fff">
      <button id="none" style="outline:none">A</button><button id="faint" style="outline:2px solid #eee">B</button>
    </div>`);
    await tabTo(host.querySelector('#none'));
    expect(focusIndicator(deepActive()!).visible).to.equal(false);
    await tabTo(host.querySelector('#faint'));
    expect(focusIndicator(deepActive()!).visible).to.equal(false);
  });

  it('the target-size check reports a 16×16 button', async () => {
    const host = await fixture<HTMLDivElement>(
      html`<div><button style="all:unset;display:inline-block;width:16px;height:16px">x</button></div>`,
    );
    expect(smallTargets(host)).to.have.length(1);
  });

  it('the sideways-scroll check reports content wider than a 320 px viewport', async () => {
    await setViewport({ width: 320, height: 640 });
    const host = await fixture<HTMLDivElement>(html`<div style="width:600px">wide</div>`);
    expect(hasHorizontalScroll()).to.equal(true);
    host.style.width = '100px';
    expect(hasHorizontalScroll()).to.equal(false);
  });

  it('the keyboard helper fails on a control that only a mouse can reach', async () => {
    const host = await fixture<HTMLDivElement>(
      html`<div><div class="fake" onclick="this.dataset.clicked=1">Buy</div></div>`,
    );
    let error: unknown;
    try {
      await tabTo(host.querySelector('.fake'), 10);
    } catch (e) {
      error = e;
    }
    expect(String(error)).to.contain('never reached');
  });

  it('the one-event-per-click check catches a naive button that emits on every click', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const button = document.createElement('button');
    button.textContent = 'Buy';
    button.addEventListener('click', () =>
      button.dispatchEvent(new CustomEvent('offer-choice', { bubbles: true, composed: true, detail: {} })),
    );
    host.append(button);
    const cap = captureEvents(['offer-choice']);
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, detail: 1 }));
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, detail: 2 }));
    await settle();
    cap.stop();
    expect(cap.events).to.have.length(2); // the same assertion the element passes with 1
  });
});
