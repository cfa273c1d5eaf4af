/**
 * An offer whose first stage is a lazily loaded part (side by side: the later stages' chunk) is not on screen
 * until the part arrives: the element matches `:state(loading)` meanwhile, as while an offer's language loads, so
 * the space reservation of docs/fallback.md covers it. A fresh page (its own file): the chunk is held back.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { FairOffer } from '../../src/element/fair-offer.js';
import { partImports } from '../../src/element/lazy-parts.js';
import { loadOffer, settle, stageOf } from './helpers.js';

let release!: () => void;
const arrived = new Promise<void>((resolve) => (release = resolve));
const realStages = partImports.stages;
partImports.stages = () => arrived.then(realStages);

describe('loading state while a part of the first stage loads', () => {
  it('matches :state(loading) until the side-by-side stage can render, then not', async () => {
    const offer = await loadOffer();
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><fair-offer mode="side-by-side" .offer=${offer}></fair-offer></div>`,
    );
    const el = wrapper.querySelector('fair-offer') as FairOffer;
    await settle();
    expect(stageOf(el), 'nothing shown before the chunk').to.equal(null);
    expect(el.matches(':state(loading)')).to.equal(true);
    const done = el.updateComplete;
    release();
    await done;
    expect(stageOf(el)).to.equal('full');
    expect(el.shadowRoot!.querySelectorAll('[part~="option"]').length).to.equal(2);
    expect(el.matches(':state(loading)')).to.equal(false);
  });
});
