/**
 * bench:blind — first-measure recall and false positives of the copy checks on the blind batches in
 * bench/blind/ (written without reading the rules or the development sets; see bench/blind/README.md).
 *
 *   npm run bench:blind -- <lang> [csv] [--misses]
 *   npm run bench:blind -- de
 *   npm run bench:blind -- fr /tmp/other.csv
 *
 * Each row is checked with `checkCopy(text, { locale: lang, role })`, `role` only when the row has one.
 * Prints, per type, how many dark rows get the rule of their type (recall), the share of not_dark rows
 * that get any of confirmshaming, false-urgency or pressure (honest flagged), each for all rows, for
 * role=decline rows, for rows without a role, and for the decline rows checked once more with no role (a decline
 * link on a page that declared no role). A check that throws counts as a miss and is listed.
 * `--misses` lists the rows the checks got wrong. Read them only after the first measure is recorded:
 * a rule changed because of a batch row makes that batch no longer blind.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkCopy, type CopyCheckOptions } from '../src/core/index.js';
import { readCsvRecords } from './csv.js';

const DARK_RULES = ['confirmshaming', 'false-urgency', 'pressure'] as const;
type DarkRule = (typeof DARK_RULES)[number];

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { misses: { type: 'boolean', default: false } },
});
const [lang, csvPath = `bench/blind/${lang}.csv`] = positionals;
if (!lang) {
  console.error('usage: npm run bench:blind -- <lang> [csv] [--misses]   (lang: en, de, es, fr)');
  process.exit(2);
}

interface BlindRow {
  text: string;
  label: 'dark' | 'not_dark';
  type: DarkRule | '';
  role: string;
}

interface CheckedRow extends BlindRow {
  rules: Set<string>;
  error?: string;
}

const rows: BlindRow[] = readCsvRecords(readFileSync(csvPath, 'utf8')).map((record, index) => {
  const label = (record.label ?? '').trim();
  const type = (record.type ?? '').trim();
  if (label !== 'dark' && label !== 'not_dark') throw new Error(`${csvPath} row ${index + 2}: label "${label}"`);
  if (label === 'dark' && !DARK_RULES.includes(type as DarkRule))
    throw new Error(`${csvPath} row ${index + 2}: dark row with type "${type}"`);
  return { text: record.text ?? '', label, type: type as BlindRow['type'], role: (record.role ?? '').trim() };
});

function check(row: BlindRow, role: string): CheckedRow {
  const options: CopyCheckOptions = role ? { locale: lang, role: role as CopyCheckOptions['role'] } : { locale: lang };
  try {
    return { ...row, rules: new Set(checkCopy(row.text, options).map((finding) => finding.rule)) };
  } catch (error) {
    return { ...row, rules: new Set<string>(), error: String(error) };
  }
}

const checked: CheckedRow[] = rows.map((row) => check(row, row.role));
// The decline rows once more with no role: a crawled page's decline link whose role nobody declared, which is
// how the held-out goal "with no role (any field)" reads real confirmshaming.
const declinesUnmarked: CheckedRow[] = rows.filter((row) => row.role === 'decline').map((row) => check(row, ''));

const isHit = (row: CheckedRow) => row.label === 'dark' && row.rules.has(row.type);
const isFlagged = (row: CheckedRow) => DARK_RULES.some((rule) => row.rules.has(rule));
const ratio = (part: number, whole: number) => (whole ? (part / whole).toFixed(3) : '—');
const cell = (part: number, whole: number) => `${part}/${whole}`.padStart(11) + ratio(part, whole).padStart(8);

const scopes: [name: string, rows: CheckedRow[]][] = [
  ['all rows', checked],
  ['role=decline', checked.filter((row) => row.role === 'decline')],
  ['no role', checked.filter((row) => row.role === '')],
  ['declines, no role', declinesUnmarked],
];

console.log(`bench:blind ${lang} on ${csvPath}: ${rows.length} rows, checkCopy(text, { locale: '${lang}', role })\n`);
console.log(
  'recall (dark rows that get the rule of their type)'.padEnd(52) + scopes.map(([n]) => n.padStart(19)).join(''),
);
for (const rule of DARK_RULES) {
  const cells = scopes.map(([, scoped]) => {
    const ofType = scoped.filter((row) => row.label === 'dark' && row.type === rule);
    return cell(ofType.filter(isHit).length, ofType.length);
  });
  console.log(`  ${rule}`.padEnd(52) + cells.join(''));
}
const honestCells = scopes.map(([, scoped]) => {
  const honest = scoped.filter((row) => row.label === 'not_dark');
  return cell(honest.filter(isFlagged).length, honest.length);
});
console.log('honest flagged (not_dark rows with any dark rule)'.padEnd(52) + honestCells.join(''));

const thrown = [...checked, ...declinesUnmarked].filter((row) => row.error);
console.log(`\nthrown: ${thrown.length}`);
for (const row of thrown) console.log(`  ${JSON.stringify(row.text)}: ${row.error}`);

if (values.misses) {
  console.log('\nwrong rows:');
  for (const row of checked) {
    const wrong = row.label === 'dark' ? !isHit(row) : isFlagged(row);
    if (wrong)
      console.log(
        `  ${row.label === 'dark' ? `miss ${row.type}` : 'false positive'}${row.role ? ` (${row.role})` : ''}: ` +
          `${JSON.stringify(row.text)} → [${[...row.rules].join(', ')}]`,
      );
  }
}
