/**
 * At 320 px, with the WCAG 1.4.12 text-spacing values applied inside the widget, lines break between words:
 * no number ("€4,800.00") is split across lines, no word is split that would fit a line on its own, and no
 * text runs out of its cell or the widget.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { Offer } from '../../src/core/offer-schema.js';
import type { FairOffer } from '../../src/element/fair-offer.js';
import { hasHorizontalScroll } from './checks.js';
import { renderOffer } from './helpers.js';
import constraints from '../../examples/offers/saas-pilot-constraints.json';
import donation from '../../examples/offers/donation.json';
import security from '../../examples/offers/security-review.json';
import subscription from '../../examples/offers/subscription.json';

/** The text-spacing bookmarklet's values (WCAG 1.4.12), as a user style that reaches into the shadow root. */
const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-block-end: 2em !important; }`;

function applyTextSpacing(el: FairOffer): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(TEXT_SPACING);
  el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, sheet];
}

function textNodes(root: Node): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = (n as Text).parentElement!;
    if (parent.closest('[hidden], .visually-hidden, [aria-hidden="true"]')) continue;
    if ((n as Text).data.trim()) nodes.push(n as Text);
  }
  return nodes;
}

/** The lines a piece of text sits on (distinct line boxes of its client rects). */
function lines(rects: DOMRectList): number {
  const tops = [...rects].filter((r) => r.width > 0).map((r) => Math.round(r.top));
  return new Set(tops.map((t) => tops.find((u) => Math.abs(u - t) <= 3))).size;
}

/** Words split across lines: every number that is, and every other word that would have fitted on one line. */
function splitWords(el: FairOffer): string[] {
  const split: string[] = [];
  for (const node of textNodes(el.shadowRoot!)) {
    // A word is what lies between breaking spaces, or after a hyphen ("check-|ins", "6-|week" may break
    // there, as in print); a no-break space belongs to its number ("4 800 €").
    for (const m of node.data.matchAll(/[^ \t\n\r-]+-?/g)) {
      const range = document.createRange();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      const rects = range.getClientRects();
      if (lines(rects) <= 1) continue;
      const width = [...rects].reduce((sum, r) => sum + r.width, 0);
      const block = node.parentElement!.closest('td, th, p, li, button, label, legend, caption, h2, h3, div')!;
      const cs = getComputedStyle(block);
      const room = block.clientWidth - parseFloat(cs.paddingInlineStart) - parseFloat(cs.paddingInlineEnd);
      if (/\d/.test(m[0]) || width <= room) split.push(`"${m[0]}" (${width.toFixed(0)} px in ${room.toFixed(0)} px)`);
    }
  }
  return split;
}

/** Text that pokes out of its table cell, or out of the widget. */
function overflowing(el: FairOffer): string[] {
  const host = el.getBoundingClientRect();
  const out: string[] = [];
  for (const node of textNodes(el.shadowRoot!)) {
    const range = document.createRange();
    range.selectNodeContents(node);
    const box = node.parentElement!.closest('td, th') ?? el;
    const limit = box === el ? host : box.getBoundingClientRect();
    for (const r of range.getClientRects()) {
      if (r.left < limit.left - 1 || r.right > limit.right + 1)
        out.push(
          `"${node.data.trim().slice(0, 30)}" ${r.left.toFixed(0)}–${r.right.toFixed(0)} outside ${limit.left.toFixed(0)}–${limit.right.toFixed(0)}`,
        );
    }
  }
  return out;
}

const OFFERS = { 'saas-pilot-constraints': constraints, donation, 'security-review': security, subscription };

describe('word breaks at 320 px with text spacing', () => {
  before(() => setViewport({ width: 320, height: 800 }));
  after(() => setViewport({ width: 800, height: 600 }));
  beforeEach(() => localStorage.clear());

  for (const [name, source] of Object.entries(OFFERS)) {
    for (const [stage, mode, state] of [
      ['full', 'sequential', null],
      ['retreat', 'sequential', { stage: 'retreat', constraint: null, choice: null }],
      ['side-by-side', 'side-by-side', null],
      ['chosen', 'sequential', { stage: 'chosen', constraint: null, choice: 'full' }],
    ] as const) {
      it(`${name}, ${stage}: no number or fitting word split, nothing overflows`, async () => {
        const el = await renderOffer(structuredClone(source) as unknown as Offer, { mode });
        if (state) {
          el.state = state;
          await el.updateComplete;
        }
        // Open the terms table where it is folded away on a phone, so its cells are measured too.
        for (const toggle of el.shadowRoot!.querySelectorAll<HTMLElement>(
          '[data-action="toggle-terms"][aria-expanded="false"]',
        ))
          toggle.click();
        await el.updateComplete;
        applyTextSpacing(el);
        expect(splitWords(el)).to.deep.equal([]);
        expect(overflowing(el)).to.deep.equal([]);
        expect(hasHorizontalScroll(), `page scrolls sideways: ${document.documentElement.scrollWidth}px`).to.equal(
          false,
        );
      });
    }
  }
});
