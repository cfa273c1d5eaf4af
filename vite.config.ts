/**
 * The standalone build: dist/fair-offer.js, the ONE URL a page includes (<script type="module">), a minified
 * ES module with what a linted offer's first paint needs (Lit and the element) that registers <fair-offer> when
 * loaded. The rest is split into chunks in dist/fair-offer-chunks/, imported relative to the module's own URL (so a
 * CDN path works, and script-src 'self' allows them): the checks (validateOffer, guardrails, valibot, the copy engine
 * and English pack: before an unlinted offer paints, right after a linted one), Floating UI (first toggletip), the
 * plan ("Save this summary"), receipt hashing (first choice), de/es/fr strings and copy packs (an offer in that
 * language), Lit's hydration support (prerendered markup).
 * The npm entries (dist/index.js, dist/define.js, dist/core/) are emitted by tsc instead (scripts/build.mjs),
 * so there lit and @floating-ui/dom stay bare imports the host's bundler dedupes.
 * scripts/size.mjs reuses this file with overrides (another entry, externals), so sizes are measured the same way.
 */
// @ts-expect-error: a plain .mjs script shared with scripts/build.mjs and the test runner, no types.
import { minifyTemplatesRollupPlugin } from './scripts/minify-templates.mjs';
// @ts-expect-error: a plain .mjs script, no types.
import { entryHandoffPlugin } from './scripts/entry-handoff.mjs';
import { defineConfig, type Plugin } from 'vite';
import { minify as terser } from 'terser';

/** V8's explicit compile hint for the entry (see `postBanner` below); it must stay the file's first line. */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * A second minification of every chunk, by terser after Oxc: terser names variables by how often they are used
 * and folds a little more, which gzip rewards (scripts/size.mjs, 2 Dec 2026: -0.13 KB on the entry, -0.6 KB on
 * the checks chunk, -1.6 KB over every chunk). Plain JavaScript semantics only (no `unsafe` options); tagged
 * template strings, which hydration hashes, are never touched. Skipped when source maps are asked for
 * (scripts/size-modules.mjs attributes bytes with them), since it would not carry them through.
 */
function terserPass(): Plugin {
  return {
    name: 'fair-offer-terser-pass',
    apply: 'build',
    async generateBundle(options, bundle) {
      if (options.sourcemap) return;
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const hinted = chunk.code.startsWith(COMPILE_HINT);
        const code = hinted ? chunk.code.slice(COMPILE_HINT.length) : chunk.code;
        const result = await terser(code, { module: true, compress: { passes: 2 }, format: { comments: false } });
        if (result.code === undefined) throw new Error(`terser returned nothing for ${chunk.fileName}`);
        chunk.code = hinted ? `${COMPILE_HINT}\n${result.code}` : result.code;
      }
    },
  };
}

export default defineConfig({
  // Legacy decorators and useDefineForClassFields: false come from the tsconfig. Vite 8 (Oxc) finds it on its own only
  // for files the tsconfig includes; named here it applies to every entry (scripts/size.mjs builds probes outside src).
  // Without it, @property fields stay native decorators / class fields that shadow Lit's accessors.
  tsconfig: 'tsconfig.json',
  publicDir: false,
  // The markup and CSS inside Lit's html`` and css`` literals, minified before the TypeScript transform exactly as
  // for fair-offer/ssr and the CLI (scripts/minify-templates.mjs): hydration matches a template by its strings.
  // entryHandoffPlugin last: it rewrites the final code (a query string on the script URL must not load a second entry).
  plugins: [minifyTemplatesRollupPlugin(), terserPass(), entryHandoffPlugin()],
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
      // The entry may export its internals to the chunks: they then import Lit and the core from dist/fair-offer.js
      // itself (already loaded) instead of a shared chunk the first paint would have to fetch too.
      preserveEntrySignatures: 'allow-extension',
      // terserPass takes most of the build's time by design: no warning that a plugin is slow.
      checks: { bundlerTimings: false },
      output: {
        codeSplitting: true,
        chunkFileNames: 'fair-offer-chunks/[name]-[hash].js',
        // Vite's ES library mode keeps whitespace by default; the standalone file is for <script> tags, not bundlers.
        minify: true,
        // V8's explicit compile hint (https://v8.dev/blog/explicit-compile-hints): every function of the entry runs
        // for the first paint, so it is compiled while the module streams in (off the main thread), not lazily on
        // the main thread during the first render (bench/render: a linted first widget ~51 -> ~42 ms on this
        // machine). Only the entry: the chunks are used in part. Other engines read it as a comment.
        postBanner: (chunk) => (chunk.isEntry ? '//# allFunctionsCalledOnLoad' : ''),
      },
    },
  },
});
