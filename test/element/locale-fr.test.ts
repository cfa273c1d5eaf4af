/**
 * A French offer renders fully in French: in every stage (full, constraint question, retreat, chosen, recap with
 * the comprehension question and the withdrawal, withdrawn, stopped, stopped on an earlier visit) no English word
 * of the widget's own leaks into the render, the French strings and prices are shown, and axe passes.
 * `"locale": "fr"` on the offer and `lang="fr"` on the page both pick French.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { EN_STRINGS } from '../../src/core/strings.js';
import { EN_LEGAL } from '../../src/core/locales/legal-strings.js';
import { FR_STRINGS } from '../../src/core/locales/fr.js';
import type { Offer } from '../../src/core/offer-schema.js';
import type { FairOffer } from '../../src/element/fair-offer.js';
import { axeViolations, describeViolations } from './checks.js';
import { $, part, settle, stageOf } from './helpers.js';
import subscriptionFr from '../../examples/offers/subscription-fr.json';

/** The French example, asking the optional constraint question so that stage is reached too. */
function frenchOffer(locale: string | undefined = 'fr'): Offer {
  const offer = structuredClone(subscriptionFr) as unknown as Offer;
  offer.askConstraint = true;
  if (locale) offer.locale = locale;
  else delete offer.locale;
  return offer;
}

