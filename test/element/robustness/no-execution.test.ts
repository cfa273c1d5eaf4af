/**
 * Nothing in an offer executes: script, event-handler, SVG, iframe, javascript: URL and template-injection
 * payloads in every string field render as text in every stage. A canary (window.__pwned) proves nothing ran, and
 * the shadow root holds no script/iframe/img/svg/object/embed/style/link node, no on* attribute and no extra link
 * beyond what a clean render of the same stage has.
 */
import { expect } from '@open-wc/testing';
import '../../../src/define.js';
// The oracle is the whole validator, every check group registered, as `fair-offer/core` gives it: the element
// loads the groups an offer needs before it validates, so a bare validate-offer import would refuse offers
// with findings as checks-not-loaded before the element's first load (seed 881837147).
import { validateOffer } from '../../../src/core/index.js';
import type { FairOffer } from '../../../src/element/fair-offer.js';
import { mount, setAt, spyConsole, stringPaths, validOffer, watchUncaught, type Raw } from './guards.js';

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

const RUN = 'window.__pwned=1';
const PAYLOADS = [
  `<script>${RUN}</script>`,
  `<img src=x onerror="${RUN}">`,
  `"><img src=x onerror=${RUN}>`,
  `<svg onload="${RUN}"><circle r=1 /></svg>`,
  `<svg><script>${RUN}</script></svg>`,
  `<iframe src="javascript:parent.__pwned=1"></iframe>`,
  `<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>`,
  `<object data="javascript:${RUN}"></object><embed src="javascript:${RUN}">`,
  `<a href="javascript:${RUN}">x</a>`,
  `javascript:${RUN}`,
  '${' + RUN + '}',
  `{{constructor.constructor('${RUN}')()}}`,
  `<!-- open comment`,
  `</style><style>*{display:none}</style><img src=x onerror=${RUN}>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${RUN}>`,
  `<details open ontoggle=${RUN}>`,
  `<lit$123$>`, // Lit's own marker text
];

/** Fields whose value is a fixed vocabulary: a payload there makes the offer invalid (checked separately). */
const VOCABULARY = new Set(['$schema', 'currency', 'level', 'period', 'locale']);

const DANGEROUS = 'script, iframe, img, svg, object, embed, style, link, math, details, frame, base, meta, form';

