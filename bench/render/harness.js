// Browser side of the render benchmark (bench/render/run.mjs drives it). Plain JS: it runs as served, no build.
// Loaded by page.html after dist/fair-offer.js; everything it measures starts once the element is defined.

/** Resolves after the next frame has been produced: rAF runs before paint, a task posted from it runs after. */
export function afterPaint() {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const { port1, port2 } = new MessageChannel();
      port1.onmessage = () => resolve();
      port2.postMessage(null);
    }),
  );
}

/**
 * Interactive = every widget's primary action is a real, enabled, visible button that takes focus, and the first
 * one is what a click at its centre hits. Forces style and layout, as a user's first click would: static and
 * element alike. (Traced with the layout stacks on, this is the only forced layout inside a render's clock: the
 * element reads no layout during its first render; layout-controller.ts reads its probe in a ResizeObserver
 * callback, after the frame's layout, and the first page layout (~10-20 ms here) is paid by static markup too.)
 */
function assertInteractive(roots) {
  roots.forEach((root, i) => {
    const button = root.querySelector('[part~="full-action"]') ?? root.querySelector('button');
    if (!button || button.disabled) throw new Error(`widget ${i}: no enabled primary button`);
    const rect = button.getBoundingClientRect();
    const style = getComputedStyle(button);
    if (!(rect.width > 0 && rect.height > 0) || style.visibility !== 'visible' || style.pointerEvents === 'none')
      throw new Error(`widget ${i}: primary button not clickable`);
    button.focus({ preventScroll: true });
    if (root.activeElement !== button) throw new Error(`widget ${i}: primary button not focusable`);
    button.blur();
    if (i === 0) {
      const hit = root.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
      if (!hit || !(hit === button || button.contains(hit)))
        throw new Error('widget 0: a click would not reach the primary button');
    }
  });
}

const stage = () => document.getElementById('stage');

/** n connected <fair-offer> elements with no offer yet; then time from setting `offer` to interactive and to paint. */
export async function timeElement(n, offer) {
  const host = stage();
  host.replaceChildren();
  const els = Array.from({ length: n }, () => host.appendChild(document.createElement('fair-offer')));
  const offers = els.map(() => structuredClone(offer)); // each widget its own object, copied before the clock starts
  await Promise.all(els.map((el) => el.updateComplete));
  await afterPaint();

  performance.mark('bench:start');
  const t0 = performance.now();
  els.forEach((el, i) => (el.offer = offers[i]));
  await Promise.all(els.map((el) => el.updateComplete));
  assertInteractive(els.map((el) => el.shadowRoot));
  const interactive = performance.now() - t0;
  await afterPaint();
  const paint = performance.now() - t0;
  performance.mark('bench:end');
  host.replaceChildren();
  return { interactive, paint };
}

/** Resolves once every root holds a rendered stage (a MutationObserver: no frame has to pass to see it). */
function whenRendered(roots) {
  const rendered = () => roots.every((root) => root.querySelector('[data-stage]'));
  if (rendered()) return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!rendered()) return;
      observer.disconnect();
      resolve();
    });
    for (const root of roots) observer.observe(root, { childList: true, subtree: true });
  });
}

/**
 * As timeElement, for offers that carry their lint digest (`linted`): they paint before the checks load, so the
 * clock stops when every widget has rendered and is interactive, not at `updateComplete` (which also waits for the
 * checks that run right after the paint). Run it first on a fresh page: with the checks already loaded (a widget
 * checked earlier on the page) an offer takes the checked path. With `digest` null the widgets have no `linted`:
 * a repeat visit, whose offer paints early only if this browser remembers the checks' verdict on it.
 */
