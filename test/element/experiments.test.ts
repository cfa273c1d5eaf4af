/**
 * Experiments in the element: deterministic, sticky arm assignment (visitor-id attribute, else a stored
 * random id), what each arm shows, and the arm name in every event. Every path by real key presses.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { assignArm, VISITOR_KEY } from '../../src/core/experiment.js';
import type { Offer, OfferOption } from '../../src/core/offer-schema.js';
import type { FairOffer } from '../../src/element/fair-offer.js';
import {
  $,
  activate,
  breakLocalStorage,
  captureEvents,
  deepActive,
  loadOffer,
  part,
  settle,
  stageOf,
} from './helpers.js';
import { captureConsole } from './console-capture.js';

const ALL_EVENTS = ['offer-view', 'offer-decline', 'offer-choice', 'offer-feedback', 'offer-recap'];

async function renderWith(
  offer: unknown,
  attrs: { visitorId?: string; mode?: string; feedback?: boolean } = {},
): Promise<FairOffer> {
  const wrapper = await fixture<HTMLDivElement>(html`<div>
    <fair-offer .offer=${offer} visitor-id=${attrs.visitorId ?? ''} mode=${attrs.mode ?? 'sequential'} ?feedback=${attrs.feedback ?? false}></fair-offer>
  </div>`);
  const el = wrapper.querySelector('fair-offer')!;
  if (!attrs.visitorId) el.removeAttribute('visitor-id');
  await el.updateComplete;
  return el;
}

/** The pilot with one retreat variant and three arms of equal weight. */
function experimentOffer(base: Offer): Offer {
  const oneWeek: OfferOption = {
    ...base.retreat,
    id: 'proof-1w',
    title: '1-week proof in 1 region, read-only',
    action: { label: 'Start the 1-week proof' },
    terms: { ...base.retreat.terms, time: { duration: '1 week', days: 7, effort: 'About 1 hour from one analyst' } },
  };
  return {
    ...base,
    id: 'acme-pilot-experiment',
    retreatVariants: [oneWeek],
    experiment: {
      id: 'pilot-arms-1',
      arms: [
        { name: 'rtr-short', kind: 'rtr', weight: 1, retreat: 'proof-1w' },
        { name: 'small', kind: 'small-only', weight: 1 },
        { name: 'holdout', kind: 'full-only', weight: 1 },
      ],
    },
  };
}

/** A visitor id that the core assigns to `arm` (searched, not hard-coded, so the test follows the hash). */
function visitorFor(offer: Offer, arm: string): string {
  for (let i = 0; i < 500; i++) {
    const id = `visitor-${i}`;
    if (assignArm(offer.experiment!, id).name === arm) return id;
  }
  throw new Error(`no visitor id found for arm ${arm}`);
}

