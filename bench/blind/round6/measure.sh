#!/bin/bash
# First (and only) measure of the round-6 blind batches: all rows, and the rows not also in rounds 1 to 5.
# Run by the coordinator once, from the repository root (or pass it as $1). Not run by the batches' writer.
cd "${1:-.}" || exit 1
mkdir -p .test-results/round6
for l in en de es fr; do
  python3 - "$l" <<'PY'
import csv,sys
l=sys.argv[1]
seen=set()
for earlier in (f'bench/blind/{l}.csv', f'bench/blind/round2/{l}.csv', f'bench/blind/round3/{l}.csv',
                f'bench/blind/round4/{l}.csv', f'bench/blind/round5/{l}.csv'):
  seen|={r['text'].strip().lower() for r in csv.DictReader(open(earlier, encoding='utf-8'))}
rows=list(csv.DictReader(open(f'bench/blind/round6/{l}.csv', encoding='utf-8')))
w=csv.DictWriter(open(f'.test-results/round6/{l}-fresh.csv','w',newline='',encoding='utf-8'),fieldnames=['text','label','type','role'])
w.writeheader()
fresh=0
for r in rows:
  if r['text'].strip().lower() not in seen:
    w.writerow(r); fresh+=1
print(f'{l}: {len(rows)} rows, {fresh} not also in rounds 1 to 5')
PY
  echo "\$ npm run bench:blind -- $l bench/blind/round6/$l.csv"
  npx tsx bench/blind.ts $l bench/blind/round6/$l.csv 2>&1
  echo "\$ (rows not also in rounds 1 to 5) npm run bench:blind -- $l .test-results/round6/$l-fresh.csv"
  npx tsx bench/blind.ts $l .test-results/round6/$l-fresh.csv 2>&1
done
