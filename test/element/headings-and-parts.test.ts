/**
 * heading-level, a stage title said once, the decline and stop buttons (wording, weight, contrast), and the
 * parts hosts style. Names and levels are read from Chromium's computed accessibility tree.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { EN_STRINGS } from '../../src/core/strings.js';
import { DE_STRINGS } from '../../src/core/locales/de.js';
import { ES_STRINGS } from '../../src/core/locales/es.js';
import { FR_STRINGS } from '../../src/core/locales/fr.js';
import type { Offer } from '../../src/core/offer-schema.js';
import type { FairOffer } from '../../src/element/fair-offer.js';
import { backgroundOf, contrast } from './checks.js';
import { $, activate, axTree, loadOffer, part, renderOffer, settle } from './helpers.js';

async function withLevel(offer: Offer, level: string | null, mode = 'sequential'): Promise<FairOffer> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div><fair-offer .offer=${offer} mode=${mode} heading-level=${level ?? ''}></fair-offer></div>`,
  );
  const el = wrapper.querySelector('fair-offer')!;
  if (level === null) el.removeAttribute('heading-level');
  await el.updateComplete;
  return el;
}

describe('heading-level', () => {
  let offer: Offer;
  beforeEach(async () => {
    localStorage.clear();
    offer = await loadOffer();
  });

  for (const [attr, stage, sub] of [
    [null, 2, 3],
    ['3', 3, 4],
    ['4', 4, 5],
    ['6', 6, 6],
    ['1', 2, 3],
    ['9', 2, 3],
    ['three', 2, 3],
  ] as const) {
    it(`heading-level=${attr ?? '(none)'}: the stage heading is h${stage}, the ones under it h${sub}`, async () => {
      const el = await withLevel(offer, attr);
      expect($(el, '#stage-heading')!.localName).to.equal(`h${stage}`);
      expect([...el.shadowRoot!.querySelectorAll('.sub-heading')].map((h) => h.localName)).to.include(`h${sub}`);
      const levels = (await axTree()).filter((n) => n.role === 'heading').map((n) => [n.name, n.level]);
      expect(levels).to.deep.include([offer.full.title, stage]);
      // same look at every level: sized by role, not by tag
      expect(getComputedStyle($(el, '#stage-heading')!).fontSize).to.equal('22px');
    });
  }

  it('side-by-side option titles are one level under the stage heading', async () => {
    const el = await withLevel(offer, '3', 'side-by-side');
    expect($(el, '#stage-heading')!.localName).to.equal('h3');
    expect($(el, '#full-title')!.localName).to.equal('h4');
    expect($(el, '#retreat-title')!.localName).to.equal('h4');
  });
});

describe('a stage title is said once', () => {
  beforeEach(() => localStorage.clear());

  it('after a decline: the heading names the retreat; no region and no live message repeat it', async () => {
    const offer = await loadOffer();
    const el = await renderOffer({ ...offer, askConstraint: false });
    await activate(el, part(el, 'decline-action'));
    expect($(el, '#stage-heading')!.textContent).to.equal(offer.retreat.title);
    await settle();
    const nodes = await axTree();
    const saying = nodes.filter(
      (n) => n.role !== 'StaticText' && n.role !== 'InlineTextBox' && n.name === offer.retreat.title,
    );
    // the table's column header names its column, as it should; nothing else but the heading says the title
    expect(saying.map((n) => n.role).filter((role) => role !== 'columnheader')).to.deep.equal(['heading']);
    const live = $(el, '[role="status"]')!.textContent!;
    expect(live).to.equal('Showing a smaller option.');
    expect(live).to.not.contain(offer.retreat.title);
  });
});

describe('decline and stop', () => {
  after(() => emulateMedia({ colorScheme: 'light' }));
  beforeEach(() => localStorage.clear());

  it('say what each leads to, in every shipped language', () => {
    for (const strings of [EN_STRINGS, DE_STRINGS, ES_STRINGS, FR_STRINGS]) {
      expect(strings.decline).to.not.equal(strings.stop);
      // names where it leads, not a second "no"
      expect(strings.decline.length).to.be.greaterThan(strings.stop.length);
    }
    expect(EN_STRINGS.decline).to.equal('See a smaller option');
    expect(EN_STRINGS.stop).to.equal('Not now');
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`${scheme}: visibly different weight, same size; stop text ≥ 4.5:1 and its outline ≥ 3:1`, async () => {
      await emulateMedia({ colorScheme: scheme });
      const el = await renderOffer(await loadOffer());
      const stop = part(el, 'stop-action')!;
      const decline = part(el, 'decline-action')!;
      const stopStyle = getComputedStyle(stop);
      const declineStyle = getComputedStyle(decline);
      expect(stop.getBoundingClientRect().height).to.equal(decline.getBoundingClientRect().height);
      expect(stop.getBoundingClientRect().height).to.be.at.least(44);
      // different: weight and fill
      expect(Number(stopStyle.fontWeight)).to.be.lessThan(Number(declineStyle.fontWeight));
      expect(stopStyle.backgroundColor).to.not.equal(declineStyle.backgroundColor);
      // never faint
      const behind = backgroundOf(stop.parentElement!);
      expect(contrast(stopStyle.color, backgroundOf(stop)), 'stop text').to.be.at.least(4.5);
      expect(contrast(stopStyle.borderTopColor, behind), 'stop outline').to.be.at.least(3);
      expect(parseFloat(stopStyle.borderTopWidth)).to.be.at.least(1);
      expect(contrast(declineStyle.color, backgroundOf(decline)), 'decline text').to.be.at.least(4.5);
    });
  }
});

describe('parts', () => {
  beforeEach(() => localStorage.clear());

  it('the card, the secondary buttons, the table, the options and the terms toggle can be styled with ::part', async () => {
    const offer = await loadOffer();
    const el = await renderOffer(offer, { mode: 'side-by-side' });
    const has = (name: string) => el.shadowRoot!.querySelectorAll(`[part~="${name}"]`).length;
    expect(has('card')).to.equal(1);
    expect(has('table')).to.equal(1);
    expect(has('option')).to.equal(2);
    expect(has('recommended-option')).to.equal(1);
    expect(has('secondary-action')).to.be.at.least(1);
    // a host stylesheet reaches them
    const style = document.createElement('style');
    style.textContent = `fair-offer::part(card) { outline: 3px solid rgb(1, 2, 3); }
      fair-offer::part(secondary-action) { letter-spacing: 2px; }
      fair-offer::part(table) { border-top: 4px solid rgb(4, 5, 6); }`;
    document.head.append(style);
    try {
      expect(getComputedStyle($(el, '[part~="card"]')!).outlineColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(part(el, 'stop-action')!).letterSpacing).to.equal('2px');
      expect(getComputedStyle($(el, 'table')!).borderTopColor).to.equal('rgb(4, 5, 6)');
      const sequential = await renderOffer(offer);
      expect(getComputedStyle(part(sequential, 'decline-action')!).letterSpacing).to.equal('2px');
    } finally {
      style.remove();
    }
  });
});
