// Strict pages in Chromium:
//  1. CSP `default-src 'self'; script-src 'self'; style-src 'self'` (no inline script or style on the page): the
//     standalone dist/fair-offer.js and the npm entry (dist/define.js bundled with esbuild, lit resolved) render from a
//     JSON script child and from a fetched offer, a toggletip opens, clicks fire offer-choice, and nothing is reported
//     (securitypolicyviolation events, report-uri POSTs, console).
//  2. The same plus `require-trusted-types-for 'script'; trusted-types lit-html`: no Trusted Types violation.
//  3. Controls: on those pages an inline <script> really is blocked and innerHTML really throws (the headers bite).
//  4. The standalone loaded twice (two URLs): no error, one definition, the widgets work; loaded with a query
//     string, its chunks use that copy (no second download, the offer's language shown).
//  5. Hostile host CSS at 320 px: the stop path stays visible (size, opacity, contrast, in view), no sideways overflow.
// Uses dist/ when it is newer than src/, else builds the same into a temp dir (FAIR_OFFER_BUILD=1 forces that);
// never writes dist/ (other tools may be reading it).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { build } from 'esbuild';
import { serveStatic } from '../pages/static-server.mjs';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const dist = join(repo, 'dist');

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; report-uri /csp-report";
/** Security headers per profile, named in the page URL (?profile=csp|tt|none). */
const PROFILES = {
  none: {},
  csp: { 'content-security-policy': CSP },
  tt: { 'content-security-policy': `${CSP}; require-trusted-types-for 'script'; trusted-types lit-html` },
};

/** Newest modification time under a directory (the sources), to tell a stale dist/ from a fresh one. */
function newest(dir) {
  return readdirSync(dir, { withFileTypes: true }).reduce((max, entry) => {
    const path = join(dir, entry.name);
    return Math.max(max, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }, 0);
}
const builtAt = (file) => (existsSync(join(dist, file)) ? statSync(join(dist, file)).mtimeMs : 0);
const fresh = (file) => !process.env.FAIR_OFFER_BUILD && builtAt(file) >= newest(join(repo, 'src'));

let browser;
let server;
let tmp;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ browser: launched }) => {
  test.setTimeout(180_000); // a Vite build of the standalone when dist/ is stale
  browser = launched;
  tmp = await mkdtemp(join(tmpdir(), 'fair-offer-strict-'));
  const libDir = join(tmp, 'lib');
  if (fresh('fair-offer.js')) {
    await cp(join(dist, 'fair-offer.js'), join(libDir, 'fair-offer.js'));
    // The chunks it loads on demand (Floating UI, plan, languages), from beside it.
    if (existsSync(join(dist, 'fair-offer-chunks')))
      await cp(join(dist, 'fair-offer-chunks'), join(libDir, 'fair-offer-chunks'), { recursive: true });
  } else {
    const { build: viteBuild } = await import('vite');
    await viteBuild({
      configFile: join(repo, 'vite.config.ts'),
      root: repo,
      logLevel: 'error',
      build: { outDir: libDir, emptyOutDir: false },
    });
  }
  // The npm entry as a bundler would ship it: dist/define.js (or src/define.ts when dist is stale) with lit and
  // Floating UI resolved from node_modules.
  await build({
    entryPoints: [join(repo, fresh('define.js') ? 'dist/define.js' : 'src/define.ts')],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    conditions: ['production'],
    tsconfig: join(repo, 'tsconfig.json'),
    outfile: join(libDir, 'define.js'),
    logLevel: 'silent',
  });
  const offerJson = JSON.stringify(JSON.parse(readFileSync(join(repo, 'examples/offers/saas-pilot.json'), 'utf8')));
  server = await serveStatic(
    {
      '/lib/': libDir,
      '/strict/': join(repo, 'test/strict/pages'),
      '/offers/': join(repo, 'examples/offers'),
      '/demo-offers/': join(repo, 'demo/offers'),
    },
    {
      // The profile comes from the page's URL; sub-resources inherit it through the Referer.
      headers: (url, request) => {
        const referer = request.headers.referer ? new URL(request.headers.referer) : null;
        return PROFILES[url.searchParams.get('profile') ?? referer?.searchParams.get('profile') ?? 'none'] ?? {};
      },
      // Inside a <script> element only "</script" and "<!--" can end or confuse it: escape "<" in the JSON.
      rewrite: (file, text) =>
        file.endsWith('widget.html') ? text.replace('{{OFFER}}', offerJson.replace(/</g, '\\u003c')) : text,
    },
  );
});

