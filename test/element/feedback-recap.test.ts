/**
 * After a choice: the opt-in comprehension check (one question, skippable, never blocking) and
 * "Save this summary" (the one-page plan downloaded, plus offer-recap). Real key presses throughout.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { Offer } from '../../src/core/offer-schema.js';
import type { FairOffer } from '../../src/element/fair-offer.js';
import { $, activate, captureEvents, deepActive, loadOffer, part, settle, stageOf } from './helpers.js';

async function renderWith(offer: unknown, feedback: boolean, lang = 'en'): Promise<FairOffer> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${lang}><fair-offer .offer=${offer} ?feedback=${feedback}></fair-offer></div>`,
  );
  const el = wrapper.querySelector('fair-offer')!;
  await el.updateComplete;
  return el;
}

/** Captures `<a download>` clicks instead of downloading: the file name and the file's text. */
function interceptDownloads() {
  const files: Array<{ name: string; type: string; text: Promise<string>; href: string }> = [];
  const original = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (!this.download) return original.call(this);
    files.push({ name: this.download, href: this.href, type: '', text: fetch(this.href).then((r) => r.text()) });
  };
  return { files, restore: () => (HTMLAnchorElement.prototype.click = original) };
}

describe('comprehension check (feedback attribute)', () => {
  let offer: Offer;
  before(async () => {
    offer = await loadOffer();
  });
  beforeEach(() => localStorage.clear());

  it('is off by default: no question after a choice', async () => {
    const el = await renderWith(offer, false);
    await activate(el, part(el, 'full-action'));
    expect(stageOf(el)).to.equal('chosen');
    expect($(el, '.feedback')).to.equal(null);
  });

  it('with feedback: a labelled group of real buttons after the choice; answering by keyboard fires offer-feedback once and hides it', async () => {
    const el = await renderWith(offer, true);
    expect($(el, '.feedback')).to.equal(null); // not before a choice
    await activate(el, part(el, 'decline-action'));
    await activate(el, $(el, '[data-constraint="budget"]'));
    await activate(el, part(el, 'retreat-action'));
    const group = $(el, '.feedback')!;
    expect(group.getAttribute('role')).to.equal('group');
    const label = el.shadowRoot!.getElementById(group.getAttribute('aria-labelledby')!)!;
    expect(label.textContent).to.equal('Were the differences between the options clear?');
    const buttons = [...group.querySelectorAll('button')];
    expect(buttons.map((b) => [b.localName, b.type, b.textContent])).to.deep.equal([
      ['button', 'button', 'Yes'],
      ['button', 'button', 'Partly'],
      ['button', 'button', 'No'],
      ['button', 'button', 'Skip this question'],
    ]);
    // never blocking: the rest of the chosen state works while the question is open
    expect($(el, '[data-action="change"]')).to.exist;
    expect(part(el, 'stop-action')).to.exist;

    const cap = captureEvents(['offer-feedback', 'offer-view', 'offer-choice']);
    await activate(el, $(el, '[data-feedback="partly"]'), 'Space');
    await settle();
    cap.stop();
    expect(cap.events.map((e) => e.type)).to.deep.equal(['offer-feedback']);
    expect(cap.events[0]!.detail).to.deep.equal({
      offerId: offer.id,
      answer: 'partly',
      choice: 'retreat',
      variant: null,
    });
    expect($(el, '.feedback')).to.equal(null);
    expect(deepActive()).to.equal($(el, '#stage-heading')); // focus is not lost with the pressed button
    expect($(el, '[role="status"]')!.textContent).to.equal('Thank you for your answer.');
  });

  it('is asked once: after an answer, changing and choosing again does not ask again', async () => {
    const el = await renderWith(offer, true);
    await activate(el, part(el, 'full-action'));
    await activate(el, $(el, '[data-feedback="yes"]'));
    await activate(el, $(el, '[data-action="change"]'));
    await activate(el, part(el, 'full-action'));
    expect(stageOf(el)).to.equal('chosen');
    expect($(el, '.feedback')).to.equal(null);
  });

  it('dismissing by keyboard hides it without an event', async () => {
    const el = await renderWith(offer, true);
    await activate(el, part(el, 'full-action'));
    const cap = captureEvents(['offer-feedback']);
    await activate(el, $(el, '[data-action="dismiss-feedback"]'));
    await settle();
    cap.stop();
    expect(cap.events).to.deep.equal([]);
    expect($(el, '.feedback')).to.equal(null);
    expect(deepActive()).to.equal($(el, '#stage-heading'));
  });

  it('not after "Not now"', async () => {
    const el = await renderWith(offer, true);
    await activate(el, part(el, 'stop-action'));
    expect($(el, '.feedback')).to.equal(null);
  });

  it('speaks the page language (German)', async () => {
    const el = await renderWith(offer, true, 'de');
    await activate(el, part(el, 'full-action'));
    expect($(el, '#feedback-question')!.textContent).to.equal('Waren die Unterschiede zwischen den Optionen klar?');
    expect($(el, '[data-action="save-summary"]')!.textContent).to.equal('Diese Zusammenfassung speichern');
  });
});

