#!/usr/bin/env node
// Size budget for what a page downloads, enforced in CI (exit 1 when over budget):
//   the standalone dist/fair-offer.js          ≤ 20 KB gzip
//   fair-offer's own code (lit, Floating UI external) ≤ 8 KB gzip
// Every row is built in memory with vite.config.ts (the standalone's config) and only the entry and externals
// changed, so the comparison rows — lit alone, lit + Floating UI — are "built the same way".
// Also measures what loading Floating UI with a dynamic import() would save (see the notes it prints).
// Usage: node scripts/size.mjs [--from-dist] [--warn-only] [--entry FILE] [--json FILE]
//   --from-dist: take the standalone row from dist/fair-offer.js; --warn-only: report, exit 0 (the build uses it,
//   so an over-budget bundle is still built; `npm run size` is the check); --entry: measure another entry
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants as zlibConstants } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { build } from 'vite';

const KB = 1024;
export const BUDGET = { standaloneGzip: 20 * KB, ownGzip: 8 * KB };

const root = fileURLToPath(new URL('..', import.meta.url));
const configFile = path.join(root, 'vite.config.ts');
// Probe entries live where `lit` resolves and git does not look (.test-results/ is ignored). Not under
// node_modules: Vite does not apply the tsconfig's legacy decorators there.
const probeDir = path.join(root, '.test-results', 'size-probes');

const LIT = [/^lit($|\/)/, /^lit-html($|\/)/, /^lit-element($|\/)/, /^@lit\//];
const FLOATING = [/^@floating-ui\//];

/** Builds one entry like the standalone, returns every chunk's code (entry first). */
async function bundle(entry, { external = [], split = false } = {}) {
  const result = await build({
    configFile,
    root,
    logLevel: 'error',
    build: {
      write: false,
      lib: { entry, formats: ['es'], fileName: () => 'entry.js' },
      rolldownOptions: {
        external,
        output: split ? { codeSplitting: true } : {},
      },
    },
  });
  const chunks = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output).filter((o) => o.type === 'chunk');
  const output = [...new Map(chunks.map((c) => [c.fileName, c])).values()];
  output.sort((a, b) => Number(b.isEntry) - Number(a.isEntry));
  lastModules = output[0]?.modules ?? {};
  return output.map((c) => c.code);
}
let lastModules = {};

/** Where the bytes of the last bundle come from: rendered (pre-minify) length per package or src folder. */
function breakdown(modules) {
  const groups = new Map();
  for (const [id, info] of Object.entries(modules)) {
    const rel = path.relative(root, id.replace(/^\0/, '')).split(path.sep).join('/');
    const pkg = rel.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1];
    const key =
      pkg ??
      (rel.startsWith('src/')
        ? rel
            .split('/')
            .slice(0, rel.startsWith('src/core/') ? 3 : 2)
            .join('/')
            .replace(/\.ts$/, '')
        : rel);
    groups.set(key, (groups.get(key) ?? 0) + (info.renderedLength ?? 0));
  }
  const total = [...groups.values()].reduce((a, b) => a + b, 0) || 1;
  return [...groups.entries()].sort((a, b) => b[1] - a[1]).map(([name, bytes]) => ({ name, share: bytes / total }));
}

