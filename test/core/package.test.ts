/**
 * The package contract, checked without building (fast): the exports map names files the build produces from
 * sources that exist, only the registering files are declared side-effectful, `fair-offer` (the class entry)
 * registers nothing, and src/core stays DOM-free (no lit, no Floating UI, no DOM globals) so it runs in Node.
 * When dist/ has been built, the built files are checked too.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import viteConfig from '../../vite.config.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const buildTsconfig = JSON.parse(readFileSync(path.join(root, 'tsconfig.build.json'), 'utf8'));
// A plain .mjs config without types: read what the test needs.
const cemConfig = (await import('../../custom-elements-manifest.config.mjs' as string)).default as {
  outdir: string;
  litelement: boolean;
};

type Conditional = { types: string; default: string };
const ENTRIES = { '.': 'index', './define': 'define', './core': 'core/index' } as const;
const STANDALONE = './dist/fair-offer.js';

/** Which source tsc turns into a dist/*.js file, per tsconfig.build.json (rootDir src → outDir dist). */
function sourceOf(distFile: string): string {
  const { rootDir, outDir } = buildTsconfig.compilerOptions;
  const rel = path.posix.relative(outDir, distFile.replace(/^\.\//, ''));
  return path.posix.join(rootDir, rel.replace(/\.d\.ts$|\.js$/, '.ts'));
}

function filesUnder(dir: string): string[] {
  const abs = path.join(root, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs).flatMap((name) => {
    const rel = path.posix.join(dir, name);
    return statSync(path.join(root, rel)).isDirectory() ? filesUnder(rel) : /\.ts$/.test(name) ? [rel] : [];
  });
}

describe('package.json entries', () => {
  it('exports ".", "./define" and "./core", each with types listed before the JS', () => {
    for (const [key, base] of Object.entries(ENTRIES)) {
      const target = pkg.exports[key] as Conditional;
      expect(target, key).toEqual({ types: `./dist/${base}.d.ts`, default: `./dist/${base}.js` });
      // TypeScript picks the first matching condition: "types" must come first.
      expect(Object.keys(target)[0], key).toBe('types');
    }
  });

  it('points every npm entry at a file tsc emits from a source that exists', () => {
    for (const key of Object.keys(ENTRIES)) {
      const target = pkg.exports[key] as Conditional;
      const source = sourceOf(target.default);
      expect(sourceOf(target.types)).toBe(source);
      expect(source.startsWith('src/'), `${key} → ${source}`).toBe(true);
      expect(existsSync(path.join(root, source)), `${key} needs ${source}`).toBe(true);
    }
  });

  it('has main/module/types agreeing with the "." export, for tools that predate exports', () => {
    const dot = pkg.exports['.'] as Conditional;
    expect(pkg.main).toBe(dot.default);
    expect(pkg.module).toBe(dot.default);
    expect(pkg.types).toBe(dot.types);
  });

  it('emits the npm entries with tsc from src only, leaving tests and the CLI out', () => {
    const o = buildTsconfig.compilerOptions;
    expect(o.noEmit).toBe(false);
    expect(o.declaration).toBe(true);
    expect(o.outDir).toBe('dist');
    expect(o.rootDir).toBe('src');
    expect(buildTsconfig.include).toEqual(['src']);
    expect(buildTsconfig.exclude).toContain('src/cli');
  });

  it('builds the standalone from src/define.ts as a minified ES module named by the "./standalone" export, chunks beside it', () => {
    expect(pkg.exports['./standalone']).toBe(STANDALONE);
    const lib = viteConfig.build?.lib;
    if (!lib || typeof lib.fileName !== 'function') throw new Error('vite.config.ts must set build.lib.fileName');
    expect(lib.entry).toBe('src/define.ts');
    expect(lib.formats).toEqual(['es']);
    expect(path.posix.join('./', viteConfig.build!.outDir!, lib.fileName('es', 'define'))).toBe(STANDALONE.slice(2));
    expect(viteConfig.build?.minify).toBe(true);
    const output = viteConfig.build?.rolldownOptions?.output;
    // What the first paint does not need is split into chunks in dist/fair-offer-chunks/, imported relative to it.
    expect(Array.isArray(output) ? undefined : output?.codeSplitting).toBe(true);
    expect(Array.isArray(output) ? undefined : output?.chunkFileNames).toMatch(/^fair-offer-chunks\//);
    // Nothing external: lit and Floating UI go inside.
    expect(viteConfig.build?.rolldownOptions?.external).toBeUndefined();
    // Lit's dev build is chosen by the `development` condition, which Vite uses only outside production mode.
    expect(viteConfig.mode).toBe('production');
    expect(viteConfig.resolve?.conditions ?? []).not.toContain('development');
  });

  it('ships the custom-elements manifest where "customElements" and its export say', () => {
    expect(path.posix.join(cemConfig.outdir, 'custom-elements.json')).toBe(pkg.customElements);
    expect(pkg.exports['./custom-elements.json']).toBe(`./${pkg.customElements}`);
    expect(cemConfig.litelement).toBe(true);
  });

  it('publishes every export target and the bin (the "files" list covers them)', () => {
    const targets: string[] = Object.values(pkg.exports as Record<string, string | Conditional>).flatMap((t) =>
      typeof t === 'string' ? [t] : Object.values(t),
    );
    targets.push(...Object.values(pkg.bin as Record<string, string>));
    for (const t of targets) {
      const rel = t.replace(/^\.\//, '');
      const covered =
        rel === 'package.json' || (pkg.files as string[]).some((f) => rel === f || rel.startsWith(f + '/'));
      expect(covered, `${t} is not in "files"`).toBe(true);
    }
  });

  it('declares side effects only for the files that register <fair-offer> or every check, pack and string table', () => {
    // src/define.ts too: bundlers that alias fair-offer/define to the source (demo, stories, framework apps) must keep it.
    // fair-offer/hydrate loads Lit's hydration support first; fair-offer/ssr registers the element on the server's registry.
    const registering = ['./dist/define.js', './dist/hydrate.js', './dist/ssr/render-offer.js', STANDALONE];
    // register-all (every check group, copy pack and string table) and locales/all are bare imports of fair-offer/core,
    // the CLI and the server renderer: a bundler that dropped them would refuse offers as checks-not-loaded.
    const registries = ['./dist/core/register-all.js', './dist/core/locales/all.js'];
    const sources = ['./src/define.ts', './src/hydrate.ts', './src/core/register-all.ts', './src/core/locales/all.ts'];
    // The entry's first import asks for the checks early when the page holds an unlinted offer (early-checks.ts).
    const early = ['./dist/element/early-checks.js', './src/element/early-checks.ts'];
    expect([...pkg.sideEffects].sort()).toEqual([...registering, ...registries, ...sources, ...early].sort());
    expect(sourceOf('./dist/define.js')).toBe('src/define.ts');
  });
});

describe('no side effects on import of the class entry', () => {
  /** Top-level statements (outside any function or class body) that call `.define(`. */
  function topLevelDefineCalls(file: string): string[] {
    const text = readFileSync(path.join(root, file), 'utf8');
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
    const found: string[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isFunctionLike(node) || ts.isClassLike(node)) return; // code that runs only when called
      if (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        node.expression.name.text === 'define'
      )
        found.push(node.getText(sf));
      ts.forEachChild(node, visit);
    };
    visit(sf);
    return found;
  }

  it('finds a top-level define call (the scanner works)', () => {
    expect(topLevelDefineCalls('src/define.ts').length).toBeGreaterThan(0);
  });

  it('src/index.ts and the element modules register no tag when imported', () => {
    const files = ['src/index.ts', ...filesUnder('src/element')];
    for (const file of files) expect(topLevelDefineCalls(file), file).toEqual([]);
  });
});

describe('src/core stays DOM-free and Node-free (it runs in both)', () => {
  const FORBIDDEN_IMPORT = /^(lit|lit-html|lit-element|@lit\/.*|lit\/.*|@floating-ui\/.*|node:.*)$|(^|\/)element(\/|$)/;
  const DOM_GLOBALS = new Set([
    'document',
    'window',
    'customElements',
    'HTMLElement',
    'Element',
    'ShadowRoot',
    'navigator',
    'localStorage',
    'sessionStorage',
    'requestAnimationFrame',
    'getComputedStyle',
    // Node-only: the standalone has no `process` (a stray process.env in core makes every offer invalid there).
    'process',
    'Buffer',
    'require',
    '__dirname',
    '__filename',
  ]);

  /** Imports of lit / Floating UI / the element / node:*, and DOM or Node globals (not `x.window` or `{ window: 1 }`). */
  function domUses(file: string, text = readFileSync(path.join(root, file), 'utf8')): string[] {
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
    const uses: string[] = [];
    const visit = (node: ts.Node): void => {
      if (
        (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
        node.moduleSpecifier &&
        ts.isStringLiteral(node.moduleSpecifier)
      ) {
        if (FORBIDDEN_IMPORT.test(node.moduleSpecifier.text)) uses.push(`import '${node.moduleSpecifier.text}'`);
      } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
        const [arg] = node.arguments;
        if (arg && ts.isStringLiteral(arg) && FORBIDDEN_IMPORT.test(arg.text)) uses.push(`import('${arg.text}')`);
      } else if (ts.isIdentifier(node) && DOM_GLOBALS.has(node.text)) {
        const p = node.parent;
        const isMemberName =
          ((ts.isPropertyAccessExpression(p) || ts.isQualifiedName(p)) &&
            (p as ts.PropertyAccessExpression).name === node) ||
          ((ts.isPropertyAssignment(p) ||
            ts.isPropertySignature(p) ||
            ts.isPropertyDeclaration(p) ||
            ts.isMethodDeclaration(p)) &&
            p.name === node);
        if (!isMemberName)
          uses.push(`${node.text} (line ${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1})`);
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
    return uses;
  }

  it('the scanner flags DOM use and lets member names through', () => {
    const bad = `import { html } from 'lit';\nimport { x } from '../element/x.js';\nconst el: HTMLElement = document.body;\nwindow.alert('x');\nconst k = process.env.KEEP;\nimport { readFileSync } from 'node:fs';`;
    expect(domUses('probe.ts', bad)).toEqual([
      "import 'lit'",
      "import '../element/x.js'",
      'HTMLElement (line 3)',
      'document (line 3)',
      'window (line 4)',
      'process (line 5)',
      "import 'node:fs'",
    ]);
    const fine = `// the document of record\nconst a = { window: 3 };\ninterface T { document?: string }\nconst s = (globalThis as { localStorage?: unknown }).localStorage;\nconst t = 'window';`;
    expect(domUses('probe.ts', fine)).toEqual([]);
  });

  it('no core module imports lit, Floating UI, the element or node:*, or uses DOM or Node globals', () => {
    const files = filesUnder('src/core');
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(domUses(file), file).toEqual([]);
  });
});

// After `npm run build`: the files themselves. Skipped (and said so) when dist/ has not been built.
describe.runIf(existsSync(path.join(root, 'dist', 'fair-offer.js')))('built package (dist/)', () => {
  it('has every export target', () => {
    for (const t of Object.values(pkg.exports as Record<string, string | Conditional>)) {
      for (const file of typeof t === 'string' ? [t] : Object.values(t))
        expect(existsSync(path.join(root, file)), file).toBe(true);
    }
  });

  it("the standalone needs no other file to paint, loads its chunks from beside it, with Lit's production build", () => {
    const code = readFileSync(path.join(root, STANDALONE), 'utf8');
    expect(code).not.toContain('Lit is in dev mode');
    expect(code).not.toMatch(/(^|[;}])\s*import\s*[{*"'`\w]/m);
    const lazy = [...code.matchAll(/\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((match) => match[1]);
    expect(lazy.length).toBeGreaterThan(0);
    for (const specifier of lazy) {
      expect(specifier).toMatch(/^\.\/fair-offer-chunks\/[\w.-]+\.js$/);
      expect(existsSync(path.join(root, 'dist', specifier))).toBe(true);
    }
    // Legacy decorators were compiled away: no `@x(...)` class member decorators left.
    expect(code).not.toMatch(/[{;}]@[A-Za-z_$][\w$]*\(/);
    // Minified: the unminified output indents code with tabs (template literals keep their own spaces).
    expect(code).not.toMatch(/^\t/m);
  });

  it('keeps lit and Floating UI as imports in the npm entries (the host bundler dedupes them)', () => {
    const element = readFileSync(path.join(root, 'dist', 'element', 'fair-offer.js'), 'utf8');
    expect(element).toMatch(/from ['"]lit['"]/);
  });

  it('the manifest declares <fair-offer> with paths into dist/', () => {
    const manifest = JSON.parse(readFileSync(path.join(root, pkg.customElements), 'utf8'));
    const decls = manifest.modules.flatMap((m: { declarations?: { tagName?: string }[] }) => m.declarations ?? []);
    expect(decls.some((d: { tagName?: string }) => d.tagName === 'fair-offer')).toBe(true);
    for (const m of manifest.modules) expect(m.path).toMatch(/^dist\/.*\.js$/);
  });
});
