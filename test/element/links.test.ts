/**
 * Every link in the widget keeps 4.5:1 against the widget's own surface in both schemes, whether or not the
 * host page declares `color-scheme` (without it Chromium's default link colour is rgb(0, 0, 238): 1.89:1
 * on the dark surface), is underlined, and shows the widget's focus ring after a real Tab.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import type { Offer } from '../../src/core/offer-schema.js';
import { axeViolations, backgroundOf, contrast, describeViolations, focusIndicator } from './checks.js';
import { deepActive, renderOffer, tabTo } from './helpers.js';
import donation from '../../examples/offers/donation.json';

describe('links', () => {
  before(() => setViewport({ width: 1024, height: 900 }));
  beforeEach(() => localStorage.clear());
  after(async () => {
    document.documentElement.style.colorScheme = '';
    await emulateMedia({ colorScheme: 'light' });
  });

  for (const scheme of ['light', 'dark'] as const) {
    for (const hostScheme of ['', 'light dark', 'light', 'dark']) {
      it(`${scheme} scheme, host color-scheme ${hostScheme || '(none)'}: contrast, underline, focus ring, axe`, async () => {
        await emulateMedia({ colorScheme: scheme });
        document.documentElement.style.colorScheme = hostScheme;
        const el = await renderOffer(structuredClone(donation) as unknown as Offer, { mode: 'side-by-side' });
        const links = [...el.shadowRoot!.querySelectorAll('a')];
        expect(links.length, 'the donation offer shows its impact links').to.be.greaterThan(0);
        for (const link of links) {
          const cs = getComputedStyle(link);
          const ratio = contrast(cs.color, backgroundOf(link));
          expect(ratio, `${link.textContent}: ${cs.color} on ${backgroundOf(link)}`).to.be.at.least(4.5);
          expect(cs.textDecorationLine).to.contain('underline');
          await tabTo(link);
          expect(deepActive()).to.equal(link);
          const ring = focusIndicator(link);
          expect(ring.visible, ring.why).to.equal(true);
          expect(cs.outlineColor, 'the widget focus ring, not the browser default').to.equal(
            getComputedStyle(el.shadowRoot!.querySelector('button.primary')!).backgroundColor,
          );
        }
        const violations = await axeViolations(el);
        expect(violations, describeViolations(violations)).to.have.length(0);
      });
    }
  }
});