test.afterAll(async () => {
  await server?.close();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

const pageUrl = (profile, libs, css = [], offer = null, linted = null) =>
  `${server.url}/strict/widget.html?${new URLSearchParams([['profile', profile], ...libs.map((l) => ['lib', l]), ...css.map((c) => ['css', c]), ...(offer ? [['offer', offer]] : []), ...(linted ? [['linted', linted]] : [])])}`;

/** The pilot offer's lint digest for an English page, from the CLI, as a build step would stamp it. */
const pilotDigest = () =>
  execFileSync(
    process.execPath,
    [join(repo, 'bin/fair-offer.js'), 'lint', 'examples/offers/saas-pilot.json', '--digest', '--lang', 'en'],
    { cwd: repo, encoding: 'utf8' },
  ).trim();

/** Opens a fresh page; console errors/warnings about CSP or Trusted Types and uncaught errors are collected. */
async function open(url, viewport = { width: 1024, height: 900 }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => {
    const text = m.text();
    if (m.type() === 'error' || /Content Security Policy|Trusted Type|Refused to/i.test(text))
      problems.push(`console.${m.type()}: ${text}`);
  });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()} ${r.url()}`));
  const before = server.reports.length;
  await page.goto(url);
  await page.waitForFunction(() => window.__ready || window.__loadError, null, { timeout: 10_000 });
  const loadError = await page.evaluate(() => window.__loadError);
  if (loadError) problems.push(`load: ${loadError}`);
  return { page, context, problems, reports: () => server.reports.slice(before) };
}

/** One strict-page test: `collect` returns the problems it found (empty = pass), so a failure lists them all. */
function check(name, collect) {
  test(name, async () => {
    expect(await collect()).toEqual([]);
  });
}

/** Both widgets render, a toggletip opens (Floating UI writes inline positions), two clicks make two choices. */
async function exercise(page) {
  const problems = [];
  for (const id of ['inline', 'fetched']) {
    const ok = await page
      .waitForFunction((id) => document.getElementById(id)?.shadowRoot?.querySelector('[part~="stop-action"]'), id, {
        timeout: 5_000,
      })
      .then(
        () => true,
        () => false,
      );
    if (!ok) problems.push(`#${id} did not render`);
  }
  if (problems.length) return problems;
  await page.locator('#inline button[data-term="price"]').click();
  const positioned = await page
    .waitForFunction(
      () => document.getElementById('inline').shadowRoot.querySelector('#tip-price')?.style.top !== '',
      null,
      { timeout: 5_000 },
    )
    .then(
      () => true,
      () => false,
    );
  if (!positioned) problems.push('the toggletip was not positioned');
  await page.locator('#inline [part~="full-action"]').click();
  await page.locator('#fetched [part~="stop-action"]').click();
  await page.waitForFunction(() => window.__choices.length >= 2, null, { timeout: 5_000 }).catch(() => {});
  await page.waitForTimeout(100);
  const choices = await page.evaluate(() => window.__choices);
  const got = choices.map((c) => `${c.id}:${c.choice}`).join(', ');
  if (got !== 'inline:full, fetched:stop') problems.push(`offer-choice events: [${got}]`);
  if (!choices.every((c) => /^[0-9a-f]{64}$/.test(c.digest))) problems.push('a receipt digest is not SHA-256 hex');
  return problems;
}

async function violations({ page, problems, reports }) {
  await page.waitForTimeout(200); // report-uri POSTs are sent asynchronously
  const events = await page.evaluate(() => window.__violations);
  return [
    ...problems,
    ...events.map((v) => `securitypolicyviolation: ${v}`),
    ...reports().map((r) => `report: ${r.slice(0, 200)}`),
  ];
}

const LIBS = { standalone: ['/lib/fair-offer.js'], npm: ['/lib/define.js'] };

for (const [profile, label] of [
  ['csp', 'CSP'],
  ['tt', 'CSP + Trusted Types (lit-html policy)'],
]) {
  // A linted offer computes its digest (Web Crypto) and loads the checks chunk after its paint: the same headers hold.
  check(
    `${label}: standalone with a linted offer renders, toggletip, two clicks = two offer-choice, no violation`,
    async () => {
      const session = await open(pageUrl(profile, LIBS.standalone, [], null, pilotDigest()));
      const problems = await exercise(session.page);
      const linted = await session.page.evaluate(() => document.getElementById('inline').getAttribute('linted'));
      if (!/^sha256-[0-9a-f]{64}$/.test(linted ?? '')) problems.push(`the inline widget has no lint digest: ${linted}`);
      problems.push(...(await violations(session)));
      await session.context.close();
      return problems;
    },
  );
  for (const [lib, urls] of Object.entries(LIBS)) {
    check(`${label}: ${lib} renders, toggletip, two clicks = two offer-choice, no violation`, async () => {
      const session = await open(pageUrl(profile, urls));
      const problems = await exercise(session.page);
      problems.push(...(await violations(session)));
      await session.context.close();
      return problems;
    });
  }
}

