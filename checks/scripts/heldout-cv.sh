#!/usr/bin/env bash
# Leave-sets-out cross-validation of the self-harm and medical-advice classifiers over held-out
# sets 1-17, which they learn from (heldout-lines.tsv). Four folds (sets 1-5, 6-9, 10-13, 14-17):
# each fold's models are retrained without that fold's sets, with everything else as shipped (since
# the nineteenth round that includes every other read set and sets 65-70), and
# the whole moderator (`evaluate`) runs on the fold's sets. Prints each fold and the pooled
# precision/recall per flag. To try other thresholds, change the constants, rebuild, run again.
#
# Run from anywhere after `mvn -B -q -o package -DskipTests -pl checks -am` (about 3 minutes).
set -euo pipefail
cd "$(dirname "$0")/../.."
CLASSES=checks/target/classes
CPB=$(cat checks/target/classpath.txt)
TRAINING=io/commentmod/moderation/training
B=io.commentmod.moderation.batch.BatchCommands
FOLDS=("1 2 3 4 5" "6 7 8 9" "10 11 12 13" "14 15 16 17")
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
for i in "${!FOLDS[@]}"; do
  D=$WORK/fold$i
  cp -r "$CLASSES" "$D"
  awk -F'\t' -v sets=" ${FOLDS[$i]} " '/^#/ || index(sets, " " $1 " ") == 0' \
    "$CLASSES/$TRAINING/heldout-lines.tsv" > "$D/$TRAINING/heldout-lines.tsv"
  java -cp "$D:$CPB" $B train --model self-harm --output "$D/$TRAINING/selfharm-model.bin.gz" > /dev/null
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
report "pooled 1-17" "$WORK"/fold*.txt
