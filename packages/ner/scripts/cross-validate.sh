#!/bin/sh
# K-fold cross-validation on GUM written train (CoNLL train always used, minus the same fold):
# trains K models, each without one K-th of the documents, into DIR, then scores the ner stage on
# the out-of-fold documents with scripts/errors.ts. Extra arguments go to the trainer.
#   sh scripts/cross-validate.sh DIR K [train options]     (from packages/ner)
set -e
dir=$1; k=$2; shift 2
mkdir -p "$dir"
i=0
while [ "$i" -lt "$k" ]; do
  node --max-old-space-size=4000 --conditions=source --import tsx scripts/train.ts --holdout --folds "$k" --fold "$i" \
    --out "$dir/weights-$i.json" --held-ids "$dir/ids-$i.json" "$@" | grep "^with"
  i=$((i + 1))
done
node --conditions=source --import tsx scripts/errors.ts --cv "$dir" "$k" > "$dir/errors.txt"
node --conditions=source --import tsx scripts/errors.ts --cv "$dir" "$k" --tagger --quiet | tail -1 | sed 's/^/tagger /'
tail -4 "$dir/errors.txt"
