import { build } from 'vite';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { TraceMap, eachMapping } from '@jridgewell/trace-mapping';
const root = process.cwd();
const [chunkPart, ...srcParts] = process.argv.slice(2);
const result = await build({ configFile: path.join(root, 'vite.config.ts'), root, logLevel: 'error', build: { write: false, sourcemap: true } });
const chunk = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output).find((o) => o.type === 'chunk' && o.fileName.includes(chunkPart));
const code = chunk.code; const lines = code.split('\n'); const ls=[]; let off=0; for (const l of lines){ls.push(off); off+=l.length+1;}
const map = new TraceMap(chunk.map);
const segs=[]; eachMapping(map, m => segs.push([ls[m.generatedLine-1]+m.generatedColumn, m.source, m.originalLine]));
segs.sort((a,b)=>a[0]-b[0]);
for (const srcPart of srcParts) {
let srcFile; const byLine = new Map();
for (let i=0;i<segs.length;i++){ const [p,s,l]=segs[i]; if(!s||!s.endsWith(srcPart)) continue; srcFile=s; const e=i+1<segs.length?segs[i+1][0]:code.length; byLine.set(l,(byLine.get(l)??0)+e-p); }
if (!srcFile) { console.log('not in chunk', srcPart); continue; }
const src = readFileSync(path.resolve(path.dirname(path.join(root,'dist',chunk.fileName)), srcFile),'utf8').split('\n');
const groups=new Map(); let cur='(top)';
for (let i=0;i<src.length;i++){ const m=src[i].match(/^(?:export )?(?:async )?(?:function\*? |const |let |var |class )([\w$]+)/); if(m) cur=m[1]; const n=byLine.get(i+1); if(n) groups.set(cur,(groups.get(cur)??0)+n); }
console.log('==', srcPart, [...groups].sort((a,b)=>b[1]-a[1]).map(([k,n])=>`${k}:${n}`).join('  '));
}
