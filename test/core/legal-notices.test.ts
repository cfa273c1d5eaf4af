/**
 * What the jurisdiction packs show outside the element: the renewal consent in the receipt (with and without),
 * the withdrawal and cancellation links in the one-page plan, and the legal words per language.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// Every check group and its legal words, as fair-offer/core registers them (the browser loads them on demand).
import '../../src/core/register-all.js';
import { discloseOption } from '../../src/core/disclosure.js';
import { stringsFor } from '../../src/core/locales/index.js';
import { EN_LEGAL, legalStringsFor } from '../../src/core/locales/legal-strings.js';
import { consentText, needsRenewalConsent, offerJurisdictions } from '../../src/core/legal-notices.js';
import type { Offer } from '../../src/core/offer-schema.js';
import { renderPlan } from '../../src/core/plan.js';
import { createReceipt, verifyReceipt } from '../../src/core/receipt.js';
import { VERSION } from '../../src/core/version.js';

const load = (file: string): Offer => JSON.parse(readFileSync(`examples/offers/${file}`, 'utf8')) as Offer;

async function receipt(offer: Offer, consents?: ['auto-renewal']) {
  const s = stringsFor(offer.locale);
  const shown = [discloseOption(offer.full, 'full', offer.locale ?? 'en', s)];
  return createReceipt({
    offer,
    choice: 'full',
    shown,
    addOns: [],
    shownAt: new Date('2026-12-01T10:00:00Z'),
    chosenAt: new Date('2026-12-01T10:01:00Z'),
    locale: offer.locale ?? 'en',
    arm: null,
    version: VERSION,
    ...(consents ? { consents } : {}),
  });
}

describe('receipt: the renewal consent', () => {
  it('with consent: recorded, its words hashed, verifiable', async () => {
    const offer = load('subscription-us.json');
    const with_ = await receipt(offer, ['auto-renewal']);
    expect(with_.consents).toEqual(['auto-renewal']);
    const disclosure = JSON.parse(with_.disclosure);
    expect(disclosure.consents).toEqual([
      { id: 'auto-renewal', text: expect.stringContaining('renews automatically until I cancel') },
    ]);
    expect(disclosure.consents[0].text).toContain('$96.00');
    expect(await verifyReceipt(with_, offer)).toEqual({ ok: true });
    const without = await receipt(offer);
    expect(without.digest).not.toBe(with_.digest);
  });

  it('without consent: no consents field, the same bytes as before consents existed', async () => {
    const offer = load('subscription-us.json');
    const r = await receipt(offer);
    expect(r).not.toHaveProperty('consents');
    expect(JSON.parse(r.disclosure)).not.toHaveProperty('consents');
    expect(await verifyReceipt(r, offer)).toEqual({ ok: true });
  });

  it('a consent added, removed or reworded afterwards does not verify', async () => {
    const offer = load('subscription-us.json');
    const r = await receipt(offer, ['auto-renewal']);
    expect((await verifyReceipt({ ...r, consents: [] }, offer)).ok).toBe(false);
    const plain = await receipt(offer);
    expect((await verifyReceipt({ ...plain, consents: ['auto-renewal'] }, offer)).ok).toBe(false);
    const changed = structuredClone(offer);
    changed.full.terms.renewal.cancel = 'Call us to cancel.';
    expect((await verifyReceipt(r, changed)).ok).toBe(false);
  });

  it('a stop carries no consent', async () => {
    const offer = load('subscription-us.json');
    await expect(
      createReceipt({
        offer,
        choice: 'stop',
        shown: [],
        addOns: [],
        consents: ['auto-renewal'],
        shownAt: new Date(),
        chosenAt: new Date(),
        locale: 'en',
        arm: null,
        version: VERSION,
      }),
    ).rejects.toThrow(/consent/);
  });
});

describe('who is asked for consent', () => {
  it('us-ca and us-ny, for an auto-renewing paid option only', () => {
    const offer = load('subscription-us.json');
    expect(needsRenewalConsent(offer.full, offerJurisdictions(offer))).toBe(true);
    expect(needsRenewalConsent(offer.full, offerJurisdictions({ ...offer, jurisdictions: ['eu'] }))).toBe(false);
    const once = structuredClone(offer.full);
    once.terms.renewal.auto = false;
    expect(needsRenewalConsent(once, offerJurisdictions(offer))).toBe(false);
  });

  it('the consent label states the renewal terms as displayed', () => {
    const offer = load('subscription-us.json');
    const shown = discloseOption(offer.full, 'full', 'en-US', stringsFor('en'));
    const text = consentText(shown, EN_LEGAL);
    expect(text).toContain('$96.00'); // the charge
    expect(text).toMatch(/year/); // how often
    expect(text).toContain('until I cancel');
    expect(text).toContain('Settings > Plan'); // how to cancel
  });
});

describe('one-page plan', () => {
  it('de: the withdrawal link with its period and „Verträge hier kündigen", in HTML and text', () => {
    const offer = load('subscription-de.json');
    const html = renderPlan(offer, { format: 'html', choice: 'full' });
    expect(html).toContain('<a href="https://stride.example/de/withdraw">Vertrag widerrufen</a>');
    expect(html).toContain('innerhalb von 14 Tagen');
    expect(html).toContain('<a href="https://stride.example/de/kuendigen">Verträge hier kündigen</a>');
    const text = renderPlan(offer, { format: 'text', choice: 'full' });
    expect(text).toContain('Verträge hier kündigen: https://stride.example/de/kuendigen');
  });

  it('without a jurisdiction the plan has no legal links; the host can add one', () => {
    const offer = { ...load('subscription-de.json'), jurisdictions: undefined } as Offer;
    expect(renderPlan(offer, { format: 'html' })).not.toContain('Vertrag widerrufen');
    expect(renderPlan(offer, { format: 'html', jurisdictions: ['eu'] })).toContain('Vertrag widerrufen');
  });
});

describe('legal words', () => {
  it.each([
    ['de-DE', 'Vertrag widerrufen', 'Verträge hier kündigen'],
    ['fr-CA', 'Se rétracter du contrat ici', 'Résilier les contrats ici'],
    ['es-419', 'Desistir del contrato aquí', 'Cancelar contratos aquí'],
    ['en', 'Withdraw from contract here', 'Cancel contracts here'],
    ['it', 'Withdraw from contract here', 'Cancel contracts here'],
  ])('%s', (lang, withdraw, cancel) => {
    expect(legalStringsFor(lang).withdrawalLink).toBe(withdraw);
    expect(legalStringsFor(lang).cancelLink).toBe(cancel);
  });
});