describe('experiments in the element', () => {
  let base: Offer;
  let offer: Offer;
  before(async () => {
    base = await loadOffer();
    offer = experimentOffer(base);
  });
  beforeEach(() => localStorage.clear());

  it('the validator accepts the experiment offer used here', async () => {
    const el = await renderWith(offer, { visitorId: visitorFor(offer, 'small') });
    expect(stageOf(el)).to.not.equal(null);
  });

  it('rtr arm with a retreat variant: full → decline → the variant, the arm name in every event and the receipt', async () => {
    const cap = captureEvents(ALL_EVENTS);
    const el = await renderWith(offer, { visitorId: visitorFor(offer, 'rtr-short') });
    await settle();
    expect(stageOf(el)).to.equal('full');
    await activate(el, part(el, 'decline-action'));
    await activate(el, $(el, '[data-constraint="time"]'));
    expect($(el, '#stage-heading')!.textContent).to.equal('1-week proof in 1 region, read-only');
    await activate(el, part(el, 'retreat-action'));
    await settle();
    cap.stop();
    expect(cap.events.map((e) => e.type)).to.deep.equal([
      'offer-view',
      'offer-view',
      'offer-decline',
      'offer-view',
      'offer-choice',
      'offer-view',
    ]);
    for (const e of cap.events) expect(e.detail.variant, e.type).to.equal('rtr-short');
    const receipt = cap.of('offer-choice')[0]!.detail.receipt;
    expect(receipt.arm).to.equal('rtr-short');
    expect(JSON.parse(receipt.disclosure).options.map((o: { id: string }) => o.id)).to.deep.equal([
      'pilot-6w',
      'proof-1w',
    ]);
  });

  it('small-only arm: only the smaller option, with the stop path; choosing it by keyboard', async () => {
    const cap = captureEvents(ALL_EVENTS);
    const el = await renderWith(offer, { visitorId: visitorFor(offer, 'small') });
    await settle();
    expect(stageOf(el)).to.equal('retreat');
    expect(part(el, 'full-action')).to.equal(null);
    expect(part(el, 'decline-action')).to.equal(null);
    expect($(el, '[data-action="back"]')).to.equal(null);
    expect(part(el, 'stop-action')).to.exist;
    // nothing on screen mentions the full option it never offers
    expect(el.shadowRoot!.textContent).to.not.contain(offer.full.title);
    expect(el.shadowRoot!.querySelectorAll('[part="terms"] thead th')).to.have.length(2);
    await activate(el, part(el, 'retreat-action'));
    expect(stageOf(el)).to.equal('chosen');
    expect(deepActive()).to.equal($(el, '#stage-heading'));
    // "Change my choice" goes back to the one option it offers
    await activate(el, $(el, '[data-action="change"]'));
    expect(stageOf(el)).to.equal('retreat');
    await settle();
    cap.stop();
    expect(cap.events.map((e) => `${e.type}:${e.detail.stage ?? e.detail.choice}`)).to.deep.equal([
      'offer-view:retreat',
      'offer-choice:retreat',
      'offer-view:chosen',
      'offer-view:retreat',
    ]);
    for (const e of cap.events) expect(e.detail.variant).to.equal('small');
    const receipt = cap.of('offer-choice')[0]!.detail.receipt;
    expect(JSON.parse(receipt.disclosure).options.map((o: { id: string }) => o.id)).to.deep.equal(['proof-2w']);
  });

  it('small-only arm: "Not now" by keyboard stops with one choice event', async () => {
    const el = await renderWith(offer, { visitorId: visitorFor(offer, 'small') });
    await settle();
    const cap = captureEvents(ALL_EVENTS);
    await activate(el, part(el, 'stop-action'));
    await settle();
    cap.stop();
    expect(stageOf(el)).to.equal('stopped');
    expect(cap.events.map((e) => `${e.type}:${e.detail.stage ?? e.detail.choice}`)).to.deep.equal([
      'offer-choice:stop',
      'offer-view:stopped',
    ]);
    await activate(el, $(el, '[data-action="reopen"]'));
    expect(stageOf(el)).to.equal('retreat');
  });

  it('full-only holdout: the full option and the stop path, no decline and no retreat', async () => {
    const el = await renderWith(offer, { visitorId: visitorFor(offer, 'holdout') });
    await settle();
    expect(stageOf(el)).to.equal('full');
    expect(part(el, 'decline-action')).to.equal(null);
    expect(part(el, 'retreat-action')).to.equal(null);
    expect(el.shadowRoot!.textContent).to.not.contain(offer.retreat.title);
    // the first part name says what the button is (the stop path also carries `secondary-action`)
    const actions = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.actions button')].map(
      (b) => b.getAttribute('part')!.split(' ')[0],
    );
    expect(actions).to.deep.equal(['full-action', 'stop-action']);
    const cap = captureEvents(ALL_EVENTS);
    await activate(el, part(el, 'stop-action'));
    await settle();
    cap.stop();
    // the holdout's "no" is a plain stop: one choice event, no decline, then the stopped view
    expect(cap.events.map((e) => `${e.type}:${e.detail.stage ?? e.detail.choice}`)).to.deep.equal([
      'offer-choice:stop',
      'offer-view:stopped',
    ]);
    for (const e of cap.events) expect(e.detail.variant).to.equal('holdout');
    expect(JSON.parse(cap.events[0]!.detail.receipt.disclosure).options.map((o: { id: string }) => o.id)).to.deep.equal(
      ['pilot-6w'],
    );
  });

  it('full-only holdout: choosing the full option by keyboard', async () => {
    const el = await renderWith(offer, { visitorId: visitorFor(offer, 'holdout') });
    const cap = captureEvents(['offer-choice']);
    await activate(el, part(el, 'full-action'), 'Space');
    await settle();
    cap.stop();
    expect(stageOf(el)).to.equal('chosen');
    expect(cap.events.map((e) => [e.detail.choice, e.detail.variant])).to.deep.equal([['full', 'holdout']]);
  });

  it('single-option arms ignore side-by-side mode', async () => {
    const el = await renderWith(offer, { visitorId: visitorFor(offer, 'holdout'), mode: 'side-by-side' });
    expect(part(el, 'retreat-action')).to.equal(null);
    expect($(el, '.options')).to.equal(null);
  });

  it('without visitor-id: a random id kept in localStorage makes the arm sticky across page views', async () => {
    const seen = new Set<string>();
    for (let i = 0; i < 3; i++) {
      const el = await renderWith(offer);
      const cap = captureEvents(['offer-choice']);
      await activate(el, part(el, 'stop-action'));
      await settle();
      cap.stop();
      seen.add(cap.events[0]!.detail.variant);
      localStorage.removeItem(`fair-offer:stopped:${offer.id}`); // a new page view, not a remembered stop
      el.remove();
    }
    const stored = localStorage.getItem(VISITOR_KEY)!;
    expect(stored).to.match(/^[0-9a-f]{32}$/);
    expect([...seen]).to.deep.equal([assignArm(offer.experiment!, stored).name]);
  });

  it('the same visitor-id gives the same arm every time; the arm follows the id', async () => {
    for (const arm of ['rtr-short', 'small', 'holdout']) {
      const id = visitorFor(offer, arm);
      const stages = [];
      for (let i = 0; i < 2; i++) stages.push(stageOf(await renderWith(offer, { visitorId: id })));
      expect(stages).to.deep.equal(arm === 'small' ? ['retreat', 'retreat'] : ['full', 'full']);
    }
  });

  it('changing visitor-id re-assigns the arm and starts that arm over, without events', async () => {
    const el = await renderWith(offer, { visitorId: visitorFor(offer, 'holdout') });
    await settle();
    const cap = captureEvents(ALL_EVENTS);
    el.setAttribute('visitor-id', visitorFor(offer, 'small'));
    await el.updateComplete;
    await settle();
    cap.stop();
    expect(stageOf(el)).to.equal('retreat');
    expect(part(el, 'full-action')).to.equal(null);
    expect(cap.events).to.deep.equal([]);
  });

  it('without an experiment, variant is null in every event', async () => {
    const cap = captureEvents(ALL_EVENTS);
    const el = await renderWith(base);
    await settle();
    await activate(el, part(el, 'full-action'));
    await settle();
    cap.stop();
    expect(cap.events.length).to.equal(3);
    for (const e of cap.events) expect(e.detail.variant).to.equal(null);
  });

  it('assignment works when localStorage throws, and the element warns once', async () => {
    const warnings = captureConsole('warn');
    const storage = breakLocalStorage();
    try {
      const first = await renderWith(offer);
      const second = await renderWith(offer);
      const cap = captureEvents(['offer-choice']);
      await activate(first, part(first, 'stop-action'));
      await activate(second, part(second, 'stop-action'));
      await settle();
      cap.stop();
      // the in-memory id is shared by the page: both widgets show the same arm
      expect(cap.events.map((e) => e.detail.variant)).to.have.length(2);
      expect(cap.events[0]!.detail.variant).to.equal(cap.events[1]!.detail.variant);
    } finally {
      storage.restore();
      warnings.restore();
    }
    // once per page (each test file is a fresh page), though two widgets and several storage uses
    expect(warnings.mentioning('localStorage is unavailable').length).to.equal(1);
  });
});
