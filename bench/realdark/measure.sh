#!/bin/bash
# The coordinator's measure of bench/realdark/heldout/ (held out: rule writers never run this). For each language:
# every held-out row as the collectors labelled it, then only the rows whose label and type the blind second
# labelling (heldout-audit/, written from the text and role alone) agrees with, written under
# .test-results/realdark/<lang>-agreed.csv, then the agreed rows no commit message or Markdown file of the
# repository quotes (a few commit messages of sessions 12-13 quoted held-out rows; such a row may have been read
# by a rule writer): .test-results/realdark/<lang>-unseen.csv. Run from the repository root, or pass it as the
# first argument; QUOTES_FROM=<repository> reads the quotes from another checkout (to measure an older commit's
# rules on the same rows).
cd "${1:-.}" || exit 1
quotes_from="${QUOTES_FROM:-.}"
mkdir -p .test-results/realdark
{
  git -C "$quotes_from" log --format=%B
  git -C "$quotes_from" ls-files -z -- '*.md' ':!bench/realdark/heldout*' | (cd "$quotes_from" && xargs -0 cat)
} > .test-results/realdark/quoted.txt
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
# quoted: the text (spaces collapsed, lower case) in a commit message or a Markdown file; texts under 12 characters
# ("Only 2 left") are common enough to be written independently and are never counted as quoted
norm = lambda s: ' '.join(s.lower().split())
quoted = norm(open('.test-results/realdark/quoted.txt', encoding='utf-8', errors='replace').read())
unseen = [r for r in kept if len(norm(r['text'])) < 12 or norm(r['text']) not in quoted]
w = csv.DictWriter(open(f'.test-results/realdark/{l}-unseen.csv', 'w', newline='', encoding='utf-8'), fieldnames=list(rows[0].keys()))
w.writeheader(); w.writerows(unseen)
print(f'{l}: {len(kept) - len(unseen)} agreed rows quoted in a commit message or a Markdown file, {len(unseen)} unseen')
PY
  echo "\$ npx tsx bench/blind.ts $l bench/realdark/heldout/$l.csv"
  npx tsx bench/blind.ts "$l" "bench/realdark/heldout/$l.csv" 2>&1
  echo "\$ (both labellings agree) npx tsx bench/blind.ts $l .test-results/realdark/$l-agreed.csv"
  npx tsx bench/blind.ts "$l" ".test-results/realdark/$l-agreed.csv" 2>&1
  echo "\$ (agreed, quoted nowhere) npx tsx bench/blind.ts $l .test-results/realdark/$l-unseen.csv"
  npx tsx bench/blind.ts "$l" ".test-results/realdark/$l-unseen.csv" 2>&1
done
