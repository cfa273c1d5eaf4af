// The page-load part of `npm run bench:render`: a whole first visit, not a warm page. Each load is a new browser
// context (no HTTP cache, no V8 code cache), and the clock is the page's own (performance.now(), from navigation):
//   static       the offer's markup as static HTML (declarative shadow DOM with the element's CSS)
//   element      <script type="module" src="/dist/fair-offer.js"> and <fair-offer> with the offer as a JSON child:
//                the module is fetched, parsed and run, the offer validated and rendered
//   linted       the same with the offer's lint digest (`linted`): it paints before the checks chunk is fetched
//                (element: the checks, one more request, load before the paint)
//   elementRepeat  the element page again, in a context that loaded it once before (until the browser remembered
//                the checks' verdict on the offer, localStorage): a repeat visit with unchanged content
//   prerendered  `fair-offer render` output and the same module tag (it hydrates after the paint)
// "Offer painted" is the first frame after the offer's primary button is laid out, found by a probe that runs
// every animation frame from the top of <head> (the same probe on every page).
// Nothing is throttled unless asked (cpuSlowdown): the files come from localhost, so what is timed is parsing,
// running and rendering, which is what the bytes cost once they arrive.

const PROBE = `<script>(() => {
  const button = () => {
    const root = document.querySelector('[data-offer]')?.shadowRoot;
    const found = root && (root.querySelector('[part~="full-action"]') ?? root.querySelector('button'));
    return found && found.getBoundingClientRect().width > 0;
  };
  const tick = () => {
    if (!button()) return requestAnimationFrame(tick);
    const { port1, port2 } = new MessageChannel(); // a task posted from rAF runs after that frame is produced
    port1.onmessage = () => (window.__offerPainted = performance.now());
    port2.postMessage(null);
  };
  requestAnimationFrame(tick);
})();</script>`;

const page = (body, head = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">${PROBE}
<link rel="stylesheet" href="/bench/render/page.css">${head}</head><body><div class="column">
<h1>Try Acme Insights on your own reports</h1>
<p>Weekly sales reporting without the spreadsheet shuffle. Here is what we propose, and a smaller step if that is too much.</p>
${body}
<p>Questions? Write to Priya, who will answer within a working day.</p></div></body></html>`;

const MODULE = '<script type="module" src="/dist/fair-offer.js"></script>';

/** The three pages, as HTML strings served at /bench/render/load-<kind>.html. */
export function pageLoadPages({ offer, snapshot, prerendered, digest }) {
  const json = JSON.stringify(offer).replace(/</g, '\\u003c');
  const pages = {
    static: page(
      `<div class="static-offer" data-offer><template shadowrootmode="open"><style>${snapshot.css}</style>${snapshot.html}</template></div>`,
    ),
    element: page(`<fair-offer data-offer><script type="application/json">${json}</script></fair-offer>`, MODULE),
    linted: page(
      `<fair-offer data-offer linted="${digest}"><script type="application/json">${json}</script></fair-offer>`,
      MODULE,
    ),
    prerendered: page(prerendered.replace(/^<fair-offer/, '<fair-offer data-offer'), MODULE),
  };
  pages.elementRepeat = pages.element;
  return pages;
}

/** ms from navigation to the offer's first painted frame, per kind, `runs` loads each (kinds alternate). */
export async function timePageLoads({ browser, serverUrl, pages, runs, viewport, cpuSlowdown = 1 }) {
  const kinds = Object.keys(pages);
  const times = Object.fromEntries(kinds.map((k) => [k, []]));
  for (let run = 0; run < runs; run++) {
    for (const kind of run % 2 ? [...kinds].reverse() : kinds) {
      const context = await browser.newContext({ viewport });
      await context.route(`**/bench/render/load-${kind}.html`, (route) =>
        route.fulfill({ contentType: 'text/html', body: pages[kind] }),
      );
      if (kind === 'elementRepeat') {
        // The first visit, untimed, in a tab of its own: until the checks' verdict is remembered (localStorage,
        // written right after its paint). The timed visit is a new tab of the same context.
        const first = await context.newPage();
        await first.goto(`${serverUrl}/bench/render/load-${kind}.html`);
        await first.waitForFunction(() => localStorage.getItem('fair-offer:verdicts'), null, { timeout: 30_000 });
        await first.close();
      }
      const tab = await context.newPage();
      const errors = [];
      tab.on('pageerror', (e) => errors.push(e.message));
      if (cpuSlowdown > 1) {
        const cdp = await context.newCDPSession(tab);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
      }
      await tab.goto(`${serverUrl}/bench/render/load-${kind}.html`);
      const painted = await tab.waitForFunction(() => window.__offerPainted, null, { timeout: 30_000 });
      if (errors.length) throw new Error(`page-load ${kind}: ${errors.join('; ')}`);
      times[kind].push(await painted.jsonValue());
      await context.close();
    }
  }
  return times;
}