function inventory(el: FairOffer) {
  const root = el.shadowRoot!;
  const all = [...root.querySelectorAll('*')];
  return {
    dangerous: root.querySelectorAll(DANGEROUS).length,
    links: root.querySelectorAll('a').length,
    handlers: all.flatMap((n) =>
      [...n.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${n.localName}[${a.name}]`),
    ),
    jsUrls: all.flatMap((n) =>
      [...n.attributes]
        .filter((a) => /^\s*(javascript|data|vbscript):/i.test(a.value))
        .map((a) => `${n.localName}[${a.name}]`),
    ),
    elements: all.length,
  };
}

/**
 * Labels that say no (the decline and stop labels) must read as a neutral refusal, so any payload after
 * "Not now" makes the offer invalid as confirmshaming: they keep their words here, and the refusal (with
 * the payload shown as text in the debug panel) is checked below.
 */
const isRefusalLabel = (path: readonly (string | number)[]) =>
  path.join('.') === 'stop.label' || path.join('.') === 'declineLabel';

/** Every field that is free text gets `payload` appended; vocabulary fields stay as they are. */
function offerWithPayload(payload: string): Raw {
  const offer = validOffer();
  for (const path of stringPaths(offer)) {
    const key = String(path[path.length - 1]);
    if (VOCABULARY.has(key) || isRefusalLabel(path)) continue;
    let node: Raw = offer;
    for (const k of path) node = node[k];
    setAt(offer, path, key === 'id' ? `${node}-x` : `${node} ${payload}`);
  }
  // Optional text fields the example does not use.
  offer.full.summary = `Summary ${payload}`;
  offer.declineLabel = 'See a smaller option';
  offer.addOns = [{ id: 'training', label: `Team training ${payload}` }];
  offer.deadline = { at: '2099-01-01T00:00:00Z', reason: `the cohort starts in January ${payload}` };
  return offer;
}

type Stage = { name: string; attrs?: Record<string, string>; go?: (el: FairOffer) => Promise<void> };
const STAGES: Stage[] = [
  { name: 'full' },
  { name: 'retreat', go: async (el) => void (el.state = { stage: 'retreat', constraint: null, choice: null }) },
  {
    name: 'chosen (retreat)',
    go: async (el) => void (el.state = { stage: 'chosen', constraint: null, choice: 'retreat' }),
  },
  { name: 'stopped', go: async (el) => void (el.state = { stage: 'stopped', constraint: null, choice: null }) },
  { name: 'side-by-side', attrs: { mode: 'side-by-side' } },
  {
    name: 'toggletip open',
    go: async (el) => {
      el.state = { stage: 'retreat', constraint: null, choice: null };
      await el.updateComplete;
      el.shadowRoot!.querySelector<HTMLElement>('button[data-term="scope"]')!.click();
      await el.updateComplete;
      await new Promise((r) => requestAnimationFrame(r));
    },
  },
];

async function render(offer: Raw, stage: Stage): Promise<FairOffer> {
  const el = await mount(offer, stage.attrs);
  await stage.go?.(el);
  await el.updateComplete;
  return el;
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('robustness: nothing in an offer executes', () => {
  beforeEach(() => {
    localStorage.clear();
    delete window.__pwned;
  });

  it(`${PAYLOADS.length} payloads in every text field, ${STAGES.length} stages: rendered as text, no new nodes, canary untouched`, async () => {
    const uncaught = watchUncaught();
    const warn = spyConsole('warn');
    const mounted: FairOffer[] = [];
    try {
      for (const stage of STAGES) {
        const clean = await render(validOffer(), stage);
        const baseline = inventory(clean);
        clean.remove();
        expect(baseline.handlers, 'the element itself uses no on* attributes').to.deep.equal([]);
        for (const payload of PAYLOADS) {
          const offer = offerWithPayload(payload);
          const verdict = validateOffer(offer);
          expect(
            verdict.ok,
            `${payload}: ${JSON.stringify(verdict.findings.filter((f) => f.severity === 'error'))}`,
          ).to.equal(true);
          const el = await render(offer, stage);
          mounted.push(el);
          const seen = inventory(el);
          const label = `${stage.name} / ${payload}`;
          expect(seen.dangerous, label).to.equal(baseline.dangerous);
          expect(seen.links, label).to.equal(baseline.links);
          expect(seen.handlers, label).to.deep.equal([]);
          expect(seen.jsUrls, label).to.deep.equal([]);
          // The payload is on screen as typed: text, not markup.
          expect(el.shadowRoot!.textContent, label).to.contain(payload);
          expect(window.__pwned, label).to.equal(undefined);
        }
      }
      await wait(300); // image errors, iframe loads and SVG load events would have fired by now
      expect(window.__pwned).to.equal(undefined);
      expect(uncaught.errors).to.deep.equal([]);
    } finally {
      for (const el of mounted) el.remove();
      warn.restore();
      uncaught.stop();
    }
  });

  it('a payload after a refusal in the stop or decline label: refused as confirmshaming, or shown as text', async () => {
    const err = spyConsole('error');
    const warn = spyConsole('warn');
    const mounted: FairOffer[] = [];
    let refused = 0;
    let shown = 0;
    try {
      // A neutral refusal followed by the payload (a decline label's open clause: the visitor's own words unless
      // they judge) and a jab followed by it (always refused), so both branches below run.
      const labels = (payload: string) => [`Not now ${payload}`, `No thanks, I like paying full price ${payload}`];
      for (const payload of PAYLOADS) {
        for (const [field, text] of ['stop.label', 'declineLabel'].flatMap((f) => labels(payload).map((t) => [f, t]))) {
          const offer = validOffer();
          setAt(offer, field!.split('.'), text!);
          const verdict = validateOffer(offer);
          const label = `${field} / ${text}`;
          if (!verdict.ok) {
            refused++;
            expect(
              verdict.findings.some((f) => f.rule === 'confirmshaming' && f.path === field),
              `${label}: ${JSON.stringify(verdict.findings)}`,
            ).to.equal(true);
          }
          const el = await mount(offer, { debug: '' });
          mounted.push(el);
          if (verdict.ok) {
            shown++;
            expect(el.shadowRoot!.textContent, label).to.contain(payload);
          } else expect(el.shadowRoot!.querySelector('.diagnostics'), label).to.exist;
          expect(el.shadowRoot!.querySelectorAll(DANGEROUS).length, label).to.equal(0);
          expect(inventory(el).handlers, label).to.deep.equal([]);
          expect(inventory(el).jsUrls, label).to.deep.equal([]);
        }
      }
      // every jab is refused, in both fields; a payload after a plain refusal may pass and is then shown as text
      expect(refused).to.be.at.least(2 * PAYLOADS.length);
      expect(shown).to.be.greaterThan(0);
      await wait(300);
      expect(window.__pwned).to.equal(undefined);
    } finally {
      for (const el of mounted) el.remove();
      err.restore();
      warn.restore();
    }
  });

  it('the debug panel of a refused offer shows payloads in findings as text', async () => {
    const err = spyConsole('error');
    const mounted: FairOffer[] = [];
    try {
      for (const payload of PAYLOADS) {
        // Every string, vocabulary fields included: refused, and findings quote the bad values.
        const offer = validOffer();
        for (const path of stringPaths(offer)) setAt(offer, path, payload);
        const el = await mount(offer, { debug: '' });
        mounted.push(el);
        const panel = el.shadowRoot!.querySelector('.diagnostics');
        expect(panel, payload).to.exist;
        expect(el.shadowRoot!.querySelectorAll(DANGEROUS).length, payload).to.equal(0);
        expect(el.shadowRoot!.querySelectorAll('a').length, payload).to.equal(0);
        expect(inventory(el).handlers, payload).to.deep.equal([]);
      }
      await wait(300);
      expect(window.__pwned).to.equal(undefined);
    } finally {
      for (const el of mounted) el.remove();
      err.restore();
    }
  });

  for (const field of ['full.impact.verificationUrl', 'full.action.href', 'retreat.termsUrl']) {
    for (const url of [
      'javascript:window.__pwned=1',
      ' JaVaScRiPt:window.__pwned=1',
      'java\tscript:window.__pwned=1',
      'data:text/html,<script>parent.__pwned=1</script>',
      'vbscript:msgbox(1)',
    ]) {
      it(`${field} = ${JSON.stringify(url)} is refused with a finding that names the field`, async () => {
        const offer = validOffer();
        const path = field.split('.');
        if (field === 'full.impact.verificationUrl') offer.full.impact = { text: 'Funds 10 school lunches' };
        if (field === 'full.action.href') offer.full.action = { ...offer.full.action };
        setAt(offer, path, url);
        const verdict = validateOffer(offer);
        expect(verdict.ok).to.equal(false);
        const finding = verdict.findings.find((f) => f.severity === 'error' && f.path === field);
        expect(finding, JSON.stringify(verdict.findings)).to.exist;
        expect(finding!.message).to.match(new RegExp(`${path[path.length - 1]}|URL|https`, 'i'));
        const err = spyConsole('error');
        const el = await mount(offer);
        err.restore();
        expect(el.shadowRoot!.querySelector('a, button')).to.equal(null);
        el.remove();
        expect(window.__pwned).to.equal(undefined);
      });
    }
  }
});
