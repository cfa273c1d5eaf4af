/**
 * An open toggletip never hides where focus goes (WCAG 2.4.11), and the host page's Escape is the host's
 * (WCAG 2.4.3, 3.2.2). Real key presses (sendKeys) and a real mouse; geometry read from the layout.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import type { Offer } from '../../src/core/offer-schema.js';
import type { FairOffer } from '../../src/element/fair-offer.js';
import {
  $,
  activate,
  center,
  clickOpenTip,
  deepActive,
  loadOffer,
  press,
  renderOffer,
  settle,
  tabTo,
} from './helpers.js';

function intersects(a: DOMRect, b: DOMRect): boolean {
  return (
    a.width > 0 &&
    a.height > 0 &&
    b.width > 0 &&
    b.height > 0 &&
    a.left < b.right &&
    b.left < a.right &&
    a.top < b.bottom &&
    b.top < a.bottom
  );
}

/** The rect of the open bubble, or an empty rect when none is shown. */
function openTipRect(el: FairOffer): DOMRect {
  const tip = el.shadowRoot!.querySelector<HTMLElement>('.tip:not([hidden])');
  return tip ? tip.getBoundingClientRect() : new DOMRect();
}

describe('toggletips and focus', () => {
  let offer: Offer;
  before(async () => {
    offer = await loadOffer();
    await setViewport({ width: 800, height: 900 });
  });
  beforeEach(() => localStorage.clear());
  afterEach(() => resetMouse());

  for (const [key, direction] of [
    ['price', 'Shift+Tab'],
    ['time', 'Shift+Tab'],
    ['evidence', 'Tab'],
    ['price', 'Tab'],
  ] as const) {
    it(`${direction} from the open "${key}" tip: the control it moves to is not covered`, async () => {
      const el = await renderOffer(offer);
      await activate(el, $(el, `button[data-term="${key}"]`));
      const tip = $(el, `#tip-${key}`)!;
      expect(tip.hidden, 'the tip opened').to.equal(false);
      if (direction === 'Shift+Tab') {
        await sendKeys({ down: 'Shift' });
        await sendKeys({ press: 'Tab' });
        await sendKeys({ up: 'Shift' });
      } else await press('Tab');
      await el.updateComplete;
      await settle();
      const focused = deepActive()!;
      expect(focused).to.not.equal($(el, `button[data-term="${key}"]`));
      const covered = intersects(focused.getBoundingClientRect(), openTipRect(el));
      expect(covered, `${focused.outerHTML.slice(0, 60)} is under the tip`).to.equal(false);
      // and the tip did not linger over the page once focus left it
      expect(tip.hidden, 'the tip closed when focus left it').to.equal(true);
    });
  }

  it('the open tip covers a neighbouring control while it is open (why it must close)', async () => {
    // Guards the Shift+Tab case above: the tip really sits over the previous row's button.
    const el = await renderOffer(offer);
    await activate(el, $(el, 'button[data-term="price"]'));
    const previous = $(el, 'button[data-term="time"]')!;
    const tipRect = openTipRect(el);
    const rowAbove = previous.closest('tr')!.getBoundingClientRect();
    expect(intersects(rowAbove, tipRect), 'the tip overlaps the row above').to.equal(true);
  });

  it('focus staying on the button keeps the tip open; Escape on it closes it and keeps focus there', async () => {
    const hostHeard: KeyboardEvent[] = [];
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && hostHeard.push(e);
    document.addEventListener('keydown', onKey);
    try {
      const el = await renderOffer(offer);
      const button = $(el, 'button[data-term="scope"]')!;
      await activate(el, button);
      expect($(el, '#tip-scope')!.hidden).to.equal(false);
      await press('Escape');
      await el.updateComplete;
      expect($(el, '#tip-scope')!.hidden).to.equal(true);
      expect(deepActive()).to.equal(button);
      // not stopped: the page still hears it, marked as handled so a host dialog can stay open
      expect(hostHeard).to.have.length(1);
      expect(hostHeard[0]!.defaultPrevented).to.equal(true);
    } finally {
      document.removeEventListener('keydown', onKey);
    }
  });

  it('a mouse that leaves the button and the tip closes it; crossing the gap into the tip does not', async () => {
    const el = await renderOffer(offer);
    const { button, tip } = await clickOpenTip(el, 'scope');
    // into the tip, across the 8 px gap
    await sendMouse({ type: 'move', position: center(tip) });
    await new Promise((r) => setTimeout(r, 500));
    expect(tip.hidden, 'still open while the pointer is over the tip').to.equal(false);
    // then away from both
    const far = el.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(far.right) + 5, Math.round(far.bottom) - 5] });
    await waitUntil(() => tip.hidden, 'the tip closes once the pointer has left it', { timeout: 2000 });
    expect(button.getAttribute('aria-expanded')).to.equal('false');
  });
});

describe("the host page's Escape", () => {
  beforeEach(() => localStorage.clear());

  it('Escape pressed on a host control reaches the host and leaves focus there', async () => {
    const offer = await loadOffer();
    const page = await fixture<HTMLDivElement>(html`<div>
      <input id="host-search" aria-label="Search the site" />
      <fair-offer .offer=${offer}></fair-offer>
    </div>`);
    const el = page.querySelector('fair-offer')!;
    await el.updateComplete;
    const input = page.querySelector<HTMLInputElement>('#host-search')!;
    const heard: string[] = [];
    input.addEventListener('keydown', (e) => heard.push(e.key));
    await tabTo(input);
    // A tip left open by a script (or a click elsewhere that did not move focus): the case that used to
    // swallow the host's Escape and pull focus into the widget.
    $(el, 'button[data-term="scope"]')!.click();
    await el.updateComplete;
    await settle();
    expect($(el, '#tip-scope')!.hidden).to.equal(false);
    expect(deepActive()).to.equal(input);
    await sendKeys({ press: 'Escape' });
    await settle();
    expect(heard).to.deep.equal(['Escape']);
    expect(deepActive(), 'focus stays on the host control').to.equal(input);
  });
});
