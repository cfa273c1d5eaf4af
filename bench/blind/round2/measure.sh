#!/bin/bash
# First (and only) measure of the round-2 blind batches: all rows, and the rows not also in round 1.
cd "${1:-.}" || exit 1
mkdir -p .test-results/round2
for l in en de es fr; do
  python3 - "$l" <<'PY'
import csv,sys
l=sys.argv[1]
seen={r['text'].strip().lower() for r in csv.DictReader(open(f'bench/blind/{l}.csv'))}
rows=list(csv.DictReader(open(f'bench/blind/round2/{l}.csv')))
w=csv.DictWriter(open(f'.test-results/round2/{l}-fresh.csv','w',newline=''),fieldnames=['text','label','type','role'])
w.writeheader()
for r in rows:
  if r['text'].strip().lower() not in seen: w.writerow(r)
PY
  echo "\$ npm run bench:blind -- $l bench/blind/round2/$l.csv"
  npx tsx bench/blind.ts $l bench/blind/round2/$l.csv 2>&1
  echo "\$ (rows not also in round 1) npm run bench:blind -- $l .test-results/round2/$l-fresh.csv"
  npx tsx bench/blind.ts $l .test-results/round2/$l-fresh.csv 2>&1
done
