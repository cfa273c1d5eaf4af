// The standalone's chunks reach the entry through a global instead of `import … from "../fair-offer.js"`.
//
// Why: a page often includes the script with a query string (`fair-offer.js?ver=1.2`, as WordPress does for every
// script). The browser keys modules by their full URL, so a chunk's `import "../fair-offer.js"` loaded a SECOND copy
// of the entry (27 KB more) with its own module state: a German offer's strings registered in one copy and the
// element read them from the other, so it showed English headings. Now the entry hands its exports to its chunks
// once, under a key unique to this build (two versions on one page keep theirs apart), and the chunks read them from
// there; the first copy of an entry to run is the one every chunk uses.
//
// The values are copied once, when a chunk runs (after the entry has run: chunks load only through the entry's
// dynamic imports). That equals an ES module's live binding as long as the entry never reassigns an export after it
// ran, which the build checks (eslint-scope) and fails on otherwise.
import { createHash } from 'node:crypto';
import path from 'node:path';
import * as espree from 'espree';
import * as eslintScope from 'eslint-scope';
import { init, parse } from 'es-module-lexer';

/** `import{a as b,c}from"…"` → [['a','b'],['c','c']]; null for any other import form. */
function namedBindings(statement) {
  const match = /^import\s*\{([^}]*)\}\s*from\s*(["'])[^"']+\2\s*;?$/.exec(statement.trim());
  if (!match) return /^import\s*(["'])[^"']+\1\s*;?$/.test(statement.trim()) ? [] : null;
  return match[1]
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [imported, local = imported] = part.split(/\s+as\s+/);
      return [imported, local];
    });
}

/** Exports the entry reassigns after they are declared: they would reach the chunks with their first value only. */
function reassignedExports(code, exports) {
  const ast = espree.parse(code, { ecmaVersion: 'latest', sourceType: 'module', range: true });
  const manager = eslintScope.analyze(ast, { ecmaVersion: 2022, sourceType: 'module' });
  const moduleScope = manager.globalScope.childScopes.find((scope) => scope.type === 'module');
  return exports.filter(({ ln }) => {
    const variable = moduleScope?.set.get(ln);
    return !variable || variable.references.some((reference) => reference.isWrite() && !reference.init);
  });
}

/** An object key as written: bare when it is an identifier (every minified export name is). */
const keyOf = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name));

/** The property access the chunks and the entry share, e.g. globalThis[Symbol.for("fair-offer:3f2a…")]. */
const slot = (key) => `globalThis[Symbol.for(${JSON.stringify(key)})]`;

/** A Vite/Rolldown plugin; runs after the minifiers (it reads and writes the final code). */
export function entryHandoffPlugin() {
  return {
    name: 'fair-offer-entry-handoff',
    apply: 'build',
    async generateBundle(options, bundle) {
      // scripts/size-modules.mjs builds with source maps to attribute bytes to modules; this rewrite would not
      // carry them, and the chunks' imports of the entry are then left as Rolldown wrote them.
      if (options.sourcemap) return;
      await init;
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      for (const entry of chunks.filter((chunk) => chunk.isEntry)) {
        const users = chunks.filter((chunk) => chunk !== entry && chunk.imports.includes(entry.fileName));
        if (!users.length) continue;
        const key = `fair-offer:${createHash('sha256').update(entry.code).digest('hex').slice(0, 16)}`;
        const [, exports] = parse(entry.code);
        const stale = reassignedExports(entry.code, exports);
        if (stale.length)
          throw new Error(
            `${entry.fileName}: ${stale.map((e) => `${e.n} (${e.ln})`).join(', ')} reassigned after declaration or not a ` +
              'module variable; the chunks would read a stale copy. Export a getter function or a const object instead.',
          );
        const table = exports.map(({ n, ln }) => `${keyOf(n)}:${ln}`).join(',');
        // Only the module's own exports stay exports (the standalone's is `FairOffer`): the names Rolldown added
        // for the chunks now travel in the table, and a page importing the file sees what the source exports.
        const own = new Set(this.getModuleInfo(entry.facadeModuleId)?.exports ?? exports.map((e) => e.n));
        const last = exports.at(-1);
        const statementStart = entry.code.lastIndexOf('export{', exports[0].s);
        const statementEnd = entry.code.indexOf('}', last.e) + 1;
        if (statementStart < 0 || statementEnd <= 0) throw new Error(`${entry.fileName}: no export{…} statement found`);
        const kept = exports.filter((e) => own.has(e.n)).map((e) => (e.n === e.ln ? e.n : `${e.ln} as ${e.n}`));
        entry.code =
          entry.code.slice(0, statementStart) +
          `${slot(key)}??={${table}};` +
          (kept.length ? `export{${kept.join(',')}}` : '') +
          entry.code.slice(statementEnd);
        for (const chunk of users) {
          let specifier = path.posix.relative(path.posix.dirname(chunk.fileName), entry.fileName);
          if (!specifier.startsWith('.')) specifier = `./${specifier}`;
          const [imports] = parse(chunk.code);
          const fromEntry = imports.filter((i) => i.n === specifier && i.d === -1);
          if (!fromEntry.length)
            throw new Error(`${chunk.fileName} lists ${entry.fileName} but imports "${specifier}" nowhere`);
          const bindings = [];
          let code = chunk.code;
          for (const statement of [...fromEntry].reverse()) {
            const text = code.slice(statement.ss, statement.se);
            const named = namedBindings(text);
            if (!named) throw new Error(`${chunk.fileName}: cannot hand over "${text}" (named imports only)`);
            bindings.push(...named);
            code = code.slice(0, statement.ss) + code.slice(statement.se).replace(/^;/, '');
          }
          const pattern = bindings.map(([imported, local]) => `${keyOf(imported)}:${local}`).join(',');
          chunk.code = `${bindings.length ? `const{${pattern}}=${slot(key)};` : ''}${code}`;
          chunk.imports = chunk.imports.filter((file) => file !== entry.fileName);
        }
      }
    },
  };
}
