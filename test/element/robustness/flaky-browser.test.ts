/**
 * Flaky browsers: no crypto.subtle, no ElementInternals, a locale Intl cannot parse, a host listener that throws.
 * Each time the widget keeps working; where it cannot do something it says so once (console.warn).
 */
import { expect } from '@open-wc/testing';
import '../../../src/define.js';
import { sha256Hex } from '../../../src/core/sha256.js';
import type { FairOffer } from '../../../src/element/fair-offer.js';
import { captureEvents, settle, stageOf } from '../helpers.js';
import { mount, spyConsole, validOffer, watchUncaught } from './guards.js';

function q(el: FairOffer, sel: string): HTMLElement {
  const found = el.shadowRoot!.querySelector<HTMLElement>(sel);
  if (!found) throw new Error(`no ${sel} in stage ${stageOf(el)}`);
  return found;
}

/** Hex SHA-256 with the browser's own Web Crypto, as the reference. */
async function referenceSha256(text: string): Promise<string> {
  const bytes = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

describe('robustness: flaky browsers', () => {
  let mounted: FairOffer[] = [];
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    for (const el of mounted) el.remove();
    mounted = [];
  });
  const use = async (offer: unknown, attrs: Record<string, string> = {}) => {
    const el = await mount(offer, attrs);
    mounted.push(el);
    return el;
  };

  it('no crypto.subtle (plain http: pages): the receipt still carries the correct SHA-256, nothing to warn about', async () => {
    Object.defineProperty(crypto, 'subtle', { configurable: true, get: () => undefined });
    const warn = spyConsole('warn');
    const err = spyConsole('error');
    const cap = captureEvents(['offer-choice']);
    let digestOfAbc = '';
    try {
      expect(crypto.subtle).to.equal(undefined);
      digestOfAbc = await sha256Hex('abc');
      const el = await use(validOffer());
      q(el, '[part~="full-action"]').click();
      await el.updateComplete;
      await settle();
    } finally {
      delete (crypto as { subtle?: unknown }).subtle; // the prototype's getter is back
      cap.stop();
      warn.restore();
      err.restore();
    }
    expect(crypto.subtle).to.exist;
    // FIPS 180-4 test vector.
    expect(digestOfAbc).to.equal('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(cap.events).to.have.length(1);
    const receipt = cap.events[0]!.detail.receipt;
    expect(receipt.digest).to.equal(await referenceSha256(receipt.disclosure));
    expect(warn.calls).to.deep.equal([]);
    expect(err.calls).to.deep.equal([]);
  });

  it('no ElementInternals: the widget works; with a form name it warns once that the form will not get the choice', async () => {
    const original = HTMLElement.prototype.attachInternals;
    // @ts-expect-error simulating an engine without ElementInternals
    delete HTMLElement.prototype.attachInternals;
    const warn = spyConsole('warn');
    const uncaught = watchUncaught();
    const cap = captureEvents(['offer-choice']);
    let withoutName = 0;
    try {
      expect(typeof HTMLElement.prototype.attachInternals).to.equal('undefined');
      const plain = await use(validOffer());
      q(plain, '[part~="full-action"]').click();
      await plain.updateComplete;
      expect(stageOf(plain)).to.equal('chosen');
      withoutName = warn.calls.length;

      const form = document.createElement('form');
      document.body.append(form);
      const named = await mount(validOffer(), { name: 'plan' }, form);
      const named2 = await mount(validOffer(), { name: 'plan2' }, form);
      mounted.push(named, named2);
      q(named, '[part~="stop-action"]').click();
      await named.updateComplete;
      expect(stageOf(named)).to.equal('stopped');
      expect([...new FormData(form).keys()]).to.deep.equal([]); // nothing submitted, and nothing threw
      await settle();
      form.remove();
    } finally {
      HTMLElement.prototype.attachInternals = original;
      cap.stop();
      warn.restore();
      uncaught.stop();
    }
    expect(uncaught.errors).to.deep.equal([]);
    expect(cap.events.map((e) => e.detail.choice)).to.deep.equal(['full', 'stop']);
    expect(withoutName, 'no warning without a form name').to.equal(0);
    expect(warn.calls, 'one warning for the page').to.have.length(1);
    expect(String(warn.calls[0]![0])).to.match(/ElementInternals/);
  });

  it('a locale Intl cannot parse: prices and dates fall back to English, with one warning naming the locale and the unchecked-language report', async () => {
    const warn = spyConsole('warn');
    const uncaught = watchUncaught();
    const cap = captureEvents(['offer-choice']);
    const offer = validOffer();
    offer.locale = 'xx-INVALID-@@';
    offer.full.terms.price = { amount: 1234.5, currency: 'EUR', period: 'month', minimumTerm: 12 };
    offer.deadline = { at: '2099-03-31T17:00:00Z', reason: 'the pilot cohort starts in April' };
    try {
      expect(() => new Intl.NumberFormat(offer.locale)).to.throw(RangeError);
      const el = await use(offer);
      const second = await use(structuredClone(offer), { mode: 'side-by-side' });
      expect(stageOf(el)).to.equal('full');
      expect(stageOf(second)).to.equal('full');
      expect(el.shadowRoot!.textContent).to.contain('€1,234.50');
      expect(q(el, '.deadline').textContent).to.contain('2099');
      q(el, '[part~="decline-action"]').click();
      await el.updateComplete;
      q(el, '[data-constraint="skip"]').click();
      await el.updateComplete;
      q(el, '[part~="retreat-action"]').click();
      await el.updateComplete;
      await settle();
      expect(stageOf(el)).to.equal('chosen');
    } finally {
      cap.stop();
      warn.restore();
      uncaught.stop();
    }
    expect(uncaught.errors).to.deep.equal([]);
    expect(cap.events).to.have.length(1);
    // One warning naming the locale for the formatting, and the guardrails' report: a language with no copy pack
    // ("xx") is never passed in silence (copy-language-unchecked). Nothing else, and nothing twice.
    const warnings = warn.calls.map((call) => String(call[0]));
    expect(warnings, 'two warnings for the page').to.have.length(2);
    expect(warnings[0]).to.contain('xx-INVALID-@@');
    expect(warnings[1]).to.contain('copy-language-unchecked');
  });

  it('a host listener that throws inside offer-choice: other listeners still run, the next stages still work', async () => {
    const reported: unknown[] = [];
    const originalOnError = window.onerror;
    // The host's error is reported by the browser as uncaught; keep it from failing this test run.
    window.onerror = (_m, _s, _l, _c, error) => (reported.push(error), true);
    const warn = spyConsole('warn');
    const cap = captureEvents(['offer-choice', 'offer-view']);
    const el = await use(validOffer());
    const onElement: string[] = [];
    el.addEventListener('offer-choice', () => {
      throw new Error('host analytics broke');
    });
    el.addEventListener('offer-choice', (e) => onElement.push(e.detail.choice));
    try {
      q(el, '[part~="full-action"]').click();
      await el.updateComplete;
      await settle();
      expect(stageOf(el)).to.equal('chosen');
      q(el, '[data-action="change"]').click();
      await el.updateComplete;
      await settle();
      expect(stageOf(el)).to.equal('full');
      q(el, '[part~="stop-action"]').click(); // the full choice still stands: withdrawing it asks first
      await el.updateComplete;
      q(el, '[part~="withdraw-confirm-action"]').click();
      await el.updateComplete;
      await settle();
    } finally {
      window.onerror = originalOnError;
      cap.stop();
      warn.restore();
    }
    expect(stageOf(el)).to.equal('stopped');
    expect(onElement).to.deep.equal(['full', 'stop']);
    expect(cap.of('offer-choice').map((e) => e.detail.choice)).to.deep.equal(['full', 'stop']);
    expect(cap.of('offer-view').map((e) => e.detail.stage)).to.include.members(['chosen', 'full', 'stopped']);
    expect(reported.map((e) => (e as Error).message)).to.deep.equal(['host analytics broke', 'host analytics broke']);
  });
});
