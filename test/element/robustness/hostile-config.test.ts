/**
 * Hostile configuration in the element: whatever is set as `offer`, the element shows either the complete widget
 * (exactly when validateOffer accepts it) or nothing but its fallback (plus the debug panel), and never throws.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../../src/define.js';
// The oracle is the whole validator, every check group registered, as `fair-offer/core` gives it: the element
// loads the groups an offer needs before it validates, so a bare validate-offer import would refuse offers
// with findings as checks-not-loaded before the element's first load (seed 881837147).
import { validateOffer } from '../../../src/core/index.js';
import type { FairOffer } from '../../../src/element/fair-offer.js';
import { anyOffer, mount, spyConsole, topLevel, validOffer, watchUncaught } from './guards.js';

const CASES = 200;

function q(el: FairOffer, sel: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(sel);
}

/** The widget is whole: the stage's heading, its actions and the stop path are all there and labelled. */
function expectWhole(el: FairOffer, parts: string[]): void {
  expect(topLevel(el)).to.deep.equal(['section.stage', 'div.visually-hidden', 'div.layout-probe']);
  expect(q(el, '#stage-heading')!.textContent!.length).to.be.greaterThan(0);
  for (const name of parts) {
    const button = q(el, `[part~="${name}"]`);
    expect(button, name).to.exist;
    expect(button!.textContent!.trim().length, `${name} label`).to.be.greaterThan(0);
  }
}

describe('robustness: hostile config in the element', () => {
  beforeEach(() => localStorage.clear());

  it(`${CASES} generated offers: complete widget exactly when valid, else only the fallback; nothing thrown`, async () => {
    const err = spyConsole('error');
    const warn = spyConsole('warn');
    const uncaught = watchUncaught();
    let valid = 0;
    let invalid = 0;
    try {
      await fc.assert(
        fc.asyncProperty(anyOffer, fc.boolean(), async (offer, debug) => {
          const expected = validateOffer(structuredClone(offer));
          const invalidEvents: Event[] = [];
          const el = await mount(offer, debug ? { debug: '' } : {});
          el.addEventListener('offer-invalid', (e) => invalidEvents.push(e));
          try {
            if (expected.ok) {
              valid++;
              expectWhole(el, ['full-action', 'decline-action', 'stop-action']);
              // The later stages render whole too.
              q(el, '[part~="decline-action"]')!.click();
              await el.updateComplete;
              q(el, '[data-constraint="skip"]')?.click();
              await el.updateComplete;
              expectWhole(el, ['retreat-action', 'stop-action']);
              q(el, '[part~="retreat-action"]')!.click();
              await el.updateComplete;
              expectWhole(el, ['stop-action']);
            } else {
              invalid++;
              const shown = topLevel(el);
              const hasFindings = expected.findings.length > 0;
              expect(shown).to.deep.equal(
                debug && hasFindings && offer != null ? ['section.diagnostics', 'slot'] : ['slot'],
              );
              expect(q(el, 'button')).to.equal(null);
            }
            expect(uncaught.errors).to.deep.equal([]);
          } finally {
            el.remove();
          }
        }),
        { numRuns: CASES, seed: Number(new URLSearchParams(location.search).get('seed') ?? Date.now() % 2 ** 31) },
      );
    } finally {
      err.restore();
      warn.restore();
      uncaught.stop();
    }
    await new Promise((r) => setTimeout(r, 50)); // late receipts (async digests) would surface here
    expect(uncaught.errors).to.deep.equal([]);
    // Both branches were exercised, or the property proved little.
    expect(valid, 'valid cases').to.be.greaterThan(10);
    expect(invalid, 'invalid cases').to.be.greaterThan(50);
  });

  it('a 1 MB title renders as text, whole', async () => {
    const offer = validOffer();
    const big = 'Pilot '.repeat(Math.ceil(1_048_576 / 6)).slice(0, 1_048_576);
    offer.full.title = big;
    const uncaught = watchUncaught();
    const warn = spyConsole('warn');
    const err = spyConsole('error');
    const el = await mount(offer);
    warn.restore();
    err.restore();
    uncaught.stop();
    const verdict = validateOffer(offer);
    if (verdict.ok) {
      expectWhole(el, ['full-action', 'stop-action']);
      expect(q(el, '#stage-heading')!.textContent).to.equal(big);
    } else {
      // Refused: the finding names the field.
      expect(verdict.findings.some((f) => f.path === 'full.title')).to.equal(true);
      expect(topLevel(el)).to.deep.equal(['slot']);
    }
    expect(uncaught.errors).to.deep.equal([]);
    el.remove();
  });

  it('bidi overrides and zero-width characters stay text inside the field they came in', async () => {
    const offer = validOffer();
    offer.full.title = '\u202Eolleh 6-week pilot\u200B\u2066';
    offer.requester.name = 'Priya\u202E Raman';
    const el = await mount(offer);
    const heading = q(el, '#stage-heading')!;
    expect(heading.textContent).to.equal(offer.full.title);
    expect(heading.children).to.have.length(0);
    expect(q(el, '.meta')!.textContent).to.contain('Priya\u202E Raman');
    expect(topLevel(el)).to.deep.equal(['section.stage', 'div.visually-hidden', 'div.layout-probe']);
    el.remove();
  });

  it('__proto__ and constructor keys in the offer do not pollute prototypes', async () => {
    const offer = JSON.parse(
      `{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 1}}, ${JSON.stringify(validOffer()).slice(1)}`,
    );
    const err = spyConsole('error');
    const el = await mount(offer);
    err.restore();
    expect(({} as { polluted?: number }).polluted).to.equal(undefined);
    expect((Object.prototype as { polluted?: number }).polluted).to.equal(undefined);
    expect(topLevel(el).length).to.be.greaterThan(0);
    el.remove();
  });
});
