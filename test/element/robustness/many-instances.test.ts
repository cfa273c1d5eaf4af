/**
 * Several widgets on one page: independent state, the same offer id twice, and the library loaded twice.
 *
 * Same offer id twice, by design: a "Not now" is remembered per offer id, so a widget for that offer created
 * AFTER the stop starts stopped (no re-ask); a widget already on screen keeps its own state until the page reloads.
 */
import { expect } from '@open-wc/testing';
import '../../../src/define.js';
import { FairOffer } from '../../../src/index.js';
import { captureEvents, settle, stageOf } from '../helpers.js';
import { mount, validOffer, watchUncaught } from './guards.js';

function inShadow(el: FairOffer, selector: string): HTMLElement {
  const found = el.shadowRoot!.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`no ${selector} in stage ${stageOf(el)}`);
  return found;
}

describe('robustness: several widgets on a page', () => {
  let mounted: FairOffer[] = [];
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    for (const el of mounted) el.remove();
    mounted = [];
  });

  it('20 widgets (different offers) keep independent state and events name their own offer', async () => {
    const cap = captureEvents(['offer-choice', 'offer-decline']);
    for (let i = 0; i < 20; i++)
      mounted.push(
        await mount(
          { ...validOffer(), id: `offer-${i}`, askConstraint: false },
          { mode: i % 2 ? 'side-by-side' : 'sequential' },
        ),
      );
    inShadow(mounted[2]!, '[part~="stop-action"]').click();
    inShadow(mounted[4]!, '[part~="decline-action"]').click();
    inShadow(mounted[5]!, '[part~="retreat-action"]').click();
    inShadow(mounted[6]!, '[part~="full-action"]').click();
    await Promise.all(mounted.map((el) => el.updateComplete));
    await settle();
    cap.stop();
    const stages = mounted.map(stageOf);
    expect(stages[2]).to.equal('stopped');
    expect(stages[4]).to.equal('retreat');
    expect(stages[5]).to.equal('chosen');
    expect(stages[6]).to.equal('chosen');
    expect(stages.filter((_s, i) => ![2, 4, 5, 6].includes(i)).every((s) => s === 'full')).to.equal(true);
    expect(cap.events.map((e) => `${e.type} ${e.detail.offerId} ${e.detail.choice ?? ''}`.trim()).sort()).to.deep.equal(
      [
        'offer-choice offer-2 stop',
        'offer-choice offer-5 retreat',
        'offer-choice offer-6 full',
        'offer-decline offer-4',
      ].sort(),
    );
    for (const e of cap.events) expect((e.target as FairOffer).offer!.id).to.equal(e.detail.offerId);
    // Toggletips: opening one in a widget does not open any other.
    inShadow(mounted[0]!, 'button[data-term="scope"]').click();
    await mounted[0]!.updateComplete;
    const open = mounted.map((el) => el.shadowRoot!.querySelectorAll('.tip:not([hidden])').length);
    expect(open).to.deep.equal([1, ...Array(19).fill(0)]);
  });

  it('the same offer id twice: both work; a stop on one leaves the other as it is; one created later starts stopped', async () => {
    const first = await mount(validOffer());
    const second = await mount(validOffer());
    mounted.push(first, second);
    inShadow(first, '[part~="stop-action"]').click();
    await first.updateComplete;
    await second.updateComplete;
    expect(stageOf(first)).to.equal('stopped');
    expect(stageOf(second)).to.equal('full');
    inShadow(second, '[part~="full-action"]').click(); // the one already on screen still works
    await second.updateComplete;
    expect(stageOf(second)).to.equal('chosen');
    const later = await mount(validOffer());
    mounted.push(later);
    expect(stageOf(later)).to.equal('stopped');
  });

  it('the library loaded twice: no error, the first definition stays, the element works', async () => {
    const uncaught = watchUncaught();
    const first = customElements.get('fair-offer');
    // A second copy of the library is a second class with the same static define() (the real two-bundle case,
    // dist/fair-offer.js loaded under two URLs, is in test/strict).
    const copy = { FairOffer: class SecondCopy extends FairOffer {} };
    copy.FairOffer.define();
    FairOffer.define();
    // A page-level class with the same tag: define() leaves the existing one alone.
    class Impostor extends HTMLElement {}
    (FairOffer.define as (this: unknown, tag?: string) => void).call(Impostor, 'fair-offer');
    expect(customElements.get('fair-offer')).to.equal(first);
    const el = await mount(validOffer());
    mounted.push(el);
    expect(el).to.be.instanceOf(FairOffer);
    inShadow(el, '[part~="full-action"]').click();
    await el.updateComplete;
    expect(stageOf(el)).to.equal('chosen');
    // The second copy can still register under its own tag and works there.
    copy.FairOffer.define('fair-offer-copy');
    const other = document.createElement('fair-offer-copy') as FairOffer;
    other.offer = validOffer();
    document.body.append(other);
    mounted.push(other);
    await other.updateComplete;
    expect(stageOf(other)).to.equal('full');
    await settle();
    uncaught.stop();
    expect(uncaught.errors).to.deep.equal([]);
  });
});
