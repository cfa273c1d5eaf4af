/**
 * A verdict remembered across page loads (core/remembered-verdicts.ts, localStorage "fair-offer:verdicts"): an offer
 * without `linted` whose digest this browser's checks accepted before paints before the checks load, like a linted
 * one, and they run right after; an edited offer (another digest) is checked before it paints; a forged entry only
 * changes when a refusal happens (the offer is withdrawn, no choice recorded, the entry forgotten). The checks chunk
 * loads once per page: here it is held back until the test opens it, so every widget is mounted before it.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { FairOffer } from '../../src/element/fair-offer.js';
import '../../src/define.js';
import { browserLintDigest } from '../../src/element/linted.js';
import { captureConsole } from './console-capture.js';
import { gateChecks } from './gated-checks.js';
import { captureEvents, loadOffer, part, settle, stageOf } from './helpers.js';

const KEY = 'fair-offer:verdicts';
const gate = gateChecks();

const digestOf = async (offer: unknown) => (await browserLintDigest(offer, { jurisdictions: [], language: 'en' }))!;
const stored = (): unknown => JSON.parse(localStorage.getItem(KEY) ?? 'null');

function mount(offers: unknown[]): FairOffer[] {
  const wrapper = document.createElement('div');
  document.body.append(wrapper);
  return offers.map((offer) => {
    const el = document.createElement('fair-offer') as FairOffer;
    el.lang = 'en';
    el.offer = offer as FairOffer['offer'];
    el.innerHTML = '<a slot="fallback" href="https://example.com/plans">See the plans</a>';
    wrapper.append(el);
    return el;
  });
}

describe('a verdict remembered from an earlier visit', () => {
  let kept: FairOffer;
  let forged: FairOffer;
  let edited: FairOffer;
  let keptDigest: string;
  let forgedDigest: string;
  let editedDigest: string;
  const cap = captureEvents(['offer-view', 'offer-choice', 'offer-invalid']);
  after(() => {
    cap.stop();
    kept.parentElement!.remove();
    localStorage.removeItem(KEY);
  });

  it('paints an unchanged offer before its checks; an edited one waits for them', async () => {
    const offer = { ...(await loadOffer()), id: 'remembered-good' };
    // The entry of a dark offer, as only a script on this origin could write it.
    const dark = { ...(await loadOffer()), id: 'remembered-dark', declineLabel: 'No, I enjoy doing reports by hand' };
    // What a CMS edit does: the same offer with another word in its title; its original was remembered.
    const original = { ...(await loadOffer()), id: 'remembered-edited' };
    const changed = { ...original, full: { ...original.full, title: 'Six-week pilot in 2 regions' } };
    keptDigest = await digestOf(offer);
    forgedDigest = await digestOf(dark);
    editedDigest = await digestOf(changed);
    localStorage.setItem(KEY, JSON.stringify([await digestOf(original), forgedDigest, keptDigest]));
    [kept, forged, edited] = mount([offer, dark, changed]);
    await waitUntil(() => stageOf(kept) === 'full' && stageOf(forged) === 'full', 'remembered ones paint at once');
    await waitUntil(() => gate.requestedWith, 'the checks are asked for');
    expect(gate.requestedWith![2], 'by the edited one, before it painted').to.equal(null);
    await settle();
    expect(stageOf(edited), 'the edited offer waits for its checks').to.equal(null);
  });

  it('holds a click until the checks, then handles it once; withdraws the forged offer, shows the edited one', async () => {
    part(kept, 'full-action')!.click();
    part(forged, 'full-action')!.click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(stageOf(kept), 'nothing happens before the verdict').to.equal('full');
    expect(cap.of('offer-choice')).to.have.length(0);
    const errors = captureConsole('error');
    try {
      gate.open();
      await kept.updateComplete;
      await forged.updateComplete;
      await edited.updateComplete;
    } finally {
      errors.restore();
    }
    expect(stageOf(kept)).to.equal('chosen');
    await waitUntil(() => cap.of('offer-choice').length > 0, 'the held choice is reported');
    await settle();
    expect(cap.of('offer-choice').map((event) => event.detail.offerId)).to.deep.equal(['remembered-good']);
    expect(stageOf(forged), 'the forged one is withdrawn').to.equal(null);
    expect(forged.shadowRoot!.querySelector('slot[name="fallback"]'), 'to its fallback').to.exist;
    expect(stageOf(edited), 'the edited one, checked').to.equal('full');
    expect(cap.of('offer-invalid').map((event) => event.detail.offerId)).to.deep.equal(['remembered-dark']);
    expect(cap.of('offer-invalid')[0]!.detail.findings.map((f: { rule: string }) => f.rule)).to.include(
      'confirmshaming',
    );
    expect(errors.mentioning('remembered in this browser'), 'said for the forged one only').to.have.length(1);
    expect(forged.value).to.equal(null);
  });

  it('forgets the forged entry, keeps the accepted ones, the edited offer as it is now', async () => {
    await waitUntil(() => {
      const list = stored() as string[];
      return !list.includes(forgedDigest) && list.includes(editedDigest);
    }, 'the forged entry is forgotten, the edited offer remembered');
    expect(stored()).to.include(keptDigest);
  });
});
