// Hydration of prerendered markup (fair-offer render): the element adopts the server's DOM instead of
// re-rendering it. The support module must load before Lit, as the standalone does: keep this import first.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { FairOffer } from '../../src/element/fair-offer.js';
import { stopKey } from '../../src/core/stop-memory.js';
import { activate, captureEvents, loadOffer, settle } from './helpers.js';

const USER_EVENTS = ['offer-view', 'offer-decline', 'offer-choice', 'offer-invalid', 'offer-feedback', 'offer-recap'];
let tagCount = 0;

/**
 * The CLI's output for `offer`, parsed as a page would parse it (declarative shadow DOM) under a tag that is not
 * defined yet, so the test can look at the server's nodes before the element upgrades.
 */
async function prerender(offer: unknown, args: string[] = []) {
  const markup = await executeServerCommand<string, { offer: unknown; args: string[] }>('render-offer', {
    offer,
    args,
  });
  const tag = `fair-offer-hydrate-${++tagCount}`;
  const renamed = markup.replace(/^<fair-offer/, `<${tag}`).replace(/<\/fair-offer>\s*$/, `</${tag}>`);
  const container = document.createElement('div');
  document.body.append(container);
  (container as HTMLElement & { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(
    `<button id="outside">Host page</button>${renamed}`,
  );
  const el = container.querySelector(tag) as FairOffer;
  return { el, tag, container, outside: container.querySelector<HTMLButtonElement>('#outside')! };
}

/** Every node of a shadow tree, in document order. */
function nodesOf(root: ShadowRoot): Node[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
  const nodes: Node[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode);
  return nodes;
}

async function upgrade(el: FairOffer, tag: string) {
  FairOffer.define(tag);
  await el.updateComplete;
  await settle();
  await el.updateComplete; // the pass that applies what only the browser knows
  await settle();
}

describe('hydration of prerendered markup', () => {
  afterEach(() => localStorage.clear());

  it('adopts the server DOM: the same nodes, no mutation, no user event, focus not moved; then the sequence works', async () => {
    const offer = await loadOffer();
    const { el, tag, container, outside } = await prerender(offer);
    const root = el.shadowRoot!;
    expect(root, 'declarative shadow root parsed').to.exist;
    const before = nodesOf(root);
    expect(root.querySelector('[data-stage]')?.getAttribute('data-stage')).to.equal('full');
    const heading = root.querySelector('#stage-heading');
    const mutations: MutationRecord[] = [];
    const observer = new MutationObserver((records) => mutations.push(...records));
    observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    const captured = captureEvents(USER_EVENTS);
    outside.focus();

    await upgrade(el, tag);

    observer.disconnect();
    expect(el.shadowRoot).to.equal(root);
    const after = nodesOf(root);
    expect(after.length).to.equal(before.length);
    expect(
      after.every((node, index) => node === before[index]),
      'every server node kept',
    ).to.equal(true);
    expect(mutations.map((record) => `${record.type} ${record.attributeName ?? ''}`)).to.deep.equal([]);
    expect(document.activeElement).to.equal(outside);
    // The one impression (offer-view on first visibility) is reported as for any offer; hydration adds nothing.
    expect(captured.events.filter((event) => event.type !== 'offer-view')).to.deep.equal([]);
    expect(captured.of('offer-view').length).to.be.at.most(1);

    await activate(el, root.querySelector('[part~="decline-action"]'));
    expect(root.querySelector('[data-stage]')?.getAttribute('data-stage')).to.not.equal('full');
    expect(root.querySelector('#stage-heading')).to.not.equal(heading);
    expect(captured.of('offer-view').length).to.be.at.least(1);
    captured.stop();
    container.remove();
  });

  it('applies a "Not now" remembered in this browser right after hydration, without events', async () => {
    const offer = await loadOffer();
    localStorage.setItem(stopKey(offer.id), String(Date.now()));
    const { el, tag, container } = await prerender(offer);
    expect(el.shadowRoot!.querySelector('[data-stage]')?.getAttribute('data-stage')).to.equal('full');
    const captured = captureEvents(USER_EVENTS);
    await upgrade(el, tag);
    expect(el.shadowRoot!.querySelector('[data-stage]')?.getAttribute('data-stage')).to.equal('stopped');
    expect(captured.events.filter((event) => event.type !== 'offer-view')).to.deep.equal([]);
    captured.stop();
    container.remove();
  });

  it('side by side and with --visitor-id: the arm the server chose is the arm the browser keeps', async () => {
    const offer = await loadOffer();
    offer.retreatVariants = [{ ...structuredClone(offer.retreat), id: 'proof-1w', title: '1-week proof, read-only' }];
    offer.experiment = { id: 'exp', arms: [{ name: 'short', kind: 'small-only', weight: 1, retreat: 'proof-1w' }] };
    const { el, tag, container } = await prerender(offer, ['--visitor-id', 'visitor-42']);
    const root = el.shadowRoot!;
    const before = nodesOf(root);
    expect(root.querySelector('[data-stage]')?.getAttribute('data-stage')).to.equal('retreat');
    await upgrade(el, tag);
    expect(nodesOf(root).every((node, index) => node === before[index])).to.equal(true);
    expect(root.textContent).to.contain('1-week proof, read-only');
    container.remove();
  });
});
