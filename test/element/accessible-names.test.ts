/**
 * What a screen reader is given, read from Chromium's computed accessibility tree (the `ax-tree` command):
 * row headers named by the term alone, a toggletip whose text arrives in a live region, descriptions whose
 * sentences stay apart.
 */
import { expect } from '@open-wc/testing';
import type { Offer } from '../../src/core/offer-schema.js';
import { $, activate, axTree, type AxNode, renderOffer } from './helpers.js';
import subscription from '../../examples/offers/subscription.json';

const TERM_NAMES = ['Scope', 'Evidence', 'Data access', 'Time', 'Price', 'Renewal', 'Exit'];

function within(nodes: AxNode[], ancestor: AxNode): AxNode[] {
  const inside = new Set([ancestor.id]);
  const out: AxNode[] = [];
  for (const n of nodes) if (n.parent && inside.has(n.parent)) (inside.add(n.id), out.push(n));
  return out;
}

describe('accessible names (computed accessibility tree)', () => {
  let offer: Offer;
  beforeEach(() => {
    localStorage.clear();
    offer = structuredClone(subscription) as unknown as Offer;
  });

  for (const mode of ['sequential', 'side-by-side']) {
    it(`${mode}: each row header is named by its term (and its Differs mark), also with a tip open`, async () => {
      const el = await renderOffer(offer, { mode });
      const rowHeaders = async () => (await axTree()).filter((n) => n.role === 'rowheader').map((n) => n.name);
      // the term, and "Differs" where the row is marked so (the mark is part of what the row says)
      const expected = [...el.shadowRoot!.querySelectorAll('tbody tr')].map(
        (row, i) => TERM_NAMES[i] + (row.querySelector('.badge') ? ' Differs' : ''),
      );
      expect(expected.filter((n) => n.endsWith('Differs')).length).to.equal(mode === 'side-by-side' ? 5 : 0); // all but scope and data access
      expect(await rowHeaders()).to.deep.equal(expected);
      await activate(el, $(el, 'button[data-term="scope"]'));
      expect(await rowHeaders()).to.deep.equal(expected);
      // the button keeps its own name
      const buttons = (await axTree()).filter((n) => n.role === 'button' && n.name.startsWith('About'));
      expect(buttons.map((b) => b.name)).to.deep.equal(TERM_NAMES.map((t) => `About ${t}`));
    });
  }

  it('opening a tip puts its text into a polite live region that was already there, empty', async () => {
    const el = await renderOffer(offer);
    const regionOf = (nodes: AxNode[]) => {
      const button = nodes.find((n) => n.role === 'button' && n.name === 'About Price')!;
      // the live region of the price row: the one in the same row header
      const header = nodes.find((n) => n.role === 'rowheader' && n.name === 'Price')!;
      return within(nodes, header).find((n) => n.live === 'polite' && n.id !== button.id);
    };
    const before = regionOf(await axTree());
    expect(before, 'a polite region exists before the tip opens').to.exist;
    expect(
      within(await axTree(), before!)
        .filter((n) => n.role === 'StaticText')
        .map((n) => n.name),
    ).to.deep.equal([]);
    await activate(el, $(el, 'button[data-term="price"]'));
    const nodes = await axTree();
    const after = regionOf(nodes)!;
    expect(after.id, 'the same region, now filled').to.equal(before!.id);
    const text = within(nodes, after)
      .filter((n) => n.role === 'StaticText')
      .map((n) => n.name)
      .join(' ');
    expect(text).to.equal('Amount, how often, the minimum term and the total you commit to.');
    expect(nodes.find((n) => n.name === 'About Price')!.expanded).to.equal(true);
  });

  it("an action's description keeps the price line and the notice apart", async () => {
    await renderOffer(offer);
    const nodes = await axTree();
    const pay = nodes.find((n) => n.role === 'button' && n.name.startsWith('Subscribe for one year'))!;
    // sentences end with a space before the next one ("…automatically. Renews…", not "…automatically.Renews…")
    expect(pay.description).to.not.match(/[a-z]\.[A-Z]/);
    expect(pay.description).to.contain(` ${offer.full.notice}`);
  });
});
