#!/usr/bin/env bash
# The crash experiment of issue 13, repeated: in a fresh knowledge base, FORTY `policylab lesson new`
# writers are started one after another and each is killed with SIGKILL at a random moment
# (0-MAX_MS ms). Then ONE policylab command (`policylab list lessons`) runs, and the script checks
# what a user's next `git commit` would see: `git status --porcelain` empty (tracked and untracked:
# no temporary file left), `git fsck --strict`, `policylab check`, and every lesson committed at HEAD
# present in the index and the work tree. Prints one line per run and a summary; exit 1 if any run
# failed.
#   BIN=.build/release/policylab RUNS=5 FORTY=40 MAX_MS=90 scripts/crash-kill.sh
set -uo pipefail
BIN=$(realpath "${BIN:-.build/debug/policylab}")
RUNS=${RUNS:-5}
FORTY=${FORTY:-40}
MAX_MS=${MAX_MS:-90}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/policylab-crash-kill.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
export HOME=$WORK/home GIT_CONFIG_NOSYSTEM=1 POLICYLAB_SEARCH_WATCH=off
export GIT_AUTHOR_NAME=Crash GIT_AUTHOR_EMAIL=crash@example.org GIT_COMMITTER_NAME=Crash GIT_COMMITTER_EMAIL=crash@example.org
mkdir -p "$HOME"

failed=0 ref_locks=0 landed_total=0
for run in $(seq "$RUNS"); do
    kb=$WORK/kb$run
    "$BIN" init "$kb" >/dev/null
    (cd "$kb" && "$BIN" method new "Citizens jury" --phase define --summary "S." >/dev/null)
    for i in $(seq "$FORTY"); do
        (cd "$kb" && exec "$BIN" lesson new "Crash lesson $i" --summary "S." --method citizens-jury >/dev/null 2>>"$WORK/writers$run.txt") &
        pid=$!
        ms=$((RANDOM % (MAX_MS + 1)))
        sleep "$(printf '%d.%03d' $((ms / 1000)) $((ms % 1000)))"
        kill -KILL "$pid" 2>/dev/null
        wait "$pid" 2>/dev/null
        # libgit2's reference lock has no owner mark: a writer killed inside it leaves it, as git would.
        if [ -e "$kb/.git/refs/heads/main.lock" ]; then ref_locks=$((ref_locks + 1)); rm -f "$kb/.git/refs/heads/main.lock"; fi
    done
    (cd "$kb" && "$BIN" list lessons >/dev/null 2>"$WORK/recovery.txt")
    status=$(git -C "$kb" status --porcelain --untracked-files=all)
    fsck=ok; git -C "$kb" fsck --strict >/dev/null 2>&1 || fsck=FAILED
    check=ok; (cd "$kb" && "$BIN" check >/dev/null 2>&1) || check=FAILED
    missing=0
    for path in $(git -C "$kb" ls-tree -r --name-only HEAD lessons); do
        [ -n "$(git -C "$kb" ls-files -- "$path")" ] && [ -f "$kb/$path" ] || missing=$((missing + 1))
    done
    landed=$(git -C "$kb" ls-tree -r --name-only HEAD lessons | grep -c crash-lesson)
    landed_total=$((landed_total + landed))
    verdict=clean
    if [ -n "$status" ] || [ $fsck != ok ] || [ $check != ok ] || [ $missing != 0 ]; then verdict=DIRTY; failed=$((failed + 1)); fi
    touch "$WORK/writers$run.txt"
    printf 'run %2d: %2d of %d lessons landed; writers recovered %d and discarded %d interrupted writes, the last command %d; status %s, fsck %s, check %s, missing %d\n' \
        "$run" "$landed" "$FORTY" "$(grep -c 'recovery: completed' "$WORK/writers$run.txt")" "$(grep -c 'recovery: discarded' "$WORK/writers$run.txt")" \
        "$(grep -c 'recovery:' "$WORK/recovery.txt")" "$verdict" "$fsck" "$check" "$missing"
    [ -n "$status" ] && printf '%s\n' "$status" | head -5
done
echo "crash-kill: $((RUNS - failed)) of $RUNS runs clean after one command; $landed_total lessons landed; $ref_locks reference locks left by killed writers (removed by hand, as git's would be)"
[ "$failed" = 0 ]
