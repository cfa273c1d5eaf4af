/**
 * The jurisdiction packs in the element: the us-ca/us-ny renewal consent (unticked, labelled with the renewal
 * terms, reached by keyboard and mouse, the action refused with a message and focus until it is ticked, recorded
 * in the receipt), the us-ny cancel-by line beside the button, the eu/de links in the recap, the `jurisdiction`
 * attribute, and axe with all of it in both schemes at 320 px.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import type { Offer } from '../../src/core/offer-schema.js';
import type { FairOffer } from '../../src/element/fair-offer.js';
import { axeViolations, describeViolations, hasHorizontalScroll, smallTargets } from './checks.js';
import { $, captureEvents, deepActive, part, press, settle, stageOf, tabTo } from './helpers.js';
import subscriptionUs from '../../examples/offers/subscription-us.json';
import subscriptionDe from '../../examples/offers/subscription-de.json';
import subscription from '../../examples/offers/subscription.json';

const copy = (o: unknown) => structuredClone(o) as Offer;

async function render(offer: Offer, attrs: { jurisdiction?: string; mode?: string } = {}): Promise<FairOffer> {
  const wrapper = await fixture<HTMLDivElement>(html`<div>
    <fair-offer .offer=${offer} mode=${attrs.mode ?? 'sequential'} jurisdiction=${attrs.jurisdiction ?? ''}></fair-offer>
  </div>`);
  const el = wrapper.querySelector('fair-offer')!;
  await el.updateComplete;
  return el;
}

const consentBox = (el: FairOffer, choice = 'full') => $(el, `#${choice}-action-consent`) as HTMLInputElement | null;

// "Not now" is remembered per offer id: each test starts with a clean page.
beforeEach(() => localStorage.clear());

describe('renewal consent (us-ca, us-ny)', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ colorScheme: 'light' });
  });

  it('is an unticked checkbox beside the action, its visible label stating the renewal terms', async () => {
    const el = await render(copy(subscriptionUs));
    const box = consentBox(el)!;
    expect(box).to.exist;
    expect(box.checked).to.equal(false);
    const label = box.closest('label')!.textContent!;
    expect(label).to.contain('renews automatically until I cancel');
    expect(label).to.contain('$96.00');
    expect(label).to.contain('Cancel any time in Settings > Plan.');
    // beside the action: in the same action group, before its button
    expect(box.closest('.action-group')!.contains(part(el, 'full-action'))).to.equal(true);
    // us-ny: the deadline to cancel, beside the button
    expect($(el, '#full-action-cancel-by')!.textContent).to.contain('by 11:59 pm Pacific time the day before');
  });

  it('by keyboard: Enter on the action without consent moves focus to the checkbox with a message; Space ticks it; Enter chooses', async () => {
    const el = await render(copy(subscriptionUs));
    const cap = captureEvents(['offer-choice']);
    await tabTo(part(el, 'full-action'));
    await press('Enter');
    await el.updateComplete;
    await settle();
    expect(cap.of('offer-choice')).to.have.length(0);
    expect(stageOf(el)).to.equal('full');
    const box = consentBox(el)!;
    expect(deepActive()).to.equal(box);
    expect(box.getAttribute('aria-invalid')).to.equal('true');
    const message = $(el, `#${box.getAttribute('aria-describedby')}`)!;
    expect(message.textContent).to.contain('first tick the box');
    await press('Space');
    await el.updateComplete;
    expect(box.checked).to.equal(true);
    expect($(el, '.consent-message')).to.equal(null);
    await tabTo(part(el, 'full-action'));
    await press('Enter');
    await el.updateComplete;
    await settle();
    await settle();
    expect(stageOf(el)).to.equal('chosen');
    const [choice] = cap.of('offer-choice');
    expect(choice!.detail.receipt.consents).to.deep.equal(['auto-renewal']);
    expect(JSON.parse(choice!.detail.receipt.disclosure).consents[0].text).to.contain('until I cancel');
    cap.stop();
  });

  it('by mouse: a click without consent is refused with the message; clicking the label ticks it', async () => {
    const el = await render(copy(subscriptionUs));
    const cap = captureEvents(['offer-choice']);
    part(el, 'full-action')!.click();
    await el.updateComplete;
    expect(stageOf(el)).to.equal('full');
    expect(deepActive()).to.equal(consentBox(el));
    consentBox(el)!.closest('label')!.querySelector('span')!.click();
    await el.updateComplete;
    expect(consentBox(el)!.checked).to.equal(true);
    part(el, 'full-action')!.click();
    await el.updateComplete;
    await settle();
    await settle();
    expect(cap.of('offer-choice')[0]!.detail.receipt.consents).to.deep.equal(['auto-renewal']);
    cap.stop();
  });

  it('unticking again takes the consent back; the stop path never needs it', async () => {
    const el = await render(copy(subscriptionUs));
    const box = consentBox(el)!;
    box.click();
    box.click();
    await el.updateComplete;
    part(el, 'full-action')!.click();
    await el.updateComplete;
    expect(stageOf(el)).to.equal('full');
    part(el, 'stop-action')!.click();
    await el.updateComplete;
    expect(stageOf(el)).to.equal('stopped');
  });

  it('side by side: each action has its own checkbox', async () => {
    const el = await render(copy(subscriptionUs), { mode: 'side-by-side' });
    expect(consentBox(el, 'full')).to.exist;
    expect(consentBox(el, 'retreat')).to.exist;
    consentBox(el, 'retreat')!.click();
    await el.updateComplete;
    part(el, 'full-action')!.click();
    await el.updateComplete;
    expect(stageOf(el)).to.not.equal('chosen');
    expect(deepActive()).to.equal(consentBox(el, 'full'));
  });

  it('without a jurisdiction there is no checkbox and the receipt records no consent', async () => {
    const el = await render(copy(subscription));
    expect(consentBox(el)).to.equal(null);
    const cap = captureEvents(['offer-choice']);
    part(el, 'full-action')!.click();
    await el.updateComplete;
    await settle();
    await settle();
    expect(cap.of('offer-choice')[0]!.detail.receipt).to.not.have.property('consents');
    cap.stop();
  });

  it('the jurisdiction attribute adds a pack to the offer', async () => {
    const el = await render(copy(subscription), { jurisdiction: 'us-ca' });
    expect(consentBox(el)).to.exist;
    el.jurisdiction = '';
    await el.updateComplete;
    expect(consentBox(el)).to.equal(null);
    // eu: the English labels "Subscribe for …" and no withdrawal function are refused
    const cap = captureEvents(['offer-invalid']);
    el.jurisdiction = 'eu';
    await el.updateComplete;
    await settle();
    expect(part(el, 'full-action')).to.equal(null);
    const rules = cap.of('offer-invalid')[0]!.detail.findings.map((f: { rule: string }) => f.rule);
    expect(rules).to.include.members(['eu-payment-button', 'eu-withdrawal-function']);
    cap.stop();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`axe, 320 px, ${scheme}: the consent, its message and the cancel-by line`, async () => {
      await setViewport({ width: 320, height: 900 });
      await emulateMedia({ colorScheme: scheme });
      for (const mode of ['sequential', 'side-by-side']) {
        const el = await render(copy(subscriptionUs), { mode });
        part(el, 'full-action')!.click(); // the message state
        await el.updateComplete;
        expect($(el, '.consent-message')).to.exist;
        const violations = await axeViolations(el);
        expect(violations, describeViolations(violations)).to.deep.equal([]);
        expect(hasHorizontalScroll(), `${mode}: horizontal scroll`).to.equal(false);
        expect(smallTargets(el.shadowRoot!), mode).to.deep.equal([]);
      }
    });
  }
});

describe('recap links (eu, de)', () => {
  it('the chosen option shows the withdrawal link with its period and „Verträge hier kündigen", in German', async () => {
    const el = await render(copy(subscriptionDe));
    expect(part(el, 'full-action')!.textContent).to.contain('zahlungspflichtig bestellen');
    part(el, 'full-action')!.click();
    await el.updateComplete;
    expect(stageOf(el)).to.equal('chosen');
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.legal-links a')];
    expect(links.map((a) => [a.textContent, a.href])).to.deep.equal([
      ['Vertrag widerrufen', 'https://stride.example/de/withdraw'],
      ['Verträge hier kündigen', 'https://stride.example/de/kuendigen'],
    ]);
    expect($(el, '.legal-links')!.textContent).to.contain('innerhalb von 14 Tagen');
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`axe, 320 px, ${scheme}: the recap with its links`, async () => {
      await setViewport({ width: 320, height: 900 });
      await emulateMedia({ colorScheme: scheme });
      const el = await render(copy(subscriptionDe));
      part(el, 'full-action')!.click();
      await el.updateComplete;
      const violations = await axeViolations(el);
      expect(violations, describeViolations(violations)).to.deep.equal([]);
      expect(hasHorizontalScroll()).to.equal(false);
      await setViewport({ width: 800, height: 600 });
      await emulateMedia({ colorScheme: 'light' });
    });
  }
});

describe('one-page plan from the recap', () => {
  it('carries the legal links, including a pack the attribute added', async () => {
    const offer = copy(subscriptionDe);
    delete offer.jurisdictions; // only the attribute says "de"
    const el = await render(offer, { jurisdiction: 'de' });
    part(el, 'full-action')!.click();
    await el.updateComplete;
    const cap = captureEvents(['offer-recap']);
    // The download itself is a click on a blob link: keep it off the test page.
    const original = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = () => {};
    try {
      $(el, '[data-action="save-summary"]')!.click();
      // The plan module loads on first use (a lazy chunk): wait for the recap rather than one frame.
      for (let i = 0; i < 100 && cap.of('offer-recap').length === 0; i++) await settle();
    } finally {
      HTMLAnchorElement.prototype.click = original;
      cap.stop();
    }
    const { plan } = cap.of('offer-recap')[0]!.detail;
    expect(plan.html).to.contain('<a href="https://stride.example/de/kuendigen">Verträge hier kündigen</a>');
    expect(plan.html).to.contain('Vertrag widerrufen');
    expect(plan.text).to.contain('Verträge hier kündigen: https://stride.example/de/kuendigen');
  });
});
