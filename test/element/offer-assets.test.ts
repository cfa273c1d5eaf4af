/**
 * What an offer needs before it is shown, loaded on demand (src/element/offer-assets.ts): an offer with findings
 * gets the words of its findings before it is reported or shown (the wording group), so nobody sees a placeholder;
 * an offer without findings never asks for them. This page starts with no check group registered.
 */
import { expect } from '@open-wc/testing';
import type { Offer } from '../../src/core/offer-schema.js';
import { checkGroup } from '../../src/core/guardrails/check-groups.js';
import { WORDING_NOT_LOADED } from '../../src/core/guardrails/wording.js';
import { captureConsole } from './console-capture.js';
import { captureEvents, loadOffer, renderOffer, stageOf } from './helpers.js';

describe('offer assets', () => {
  let offer: Offer;
  before(async () => {
    offer = await loadOffer();
  });

  it('shows an offer without findings without loading the words of findings', async () => {
    const el = await renderOffer({ ...offer, id: 'assets-clean' });
    expect(stageOf(el)).to.equal('full');
    expect(checkGroup('wording')).to.equal(undefined);
  });

  it('refuses an offer with an error finding in its own words, once loaded', async () => {
    const errors = captureConsole('error');
    const cap = captureEvents(['offer-invalid']);
    try {
      const { rationale: _dropped, ...full } = offer.full;
      const el = await renderOffer({ ...offer, id: 'assets-unjustified', full });
      expect(stageOf(el)).to.equal(null);
    } finally {
      errors.restore();
      cap.stop();
    }
    expect(cap.events).to.have.length(1);
    const findings = cap.events[0]!.detail.findings as Array<{ rule: string; message: string }>;
    expect(findings.map((f) => f.rule)).to.deep.equal(['unjustified-full']);
    expect(findings[0]!.message).to.match(/^The full option has no `rationale`/);
    expect(errors.calls.map(String).join('\n')).not.to.contain(WORDING_NOT_LOADED);
    expect(checkGroup('wording')).to.not.equal(undefined);
  });

  it('shows an offer with a warning and says the warning in its own words', async () => {
    const warnings = captureConsole('warn');
    let el;
    try {
      el = await renderOffer({ ...offer, id: 'assets-bidi', full: { ...offer.full, title: 'Pilot \u202Eplan' } });
    } finally {
      warnings.restore();
    }
    expect(stageOf(el)).to.equal('full');
    expect(warnings.mentioning('bidi-control')).to.have.length(1);
    expect(String(warnings.mentioning('bidi-control')[0]![0])).to.contain('bidi embedding or override characters');
  });
});
