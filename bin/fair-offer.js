#!/usr/bin/env node
// Runs the fair-offer CLI. In the published package it loads the bundled dist/cli.js. In the repository
// (no build step needed after `npm ci`) it runs src/cli/main.ts through tsx, so a stale dist/ never
// answers for the source; set FAIR_OFFER_CLI=dist to force the bundle.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const dist = here('../dist/cli.js');
const source = here('../src/cli/main.ts');
const installed = import.meta.url.includes('/node_modules/');

async function load() {
  if (!installed && process.env.FAIR_OFFER_CLI !== 'dist' && existsSync(source)) {
    try {
      // The templates minified as dist/ has them, so `render` prints what dist/fair-offer.js hydrates.
      const hooks = here('../scripts/minify-templates-hooks.mjs');
      if (existsSync(hooks)) (await import('node:module')).register(pathToFileURL(hooks));
      const { tsImport } = await import('tsx/esm/api');
      // The repository's tsconfig (legacy decorators), wherever the command runs from: tsx would read the one in cwd.
      return await tsImport(source, { parentURL: import.meta.url, tsconfig: here('../tsconfig.json') });
    } catch (err) {
      if (!existsSync(dist)) throw err;
    }
  }
  return import(new URL('../dist/cli.js', import.meta.url).href);
}

try {
  const { main } = await load();
  process.exitCode = await main(process.argv.slice(2));
} catch (err) {
  process.stderr.write(`fair-offer: could not start (${err instanceof Error ? err.message : String(err)})\n`);
  process.exitCode = 2;
}
