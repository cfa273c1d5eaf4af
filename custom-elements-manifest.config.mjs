// custom-elements.json from the class JSDoc (@summary, @fires, @csspart, @cssproperty, @slot), shipped in dist/
// for editors, Storybook and docs tools. Run by scripts/build.mjs: `cem analyze --config custom-elements-manifest.config.mjs`.

const TAG = 'fair-offer';

/**
 * The tag is registered by `FairOffer.define()` (src/define.ts), not by a `customElements.define('fair-offer', …)`
 * call the analyzer could see, so name it here: the class gets its tagName (unless its JSDoc has @tagname) and
 * define.ts gets the custom-element-definition export tools look for.
 */
function tagNameFromDefine() {
  return {
    name: 'fair-offer:tag-name',
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules ?? [];
      const element = modules
        .flatMap((m) => (m.declarations ?? []).map((d) => ({ module: m, declaration: d })))
        .find(({ declaration }) => declaration.customElement && declaration.name === 'FairOffer');
      if (!element) return;
      element.declaration.tagName ??= TAG;
      const define = modules.find((m) => m.path === 'src/define.ts');
      if (define && !(define.exports ?? []).some((e) => e.kind === 'custom-element-definition')) {
        (define.exports ??= []).push({
          kind: 'custom-element-definition',
          name: element.declaration.tagName,
          declaration: { name: 'FairOffer', module: element.module.path },
        });
      }
    },
  };
}

/** `export type { … }` names no runtime value; the analyzer would list them as JS exports. */
function dropTypeOnlyExports() {
  const typeOnly = new Map(); // module path → exported type names
  return {
    name: 'fair-offer:drop-type-only-exports',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isExportDeclaration(node) || !node.exportClause || !ts.isNamedExports(node.exportClause)) return;
      const names = typeOnly.get(moduleDoc.path) ?? new Set();
      for (const el of node.exportClause.elements) if (node.isTypeOnly || el.isTypeOnly) names.add(el.name.text);
      typeOnly.set(moduleDoc.path, names);
    },
    moduleLinkPhase({ moduleDoc }) {
      const names = typeOnly.get(moduleDoc.path);
      if (names && moduleDoc.exports) moduleDoc.exports = moduleDoc.exports.filter((e) => !names.has(e.name));
    },
  };
}

/** The manifest ships with dist/, so its module paths name the built files (src/x.ts → dist/x.js). */
function pathsToDist() {
  const toDist = (p) => (typeof p === 'string' ? p.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js') : p);
  const walk = (node) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = toDist(value);
      else walk(value);
    }
  };
  return {
    name: 'fair-offer:paths-to-dist',
    // After the tag-name plugin, which matches on source paths.
    packageLinkPhase({ customElementsManifest }) {
      walk(customElementsManifest.modules);
    },
  };
}

export default {
  globs: ['src/index.ts', 'src/define.ts', 'src/element/**/*.ts'],
  exclude: ['**/*.test.ts', '**/*.stories.ts', 'src/core/**', 'src/cli/**'],
  outdir: 'dist',
  litelement: true,
  packagejson: false, // package.json's "customElements" field is maintained by hand
  plugins: [dropTypeOnlyExports(), tagNameFromDefine(), pathsToDist()],
};