// Check groups load as chunks before an offer that needs them is validated: under CSP + Trusted Types the chunk is
// fetched from beside the standalone and the offer renders (a group that could not load would refuse it).
for (const [offer, chunk] of [
  ['/offers/subscription-eu.json', 'jurisdiction-group'],
  ['/demo-offers/pilot-retreat-sizes.json', 'experiment-group'],
]) {
  check(`CSP + Trusted Types: ${offer} loads its ${chunk} chunk and renders, no violation`, async () => {
    const session = await open(pageUrl('tt', LIBS.standalone, [], offer));
    const problems = [];
    const rendered = await session.page
      .waitForFunction(
        () => document.getElementById('fetched')?.shadowRoot?.querySelector('[part~="stop-action"]'),
        null,
        {
          timeout: 5_000,
        },
      )
      .then(
        () => true,
        () => false,
      );
    if (!rendered) problems.push('#fetched did not render');
    const loaded = await session.page.evaluate(() =>
      performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname),
    );
    if (!loaded.some((path) => path.startsWith(`/lib/fair-offer-chunks/${chunk}-`)))
      problems.push(`no ${chunk} chunk was fetched: ${loaded.join(', ')}`);
    problems.push(...(await violations(session)));
    await session.context.close();
    return problems;
  });
}

check(
  'controls: the headers bite (inline script blocked under CSP; innerHTML throws under Trusted Types)',
  async () => {
    const problems = [];
    for (const profile of ['csp', 'tt']) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(pageUrl(profile, LIBS.standalone));
      await page.waitForFunction(() => window.__ready, null, { timeout: 10_000 });
      const result = await page.evaluate(() => {
        const s = document.createElement('script');
        let tt = 'allowed';
        try {
          s.textContent = 'window.__inlineRan = true';
          document.body.append(s);
        } catch {
          tt = 'blocked';
        }
        try {
          document.createElement('div').innerHTML = '<b>x</b>';
        } catch {
          tt = 'blocked';
        }
        return new Promise((ok) =>
          setTimeout(() => ok({ inline: window.__inlineRan === true, tt, violations: window.__violations.length }), 50),
        );
      });
      if (result.inline) problems.push(`${profile}: an inline script ran`);
      if (result.violations === 0) problems.push(`${profile}: no violation reported for the control`);
      if (profile === 'tt' && result.tt !== 'blocked') problems.push('tt: innerHTML with a string was allowed');
      await context.close();
    }
    return problems;
  },
);

check('the standalone loaded twice (two URLs): no error, one definition, widgets work', async () => {
  const session = await open(pageUrl('csp', ['/lib/fair-offer.js', '/lib/fair-offer.js?v=2']));
  const problems = await exercise(session.page);
  const defined = await session.page.evaluate(
    () => document.getElementById('inline') instanceof customElements.get('fair-offer'),
  );
  if (!defined) problems.push('the widget is not an instance of the registered class');
  problems.push(...(await violations(session)));
  await session.context.close();
  return problems;
});

// WordPress and many CDNs add a query string to every script URL. The chunks must not import the entry again
// under its bare URL: that was a second copy with its own state, and a German offer showed English headings.
check('the standalone with a query string (?ver=): one copy of the entry, the offer in its language', async () => {
  const session = await open(pageUrl('csp', ['/lib/fair-offer.js?ver=1.2'], [], '/offers/subscription-de.json'));
  const eyebrow = await session.page
    .waitForFunction(() => document.getElementById('fetched').shadowRoot?.querySelector('.eyebrow')?.textContent)
    .then((handle) => handle.jsonValue());
  const problems = eyebrow === 'Empfohlen' ? [] : [`the German offer's first heading reads "${eyebrow}"`];
  problems.push(...(await exercise(session.page)));
  const entries = await session.page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((r) => new URL(r.name).pathname + new URL(r.name).search)
      .filter((url) => url.startsWith('/lib/fair-offer.js')),
  );
  if (entries.join(' ') !== '/lib/fair-offer.js?ver=1.2') problems.push(`entry loaded as: ${entries.join(', ')}`);
  problems.push(...(await violations(session)));
  await session.context.close();
  return problems;
});

