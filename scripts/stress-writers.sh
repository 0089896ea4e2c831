#!/usr/bin/env bash
# Concurrent writers of issue 13: WRITERS `policylab lesson new` started together (`&`, then
# `wait`), REPEAT times in one knowledge base, for each count of COUNTS; after each round
# `git status --porcelain` must be empty (the issue saw lost index entries in 3 of 26 rounds of 12).
#   BIN=.build/release/policylab REPEAT=30 COUNTS="12 50" scripts/stress-writers.sh
set -uo pipefail
BIN=$(realpath "${BIN:-.build/debug/policylab}")
REPEAT=${REPEAT:-30}
COUNTS=${COUNTS:-12 50}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/policylab-stress.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
export HOME=$WORK/home GIT_CONFIG_NOSYSTEM=1 POLICYLAB_SEARCH_WATCH=off
export GIT_AUTHOR_NAME=Stress GIT_AUTHOR_EMAIL=stress@example.org GIT_COMMITTER_NAME=Stress GIT_COMMITTER_EMAIL=stress@example.org
mkdir -p "$HOME"
failed=0
for count in $COUNTS; do
    kb=$WORK/kb$count
    "$BIN" init "$kb" >/dev/null
    (cd "$kb" && "$BIN" method new "Citizens jury" --phase define --summary "S." >/dev/null)
    dirty=0 errors=0
    for round in $(seq "$REPEAT"); do
        pids=()
        for i in $(seq "$count"); do
            (cd "$kb" && exec "$BIN" lesson new "Concurrent $round $i" --summary "S." --method citizens-jury >/dev/null 2>>"$WORK/errors.txt") &
            pids+=($!)
        done
        for pid in "${pids[@]}"; do wait "$pid" || errors=$((errors + 1)); done
        if [ -n "$(git -C "$kb" status --porcelain --untracked-files=all)" ]; then
            dirty=$((dirty + 1)); git -C "$kb" status --porcelain | head -3
        fi
    done
    lessons=$(git -C "$kb" ls-files lessons | grep -c concurrent-)
    echo "$count writers x $REPEAT rounds: $dirty dirty rounds, $errors failed writers, $lessons of $((count * REPEAT)) lessons in the index"
    [ "$dirty" = 0 ] && [ "$errors" = 0 ] && [ "$lessons" = $((count * REPEAT)) ] || failed=1
done
exit $failed
