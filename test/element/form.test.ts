/**
 * Form association: the choice submits with a host <form> (FormData), `required` blocks submission with a
 * clear message, reset returns to the first stage, back/forward state restores, a disabled fieldset disables.
 * Choices are made with real key presses; submission is attempted the way a visitor does (Enter on a submit button).
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { Offer } from '../../src/core/offer-schema.js';
import { FairOffer } from '../../src/element/fair-offer.js';
import { $, activate, captureEvents, loadOffer, part, settle, stageOf, tabTo } from './helpers.js';
import { captureConsole } from './console-capture.js';

async function renderForm(offer: Offer, opts: { required?: boolean; name?: string } = {}) {
  const form = await fixture<HTMLFormElement>(html`<form action="javascript:void 0">
    <label>Email <input name="email" value="a@example.com" /></label>
    <fieldset>
      <legend>Plan</legend>
      <fair-offer .offer=${offer} name=${opts.name ?? 'plan'} ?required=${opts.required ?? false}></fair-offer>
    </fieldset>
    <button type="submit">Send my answer</button>
    <button type="reset">Start over</button>
  </form>`);
  const el = form.querySelector('fair-offer')!;
  await el.updateComplete;
  const submits: FormData[] = [];
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    submits.push(new FormData(form));
  });
  return { form, el, submits };
}

const entries = (data: FormData) => [...data.entries()].map(([k, v]) => `${k}=${String(v)}`);

describe('form association', () => {
  let offer: Offer;
  before(async () => {
    offer = await loadOffer();
    offer.addOns = [
      { id: 'training', label: 'Team training session' },
      { id: 'export', label: 'Data export' },
    ];
  });
  beforeEach(() => localStorage.clear());

  it('is form-associated and exposes its form', async () => {
    const { form, el } = await renderForm(offer);
    expect((FairOffer as unknown as { formAssociated: boolean }).formAssociated).to.equal(true);
    expect(el.form).to.equal(form);
    expect(el.value).to.equal(null);
  });

  it('submits nothing before a choice, then name=<choice> and name.addOns=<id> entries', async () => {
    const { form, el, submits } = await renderForm(offer);
    expect(entries(new FormData(form))).to.deep.equal(['email=a@example.com']);
    const boxes = el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]');
    await activate(el, boxes[0]!, 'Space');
    await activate(el, boxes[1]!, 'Space');
    await activate(el, part(el, 'full-action'));
    expect(el.value).to.equal('full');
    await activate(el, form.querySelector('button[type="submit"]'));
    expect(submits.map(entries)).to.deep.equal([
      ['email=a@example.com', 'plan=full', 'plan.addOns=training', 'plan.addOns=export'],
    ]);
  });

  it('the retreat and "Not now" submit as retreat and stop (no add-ons with a stop)', async () => {
    const { form, el } = await renderForm(offer);
    await activate(el, part(el, 'decline-action'));
    await activate(el, $(el, '[data-constraint="time"]'));
    await activate(el, part(el, 'retreat-action'));
    expect(entries(new FormData(form))).to.deep.equal(['email=a@example.com', 'plan=retreat']);
    await activate(el, part(el, 'stop-action')); // withdraws the retreat: asks first
    expect(entries(new FormData(form))).to.deep.equal(['email=a@example.com', 'plan=retreat']);
    await activate(el, part(el, 'withdraw-confirm-action'));
    expect(entries(new FormData(form))).to.deep.equal(['email=a@example.com', 'plan=stop']);
  });

  it('without a name nothing is submitted, the element still works', async () => {
    const { form, el } = await renderForm(offer, { name: '' });
    el.removeAttribute('name');
    await el.updateComplete;
    await activate(el, part(el, 'full-action'));
    expect(stageOf(el)).to.equal('chosen');
    expect(entries(new FormData(form))).to.deep.equal(['email=a@example.com']);
  });

  it('required: submit is blocked with a clear message anchored in the stage, until the visitor chooses or stops', async () => {
    const { form, el, submits } = await renderForm(offer, { required: true });
    expect(el.validity!.valueMissing).to.equal(true);
    expect(el.validationMessage).to.equal('Choose an option or "Not now".');
    expect(form.checkValidity()).to.equal(false);
    const invalid: Event[] = [];
    el.addEventListener('invalid', (e) => invalid.push(e));
    await activate(el, form.querySelector('button[type="submit"]'));
    expect(submits).to.have.length(0);
    expect(invalid).to.have.length(1);
    // a real "Not now" is an answer: the form submits
    await activate(el, part(el, 'stop-action'));
    expect(el.validity!.valid).to.equal(true);
    await activate(el, form.querySelector('button[type="submit"]'));
    expect(submits.map(entries)).to.deep.equal([['email=a@example.com', 'plan=stop']]);
  });

  it("required: reportValidity moves focus to the stage's first action", async () => {
    const { el } = await renderForm(offer, { required: true });
    expect(el.reportValidity()).to.equal(false);
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    expect(active).to.equal(part(el, 'full-action'));
  });

  it('reset: back to the first stage, value and add-ons cleared, no events, by the reset button', async () => {
    const { form, el } = await renderForm(offer, { required: true });
    const box = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    await activate(el, box, 'Space');
    await activate(el, part(el, 'decline-action'));
    await activate(el, $(el, '[data-constraint="skip"]'));
    await activate(el, part(el, 'retreat-action'));
    expect(el.value).to.equal('retreat');
    await settle();
    const cap = captureEvents(['offer-view', 'offer-decline', 'offer-choice', 'offer-feedback', 'offer-recap']);
    await activate(el, form.querySelector('button[type="reset"]'));
    await settle();
    cap.stop();
    expect(cap.events).to.deep.equal([]);
    expect(stageOf(el)).to.equal('full');
    expect(el.value).to.equal(null);
    expect(el.validity!.valueMissing).to.equal(true);
    expect(entries(new FormData(form))).to.deep.equal(['email=a@example.com']);
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.checked).to.equal(false);
  });

  it('state restore (back/forward): the chosen stage and add-ons come back without events', async () => {
    // A first page where the visitor chose with an add-on; the browser would hand its saved state (this JSON
    // shape, see #syncForm) to the element on the page restored from history.
    const first = await renderForm(offer);
    await activate(
      first.el,
      first.el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')[1]!,
      'Space',
    );
    await activate(first.el, part(first.el, 'full-action'));
    const saved = JSON.stringify({
      offerId: offer.id,
      stage: 'chosen',
      constraint: null,
      choice: 'full',
      declined: false,
      addOns: ['export'],
    });

    const { form, el } = await renderForm(offer);
    await settle();
    const cap = captureEvents(['offer-view', 'offer-decline', 'offer-choice']);
    el.formStateRestoreCallback(saved);
    await el.updateComplete;
    await settle();
    cap.stop();
    expect(cap.events).to.deep.equal([]);
    expect(stageOf(el)).to.equal('chosen');
    expect(entries(new FormData(form))).to.deep.equal(['email=a@example.com', 'plan=full', 'plan.addOns=export']);
    expect(entries(new FormData(first.form))).to.deep.equal(entries(new FormData(form)));
    // a state for another offer, or garbage, is ignored
    el.formStateRestoreCallback(JSON.stringify({ offerId: 'other', stage: 'stopped' }));
    el.formStateRestoreCallback('{not json');
    await el.updateComplete;
    expect(stageOf(el)).to.equal('chosen');
  });

  it('a disabled fieldset disables the controls and leaves the value out', async () => {
    const { form, el } = await renderForm(offer);
    await activate(el, part(el, 'full-action'));
    form.querySelector('fieldset')!.disabled = true;
    await el.updateComplete;
    expect(part(el, 'stop-action')!.hasAttribute('disabled')).to.equal(true);
    expect($(el, '[data-action="change"]')!.hasAttribute('disabled')).to.equal(true);
    expect(entries(new FormData(form))).to.deep.equal(['email=a@example.com']);
    form.querySelector('fieldset')!.disabled = false;
    await el.updateComplete;
    await tabTo(part(el, 'stop-action'));
    expect(entries(new FormData(form))).to.deep.equal(['email=a@example.com', 'plan=full']);
  });

  it('without ElementInternals the element still works and warns once', async () => {
    const proto = HTMLElement.prototype as { attachInternals?: unknown };
    const original = proto.attachInternals;
    const warnings = captureConsole('warn');
    delete proto.attachInternals;
    try {
      FairOffer.define('fair-offer-no-internals');
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      for (let i = 0; i < 2; i++) {
        const el = document.createElement('fair-offer-no-internals') as FairOffer;
        el.offer = offer;
        el.setAttribute('name', 'plan');
        wrapper.append(el);
        await el.updateComplete;
        await activate(el, part(el, 'full-action'));
        expect(stageOf(el)).to.equal('chosen');
        expect(el.value).to.equal('full');
        expect(el.form).to.equal(null);
        expect(el.checkValidity()).to.equal(true);
      }
    } finally {
      proto.attachInternals = original;
      warnings.restore();
    }
    expect(warnings.mentioning('ElementInternals')).to.have.length(1);
  });
});
