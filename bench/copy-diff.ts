/**
 * copy-diff — every finding the copy checks give on every string the benches and tests read, written to a file,
 * so a speed change can be shown to change no finding (diff the file before and after).
 *
 *   npx tsx bench/copy-diff.ts [out.txt] [--rounds=2,3,4] [--only]   (default /tmp/copy-findings.txt, rounds 2-4)
 *   diff /tmp/copy-findings-main.txt /tmp/copy-findings.txt
 *
 * `--rounds` names the bench/blind/round<N>/ directories read; `--only` reads only those rounds' CSVs (no dev sets,
 * test data, pathological inputs or offers): for held-out rounds, whose file is compared with `cmp` and never read.
 *
 * Strings: ../shared/data/darkpatterns/dev.csv and dev-es.csv, bench/blind/*.csv and rounds 2-4 (or `--rounds`),
 * bench/real/*.csv and bench/realdark/dev/*.csv (when they exist; never realdark/heldout), the string
 * lists of the held-out and blind test data, the pathological inputs, and every example offer (validateOffer).
 * Each string is checked with every role (none, decline, stop, action, secondary, heading, body, claim) and
 * every locale (none, en, de, es, fr, and it, which has no pack), and once more with a declared future deadline
 * and a source, so every branch of the engine is met. One line per string and options: rule, severity, message
 * (the message quotes the words that triggered the rule).
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { checkCopy, validateOffer, type CopyCheckOptions } from '../src/core/index.js';
import { decodeEscapes, readCsvRecords } from './csv.js';
import { pathologicalInputs } from './pathological.js';
import * as heldout from '../test/core/copy/heldout.js';
import * as blind2 from '../test/core/copy/blind2.js';

const args = process.argv.slice(2);
const out = args.find((a) => !a.startsWith('--')) ?? '/tmp/copy-findings.txt';
const rounds = (args.find((a) => a.startsWith('--rounds='))?.slice(9) ?? '2,3,4').split(',').filter(Boolean);
const only = args.includes('--only');
const root = new URL('../', import.meta.url);
// ../shared from the main checkout; a worktree (/work/wt/<branch>) sits one level deeper
const shared = [new URL('../shared/data/darkpatterns/', root), new URL('../../shared/data/darkpatterns/', root)].find(
  (url) => existsSync(url),
);
if (!shared) throw new Error('copy-diff: ../shared/data/darkpatterns/ not found');

const csvFiles = [
  ...(only ? [] : [new URL('dev.csv', shared), new URL('dev-es.csv', shared)]),
  ...[...(only ? [] : ['blind/', 'real/', 'realdark/dev/']), ...rounds.map((n) => `blind/round${n}/`)].flatMap((dir) =>
    existsSync(new URL(`bench/${dir}`, root))
      ? readdirSync(new URL(`bench/${dir}`, root))
          .filter((f) => f.endsWith('.csv'))
          .map((f) => new URL(`bench/${dir}${f}`, root))
      : [],
  ),
].filter((url) => existsSync(url));

const texts: string[] = [];
for (const url of csvFiles)
  for (const record of readCsvRecords(readFileSync(url, 'utf8'))) {
    const text = record.text ?? '';
    texts.push(text);
    const decoded = decodeEscapes(text);
    if (decoded !== text) texts.push(decoded);
  }
/** Every string inside the test data modules' exports (lists, records of lists, option pairs). */
const collect = (value: unknown, depth = 0): void => {
  if (depth > 4) return;
  if (typeof value === 'string') texts.push(value);
  else if (Array.isArray(value)) for (const item of value) collect(item, depth + 1);
  else if (value && typeof value === 'object' && !(value instanceof Date))
    for (const item of Object.values(value)) collect(item, depth + 1);
};
if (!only) {
  collect(heldout);
  collect(blind2);
}
const unique = [...new Set(texts)];

const ROLES = [undefined, 'decline', 'stop', 'action', 'secondary', 'heading', 'body', 'claim'] as const;
const LOCALES = [undefined, 'en', 'de', 'es', 'fr', 'it'] as const;
const NOW = new Date('2026-06-01T12:00:00Z');
const combos: CopyCheckOptions[] = [];
for (const locale of LOCALES)
  for (const role of ROLES)
    combos.push({ now: NOW, ...(role ? { role } : {}), ...(locale ? { locale } : {}) } as CopyCheckOptions);
combos.push({ now: NOW, deadline: { at: '2026-06-03T00:00:00Z', reason: 'the cohort starts' }, source: 'stock db' });

const lines: string[] = [];
const describe = (options: CopyCheckOptions) =>
  `${options.role ?? '-'}/${options.locale ?? '-'}${options.deadline ? '/deadline+source' : ''}`;
for (const text of unique)
  for (const options of combos) {
    const found = checkCopy(text, options);
    if (found.length)
      lines.push(
        `${JSON.stringify(text)} ${describe(options)}\n${found.map((f) => `  ${f.rule} ${f.severity} ${f.message}`).join('\n')}`,
      );
  }
for (const { name, text } of only ? [] : pathologicalInputs())
  for (const options of combos.filter((o) => !o.role || o.role === 'decline')) {
    const found = checkCopy(text, options);
    lines.push(`pathological ${name} ${describe(options)}\n${found.map((f) => `  ${f.rule} ${f.message}`).join('\n')}`);
  }
const offerDir = new URL('examples/offers/', root);
for (const file of only ? [] : readdirSync(offerDir).sort()) {
  const offer = JSON.parse(readFileSync(new URL(file, offerDir), 'utf8'));
  const result = validateOffer(offer, { now: NOW });
  lines.push(`offer ${file}\n${JSON.stringify(result, null, 1)}`);
}
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`${unique.length} strings × ${combos.length} option sets: ${lines.length} entries → ${out}`);
