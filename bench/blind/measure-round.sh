#!/bin/bash
# Measure of the round-N blind batches (N >= 2): all rows, and the rows not also in rounds 1 to N-1, written under
# .test-results/roundN/<lang>-fresh.csv. Run from the repository root, or pass it as the second argument.
# Each bench/blind/roundN/measure.sh calls this with its N.
n="$1"
if ! [[ "$n" =~ ^[0-9]+$ ]] || ((n < 2)); then
  echo "usage: $0 <N (2 or more)> [repository root]" >&2
  exit 2
fi
cd "${2:-.}" || exit 1
case "$n" in
  2) earlier="round 1" ;;
  3) earlier="rounds 1 and 2" ;;
  *) earlier="rounds 1 to $((n - 1))" ;;
esac
mkdir -p ".test-results/round$n"
for l in en de es fr; do
  python3 - "$l" "$n" "$earlier" <<'PY' || exit 1
import csv,sys
l,n,earlier=sys.argv[1],int(sys.argv[2]),sys.argv[3]
seen=set()
for path in [f'bench/blind/{l}.csv']+[f'bench/blind/round{k}/{l}.csv' for k in range(2,n)]:
  seen|={r['text'].strip().lower() for r in csv.DictReader(open(path, encoding='utf-8'))}
rows=list(csv.DictReader(open(f'bench/blind/round{n}/{l}.csv', encoding='utf-8')))
w=csv.DictWriter(open(f'.test-results/round{n}/{l}-fresh.csv','w',newline='',encoding='utf-8'),fieldnames=['text','label','type','role'])
w.writeheader()
fresh=0
for r in rows:
  if r['text'].strip().lower() not in seen:
    w.writerow(r); fresh+=1
print(f'{l}: {len(rows)} rows, {fresh} not also in {earlier}')
PY
  echo "\$ npm run bench:blind -- $l bench/blind/round$n/$l.csv"
  npx tsx bench/blind.ts "$l" "bench/blind/round$n/$l.csv" 2>&1
  echo "\$ (rows not also in $earlier) npm run bench:blind -- $l .test-results/round$n/$l-fresh.csv"
  npx tsx bench/blind.ts "$l" ".test-results/round$n/$l-fresh.csv" 2>&1
done
