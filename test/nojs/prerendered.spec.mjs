// Prerendered markup (`fair-offer render`) in Chromium with JavaScript off: the page shows the full option, its
// terms, its action and the stop path from the declarative shadow DOM alone, and an option with `action.href`
// is a plain link that navigates (its inert button hidden). With JavaScript on, the same page hydrates and the
// widget's buttons work. The markup comes from the real CLI, in a child process.
// Hydration of what ships: the built standalone (dist/fair-offer.js) adopts the CLI's markup, and dist/define.js
// (bundled as a host's bundler would) adopts dist/ssr's, keeping every server node with no mutation. Both sides
// minify their templates (scripts/minify-templates.mjs); were only one side minified, Lit would find other
// template strings than the server's and these fail. Needs `npm run build` (npm test builds first).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { build } from 'esbuild';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const offer = JSON.parse(readFileSync(join(repo, 'examples/offers/saas-pilot.json'), 'utf8'));
offer.full.action.href = 'https://shop.example/start-pilot';
offer.retreat.action.href = 'https://shop.example/start-proof';

function render(source) {
  const dir = mkdtempSync(join(tmpdir(), 'fair-offer-prerender-'));
  try {
    const file = join(dir, 'offer.json');
    writeFileSync(file, JSON.stringify(source));
    const result = spawnSync(process.execPath, [join(repo, 'bin/fair-offer.js'), 'render', file], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`fair-offer render exited ${result.status}: ${result.stderr}`);
    return result.stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const markup = render(offer);
const page = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Prerendered</title></head>
<body><main><h1>Try Acme Insights</h1>${body}<p id="below">Questions? Write to Priya.</p></main></body></html>`;

test.describe('prerendered offer, JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('shows the full option, its terms, its action and the stop path; the action is a link that navigates', async ({
    page: tab,
  }) => {
    await tab.route('https://shop.example/**', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<title>Shop</title><p>${new URL(route.request().url()).pathname}</p>`,
      }),
    );
    await tab.route('http://prerendered.test/', (route) =>
      route.fulfill({ contentType: 'text/html', body: page(markup) }),
    );
    await tab.goto('http://prerendered.test/');
    const widget = tab.locator('fair-offer');
    await expect(widget.locator('#stage-heading')).toHaveText(offer.full.title);
    await expect(widget.locator('table')).toBeVisible();
    for (const term of ['Scope', 'Price', 'Renewal'])
      await expect(widget.locator('th', { hasText: term }).first()).toBeVisible();
    await expect(widget.locator('[part~="stop-action"]')).toBeVisible();
    await expect(widget.locator('[part~="stop-action"]')).toHaveText(offer.stop.label);
    // The buttons that need script are hidden; their links are there instead.
    await expect(widget.locator('[part~="full-action"]')).toBeHidden();
    const action = widget.getByRole('link', { name: /Start the 6-week pilot/ });
    await expect(action).toBeVisible();
    await expect(widget.getByRole('link', { name: /2-week proof/ })).toBeVisible();
    // The JSON child and the fallback are not shown (no slot for them in the shown stage).
    await expect(tab.getByText('"successCriteria"')).toBeHidden();
    await action.click();
    await expect(tab).toHaveURL('https://shop.example/start-pilot');
  });
});

/**
 * Run in the page right after the prerendered markup, before any module: every node of the server's shadow tree
 * and every mutation made to it from then on, so a test can tell adoption from a second render.
 */
const WATCH_SERVER_NODES = `<script>
  {
    const root = document.querySelector('fair-offer').shadowRoot;
    const nodesOf = () => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
      const nodes = [];
      while (walker.nextNode()) nodes.push(walker.currentNode);
      return nodes;
    };
    const serverNodes = nodesOf();
    window.hydrationMutations = [];
    new MutationObserver((records) =>
      window.hydrationMutations.push(...records.map((record) => record.type + ' ' + (record.attributeName ?? ''))),
    ).observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    window.serverNodesKept = () => {
      const nodes = nodesOf();
      return nodes.length === serverNodes.length && nodes.every((node, index) => node === serverNodes[index]);
    };
  }
</script>`;

