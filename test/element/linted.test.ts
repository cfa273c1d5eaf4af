/**
 * A linted offer (its `linted` digest matches, src/element/linted.ts) paints before the checks chunk is even asked
 * for; the checks then run anyway. A click made before their verdict is held and handled exactly once after it;
 * a forged digest on a dark offer gets the offer withdrawn to the fallback, `offer-invalid` and a console error,
 * and no choice is recorded. The checks chunk loads once per page: here it is held back until the test opens it.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { FairOffer } from '../../src/element/fair-offer.js';
import '../../src/define.js';
import { checksImport } from '../../src/element/checks-loader.js';
import { browserLintDigest } from '../../src/element/linted.js';
import { axeViolations, describeViolations } from './checks.js';
import { captureConsole } from './console-capture.js';
import { captureEvents, loadOffer, part, settle, stageOf } from './helpers.js';

/** The checks chunk, held back until `open()`; records whether the offer was on screen when it was asked for. */
const realLoad = checksImport.load;
let open!: () => void;
const opened = new Promise<void>((resolve) => (open = resolve));
/** The stage of every widget on the page when the checks were asked for. */
const requestedWith: Array<string | null> = [];
checksImport.load = () => {
  requestedWith.push(...[...document.querySelectorAll('fair-offer')].map((el) => stageOf(el as FairOffer)));
  return opened.then(realLoad);
};

/** Widgets at once, each with its offer and `linted` attribute; kept on the page across the tests (no fixture). */
function mount(offers: unknown[], digests: Array<string | null>): FairOffer[] {
  const wrapper = document.createElement('div');
  document.body.append(wrapper);
  return offers.map((offer, index) => {
    const el = document.createElement('fair-offer') as FairOffer;
    el.lang = 'en';
    if (digests[index]) el.setAttribute('linted', digests[index]!);
    el.offer = offer as FairOffer['offer'];
    el.innerHTML = '<a slot="fallback" href="https://example.com/plans">See the plans</a>';
    wrapper.append(el);
    return el;
  });
}

const digestOf = (offer: unknown) => browserLintDigest(offer, { jurisdictions: [], language: 'en' });

describe('a linted offer', () => {
  let good: FairOffer;
  let dark: FairOffer;
  let warned: FairOffer;
  const cap = captureEvents(['offer-view', 'offer-choice', 'offer-invalid']);
  after(() => {
    cap.stop();
    good.parentElement!.remove();
  });

  it('paints before the checks chunk is asked for, and that first paint is accessible', async () => {
    const offer = { ...(await loadOffer()), id: 'linted-good' };
    const forged = { ...(await loadOffer()), id: 'linted-dark', declineLabel: 'No, I enjoy doing reports by hand' };
    // A forged digest: the right hash of an offer that was never accepted.
    // A warning (a bidi override in the title) is reported once the checks have run.
    const warning = { ...(await loadOffer()), id: 'linted-warning' };
    warning.full = { ...warning.full, title: 'Pilot \u202Eplan' };
    const digests = [await digestOf(offer), await digestOf(forged), await digestOf(warning)];
    [good, dark, warned] = mount([offer, forged, warning], digests);
    const painted = () => [good, dark, warned].every((el) => stageOf(el) === 'full');
    await waitUntil(painted, 'all paint without the checks');
    await waitUntil(() => requestedWith.length > 0, 'the checks are asked for right after the paint');
    expect(requestedWith, 'all were on screen when the checks were asked for').to.deep.equal(['full', 'full', 'full']);
    expect(checksImport.requests).to.equal(1);
    const violations = await axeViolations(good);
    expect(violations, describeViolations(violations)).to.deep.equal([]);
  });

  it('holds a click made before the verdict and handles it exactly once after it', async () => {
    part(good, 'full-action')!.click();
    part(good, 'full-action')!.click();
    part(dark, 'full-action')!.click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(stageOf(good), 'nothing happens before the verdict').to.equal('full');
    expect(cap.of('offer-choice')).to.have.length(0);
    expect(cap.of('offer-view'), 'not even the first view').to.have.length(0);
    const errors = captureConsole('error');
    const warnings = captureConsole('warn');
    try {
      open();
      await good.updateComplete;
      await dark.updateComplete;
      await warned.updateComplete;
    } finally {
      errors.restore();
      warnings.restore();
    }
    expect(warnings.mentioning('with warnings'), 'the warning, once the verdict is in').to.have.length(1);
    expect(stageOf(warned), 'an offer with a warning stays').to.equal('full');
    expect(stageOf(good)).to.equal('chosen');
    await waitUntil(() => cap.of('offer-choice').length > 0, 'the held choice is reported');
    await settle(); // and only once
    const choices = cap.of('offer-choice');
    expect(choices.map((event) => [event.detail.offerId, event.detail.choice])).to.deep.equal([
      ['linted-good', 'full'],
    ]);
    expect(cap.of('offer-view').map((event) => event.detail.stage)).to.deep.equal(['full', 'chosen']);
    expect(errors.mentioning('lint digest'), 'said for the forged one only').to.have.length(1);
  });

  it('withdraws a dark offer with a forged digest to its fallback: offer-invalid, and no choice recorded', async () => {
    expect(stageOf(dark), 'the offer is gone').to.equal(null);
    expect(dark.shadowRoot!.querySelector('slot[name="fallback"]'), 'the fallback is shown').to.exist;
    const invalid = cap.of('offer-invalid');
    expect(invalid.map((event) => event.detail.offerId)).to.deep.equal(['linted-dark']);
    expect(invalid[0]!.detail.findings.map((f: { rule: string }) => f.rule)).to.include('confirmshaming');
    expect(cap.of('offer-choice').filter((event) => event.detail.offerId === 'linted-dark')).to.have.length(0);
    expect(dark.value).to.equal(null);
  });
});
