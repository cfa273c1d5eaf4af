#!/usr/bin/env node
// `npm run build`: everything the npm package ships, then checks that fail the build when the package is wrong.
//   dist/**/*.js + .d.ts   tsc -p tsconfig.build.json (entries ".", "./define", "./core", "./ssr"; lit and Floating UI
//                          stay imports), then its html`` and css`` literals minified as in every other build
//                          (scripts/minify-templates.mjs: the server's templates must be the browser's)
//   dist/fair-offer.js     vite.config.ts: the standalone (one file before the first paint; lazy chunks in
//                          dist/fair-offer-chunks/ beside it)
//   dist/cli.js            esbuild: the CLI for Node, self-contained (its templates minified the same way)
//   dist/custom-elements.json  @custom-elements-manifest/analyzer from the class JSDoc
// Checks: the standalone is Lit's production build and registers + renders <fair-offer> in headless Chromium,
// publint (strict) is clean; scripts/size.mjs prints the size table (`npm run size` enforces the budget).
// Flags: --skip-size, --skip-browser (for quick local iterations; CI runs everything).
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { minifyEmittedTemplates, minifyTemplatesEsbuildPlugin } from './minify-templates.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);
const args = new Set(process.argv.slice(2));
const started = performance.now();
const timings = [];

async function step(name, fn) {
  const t0 = performance.now();
  process.stdout.write(`build: ${name} … `);
  await fn();
  const ms = performance.now() - t0;
  timings.push([name, ms]);
  console.log(`${(ms / 1000).toFixed(1)} s`);
}

function run(cmd, cmdArgs) {
  const r = spawnSync(cmd, cmdArgs, { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${cmd} ${cmdArgs.join(' ')} exited with ${r.status}`);
}

const bin = (name) => path.join(root, 'node_modules', '.bin', name);

try {
  await step('clean dist', () => rmSync('dist', { recursive: true, force: true }));

  await step('tsc (npm entries + types)', () => run(bin('tsc'), ['-p', 'tsconfig.build.json']));

  await step('minify the templates tsc emitted', async () => {
    const files = await minifyEmittedTemplates(path.join(root, 'dist'));
    process.stdout.write(`${files} files `);
  });

  await step('vite (standalone dist/fair-offer.js)', async () => {
    const { build } = await import('vite');
    const result = await build({ configFile: path.join(root, 'vite.config.ts') });
    const chunks = (Array.isArray(result) ? result : [result])
      .flatMap((r) => r.output)
      .filter((c) => c.type === 'chunk');
    const entry = chunks.find((c) => c.fileName === 'fair-offer.js');
    // One request before the first paint: the entry imports nothing statically; the rest loads on demand from
    // dist/fair-offer-chunks/, beside it.
    if (!entry || entry.imports.length)
      throw new Error(`dist/fair-offer.js must need no other file to paint, it imports ${entry?.imports.join(', ')}`);
    const stray = chunks.filter((c) => c !== entry && !c.fileName.startsWith('fair-offer-chunks/'));
    if (stray.length)
      throw new Error(`chunks outside dist/fair-offer-chunks/: ${stray.map((c) => c.fileName).join(', ')}`);
    // Lit's development build announces itself with this warning; the production build has no such string.
    if (readFileSync('dist/fair-offer.js', 'utf8').includes('Lit is in dev mode'))
      throw new Error("dist/fair-offer.js contains Lit's development build");
  });

  await step('esbuild (CLI dist/cli.js)', async () => {
    if (!existsSync('src/cli/main.ts')) {
      console.log('(src/cli/main.ts not there yet: skipped) ');
      return;
    }
    const esbuild = await import('esbuild');
    await esbuild.build({
      // bin/fair-offer.js imports { main } from dist/cli.js; run directly (`node dist/cli.js lint …`) it runs main itself.
      stdin: {
        contents: [
          "export * from './src/cli/main.ts';",
          "import { main } from './src/cli/main.ts';",
          "import { realpathSync } from 'node:fs';",
          "import { pathToFileURL } from 'node:url';",
          'if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href)',
          '  process.exitCode = await main(process.argv.slice(2));',
        ].join('\n'),
        resolveDir: root,
        sourcefile: 'cli-entry.ts',
        loader: 'ts',
      },
      outfile: 'dist/cli.js',
      bundle: true,
      platform: 'node',
      // jsonc-parser's "main" is a UMD build whose require() calls esbuild cannot follow; its "module" is plain ESM.
      mainFields: ['module', 'main'],
      format: 'esm',
      target: 'node20',
      tsconfig: 'tsconfig.json',
      plugins: [minifyTemplatesEsbuildPlugin()],
      logLevel: 'warning',
      // Bundled CommonJS dependencies may call require(); ESM has none, so give them one.
      banner: {
        js: "#!/usr/bin/env node\nimport { createRequire as __foCreateRequire } from 'node:module';\nconst require = __foCreateRequire(import.meta.url);",
      },
    });
    chmodSync('dist/cli.js', 0o755);
  });

  await step('custom-elements manifest', () =>
    run(bin('cem'), ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet']),
  );

  if (!args.has('--skip-browser')) {
    await step('standalone smoke test in Chromium', async () => {
      const { checkStandalone } = await import('../bench/render/standalone-smoke.mjs');
      await checkStandalone(path.join(root, 'dist/fair-offer.js'));
    });
  }

  await step('publint (strict)', async () => {
    const { publint } = await import('publint');
    const { formatMessage } = await import('publint/utils');
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    const { messages } = await publint({ pkgDir: root, strict: true, level: 'suggestion' });
    if (messages.length) {
      console.log('');
      for (const m of messages) console.log(`  ${m.type}: ${formatMessage(m, pkg)}`);
      if (messages.some((m) => m.type !== 'suggestion')) throw new Error('publint found problems');
    }
  });

  if (!args.has('--skip-size')) {
    // Reported here, enforced by `npm run size` (CI): an over-budget bundle must not stop the build others use.
    await step('size budget', () => run(process.execPath, ['scripts/size.mjs', '--from-dist', '--warn-only']));
  }
} catch (err) {
  console.error(`\nbuild failed: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
}

console.log(`build: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
