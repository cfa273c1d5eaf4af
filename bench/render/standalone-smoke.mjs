// Does the built standalone work on a plain page? Loads dist/fair-offer.js with one <script type="module">,
// then checks <fair-offer> is registered, renders the example offer into its shadow root and takes up space.
// Used by scripts/build.mjs; catches an untranspiled decorator, a dev-only Lit build or a missing dependency.
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '../../test/pages/static-server.mjs';
import { launchChromium } from '../../scripts/chromium.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));

export async function checkStandalone(bundlePath = path.join(repo, 'dist/fair-offer.js')) {
  const offer = JSON.parse(await readFile(path.join(repo, 'examples/offers/saas-pilot.json'), 'utf8'));
  const server = await serveStatic({ '/': path.dirname(bundlePath) });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.route('**/index.html', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><fair-offer></fair-offer><script type="module" src="/${path.basename(bundlePath)}"></script>`,
      }),
    );
    await page.goto(`${server.url}/index.html`);
    const result = await page.evaluate(async (offer) => {
      await customElements.whenDefined('fair-offer');
      const el = document.querySelector('fair-offer');
      el.offer = offer;
      await el.updateComplete;
      const buttons = el.shadowRoot?.querySelectorAll('button') ?? [];
      return {
        upgraded: el instanceof customElements.get('fair-offer'),
        buttons: buttons.length,
        height: el.getBoundingClientRect().height,
        // With [[Define]] class fields an undecorated `offer` field would shadow Lit's accessor: no update at all.
        ownOffer: Object.prototype.hasOwnProperty.call(el, 'offer'),
      };
    }, offer);
    const problems = [];
    if (!result.upgraded) problems.push('<fair-offer> did not upgrade');
    if (result.buttons < 1) problems.push('no buttons rendered for examples/offers/saas-pilot.json');
    if (!(result.height > 0)) problems.push('the element has no height');
    if (result.ownOffer)
      problems.push('`offer` is an own field shadowing the reactive accessor (decorators not transpiled as legacy)');
    if (errors.length) problems.push(...errors.map((e) => `page error: ${e}`));
    if (problems.length) throw new Error(`standalone smoke test: ${problems.join('; ')}`);
    return result;
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await checkStandalone(process.argv[2]));
}