export async function timeElementLinted(n, offer, digest) {
  const host = stage();
  host.replaceChildren();
  const els = Array.from({ length: n }, () => {
    const el = document.createElement('fair-offer');
    if (digest) el.setAttribute('linted', digest);
    return host.appendChild(el);
  });
  const offers = els.map(() => structuredClone(offer));
  await Promise.all(els.map((el) => el.updateComplete));
  await afterPaint();

  performance.mark('bench:start');
  const t0 = performance.now();
  els.forEach((el, i) => (el.offer = offers[i]));
  await whenRendered(els.map((el) => el.shadowRoot));
  assertInteractive(els.map((el) => el.shadowRoot));
  const interactive = performance.now() - t0;
  await afterPaint();
  const paint = performance.now() - t0;
  performance.mark('bench:end');
  await Promise.all(els.map((el) => el.updateComplete)); // the checks that follow, outside the clock
  const refused = els.filter((el) => !el.shadowRoot.querySelector('[data-stage]')).length;
  if (refused) throw new Error(`${refused} linted widgets were withdrawn by their checks`);
  host.replaceChildren();
  return { interactive, paint };
}

/** Resolves once this browser remembers the checks' verdict on an offer with this digest (a first visit's write). */
export async function verdictRemembered(digest) {
  const remembered = () => (localStorage.getItem('fair-offer:verdicts') ?? '').includes(digest);
  for (let i = 0; i < 200 && !remembered(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  if (!remembered()) throw new Error(`the first visit did not remember the verdict ${digest}`);
}

/** Time from inserting `markup` into the stage to every widget interactive and to the next painted frame. */
async function timeMarkup(markup) {
  const host = stage();
  host.replaceChildren();
  await afterPaint();

  performance.mark('bench:start');
  const t0 = performance.now();
  host.setHTMLUnsafe(markup);
  assertInteractive([...host.children].map((el) => el.shadowRoot));
  const interactive = performance.now() - t0;
  await afterPaint();
  const paint = performance.now() - t0;
  performance.mark('bench:end');
  host.replaceChildren();
  return { interactive, paint };
}

/** The same widgets as static markup (declarative shadow DOM with the element's own CSS): the floor to compare with. */
export function timeStatic(n, snapshot) {
  const one = `<div class="static-offer"><template shadowrootmode="open"><style>${snapshot.css}</style>${snapshot.html}</template></div>`;
  return timeMarkup(one.repeat(n));
}

/**
 * The same widgets prerendered (`fair-offer render`: declarative shadow DOM, inline styles, the JSON child), as a
 * page parses them before any script runs: under a tag that is not defined, so what is timed is the paint of the
 * server's markup (the element adopts it later, after the paint; see the hydration tests).
 */
export function timePrerendered(n, markup) {
  const one = markup
    .replace(/^<fair-offer/, '<fair-offer-prerendered')
    .replace(/<\/fair-offer>\s*$/, '</fair-offer-prerendered>');
  return timeMarkup(one.repeat(n));
}

/** The rendered shadow HTML and styles of one widget, and its height at this viewport width. */
export async function snapshot(offer) {
  const el = stage().appendChild(document.createElement('fair-offer'));
  el.offer = structuredClone(offer);
  await el.updateComplete;
  await afterPaint();
  const root = el.shadowRoot;
  const css = [...root.adoptedStyleSheets, ...[...root.querySelectorAll('style')].map((s) => s.sheet)]
    .flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText))
    .join('\n');
  const html = [...root.childNodes]
    .filter((n) => n.nodeName !== 'STYLE')
    .map((n) => (n.nodeType === 1 ? n.outerHTML : n.nodeType === 3 ? n.textContent : ''))
    .join('');
  const height = el.getBoundingClientRect().height;
  el.remove();
  return { css, html, height };
}

/** Heap churn: `cycles` connect → render → disconnect rounds, on one element reused or on a new element each time. */
export async function churn(cycles, offer, { reuse }) {
  const host = stage();
  let el = null;
  for (let i = 0; i < cycles; i++) {
    if (!el || !reuse) {
      el = document.createElement('fair-offer');
      el.offer = structuredClone(offer);
    }
    host.appendChild(el);
    await el.updateComplete;
    // Open and close one toggletip so Floating UI's autoUpdate listeners are part of what must be cleaned up.
    const info = el.shadowRoot.querySelector('[part~="term-info"]');
    if (info && i % 10 === 0) {
      info.click();
      await el.updateComplete;
    }
    el.remove();
  }
  host.replaceChildren();
}

Object.assign(window, {
  bench: {
    timeElement,
    timeElementLinted,
    verdictRemembered,
    timeStatic,
    timePrerendered,
    snapshot,
    churn,
    afterPaint,
  },
});