function measure(code) {
  const buf = Buffer.from(code);
  return {
    min: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** The Floating UI functions the toggletip controller imports, so the "lit + Floating UI" row matches real use. */
function floatingImports() {
  const file = path.join(root, 'src/element/toggletip-controller.ts');
  const fallback = ['computePosition', 'autoUpdate', 'flip', 'shift', 'offset'];
  if (!existsSync(file)) return fallback;
  const m = readFileSync(file, 'utf8').match(/import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*['"]@floating-ui\/dom['"]/);
  const names = m?.[1]
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s && !s.startsWith('type '))
    .map((s) => s.split(/\s+as\s+/)[0]);
  return names?.length ? names : fallback;
}

/** A tiny LitElement using what fair-offer uses (decorators, static styles, templates), optionally Floating UI. */
function writeProbes(fui) {
  mkdirSync(probeDir, { recursive: true });
  const element = (extra) => `
import { LitElement, html, css } from 'lit';
import { property, state } from 'lit/decorators.js';
${extra.imports}
export class SizeProbe extends LitElement {
  static override styles = css\`:host { display: block; }\`;
  @property({ type: String }) label = 'probe';
  @state() private open = false;
  override render() {
    return html\`<button @click=\${() => { this.open = !this.open; ${extra.onClick} }}>\${this.label}</button>\`;
  }
}
customElements.define('size-probe', SizeProbe);
`;
  const files = {
    'lit.ts': element({ imports: '', onClick: '' }),
    'lit-floating.ts': element({
      imports: `import { ${fui.join(', ')} } from '@floating-ui/dom';\n(globalThis as any).__fui = [${fui.join(', ')}];`,
      onClick: '',
    }),
    'lit-floating-lazy.ts': element({
      imports: '',
      // Destructured, so the bundler can still drop the Floating UI exports nobody uses.
      onClick: `void import('@floating-ui/dom').then(({ ${fui.join(', ')} }) => ((globalThis as any).__fui = [${fui.join(', ')}]));`,
    }),
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(probeDir, name), text);
  return Object.fromEntries(Object.keys(files).map((n) => [n, path.join(probeDir, n)]));
}

const fmt = (n) => (n / KB).toFixed(2).padStart(7);

async function main() {
  const argv = process.argv.slice(2);
  const fromDist = argv.includes('--from-dist');
  const warnOnly = argv.includes('--warn-only');
  const jsonOut = argv.includes('--json')
    ? argv[argv.indexOf('--json') + 1]
    : path.join(root, '.test-results', 'size.json');
  const entry = argv.includes('--entry')
    ? path.resolve(argv[argv.indexOf('--entry') + 1])
    : path.join(root, 'src/define.ts');
  const fui = floatingImports();
  const probes = writeProbes(fui);

  const standaloneCode =
    fromDist && existsSync(path.join(root, 'dist/fair-offer.js'))
      ? readFileSync(path.join(root, 'dist/fair-offer.js'), 'utf8')
      : (await bundle(entry))[0];

  const own = measure((await bundle(entry, { external: [...LIT, ...FLOATING] }))[0]);
  const ownParts = breakdown(lastModules);
  const rows = {
    standalone: measure(standaloneCode),
    own,
    withoutFloating: measure((await bundle(entry, { external: FLOATING }))[0]),
    lit: measure((await bundle(probes['lit.ts']))[0]),
    litFloating: measure((await bundle(probes['lit-floating.ts']))[0]),
    litFloatingLazyOneFile: measure((await bundle(probes['lit-floating-lazy.ts']))[0]),
  };
  const split = await bundle(probes['lit-floating-lazy.ts'], { split: true });
  rows.litFloatingLazyFirstChunk = measure(split[0]);
  rows.litFloatingLazyLaterChunks = measure(split.slice(1).join('\n'));

  const table = [
    ['standalone dist/fair-offer.js', rows.standalone, BUDGET.standaloneGzip],
    ['fair-offer own code (lit, Floating UI external)', rows.own, BUDGET.ownGzip],
    ['standalone without Floating UI (lit inside)', rows.withoutFloating],
    ['lit alone (tiny LitElement, same build)', rows.lit],
    [`lit + Floating UI (${fui.join(', ')})`, rows.litFloating],
    ['lit + Floating UI via import(), one file', rows.litFloatingLazyOneFile],
    ['lit + Floating UI via import(), first chunk', rows.litFloatingLazyFirstChunk],
    ['  … lazy chunk loaded on first open', rows.litFloatingLazyLaterChunks],
  ];
  const width = Math.max(...table.map(([name]) => name.length));
  console.log(`${'size (KB = 1024 bytes)'.padEnd(width)}      min    gzip  brotli   budget (gzip)`);
  let over = false;
  for (const [name, m, budget] of table) {
    const verdict =
      budget === undefined
        ? ''
        : m.gzip <= budget
          ? `≤ ${(budget / KB).toFixed(0)} ok`
          : `> ${(budget / KB).toFixed(0)} OVER`;
    if (budget !== undefined && m.gzip > budget) over = true;
    console.log(`${name.padEnd(width)}  ${fmt(m.min)} ${fmt(m.gzip)} ${fmt(m.brotli)}   ${verdict}`);
  }
  console.log('\nown code by source (share of the unminified bundle → ≈ gzip KB):');
  for (const part of ownParts.filter((p) => p.share >= 0.01))
    console.log(
      `  ${part.name.padEnd(width - 2)}  ${(part.share * 100).toFixed(0).padStart(5)} %  ≈ ${fmt(part.share * own.gzip)}`,
    );
  const floatingShare = rows.standalone.gzip - rows.withoutFloating.gzip;
  console.log(
    `\nFloating UI adds ${(floatingShare / KB).toFixed(2)} KB gzip to the standalone. A dynamic import() cannot shrink the` +
      ` standalone (one file: the code is inlined either way, ${fmt(rows.litFloatingLazyOneFile.gzip - rows.litFloating.gzip).trim()} KB difference in the probe);` +
      ` for npm users whose bundler splits chunks it moves ~${(floatingShare / KB).toFixed(1)} KB gzip off the first load.`,
  );

  mkdirSync(path.dirname(jsonOut), { recursive: true });
  writeFileSync(jsonOut, JSON.stringify({ budget: BUDGET, floatingImports: fui, rows, ownParts }, null, 2) + '\n');
  if (over) {
    console.error(`size: over budget${warnOnly ? ' (reported only: run `npm run size` to enforce)' : ''}`);
    if (!warnOnly) process.exit(1);
  }
}

await main();
