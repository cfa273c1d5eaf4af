/**
 * The lint digest across Node and the browser: `fair-offer render` (Node's lintDigest) puts `linted` on the element
 * it prints, and the browser computes the same value from the JSON child, with Web Crypto and without it. A
 * prerendered offer then hydrates on the linted path: the markup is adopted before the checks chunk is asked for,
 * with no mutation, and the checks' verdict that follows changes nothing either.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { FairOffer } from '../../src/element/fair-offer.js';
import { checksImport } from '../../src/element/checks-loader.js';
import { browserLintDigest } from '../../src/element/linted.js';
import saasPilot from '../../examples/offers/saas-pilot.json';
import subscriptionDe from '../../examples/offers/subscription-de.json';
import donation from '../../examples/offers/donation.json';
import { captureEvents, settle, stageOf } from './helpers.js';

const realLoad = checksImport.load;
let open!: () => void;
const opened = new Promise<void>((resolve) => (open = resolve));
const stagesWhenRequested: Array<string | null> = [];
checksImport.load = () => {
  for (const el of document.querySelectorAll('[data-linted-test]')) stagesWhenRequested.push(stageOf(el as FairOffer));
  return opened.then(realLoad);
};

let tagCount = 0;
/** The CLI's output, parsed as a page parses it, under a tag that is not defined yet. */
async function prerender(offer: unknown, args: string[] = []) {
  const markup = await executeServerCommand<string, { offer: unknown; args: string[] }>('render-offer', {
    offer,
    args,
  });
  const tag = `fair-offer-linted-${++tagCount}`;
  const renamed = markup.replace(/^<fair-offer/, `<${tag} data-linted-test`).replace(/<\/fair-offer>\s*$/, `</${tag}>`);
  const container = document.createElement('div');
  document.body.append(container);
  (container as HTMLElement & { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(renamed);
  const el = container.querySelector(tag) as FairOffer;
  const child = JSON.parse(el.querySelector(':scope > script[type="application/json"]')!.textContent!);
  return { el, tag, container, child };
}

/** Web Crypto made to refuse, as on a plain http: page: the built-in SHA-256 answers instead. */
async function withoutWebCrypto<T>(run: () => Promise<T>): Promise<T> {
  const digest = Object.getOwnPropertyDescriptor(SubtleCrypto.prototype, 'digest')!;
  Object.defineProperty(SubtleCrypto.prototype, 'digest', {
    configurable: true,
    value: () => Promise.reject(new Error('no Web Crypto')),
  });
  try {
    return await run();
  } finally {
    Object.defineProperty(SubtleCrypto.prototype, 'digest', digest);
  }
}

describe('lint digest: Node and the browser, and hydration', () => {
  const cases: Array<[string, unknown, string[]]> = [
    ['saas-pilot (no locale)', saasPilot, []],
    ['saas-pilot, --lang en-GB', saasPilot, ['--lang', 'en-GB']],
    ['subscription-de (its own locale)', subscriptionDe, ['--lang', 'fr']],
    ['donation', donation, []],
  ];
  for (const [name, offer, args] of cases)
    it(`the browser computes the digest fair-offer render printed: ${name}`, async () => {
      const { el, child, container } = await prerender(offer, args);
      const printed = el.getAttribute('linted');
      expect(printed).to.match(/^sha256-[0-9a-f]{64}$/);
      const options = { jurisdictions: [], language: el.getAttribute('lang') };
      expect(await browserLintDigest(child, options), 'Web Crypto').to.equal(printed);
      expect(await withoutWebCrypto(() => browserLintDigest(child, options)), 'built-in SHA-256').to.equal(printed);
      container.remove();
    });

  it('hydrates on the linted path: adopted before the checks are asked for, no mutation then or after', async () => {
    const { el, tag, container } = await prerender(saasPilot);
    const root = el.shadowRoot!;
    const mutations: MutationRecord[] = [];
    new MutationObserver((records) => mutations.push(...records)).observe(root, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
    const captured = captureEvents(['offer-decline', 'offer-choice', 'offer-invalid']);
    FairOffer.define(tag);
    await waitUntil(() => el.hasUpdated, 'adopted');
    await waitUntil(() => stagesWhenRequested.length > 0, 'the checks are asked for after the adoption');
    expect(stagesWhenRequested).to.deep.equal(['full']);
    open();
    await el.updateComplete;
    await settle();
    expect(mutations.map((record) => `${record.type} ${record.attributeName ?? ''}`)).to.deep.equal([]);
    expect(captured.events).to.deep.equal([]);
    expect(stageOf(el)).to.equal('full');
    captured.stop();
    container.remove();
  });
});
