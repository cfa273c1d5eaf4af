// The one minification of the markup and CSS inside Lit's html`` and css`` literals, for every way the element's
// templates are built or run: the standalone (vite.config.ts), the npm entries and fair-offer/ssr emitted by tsc
// and the CLI (scripts/build.mjs), the CLI run from source (bin/fair-offer.js, through minify-templates-hooks.mjs)
// and the browser tests (web-test-runner.config.mjs). Lit's hydration matches a prerendered template by a hash of
// its strings, so the server's templates and the browser's must be minified alike, or not at all: one function
// with one set of options, used everywhere.
//
// @lit-labs/rollup-plugin-minify-html-literals does the work (html-minifier-next, lightningcss for the CSS). Its
// whitespace rules are kept, with one change: the minifier treats each template as a whole document and trims
// the whitespace at its two ends, but a template is often a piece of a sentence (html` <a href=…>` after the
// impact text, a price and its period). So each template is minified between two marker characters standing for
// the text around it: an edge space next to text or an inline element stays one space, one next to a block
// element goes, as inside the template.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { minifyHTMLLiterals } from '@lit-labs/rollup-plugin-minify-html-literals/lib/minify-html-literals.js';
import { defaultStrategy } from '@lit-labs/rollup-plugin-minify-html-literals/lib/strategy.js';

/** A private-use character: text to the minifier, never in a template. */
const EDGE = '\uE000';

const strategy = {
  ...defaultStrategy,
  async minifyHTML(markup, options) {
    if (markup.includes(EDGE)) throw new Error('a template contains U+E000, the minifier’s edge marker');
    const minified = await defaultStrategy.minifyHTML(`${EDGE}${markup}${EDGE}`, options);
    if (!minified.startsWith(EDGE) || !minified.endsWith(EDGE))
      throw new Error('the HTML minifier dropped the edge marker of a template');
    return minified.slice(EDGE.length, -EDGE.length);
  },
};

/** Only files that have a literal to minify are parsed (TypeScript's parser, ~ms each). */
const hasLiterals = (code) => /\b(?:html|svg|css)\s*`/.test(code);

/**
 * `code` (TypeScript or JavaScript) with its html``, svg`` and css`` literals minified, or null when nothing
 * changed. Throws when a template cannot be parsed: a build must fail rather than ship it half done.
 */
export async function minifyTemplates(code, fileName) {
  if (!hasLiterals(code)) return null;
  return minifyHTMLLiterals(code, { fileName, strategy, generateSourceMap: false });
}

/** For vite / rollup: the element's source files, before the TypeScript transform. */
export function minifyTemplatesRollupPlugin() {
  return {
    name: 'fair-offer-minify-templates',
    enforce: 'pre',
    async transform(code, id) {
      if (!isSourceFile(id)) return null;
      const result = await minifyTemplates(code, id);
      return result && { code: result.code, map: null };
    },
  };
}

/** For esbuild (the CLI bundle): the element's and the server renderer's TypeScript, its templates minified. */
export function minifyTemplatesEsbuildPlugin() {
  return {
    name: 'fair-offer-minify-templates',
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => {
        if (!isSourceFile(args.path)) return undefined; // esbuild loads it as usual
        const code = await readFile(args.path, 'utf8');
        const result = await minifyTemplates(code, args.path);
        return { contents: result ? result.code : code, loader: 'ts' };
      });
    },
  };
}

/** For @web/dev-server (web-test-runner): the browser tests run the element as it ships. */
export function minifyTemplatesDevServerPlugin() {
  return {
    name: 'fair-offer-minify-templates',
    async transform(context) {
      if (!isSourceFile(context.path) || typeof context.body !== 'string') return undefined;
      const result = await minifyTemplates(context.body, context.path);
      return result ? { body: result.code } : undefined;
    },
  };
}

/** The JavaScript tsc emitted for the element and the server renderer (dist/element, dist/ssr), minified in place. */
export async function minifyEmittedTemplates(dist) {
  let changed = 0;
  for (const dir of ['element', 'ssr'].map((name) => path.join(dist, name))) {
    for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.js')) continue;
      const file = path.join(entry.parentPath, entry.name);
      const result = await minifyTemplates(await readFile(file, 'utf8'), file);
      if (!result) continue;
      await writeFile(file, result.code);
      changed++;
    }
  }
  return changed;
}

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Where Lit's templates live: the element and the server renderer (src/element, src/ssr), not the core, the CLI's
 * HTML report (its own markup), tests, stories or dependencies. `id` is a file path or a dev server's URL path.
 */
function isSourceFile(id) {
  const file = id.split('?')[0];
  const relative = (file.startsWith(root) ? path.relative(root, file) : file.replace(/^\//, ''))
    .split(path.sep)
    .join('/');
  return /^src\/(?:element|ssr)\/.*\.ts$/.test(relative);
}