/** Defined, its first update (the adoption) and the one after it (what only the browser knows) done. */
async function hydrated(tab) {
  await tab.waitForFunction(() => customElements.get('fair-offer'));
  await tab.evaluate(async () => {
    const el = document.querySelector('fair-offer');
    await el.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await el.updateComplete;
  });
  return tab.evaluate(() => ({ kept: window.serverNodesKept(), mutations: window.hydrationMutations }));
}

function serve(tab, body, files) {
  return Promise.all([
    tab.route('http://prerendered.test/dist/**', (route) =>
      route.fulfill({ contentType: 'text/javascript', body: files(new URL(route.request().url()).pathname) }),
    ),
    tab.route('http://prerendered.test/', (route) => route.fulfill({ contentType: 'text/html', body: page(body) })),
  ]);
}

const dist = join(repo, 'dist');
const needsBuild = () => {
  if (!existsSync(join(dist, 'fair-offer.js')) || !existsSync(join(dist, 'ssr/index.js')))
    throw new Error('dist/ is not built: run `npm run build` first');
};

test.describe('prerendered offer, JavaScript on', () => {
  test('the standalone adopts the CLI markup: every server node kept, no mutation; the links stay inert text, the buttons work', async ({
    page: tab,
  }) => {
    needsBuild();
    await serve(
      tab,
      `${markup}${WATCH_SERVER_NODES}<script type="module" src="/dist/fair-offer.js"></script>`,
      (file) => readFileSync(join(dist, file.replace(/^\/dist\//, ''))),
    );
    const errors = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await tab.goto('http://prerendered.test/');
    expect(await hydrated(tab)).toEqual({ kept: true, mutations: [] });
    const widget = tab.locator('fair-offer');
    await expect(widget.locator('[part~="full-action"]')).toBeVisible();
    await expect(widget.getByRole('link', { name: /Start the 6-week pilot/ })).toHaveCount(0);
    await widget.locator('[part~="decline-action"]').click();
    await expect(widget.locator('[data-stage]')).not.toHaveAttribute('data-stage', 'full');
    expect(errors).toEqual([]);
  });

  test('fair-offer/define (bundled by the host) adopts fair-offer/ssr markup: every server node kept, no mutation', async ({
    page: tab,
  }) => {
    needsBuild();
    // What a server using the npm package prints: dist/ssr, in a process of its own (Lit SSR shims the DOM).
    const rendered = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { renderOffer } from ${JSON.stringify(join(dist, 'ssr/index.js'))};
         process.stdout.write(renderOffer(JSON.parse(process.argv[1]), { mode: 'side-by-side' }));`,
        JSON.stringify(offer),
      ],
      { encoding: 'utf8' },
    );
    if (rendered.status !== 0) throw new Error(`dist/ssr renderOffer failed: ${rendered.stderr}`);
    // What a host's bundler makes of `import 'fair-offer/define'` (lit and Floating UI from node_modules).
    const bundled = await build({
      stdin: { contents: "import 'fair-offer/define';", resolveDir: repo },
      bundle: true,
      format: 'esm',
      splitting: false,
      write: false,
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'error',
    });
    const app = bundled.outputFiles[0].text;
    await serve(
      tab,
      `${rendered.stdout}${WATCH_SERVER_NODES}<script type="module" src="/dist/app.js"></script>`,
      () => app,
    );
    const errors = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await tab.goto('http://prerendered.test/');
    const widget = tab.locator('fair-offer');
    await expect(widget.locator('[part~="option"]')).toHaveCount(2);
    expect(await hydrated(tab)).toEqual({ kept: true, mutations: [] });
    await widget.locator('[part~="stop-action"]').click();
    await expect(widget.locator('[data-stage]')).toHaveAttribute('data-stage', 'stopped');
    expect(errors).toEqual([]);
  });
});
