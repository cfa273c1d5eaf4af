// Vite settings for Storybook (see main.ts): only what the element source needs to run in the browser.
import { defineConfig } from 'vite';

export default defineConfig({
  // Vite 8 (Oxc) leaves decorators as standard TC39 syntax unless told otherwise; the element uses TypeScript's
  // legacy decorators with `useDefineForClassFields: false` (tsconfig.json), spelled here in Oxc's terms so that
  // class fields do not shadow Lit's reactive accessors. Same settings as demo/vite.config.ts.
  oxc: {
    decorator: { legacy: true },
    assumptions: { setPublicClassFields: true },
    typescript: { removeClassFieldsWithoutInitializer: true },
  },
});
