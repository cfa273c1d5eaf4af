/** The one-page plan speaks the offer's language: its own headings and the widget's words, not English around them. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderPlan } from '../../src/core/index.js';
import type { Offer } from '../../src/core/offer-schema.js';
import { PLAN_STRINGS } from '../../src/core/plan.js';

const load = (name: string): Offer => JSON.parse(readFileSync(`examples/offers/${name}.json`, 'utf8')) as Offer;

const CASES = [
  { lang: 'de', file: 'subscription-de', heading: 'So antworten Sie', term: 'Preis und Verlängerung' },
  { lang: 'es', file: 'subscription-es', heading: 'Cómo responder', term: 'Precio y renovación' },
  { lang: 'fr', file: 'subscription-fr', heading: 'Comment répondre', term: 'Prix et renouvellement' },
] as const;

describe('the plan in German, Spanish and French', () => {
  for (const { lang, file, heading, term } of CASES) {
    it(`${lang}: its headings and the widget's words are ${lang}, in both formats`, () => {
      const offer = load(file);
      for (const format of ['html', 'text'] as const) {
        const plan = renderPlan(offer, { format, choice: 'full' });
        expect(plan).toContain(heading);
        expect(plan).toContain(term);
        for (const english of [PLAN_STRINGS.replyHeading, PLAN_STRINGS.priceLine, PLAN_STRINGS.yourChoice])
          expect(plan, `${format}: "${english}"`).not.toContain(english);
      }
    });
  }

  it('an explicit locale wins over the offer, and host plan strings win over the built-in ones', () => {
    const offer = load('subscription-de');
    expect(renderPlan(offer, { format: 'text', locale: 'en' })).toContain(PLAN_STRINGS.replyHeading);
    const custom = renderPlan(offer, { format: 'text', planStrings: { replyHeading: 'Antwort per E-Mail' } });
    expect(custom).toContain('Antwort per E-Mail');
    expect(custom).not.toContain('So antworten Sie');
  });

  it('a language without translations falls back to English, and a malformed locale does not throw', () => {
    expect(renderPlan(load('subscription'), { format: 'text', locale: 'nl' })).toContain(PLAN_STRINGS.replyHeading);
    expect(renderPlan(load('subscription'), { format: 'html', locale: 'x"><b' })).toContain(PLAN_STRINGS.replyHeading);
  });
});
