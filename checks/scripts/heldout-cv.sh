#!/usr/bin/env bash
# Leave-sets-out cross-validation of the self-harm and medical-advice classifiers over the held-out
# sets they learn from (heldout-lines.tsv: 1-17, every read set, 65-70). Four folds, the sets dealt
# round-robin: each fold's models (self-harm, its blog-context second model, medical) are retrained without that fold's sets, with everything else as
# shipped, and the whole moderator (`evaluate`) runs on the fold's sets. Prints each fold and the
# pooled precision/recall per flag. The twenty never-read sets (and 71-161) are not in any fold: they
# are never trained on and measure the shipped models directly. To try other thresholds, change the
# constants, rebuild, run again.
#
# Run from anywhere after `mvn -B -q -o package -DskipTests -pl checks -am` (about 6 minutes).
set -euo pipefail
cd "$(dirname "$0")/../.."
CLASSES=checks/target/classes
CPB=$(cat checks/target/classpath.txt)
TRAINING=io/commentmod/moderation/training
B=io.commentmod.moderation.batch.BatchCommands
FOLDS=("1 5 9 13 17 23 29 37 41 46 50 56 59 65 69"
       "2 6 10 14 21 27 33 39 42 47 51 57 63 66 70"
       "3 7 11 15 22 28 35 40 45 48 52 58 64 67"
       "4 8 12 16 60 68")
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
for i in "${!FOLDS[@]}"; do
  D=$WORK/fold$i
  cp -r "$CLASSES" "$D"
  awk -F'\t' -v sets=" ${FOLDS[$i]} " '/^#/ || index(sets, " " $1 " ") == 0' \
    "$CLASSES/$TRAINING/heldout-lines.tsv" > "$D/$TRAINING/heldout-lines.tsv"
  java -cp "$D:$CPB" $B train --model self-harm --output "$D/$TRAINING/selfharm-model.bin.gz" > /dev/null
  java -cp "$D:$CPB" $B train --model self-harm-context --output "$D/$TRAINING/selfharm-context-model.bin.gz" > /dev/null
  java -cp "$D:$CPB" $B train --model medical --output "$D/$TRAINING/medical-model.bin.gz" > /dev/null
  for s in ${FOLDS[$i]}; do
    java -cp "$D:$CPB" $B evaluate --input "checks/src/test/resources/eval/heldout/heldout-$s.jsonl" \
      --datasets /nonexistent 2> /dev/null
  done > "$WORK/fold$i.txt"
done
report() {  # NAME FILES...: tp/fp/fn summed over the files' per-flag lines
  local name=$1; shift
  cat "$@" | awk -v n="$name" '
    /^(spam|medical_advice|self_harm) / { tp[$1] += $5; fp[$1] += $6; fn[$1] += $7 }
    /^legitimate/ { held += $4 }
    END {
      printf "%-16s", n
      split("spam medical_advice self_harm", f, " ")
      for (i = 1; i <= 3; i++) printf "  %s P %.3f R %.3f (tp %d fp %d fn %d)", f[i],
        tp[f[i]] / (tp[f[i]] + fp[f[i]]), tp[f[i]] / (tp[f[i]] + fn[f[i]]), tp[f[i]], fp[f[i]], fn[f[i]]
      printf "  legitimate held %d\n", held
    }'
}
for i in "${!FOLDS[@]}"; do report "sets ${FOLDS[$i]// /,}" "$WORK/fold$i.txt"; done
report "pooled" "$WORK"/fold*.txt
