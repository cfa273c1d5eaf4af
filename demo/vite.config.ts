// `npm start`: the demo, a Vite multi-page app whose root is this folder.
import { defineConfig } from 'vite';
import { resolve } from 'node:path';

const here = import.meta.dirname;

export default defineConfig({
  root: here,
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
