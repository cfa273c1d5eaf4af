#!/bin/bash
cd /work/wt/s11-fr
a="fr:bench/blind/fr.csv"
for r in round2 round3 round4 round5 round6 round8 round9; do a="$a fr:bench/blind/$r/fr.csv"; done
a="$a fr:/work/wt/real/fr.csv"
[ -f /work/wt/realdark/dev/fr.csv ] && a="$a fr:/work/wt/realdark/dev/fr.csv"
npx tsx /work/wt/table.mts $a
