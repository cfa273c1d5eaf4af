// Prerendered markup (`fair-offer render`) in Chromium with JavaScript off: the page shows the full option, its
// terms, its action and the stop path from the declarative shadow DOM alone, and an option with `action.href`
// is a plain link that navigates (its inert button hidden). With JavaScript on, the same page hydrates and the
// widget's buttons work. The markup comes from the real CLI, in a child process.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';

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

test.describe('prerendered offer, JavaScript on', () => {
  test('the standalone adopts it: the links stay inert text, the buttons work', async ({ page: tab }) => {
    const dist = join(repo, 'dist');
    await tab.route('http://prerendered.test/dist/**', (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: readFileSync(join(dist, new URL(route.request().url()).pathname.replace(/^\/dist\//, ''))),
      }),
    );
    await tab.route('http://prerendered.test/', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: page(`${markup}<script type="module" src="/dist/fair-offer.js"></script>`),
      }),
    );
    const errors = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    await tab.goto('http://prerendered.test/');
    await tab.waitForFunction(() => customElements.get('fair-offer'));
    const widget = tab.locator('fair-offer');
    await expect(widget.locator('[part~="full-action"]')).toBeVisible();
    await expect(widget.getByRole('link', { name: /Start the 6-week pilot/ })).toHaveCount(0);
    await widget.locator('[part~="decline-action"]').click();
    await expect(widget.locator('[data-stage]')).not.toHaveAttribute('data-stage', 'full');
    expect(errors).toEqual([]);
  });
});
