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
 * role=decline rows and for rows without a role. A check that throws counts as a miss and is listed.
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

const checked: CheckedRow[] = rows.map((row) => {
  // `locale` and `role` are passed even where the options type does not list them yet (the copy helpers add them).
  const options = (row.role ? { locale: lang, role: row.role } : { locale: lang }) as unknown as CopyCheckOptions;
  try {
    return { ...row, rules: new Set(checkCopy(row.text, options).map((finding) => finding.rule)) };
  } catch (error) {
    return { ...row, rules: new Set<string>(), error: String(error) };
  }
});

const isHit = (row: CheckedRow) => row.label === 'dark' && row.rules.has(row.type);
const isFlagged = (row: CheckedRow) => DARK_RULES.some((rule) => row.rules.has(rule));
const ratio = (part: number, whole: number) => (whole ? (part / whole).toFixed(3) : '—');
const cell = (part: number, whole: number) => `${part}/${whole}`.padStart(9) + ratio(part, whole).padStart(8);

const scopes: [name: string, keep: (row: CheckedRow) => boolean][] = [
  ['all rows', () => true],
  ['role=decline', (row) => row.role === 'decline'],
  ['no role', (row) => row.role === ''],
];

console.log(`bench:blind ${lang} on ${csvPath}: ${rows.length} rows, checkCopy(text, { locale: '${lang}', role })\n`);
console.log(
  'recall (dark rows that get the rule of their type)'.padEnd(52) + scopes.map(([n]) => n.padStart(17)).join(''),
);
for (const rule of DARK_RULES) {
  const cells = scopes.map(([, keep]) => {
    const ofType = checked.filter((row) => row.label === 'dark' && row.type === rule && keep(row));
    return cell(ofType.filter(isHit).length, ofType.length);
  });
  console.log(`  ${rule}`.padEnd(52) + cells.join(''));
}
const honestCells = scopes.map(([, keep]) => {
  const honest = checked.filter((row) => row.label === 'not_dark' && keep(row));
  return cell(honest.filter(isFlagged).length, honest.length);
});
console.log('honest flagged (not_dark rows with any dark rule)'.padEnd(52) + honestCells.join(''));

const thrown = checked.filter((row) => row.error);
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
