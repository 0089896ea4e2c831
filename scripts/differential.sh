#!/usr/bin/env bash
# The differential test of incremental validation, run long: STEPS random changes (valid and
# invalid) for each seed of SEEDS, each change's verdict compared with a full validation.
# The unit suite runs 300 changes of one seed; this is for thousands.
set -euo pipefail
STEPS=${STEPS:-2000}
SEEDS=${SEEDS:-1 2 3}
SCRATCH=${SCRATCH:-.build}
for seed in $SEEDS; do
    echo "differential: seed $seed, $STEPS changes"
    log=$(mktemp)
    status=0
    POLICYLAB_DIFFERENTIAL_STEPS=$STEPS POLICYLAB_DIFFERENTIAL_SEED=$seed \
        swift test --scratch-path "$SCRATCH" --disable-xctest --filter IncrementalValidationTests >"$log" 2>&1 || status=$?
    grep -E "✔|✘|error:" "$log" | cut -c1-400 || true
    rm -f "$log"
    [ "$status" -eq 0 ] || { echo "differential: seed $seed failed" >&2; exit 1; }
done
