/**
 * The standalone build: dist/fair-offer.js, ONE minified ES module with lit and Floating UI inside that
 * registers <fair-offer> when loaded, for a single <script type="module"> on any page.
 * The npm entries (dist/index.js, dist/define.js, dist/core/) are emitted by tsc instead (scripts/build.mjs),
 * so there lit and @floating-ui/dom stay bare imports the host's bundler dedupes.
 * scripts/size.mjs reuses this file with overrides (another entry, externals), so sizes are measured the same way.
 */
import { defineConfig } from 'vite';

export default defineConfig({
  // Legacy decorators and useDefineForClassFields: false come from the tsconfig. Vite 8 (Oxc) finds it on its own only
  // for files the tsconfig includes; named here it applies to every entry (scripts/size.mjs builds probes outside src).
  // Without it, @property fields stay native decorators / class fields that shadow Lit's accessors.
  tsconfig: 'tsconfig.json',
  publicDir: false,
  logLevel: 'warn',
  // Production mode: Lit's `development` export condition (dev warnings, "Lit is in dev mode") is not used.
  mode: 'production',
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: 'dist',
    emptyOutDir: false, // tsc's output lives in dist too; scripts/build.mjs cleans dist first
    target: 'es2022',
    minify: true,
    sourcemap: false,
    reportCompressedSize: false,
    lib: {
      entry: 'src/define.ts',
      formats: ['es'],
      fileName: () => 'fair-offer.js',
    },
    rolldownOptions: {
      output: {
        // One file even if the code gains a dynamic import (e.g. Floating UI loaded on first toggletip open);
        // Rolldown's name for what Rollup called inlineDynamicImports.
        codeSplitting: false,
        // Vite's ES library mode keeps whitespace by default; the standalone file is for <script> tags, not bundlers.
        minify: true,
      },
    },
  },
});
