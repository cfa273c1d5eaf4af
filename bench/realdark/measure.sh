#!/bin/bash
# The coordinator's measure of bench/realdark/heldout/ (held out: rule writers never run this). For each language:
# every held-out row as the collectors labelled it, then only the rows whose label and type the blind second
# labelling (heldout-audit/, written from the text and role alone) agrees with, written under
# .test-results/realdark/<lang>-agreed.csv. Run from the repository root, or pass it as the first argument.
cd "${1:-.}" || exit 1
mkdir -p .test-results/realdark
for l in en de es fr; do
  python3 - "$l" <<'PY' || exit 1
import csv, hashlib, sys
l = sys.argv[1]
rows = list(csv.DictReader(open(f'bench/realdark/heldout/{l}.csv', encoding='utf-8')))
audit = {r['id']: r for r in csv.DictReader(open(f'bench/realdark/heldout-audit/{l}.csv', encoding='utf-8'))}
def key(label, kind): return (label.strip(), kind.strip() if label.strip() == 'dark' else '')
kept, unaudited = [], 0
for r in rows:
  a = audit.get(f"{l}-{hashlib.sha1(r['text'].encode()).hexdigest()[:8]}")
  if a is None: unaudited += 1
  elif key(r['label'], r['type']) == key(a['label'], a['type']): kept.append(r)
w = csv.DictWriter(open(f'.test-results/realdark/{l}-agreed.csv', 'w', newline='', encoding='utf-8'), fieldnames=list(rows[0].keys()))
w.writeheader(); w.writerows(kept)
print(f'{l}: {len(rows)} held-out rows, {len(kept)} with both labellings agreeing, {unaudited} not audited')
PY
  echo "\$ npx tsx bench/blind.ts $l bench/realdark/heldout/$l.csv"
  npx tsx bench/blind.ts "$l" "bench/realdark/heldout/$l.csv" 2>&1
  echo "\$ (both labellings agree) npx tsx bench/blind.ts $l .test-results/realdark/$l-agreed.csv"
  npx tsx bench/blind.ts "$l" ".test-results/realdark/$l-agreed.csv" 2>&1
done
