/**
 * Check groups loaded on demand: while a group is not registered (the wording of findings, jurisdictions,
 * experiments), an offer that needs it is refused with `checks-not-loaded`, never passed; once it loads, the same
 * offer gets its real verdict. This file imports the core modules directly and NOT register-all, as the browser
 * element does, so the groups start unregistered.
 * Tests run in order: the groups are loaded part-way through.
 */
import { describe, expect, it } from 'vitest';
import { validateOffer } from '../../../src/core/validate-offer.js';
import { cachedValidateOffer } from '../../../src/core/verdict-cache.js';
import { prepareOffer } from '../../../src/core/prepare-offer.js';
import { checkGroup, checkGroupsFor, loadCheckGroup } from '../../../src/core/guardrails/check-groups.js';
import { ruleInfo } from '../../../src/core/guardrails/rules.js';
import { WORDING_NOT_LOADED } from '../../../src/core/guardrails/wording.js';
import { EN_LEGAL, legalStringsFor } from '../../../src/core/locales/legal-strings.js';
import subscriptionEu from '../../../examples/offers/subscription-eu.json';
import { offerWith, validOffer, type Raw } from './offer-fixture.js';

/** The EU example without its withdrawal function, so a loaded group is seen by its finding. */
const euWithoutWithdrawal = (): Raw => {
  const offer = structuredClone(subscriptionEu) as Raw;
  delete offer.withdrawal;
  return offer;
};

const withExperiment = (): Raw =>
  offerWith((o) => {
    o.experiment = { id: 'exp', arms: [{ name: 'rtr', kind: 'rtr', weight: 1 }] };
  });

const rules = (input: unknown, options = {}) => validateOffer(input, options).findings.map((f) => f.rule);

describe('check groups before they are loaded', () => {
  it('refuses an offer with jurisdictions, naming why, instead of skipping the jurisdiction checks', () => {
    expect(checkGroup('jurisdiction')).toBeUndefined();
    const result = validateOffer(structuredClone(subscriptionEu));
    expect(result.ok).toBe(false);
    expect(result.findings).toContainEqual(
      expect.objectContaining({ rule: 'checks-not-loaded', severity: 'error', path: 'jurisdictions' }),
    );
    expect(result.findings.find((f) => f.rule === 'checks-not-loaded')!.message).toMatch(/jurisdiction checks/);
    expect(ruleInfo('checks-not-loaded')).toMatchObject({ severity: 'error' });
  });

  it('refuses an offer the host adds a jurisdiction to', () => {
    expect(rules(validOffer(), { jurisdictions: ['us-ca'] })).toContain('checks-not-loaded');
  });

  it('refuses an offer with an experiment, and prepareOffer shows no arm', () => {
    expect(rules(withExperiment())).toContain('checks-not-loaded');
    const prepared = prepareOffer(withExperiment());
    expect(prepared).toMatchObject({ refusedBy: 'guardrails', arm: null });
  });

  it('refuses an offer that does not match the model, even without the wording of its structure findings', () => {
    const result = validateOffer(offerWith((o) => delete o.full.terms.exit));
    expect(result.ok).toBe(false);
    expect(result.findings).toContainEqual(expect.objectContaining({ rule: 'checks-not-loaded', severity: 'error' }));
    expect(result.findings.find((f) => f.rule === 'checks-not-loaded')!.message).toMatch(/words of its findings/);
  });

  it('refuses an offer with any finding, warnings too, until the words of its findings are loaded', () => {
    const unjustified = validateOffer(offerWith((o) => delete o.full.rationale));
    expect(unjustified.ok).toBe(false);
    expect(unjustified.findings.map((f) => f.rule)).toEqual(['unjustified-full', 'checks-not-loaded']);
    expect(unjustified.findings[0]!.message).toBe(WORDING_NOT_LOADED);
    const warned = validateOffer(offerWith((o) => (o.full.title = 'Pilot \u202Eplan')));
    expect(warned.findings.map((f) => [f.rule, f.severity])).toEqual([
      ['bidi-control', 'warning'],
      ['checks-not-loaded', 'error'],
    ]);
    expect(warned.ok).toBe(false);
  });

  it('has only the English legal words: the others come with the jurisdiction group', () => {
    expect(legalStringsFor('de')).toBe(EN_LEGAL);
  });

  it('passes an offer that needs neither group', () => {
    expect(validateOffer(validOffer())).toMatchObject({ ok: true });
    expect(prepareOffer(validOffer()).arm).toMatchObject({ arm: null, kind: 'rtr', shows: ['full', 'retreat'] });
  });

  it('says from the raw input which groups an offer needs', () => {
    expect(checkGroupsFor(validOffer())).toEqual([]);
    expect(checkGroupsFor(structuredClone(subscriptionEu))).toEqual(['jurisdiction']);
    expect(checkGroupsFor(validOffer(), ['de'])).toEqual(['jurisdiction']);
    expect(checkGroupsFor(offerWith((o) => (o.jurisdictions = [])))).toEqual([]);
    expect(checkGroupsFor({ jurisdictions: ['eu'] })).toEqual(['jurisdiction']);
    expect(checkGroupsFor(withExperiment())).toEqual(['experiment']);
    expect(checkGroupsFor(offerWith((o) => (o.retreatVariants = [])))).toEqual(['experiment']);
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('no');
        },
      },
    );
    expect(checkGroupsFor(hostile)).toEqual([]);
    expect(checkGroupsFor(null)).toEqual([]);
  });
});

describe('check groups once loaded', () => {
  it('words structure and guardrail findings once the wording group is loaded', async () => {
    await loadCheckGroup('wording');
    const result = validateOffer(offerWith((o) => delete o.full.terms.exit));
    expect(result.findings.map((f) => [f.rule, f.path])).toContainEqual(['undisclosed-difference', 'full.terms.exit']);
    expect(result.findings.map((f) => f.rule)).not.toContain('checks-not-loaded');
    const unjustified = validateOffer(offerWith((o) => delete o.full.rationale));
    expect(unjustified.findings.map((f) => f.rule)).toEqual(['unjustified-full']);
    expect(unjustified.findings[0]!.message).toMatch(/^The full option has no `rationale`/);
    const warned = validateOffer(offerWith((o) => (o.full.title = 'Pilot \u202Eplan')));
    expect(warned).toMatchObject({ ok: true, findings: [{ rule: 'bidi-control', severity: 'warning' }] });
  });

  it('gives the real verdict, also for a verdict asked for (and not cached) before the load', async () => {
    expect(cachedValidateOffer(euWithoutWithdrawal()).findings.map((f) => f.rule)).toContain('checks-not-loaded');
    await loadCheckGroup('jurisdiction');
    const after = cachedValidateOffer(euWithoutWithdrawal()).findings.map((f) => f.rule);
    expect(after).not.toContain('checks-not-loaded');
    expect(after).toContain('eu-withdrawal-function');
    expect(validateOffer(structuredClone(subscriptionEu))).toMatchObject({ ok: true });
    expect(legalStringsFor('de-AT').cancelLink).toBe('Verträge hier kündigen');
    expect(legalStringsFor('fr').withdrawalLink).toBe('Se rétracter du contrat ici');
  });

  it('assigns experiment arms once the experiment group is loaded', async () => {
    await loadCheckGroup('experiment');
    expect(validateOffer(withExperiment())).toMatchObject({ ok: true });
    const prepared = prepareOffer(withExperiment(), { visitorId: 'visitor-1' });
    expect(prepared).toMatchObject({ refusedBy: null, arm: { arm: 'rtr', kind: 'rtr' } });
  });
});
