/** Shared helpers for the element's browser tests: fixtures, real key presses, event capture. */
import { fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/define.js';
import type { FairOffer } from '../../src/element/fair-offer.js';
import type { Offer } from '../../src/core/offer-schema.js';

import saasPilot from '../../examples/offers/saas-pilot.json';

/** The main fixture (a fresh deep copy each time, so a test cannot leak changes into another). */
export async function loadOffer(): Promise<Offer> {
  return structuredClone(saasPilot) as unknown as Offer;
}

export async function renderOffer(
  offer: unknown,
  opts: { mode?: string; dir?: string; debug?: boolean } = {},
): Promise<FairOffer> {
  const wrapper = await fixture<HTMLDivElement>(html`<div dir=${opts.dir ?? 'ltr'}>
    <fair-offer .offer=${offer} mode=${opts.mode ?? 'sequential'} ?debug=${opts.debug ?? false}>
      <a slot="fallback" href="https://example.com/plans">See the plans</a>
    </fair-offer>
  </div>`);
  const el = wrapper.querySelector('fair-offer')!;
  await el.updateComplete;
  return el;
}

export function part(el: FairOffer, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

export function $(el: FairOffer, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(selector);
}

export function stageOf(el: FairOffer): string | null {
  return $(el, '[data-stage]')?.dataset.stage ?? null;
}

/** The focused element, looking through shadow roots. */
export function deepActive(): Element | null {
  let focused: Element | null = document.activeElement;
  while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
  return focused;
}

/** Presses Tab (real key presses) until `target` has focus. */
export async function tabTo(target: Element | null, max = 80): Promise<void> {
  if (!target) throw new Error('tabTo: no target');
  for (let presses = 0; presses < max; presses++) {
    if (deepActive() === target) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`tabTo: never reached ${target.outerHTML.slice(0, 80)}`);
}

export async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
}

/** Tab to a control and activate it with a real key, then wait for the re-render. */
export async function activate(el: FairOffer, target: Element | null, key = 'Enter'): Promise<void> {
  await tabTo(target);
  await press(key);
  await el.updateComplete;
  await settle();
}

/** The middle of an element on the page, in whole pixels: where a real click (sendMouse) lands. */
export function center(el: Element): [number, number] {
  const r = el.getBoundingClientRect();
  return [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)];
}

/**
 * Opens a term's toggletip with a real click on its button and waits until the bubble is positioned: Floating UI is
 * a lazy chunk, so the very first open may wait for it (longer on a loaded machine than waitUntil's default second).
 */
export async function clickOpenTip(el: FairOffer, term: string): Promise<{ button: HTMLElement; tip: HTMLElement }> {
  const button = $(el, `button[data-term="${term}"]`)!;
  await sendMouse({ type: 'click', position: center(button) });
  await el.updateComplete;
  await settle();
  const tip = $(el, `#tip-${term}`)!;
  await waitUntil(() => tip.style.top !== '', 'positioned by Floating UI', { timeout: 5000 });
  return { button, tip };
}

/**
 * Makes localStorage throw as a privacy mode and a full quota do: reads (SecurityError) and writes
 * (QuotaExceededError). Call `restore()` in a finally.
 */
export function breakLocalStorage(): { restore(): void } {
  const proto = Storage.prototype;
  const { getItem, setItem } = proto;
  proto.getItem = () => {
    throw new DOMException('denied', 'SecurityError');
  };
  proto.setItem = () => {
    throw new DOMException('full', 'QuotaExceededError');
  };
  return {
    restore: () => {
      proto.getItem = getItem;
      proto.setItem = setItem;
    },
  };
}

/** Lets pending promises (receipts) and a frame pass. */
export async function settle(): Promise<void> {
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
}

// Each test reads the detail of the event type it listens for; a union of all details would need a cast per read.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Captured = { type: string; detail: any; bubbles: boolean; composed: boolean; target: EventTarget | null };

/** Records our events on `document` (outside any shadow root), so only composed + bubbling events arrive. */
export function captureEvents(types = ['offer-view', 'offer-decline', 'offer-choice', 'offer-invalid']) {
  const events: Captured[] = [];
  const listener = (event: Event) => {
    const { type, detail, bubbles, composed, target } = event as CustomEvent;
    events.push({ type, detail, bubbles, composed, target });
  };
  for (const type of types) document.addEventListener(type, listener);
  return {
    events,
    of: (type: string) => events.filter((e) => e.type === type),
    stop: () => types.forEach((t) => document.removeEventListener(t, listener)),
  };
}

/** One node of the computed accessibility tree (see the `ax-tree` command in web-test-runner.config.mjs). */
export interface AxNode {
  id: string;
  parent: string | null;
  role: string;
  name: string;
  description: string;
  live: string | null;
  level: number | null;
  expanded: boolean | null;
}

/** The page's accessibility tree as Chromium computes it for assistive technology. */
export async function axTree(): Promise<AxNode[]> {
  return (await executeServerCommand('ax-tree')) as AxNode[];
}
