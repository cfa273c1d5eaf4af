// Node module hooks (module.register) for the CLI run from source (bin/fair-offer.js in the repository, through
// tsx): the TypeScript of src/element and src/ssr is loaded with its html`` and css`` literals minified by
// scripts/minify-templates.mjs, as in dist/, so `fair-offer render` prints the very templates dist/fair-offer.js
// and dist/define.js hydrate.
// Registered before tsx's hooks, so tsx's load asks this one for the source and transforms the minified text.
import { fileURLToPath } from 'node:url';

const templateDirs = ['../src/element/', '../src/ssr/'].map((dir) => new URL(dir, import.meta.url).href);
let minifyTemplates;

export async function load(url, context, nextLoad) {
  const loaded = await nextLoad(url, context);
  const file = url.split('?')[0];
  if (!templateDirs.some((dir) => file.startsWith(dir)) || !file.endsWith('.ts') || loaded.source == null)
    return loaded;
  const code = typeof loaded.source === 'string' ? loaded.source : new TextDecoder().decode(loaded.source);
  if (!/\b(?:html|svg|css)\s*`/.test(code)) return loaded; // the minifier (TypeScript's parser) loads only when needed
  minifyTemplates ??= (await import('./minify-templates.mjs')).minifyTemplates;
  const minified = await minifyTemplates(code, fileURLToPath(file));
  return minified ? { ...loaded, source: minified.code } : loaded;
}
