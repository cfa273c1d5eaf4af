/**
 * The gzip size of each language's copy pack, as bench:copy reports it: the pack module and the data files it
 * imports (packs/<lang>*.ts), minified by esbuild and gzipped at level 9, without the shared engine (pack.ts,
 * shapes.ts, the readability formulas: every page that checks copy loads those once).
 */
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const PACKS = new URL('../src/core/copy/packs/', import.meta.url);

export async function packGzipBytes(lang: string): Promise<number> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL(`${lang}.ts`, PACKS))],
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    logLevel: 'silent',
    plugins: [
      {
        name: 'engine-external',
        // the engine sits outside packs/ ("../pack.js", "../readability/…"): not part of the pack
        setup: (b) => b.onResolve({ filter: /^\.\.\// }, (args) => ({ path: args.path, external: true })),
      },
    ],
  });
  return gzipSync(Buffer.from(result.outputFiles[0]!.contents), { level: 9 }).length;
}