describe('Save this summary (recap)', () => {
  let offer: Offer;
  before(async () => {
    offer = await loadOffer();
  });
  beforeEach(() => localStorage.clear());

  it('downloads the one-page plan as HTML and fires offer-recap with html and text, by keyboard', async () => {
    const el = await renderWith(offer, false);
    await activate(el, part(el, 'decline-action'));
    await activate(el, $(el, '[data-constraint="skip"]'));
    await activate(el, part(el, 'retreat-action'));
    const save = $(el, '[data-action="save-summary"]')!;
    expect(save.localName).to.equal('button');
    expect(el.shadowRoot!.getElementById(save.getAttribute('aria-describedby')!)!.textContent).to.contain('print');

    const downloads = interceptDownloads();
    const cap = captureEvents(['offer-recap', 'offer-choice', 'offer-view']);
    try {
      await activate(el, save);
      await settle();
    } finally {
      downloads.restore();
      cap.stop();
    }
    expect(cap.events.map((e) => e.type)).to.deep.equal(['offer-recap']);
    const { detail } = cap.events[0]!;
    expect(Object.keys(detail).sort()).to.deep.equal(['choice', 'offerId', 'plan', 'variant']);
    expect(detail).to.include({ offerId: offer.id, choice: 'retreat', variant: null });
    expect(detail.plan.html).to.match(/^<!DOCTYPE html>/i);
    expect(detail.plan.html).to.not.match(/<script/i);
    expect(detail.plan.text).to.contain(offer.retreat.title);
    expect(detail.plan.text).to.contain(offer.full.title);

    expect(downloads.files).to.have.length(1);
    const [file] = downloads.files;
    expect(file!.name).to.equal(`${offer.id}-summary.html`);
    expect(file!.href).to.match(/^blob:/);
    expect(await file!.text).to.equal(detail.plan.html); // the file is the plan the event carries
    expect(stageOf(el)).to.equal('chosen'); // saving changes nothing else
  });

  it('each click is one recap (none lost, none doubled)', async () => {
    const el = await renderWith(offer, false);
    await activate(el, part(el, 'full-action'));
    const downloads = interceptDownloads();
    const cap = captureEvents(['offer-recap']);
    try {
      const save = $(el, '[data-action="save-summary"]')!;
      save.click();
      save.click();
      await settle();
    } finally {
      downloads.restore();
      cap.stop();
    }
    expect(cap.events.map((e) => e.detail.choice)).to.deep.equal(['full', 'full']);
    expect(downloads.files).to.have.length(2);
  });

  it('the print stylesheet hides the controls, so printing gives the recap', async () => {
    const el = await renderWith(offer, true);
    await activate(el, part(el, 'full-action'));
    const sheets = el.shadowRoot!.adoptedStyleSheets.length
      ? el.shadowRoot!.adoptedStyleSheets
      : [...el.shadowRoot!.styleSheets];
    const print = sheets
      .flatMap((s) => [...s.cssRules])
      .find((r) => r instanceof CSSMediaRule && r.conditionText === 'print') as CSSMediaRule | undefined;
    expect(print, 'an @media print block').to.exist;
    const hidden = [...print!.cssRules].map((r) => (r as CSSStyleRule).selectorText).join(',');
    for (const sel of ['.actions', '.feedback']) {
      expect(hidden).to.contain(sel);
      expect(el.shadowRoot!.querySelector(sel), sel).to.exist;
    }
  });
});
