/**
 * Copy in two languages, in the browser: the page has the English pack (the checks chunk) and loads the offer's own
 * language; a line in a third language loads that language's pack too before the offer is validated, so the
 * verdict is Node's (fair-offer/core, every pack registered). A Spanish or French confirmshaming line in a German
 * offer is refused before anything of it renders; a plain German offer loads no other pack.
 * Nothing here imports src/core/index.js before the last test: that would register every pack on this page.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { FairOffer } from '../../src/element/fair-offer.js';
import '../../src/define.js';
import { copyPackFor } from '../../src/core/copy/pack-registry.js';
import german from '../../examples/offers/subscription-de.json';
import { captureConsole } from './console-capture.js';
import { captureEvents, stageOf } from './helpers.js';

/** My own strings: a decline that shrugs off a loss (Spanish; the German decline grammar lets it through), a stop
 * label that prefers a waste (French). */
const SPANISH_DECLINE = 'No gracias, no me importa perder mi descuento';
const FRENCH_STOP = 'Non merci, je préfère gaspiller mon argent';

type Raw = typeof german & { declineLabel?: string };
const germanOffer = (id: string, edit: (offer: Raw) => void = () => {}): Raw => {
  const offer = structuredClone(german) as Raw;
  offer.id = id;
  edit(offer);
  return offer;
};

/** Mounts a widget and records every stage ever put into its shadow root, from before its first render. */
function mount(offer: unknown): { el: FairOffer; seen: string[] } {
  const el = document.createElement('fair-offer') as FairOffer;
  el.lang = 'en';
  el.offer = offer as FairOffer['offer'];
  el.innerHTML = '<a slot="fallback" href="https://example.com/plans">See the plans</a>';
  document.body.append(el);
  // (the shadow root exists once connected; the first render comes after this, in a microtask)
  const seen: string[] = [];
  new MutationObserver(() => {
    const stage = stageOf(el);
    if (stage) seen.push(stage);
  }).observe(el.shadowRoot!, { childList: true, subtree: true, attributes: true });
  return { el, seen };
}

const errorRules = (findings: Array<{ rule: string; severity: string; path?: string }>) =>
  findings
    .filter((finding) => finding.severity === 'error')
    .map((finding) => `${finding.rule} ${finding.path ?? ''}`)
    .sort();

describe('mixed-language copy in the browser', () => {
  const cap = captureEvents(['offer-invalid']);
  const refused = new Map<string, Raw>();
  after(() => cap.stop());

  it('shows a plain German offer with the German pack only: no Spanish or French pack is loaded', async () => {
    const { el } = mount(germanOffer('mixed-plain'));
    // the first offer loads the checks chunk and the German pack: give a loaded machine time (a bound, not a timing)
    await waitUntil(() => stageOf(el) === 'full', 'the German offer renders', { timeout: 10000 });
    expect(copyPackFor('de'), 'German').to.exist;
    expect(copyPackFor('es'), 'no Spanish').to.equal(undefined);
    expect(copyPackFor('fr'), 'no French').to.equal(undefined);
    el.remove();
  });

  for (const [language, code, edit] of [
    ['Spanish', 'es', (offer: Raw) => void (offer.declineLabel = SPANISH_DECLINE)],
    ['French', 'fr', (offer: Raw) => void (offer.stop.label = FRENCH_STOP)],
  ] as const) {
    it(`refuses a German offer with a ${language} confirmshaming label before it renders, loading the ${language} pack`, async () => {
      const id = `mixed-${code}`;
      const offer = germanOffer(id, edit);
      const errors = captureConsole('error');
      let mounted: ReturnType<typeof mount>;
      try {
        mounted = mount(offer);
        await waitUntil(() => cap.of('offer-invalid').some((event) => event.detail.offerId === id), 'refused', {
          timeout: 10000,
        });
      } finally {
        errors.restore();
      }
      const { el, seen } = mounted;
      expect(seen, 'nothing of the offer was ever shown').to.deep.equal([]);
      expect(stageOf(el)).to.equal(null);
      const [event] = cap.of('offer-invalid').filter((e) => e.detail.offerId === id);
      const findings = event!.detail.findings as Array<{ rule: string; severity: string; path?: string }>;
      expect(errorRules(findings)).to.include(`confirmshaming ${code === 'es' ? 'declineLabel' : 'stop.label'}`);
      expect(copyPackFor(code), `the ${language} pack loaded for it`).to.exist;
      refused.set(code, offer);
      el.remove();
    });
  }

  it('refuses them exactly as validateOffer does in Node (fair-offer/core, every pack registered)', async () => {
    const events = new Map(cap.of('offer-invalid').map((event) => [event.detail.offerId, event.detail.findings]));
    const { validateOffer } = await import('../../src/core/index.js');
    expect([...refused.keys()]).to.deep.equal(['es', 'fr']);
    for (const offer of refused.values()) {
      const node = validateOffer(offer);
      expect(node.ok, offer.id).to.equal(false);
      expect(errorRules(events.get(offer.id)), offer.id).to.deep.equal(errorRules(node.findings));
    }
  });
});
