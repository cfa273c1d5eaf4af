/**
 * `fair-offer/core` (and so the CLI and the server renderer, which import register-all.ts) registers every check
 * group on import: Node validates any offer synchronously and completely, never with `checks-not-loaded`.
 */
import { describe, expect, it } from 'vitest';
import { validateOffer } from '../../../src/core/index.js';
import { checkGroup, type CheckGroupName } from '../../../src/core/guardrails/check-groups.js';
import { legalStringsFor } from '../../../src/core/locales/legal-strings.js';
import subscriptionDe from '../../../examples/offers/subscription-de.json';
import { offerWith } from './offer-fixture.js';

describe('fair-offer/core registers every check group', () => {
  it.each<CheckGroupName>(['wording', 'jurisdiction', 'experiment'])('%s', (name) => {
    expect(checkGroup(name)).toBeDefined();
  });

  it('validates offers that need each group, synchronously, with their words', () => {
    expect(validateOffer(structuredClone(subscriptionDe))).toMatchObject({ ok: true });
    expect(legalStringsFor('de').cancelLink).toBe('Verträge hier kündigen');
    const experiment = offerWith((o) => {
      o.experiment = { id: 'exp', arms: [{ name: 'rtr', kind: 'rtr', weight: 0 }] };
    });
    const refused = validateOffer(experiment);
    expect(refused.findings.map((f) => f.rule)).toEqual(['invalid-offer']);
    expect(refused.findings[0]!.message).toMatch(/weights add up to 0/);
    const unjustified = validateOffer(offerWith((o) => delete o.full.rationale));
    expect(unjustified.findings[0]!.message).toMatch(/^The full option has no `rationale`/);
  });
});