async function render(offer: Offer, lang = 'en', feedback = false): Promise<FairOffer> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${lang}><fair-offer .offer=${offer} mode="sequential" ?feedback=${feedback}></fair-offer></div>`,
  );
  const el = wrapper.querySelector('fair-offer')!;
  await el.updateComplete;
  await settle();
  return el;
}

const SPOKEN_ATTRIBUTES = ['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'title', 'alt'];

/** Everything the render says, to eyes or to a screen reader: every text node (hidden tips too) and named attribute. */
function renderedText(el: FairOffer): string {
  const parts: string[] = [];
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Text) {
      if (node.parentElement?.localName !== 'style') parts.push(node.data);
    } else if (node instanceof Element) {
      for (const name of SPOKEN_ATTRIBUTES) if (node.hasAttribute(name)) parts.push(node.getAttribute(name)!);
    }
  }
  return parts.join(' \n ');
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A whole-word pattern: `\b` is ASCII-only, and would find "not" in "noté". */
const asWord = (words: string, flags = 'u') => new RegExp(`(?<![\\p{L}\\p{N}])(?:${words})(?![\\p{L}\\p{N}])`, flags);

/** English fragments that are French words as well ("plus {fees} de frais", "engagement de 12 mois minimum"). */
const FRENCH_TOO = new Set(['plus', 'minimum']);

/** The fixed words of every English built-in sentence (widget and legal), less the ones French shares. */
const ENGLISH_FRAGMENTS = [...Object.values(EN_STRINGS), ...Object.values(EN_LEGAL)]
  .flatMap((text) => text.split(/\{\w+\}/))
  .map((fragment) => fragment.replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, ''))
  .filter((fragment) => /\p{L}{2}/u.test(fragment) && !FRENCH_TOO.has(fragment));

/** English function words that French never uses as words ("a" and "an" are French too: "vous a", "par an"). */
const ENGLISH_WORDS = asWord(
  'the|and|of|to|you|your|is|are|was|what|with|for|not|by|this|it|nothing|will|or|at|in|once',
  'iu',
);

function englishIn(text: string): string[] {
  const leaks = ENGLISH_FRAGMENTS.filter((fragment) => asWord(escape(fragment)).test(text));
  const word = text.match(ENGLISH_WORDS);
  const context = word && text.slice(Math.max(0, word.index! - 40), word.index! + 40);
  return word ? [...leaks, `word "${word[0]}" in …${context}…`] : leaks;
}

async function expectFrenchAndAccessible(el: FairOffer, stage: string, says: string[]): Promise<void> {
  expect(stageOf(el), 'stage').to.equal(stage);
  const text = renderedText(el);
  expect(englishIn(text), `English in the ${stage} stage`).to.deep.equal([]);
  for (const words of says) expect(text, `the ${stage} stage says ${JSON.stringify(words)}`).to.contain(words);
  const violations = await axeViolations(el);
  expect(violations, describeViolations(violations)).to.have.length(0);
  await expect(el).to.be.accessible();
}

const decline = FR_STRINGS.decline;
const stop = FR_STRINGS.stop;

describe('French render (offer "locale": "fr"): no English in any stage, axe clean', () => {
  beforeEach(() => localStorage.clear());

  it('full: the recommended option, the decline and « Pas maintenant »', async () => {
    const el = await render(frenchOffer());
    expect(part(el, 'decline-action')!.textContent!.trim()).to.equal(decline);
    expect(part(el, 'stop-action')!.textContent!.trim()).to.equal(stop);
    await expectFrenchAndAccessible(el, 'full', [FR_STRINGS.recommended, '96,00\u00a0€', FR_STRINGS.whyRecommended]);
  });

  it('constraint question: reached by the decline, every answer in French', async () => {
    const el = await render(frenchOffer());
    part(el, 'decline-action')!.click();
    await el.updateComplete;
    await expectFrenchAndAccessible(el, 'constraint', [
      FR_STRINGS.constraintQuestion,
      FR_STRINGS.constraintHint,
      FR_STRINGS.constraintBudget,
      FR_STRINGS.skip,
    ]);
  });

  it('retreat: the lighter option, the differences and the way back', async () => {
    const el = await render(frenchOffer());
    el.state = { stage: 'retreat', constraint: 'budget', choice: null };
    await el.updateComplete;
    await settle();
    await expectFrenchAndAccessible(el, 'retreat', [FR_STRINGS.smallerOption, FR_STRINGS.back, '12,00\u00a0€']);
  });

  it('chosen: the recap with the withdrawal notice, the comprehension question and « Enregistrer ce résumé »', async () => {
    const el = await render(frenchOffer(), 'en', true);
    part(el, 'full-action')!.click();
    await el.updateComplete;
    await settle();
    await expectFrenchAndAccessible(el, 'chosen', [
      'Votre choix\u00a0: Abonnement annuel',
      FR_STRINGS.feedbackQuestion,
      FR_STRINGS.saveSummary,
      'Se rétracter du contrat ici',
    ]);
  });

  it('withdrawing the choice: the question, then the withdrawn stage', async () => {
    const el = await render(frenchOffer());
    part(el, 'full-action')!.click();
    await el.updateComplete;
    $(el, '[data-action="withdraw"]')!.click();
    await el.updateComplete;
    await settle();
    await expectFrenchAndAccessible(el, 'chosen', ['Retirer votre choix «\u00a0Abonnement annuel\u00a0»\u202f?']);
    $(el, '[data-action="confirm-withdraw"]')!.click();
    await el.updateComplete;
    await settle();
    await expectFrenchAndAccessible(el, 'stopped', [FR_STRINGS.withdrawnHeading]);
  });

  it('stopped: « Pas maintenant », then the next visit says it was chosen earlier', async () => {
    const el = await render(frenchOffer());
    part(el, 'stop-action')!.click();
    await el.updateComplete;
    await settle();
    await expectFrenchAndAccessible(el, 'stopped', [FR_STRINGS.undoStop]);
    const again = await render(frenchOffer());
    await expectFrenchAndAccessible(again, 'stopped', [
      FR_STRINGS.stoppedEarlierHeading,
      '«\u00a0Pas maintenant\u00a0»',
    ]);
  });
});

describe('French chosen by the page', () => {
  beforeEach(() => localStorage.clear());

  for (const lang of ['fr', 'fr-CA']) {
    it(`lang="${lang}" on the page, no offer locale: French strings and French prices`, async () => {
      const el = await render(frenchOffer(undefined), lang);
      await expectFrenchAndAccessible(el, 'full', [decline, stop, '96,00\u00a0€']);
    });
  }
});
