// Hydration when what the prerendered stage is made of is a lazily loaded part (lazy-parts.ts): side by side (the
// later stages' chunk) and an offer with jurisdiction packs (the legal chunk). The element waits for the chunks
// before its first update, so the server's nodes stay as they are meanwhile and are adopted, not re-rendered, when
// they arrive. A fresh page (its own test file): no chunk is loaded before the test holds them back.
// The support module must load before Lit, as the standalone does: keep this import first.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { FairOffer } from '../../src/element/fair-offer.js';
import { partImports } from '../../src/element/lazy-parts.js';
import { settle } from './helpers.js';
import subscriptionUs from '../../examples/offers/subscription-us.json';

function held<T>(load: () => Promise<T>) {
  let release!: () => void;
  const arrived = new Promise<void>((resolve) => (release = resolve));
  return { release, load: () => arrived.then(load) };
}
const stages = held(partImports.stages);
const legal = held(partImports.legal);
partImports.stages = stages.load;
partImports.legal = legal.load;

async function prerender(offer: unknown, args: string[]) {
  const markup = await executeServerCommand<string, { offer: unknown; args: string[] }>('render-offer', {
    offer,
    args,
  });
  const tag = 'fair-offer-lazy-hydrate';
  const container = document.createElement('div');
  document.body.append(container);
  (container as HTMLElement & { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(
    markup.replace(/^<fair-offer/, `<${tag}`).replace(/<\/fair-offer>\s*$/, `</${tag}>`),
  );
  return { el: container.querySelector(tag) as FairOffer, tag, container };
}

function nodesOf(root: ShadowRoot): Node[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
  const nodes: Node[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode);
  return nodes;
}

describe('hydration with lazily loaded parts', () => {
  it('side by side with jurisdiction packs: the server nodes wait for both chunks, then are adopted as they are', async () => {
    const offer = structuredClone(subscriptionUs); // us-ca and us-ny: the renewal consent and cancel-by line
    const { el, tag, container } = await prerender(offer, ['--mode', 'side-by-side']);
    const root = el.shadowRoot!;
    const before = nodesOf(root);
    expect(root.querySelectorAll('[part~="option"]').length, 'prerendered side by side').to.equal(2);
    expect(root.querySelector('.consent input[type="checkbox"]'), 'prerendered with its legal parts').to.exist;
    const mutations: MutationRecord[] = [];
    const observer = new MutationObserver((records) => mutations.push(...records));
    observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });

    FairOffer.define(tag);
    await settle();
    expect(el.hasUpdated, 'no update before its chunks').to.equal(false);
    const done = el.updateComplete;
    stages.release();
    legal.release();
    await done;
    expect(el.hasUpdated).to.equal(true);
    await settle();
    await el.updateComplete;

    observer.disconnect();
    expect(mutations.map((record) => `${record.type} ${record.attributeName ?? ''}`)).to.deep.equal([]);
    const after = nodesOf(root);
    expect(after.length).to.equal(before.length);
    expect(after.every((node, index) => node === before[index])).to.equal(true);
    root.querySelector<HTMLElement>('[part~="stop-action"]')!.click();
    await el.updateComplete;
    expect(root.querySelector('[data-stage]')?.getAttribute('data-stage')).to.equal('stopped');
    container.remove();
  });
});
