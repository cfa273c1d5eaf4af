#!/usr/bin/env node
// Where the gzip bytes of the standalone go, module by module: `node scripts/size-modules.mjs [chunk] [--top N]`.
// Builds the standalone as scripts/size.mjs does (vite.config.ts, in memory) but with source maps, gives every
// byte of each minified chunk to the source module its mapping points at, and prints per module:
//   min      the minified bytes it owns
//   gz-cut   how many gzip -9 bytes the chunk would lose without them (the chunk gzipped again without that
//            module's bytes): gzip is not additive, so these do not sum to the chunk's size; a module whose words
//            repeat elsewhere in the chunk costs less than its share, one with unique text (words) more.
// Source maps switch off the terser pass of vite.config.ts, so the chunks measured here are Oxc's output, a few
// percent larger than what scripts/size.mjs reports. `chunk` is a part of a file name (e.g. `checks`, `fair-offer.js`).
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { build } from 'vite';
import { TraceMap, eachMapping } from '@jridgewell/trace-mapping';

const root = fileURLToPath(new URL('..', import.meta.url));
const argv = process.argv.slice(2);
const topAt = argv.indexOf('--top');
const top = topAt >= 0 ? Number(argv[topAt + 1]) : 25;
const only = argv.find((arg, index) => !arg.startsWith('--') && index !== topAt + 1);
const gzip = (code) => gzipSync(Buffer.from(code), { level: 9 }).length;

/** Each byte of `code` as the index of the source its mapping names (-1 where nothing maps). */
function owners(code, map) {
  const lineStarts = [0];
  for (let at = code.indexOf('\n'); at >= 0; at = code.indexOf('\n', at + 1)) lineStarts.push(at + 1);
  const traced = new TraceMap(map);
  const sources = [];
  const segments = [];
  eachMapping(traced, (m) => {
    if (m.source === null) return;
    let index = sources.indexOf(m.source);
    if (index < 0) index = sources.push(m.source) - 1;
    segments.push([lineStarts[m.generatedLine - 1] + m.generatedColumn, index]);
  });
  segments.sort((a, b) => a[0] - b[0]);
  const owner = new Int32Array(code.length).fill(-1);
  segments.forEach(([start, index], k) => owner.fill(index, start, segments[k + 1]?.[0] ?? code.length));
  return { owner, sources };
}

const result = await build({
  configFile: path.join(root, 'vite.config.ts'),
  root,
  logLevel: 'error',
  build: { write: false, sourcemap: true },
});
const chunks = [
  ...new Map(
    (Array.isArray(result) ? result : [result])
      .flatMap((r) => r.output)
      .filter((o) => o.type === 'chunk')
      .map((chunk) => [chunk.fileName, chunk]),
  ).values(),
];
for (const chunk of chunks) {
  if (only && !chunk.fileName.includes(only)) continue;
  const code = chunk.code.replace(/\n\/\/# sourceMappingURL=.*$/, '');
  const { owner, sources } = owners(code, chunk.map);
  const bytes = new Map();
  for (const index of owner) bytes.set(index, (bytes.get(index) ?? 0) + 1);
  const total = gzip(code);
  console.log(`\n${chunk.fileName}: ${code.length} bytes minified, ${total} gzip`);
  console.log('    min  gz-cut  module');
  for (const [index, count] of [...bytes].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    const rest = [];
    for (let at = 0; at < code.length; at++) if (owner[at] !== index) rest.push(code[at]);
    const name =
      index < 0
        ? '(no mapping: imports, exports, runtime)'
        : path
            .relative(root, path.resolve(path.dirname(path.join(root, 'dist', chunk.fileName)), sources[index]))
            .replace(/^.*node_modules\//, '');
    console.log(`${String(count).padStart(7)} ${String(total - gzip(rest.join(''))).padStart(7)}  ${name}`);
  }
}
