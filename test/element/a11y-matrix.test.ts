/**
 * axe (WCAG 2.2 A/AA + best practice) in every state × light/dark × LTR/RTL × 320/1280 px, plus the
 * layout checks that belong to the same matrix: no horizontal page scroll, no target under 24×24 px.
 * At 320 px every state shows the terms table folded (the phone layout); `terms-expanded` opens it there.
 * `mode-auto` is sequential at 320 px and side-by-side at 1280 px.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import type { Offer } from '../../src/core/offer-schema.js';
import type { FairOffer } from '../../src/element/fair-offer.js';
import { axeViolations, describeViolations, hasHorizontalScroll, smallTargets } from './checks.js';
import { $, loadOffer, part, renderOffer, settle } from './helpers.js';
import { captureConsole } from './console-capture.js';

/** A one-arm experiment: every visitor gets that arm. */
function singleArm(offer: Offer, kind: 'small-only' | 'full-only'): Offer {
  return {
    ...offer,
    id: `${offer.id}-${kind}`,
    experiment: { id: `matrix-${kind}`, arms: [{ name: kind, kind, weight: 1 }] },
  };
}

const STATES = [
  'full',
  'constraint',
  'retreat',
  'chosen',
  'stopped',
  'invalid',
  'side-by-side',
  'toggletip-open',
  'chosen-feedback',
  'small-only',
  'full-only',
  'mode-auto',
  'terms-expanded',
] as const;
type MatrixState = (typeof STATES)[number];
const SCHEMES = ['light', 'dark'] as const;
const DIRS = ['ltr', 'rtl'] as const;
const WIDTHS = [320, 1280] as const;

async function renderState(offer: Offer, state: MatrixState, dir: string): Promise<FairOffer> {
  if (state === 'invalid') {
    const broken = { id: 'broken-offer', decision: '', full: offer.full };
    return renderOffer(broken, { dir, debug: true });
  }
  if (state === 'small-only' || state === 'full-only') {
    const el = await renderOffer(singleArm(offer, state), { dir });
    // the arm is really applied: small-only has no full option, the holdout no decline
    expect(part(el, state === 'small-only' ? 'full-action' : 'decline-action')).to.equal(null);
    expect(part(el, state === 'small-only' ? 'retreat-action' : 'full-action')).to.exist;
    return el;
  }
  const mode = state === 'side-by-side' ? 'side-by-side' : state === 'mode-auto' ? 'auto' : 'sequential';
  const el = await renderOffer(offer, { dir, mode });
  // one frame: the layout controller reads the container queries (folded table, auto mode)
  await settle();
  await el.updateComplete;
  if (state === 'mode-auto') {
    expect(el.effectiveMode).to.equal(window.innerWidth >= 1000 ? 'side-by-side' : 'sequential');
    return el;
  }
  if (state === 'terms-expanded') {
    $(el, '[data-action="toggle-terms"]')?.click();
    await el.updateComplete;
    expect($(el, '#terms-table')!.hidden).to.equal(false);
    return el;
  }
  if (state === 'chosen-feedback') {
    el.feedback = true;
    await el.updateComplete;
    part(el, 'full-action')!.click();
    await el.updateComplete;
    expect($(el, '.feedback')).to.exist;
    return el;
  }
  const restore: Record<string, object> = {
    constraint: { stage: 'constraint', constraint: null, choice: null },
    retreat: { stage: 'retreat', constraint: 'time', choice: null },
    chosen: { stage: 'chosen', constraint: 'time', choice: 'retreat' },
    stopped: { stage: 'stopped', constraint: null, choice: null },
    'toggletip-open': { stage: 'retreat', constraint: null, choice: null },
  };
  if (restore[state]) {
    el.state = restore[state] as FairOffer['state'];
    await el.updateComplete;
  }
  if (state === 'toggletip-open') {
    $(el, 'button[data-term="price"]')!.click();
    await el.updateComplete;
    await settle();
    expect($(el, '#tip-price')!.hidden).to.equal(false);
  }
  return el;
}

describe('accessibility matrix', () => {
  let offer: Offer;
  let checked = 0;
  let failed = 0;
  let silencedErrors: ReturnType<typeof captureConsole>;

  before(async () => {
    offer = await loadOffer();
  });
  beforeEach(() => {
    localStorage.clear();
    silencedErrors = captureConsole('error'); // the invalid state reports itself; that report is tested elsewhere
  });
  afterEach(() => {
    silencedErrors.restore();
  });
  after(async () => {
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ colorScheme: 'light' });
    console.log(
      `axe matrix: ${checked} combinations checked (${STATES.length} states × ${SCHEMES.length} schemes × ${DIRS.length} directions × ${WIDTHS.length} widths), ${failed} with violations`,
    );
  });

  for (const width of WIDTHS) {
    for (const scheme of SCHEMES) {
      describe(`${width}px, ${scheme}`, () => {
        before(async () => {
          await setViewport({ width, height: 900 });
          await emulateMedia({ colorScheme: scheme });
        });
        for (const dir of DIRS) {
          for (const state of STATES) {
            it(`${state} · ${dir}`, async () => {
              const el = await renderState(offer, state, dir);
              expect(matchMedia(`(prefers-color-scheme: ${scheme})`).matches).to.equal(true);
              const violations = await axeViolations(el);
              checked++;
              if (violations.length) failed++;
              expect(violations, describeViolations(violations)).to.have.length(0);
              expect(
                hasHorizontalScroll(),
                `page scrolls sideways: ${document.documentElement.scrollWidth}px`,
              ).to.equal(false);
              expect(el.getBoundingClientRect().width).to.be.at.most(
                el.parentElement!.getBoundingClientRect().width + 0.5,
              );
              expect(smallTargets(el.shadowRoot!)).to.deep.equal([]);
            });
          }
        }
      });
    }
  }
});
