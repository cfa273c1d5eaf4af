// `npm start`: the demo, a Vite multi-page app whose root is this folder.
import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { resolve } from 'node:path';

const here = import.meta.dirname;

/**
 * `<!-- include ./partials/x.html -->` on a line of its own is replaced by that file, indented like the comment: the
 * event log is written once for the three offer pages. Done on the HTML as it is served and built, so the pages stay
 * static markup (no script writes them, nothing changes under a strict CSP).
 */
function includePartials(): Plugin {
  const include = /^( *)<!-- include (\.\/partials\/[\w-]+\.html) -->$/gm;
  return {
    name: 'demo-include-partials',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) =>
        html.replace(include, (_line, indent: string, file: string) =>
          readFileSync(resolve(here, file), 'utf8')
            .trimEnd()
            .split('\n')
            .map((line) => (line ? indent + line : line))
            .join('\n'),
        ),
    },
  };
}

export default defineConfig({
  root: here,
  plugins: [includePartials()],
  // Vite 8 transforms TS with Oxc, which passes decorators through as standard (TC39) syntax unless told
  // otherwise, and browsers cannot run that yet. The element uses TypeScript's legacy decorators with
  // `useDefineForClassFields: false` (tsconfig.json); these three options are Oxc's spelling of the same,
  // so class fields do not shadow Lit's reactive accessors.
  oxc: {
    decorator: { legacy: true },
    assumptions: { setPublicClassFields: true },
    typescript: { removeClassFieldsWithoutInitializer: true },
  },
  // The pages import the element source and the example offers from outside the root.
  server: { fs: { allow: [resolve(here, '..')] } },
  build: {
    outDir: resolve(here, '../dist/demo'),
    emptyOutDir: true,
    rollupOptions: {
      input: {
        index: resolve(here, 'index.html'),
        pilot: resolve(here, 'pilot.html'),
        subscription: resolve(here, 'subscription.html'),
        donation: resolve(here, 'donation.html'),
      },
    },
  },
});