/** The stop path under host CSS: a real, visible, readable button, in view; no sideways scroll. */
async function stopPathIntact(page, width) {
  const problems = [];
  for (const id of ['inline', 'fetched']) {
    const stop = page.locator(`#${id} [part~="stop-action"]`);
    await stop.scrollIntoViewIfNeeded();
    const m = await stop.evaluate((b) => {
      const r = b.getBoundingClientRect();
      const s = getComputedStyle(b);
      let bg = 'rgba(0, 0, 0, 0)';
      for (let n = b; n && bg === 'rgba(0, 0, 0, 0)'; n = n.parentElement ?? n.getRootNode().host)
        bg = getComputedStyle(n).backgroundColor;
      const text = b.textContent.trim();
      return {
        w: r.width,
        h: r.height,
        top: r.top,
        bottom: r.bottom,
        left: r.left,
        right: r.right,
        vh: innerHeight,
        vw: innerWidth,
        opacity: s.opacity,
        visibility: s.visibility,
        display: s.display,
        color: s.color,
        bg,
        fontSize: parseFloat(s.fontSize),
        textIndent: s.textIndent,
        text,
        scrollW: b.scrollWidth,
        clientW: b.clientWidth,
      };
    });
    const label = `#${id} stop-action`;
    if (m.display === 'none' || m.visibility !== 'visible' || m.opacity !== '1')
      problems.push(`${label}: display ${m.display}, visibility ${m.visibility}, opacity ${m.opacity}`);
    if (m.w < 24 || m.h < 24) problems.push(`${label}: ${m.w}×${m.h} px (WCAG 2.5.8 asks ≥ 24×24)`);
    if (m.top < 0 || m.bottom > m.vh || m.left < 0 || m.right > m.vw)
      problems.push(
        `${label}: not inside the viewport after scrolling (${Math.round(m.left)},${Math.round(m.top)})–(${Math.round(m.right)},${Math.round(m.bottom)})`,
      );
    if (m.color === m.bg || /rgba\(\d+, \d+, \d+, 0\)|transparent/.test(m.color))
      problems.push(`${label}: text colour ${m.color} on ${m.bg}`);
    if (m.fontSize < 12) problems.push(`${label}: font-size ${m.fontSize}px`);
    if (parseFloat(m.textIndent) !== 0) problems.push(`${label}: text-indent ${m.textIndent}`);
    if (m.scrollW > m.clientW + 1) problems.push(`${label}: label overflows its button (${m.scrollW} > ${m.clientW})`);
    if (!m.text) problems.push(`${label}: no label`);
  }
  // Every text in the widgets stays readable: no tiny or collapsed lines, no spread-out letters (the widget's own
  // eyebrow uses 0.04em), no text pushed off by text-indent.
  const unreadable = await page.evaluate(() =>
    ['inline', 'fetched'].flatMap((id) =>
      [
        ...document
          .getElementById(id)
          .shadowRoot.querySelectorAll('h2, h3, p, li, th, td, button, legend, label, caption'),
      ]
        .filter((n) => n.textContent.trim() && n.getClientRects().length)
        .map((n) => {
          const s = getComputedStyle(n);
          const size = parseFloat(s.fontSize);
          const line = s.lineHeight === 'normal' ? size * 1.2 : parseFloat(s.lineHeight);
          return {
            what: `#${id} ${n.localName}${n.className ? '.' + n.className : ''}`,
            size,
            line,
            spacing: s.letterSpacing,
            indent: s.textIndent,
          };
        })
        .filter(
          (t) =>
            t.size < 12 ||
            t.line < t.size ||
            Math.abs(parseFloat(t.spacing) || 0) > 0.1 * t.size ||
            parseFloat(t.indent) !== 0,
        ),
    ),
  );
  for (const t of unreadable.slice(0, 5))
    problems.push(
      `${t.what}: font-size ${t.size}px, line-height ${t.line}px, letter-spacing ${t.spacing}, text-indent ${t.indent}`,
    );
  if (unreadable.length > 5) problems.push(`… and ${unreadable.length - 5} more unreadable texts`);
  const overflow = await page.evaluate(() => document.scrollingElement.scrollWidth - innerWidth);
  if (overflow > 0) problems.push(`page scrolls sideways by ${overflow}px at ${width}px`);
  return problems;
}

for (const css of ['hostile', 'tiny', 'rem62']) {
  check(
    `hostile host CSS (${css}.css) at 320 px: stop path visible and readable, no sideways overflow; still works`,
    async () => {
      const session = await open(pageUrl('csp', LIBS.standalone, [css]), { width: 320, height: 640 });
      await session.page.waitForFunction(
        () => document.getElementById('fetched')?.shadowRoot?.querySelector('[part~="stop-action"]'),
        null,
        { timeout: 5_000 },
      );
      const problems = await stopPathIntact(session.page, 320);
      await session.page.locator('#inline [part~="stop-action"]').click();
      const stopped = await session.page
        .waitForFunction(() => window.__choices.some((c) => c.id === 'inline' && c.choice === 'stop'), null, {
          timeout: 5_000,
        })
        .then(
          () => true,
          () => false,
        );
      if (!stopped) problems.push('clicking the stop path did not fire offer-choice');
      problems.push(...(await violations(session)));
      await session.context.close();
      return problems;
    },
  );
}
