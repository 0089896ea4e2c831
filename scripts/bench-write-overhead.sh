#!/usr/bin/env bash
# What crash safety costs a write: `policylab lesson new` and `project set` with BIN against
# BASE_BIN (a build without the journal, e.g. of the commit before it), and `git add FILE && git
# commit -q -m x` of an equivalent file, each in its own copy of the same knowledge base (committed
# as one commit), runs interleaved. Prints medians and the ratios BIN/BASE_BIN and BIN/git.
#   BIN=.build/release/policylab BASE_BIN=/tmp/base/.build/release/policylab KB=/tmp/kb10k RUNS=9 \
#     scripts/bench-write-overhead.sh
set -euo pipefail
BIN=$(realpath "${BIN:-.build/release/policylab}")
BASE_BIN=$(realpath "${BASE_BIN:?BASE_BIN: a policylab build to compare with}")
KB=${KB:?KB: a knowledge base committed in a git repository}
RUNS=${RUNS:-9}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/policylab-write-overhead.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
export HOME=$WORK/home GIT_CONFIG_NOSYSTEM=1 POLICYLAB_SEARCH_WATCH=off
export GIT_AUTHOR_NAME=Bench GIT_AUTHOR_EMAIL=bench@example.org GIT_COMMITTER_NAME=Bench GIT_COMMITTER_EMAIL=bench@example.org
mkdir -p "$HOME"
for copy in new base git; do git clone -q "$KB" "$WORK/$copy"; done
method=$(cd "$WORK/new" && "$BIN" list methods | awk 'NR == 2 { print $1 }')
project=$(cd "$WORK/new" && "$BIN" list projects | awk 'NR == 2 { print $1 }')
now() { date +%s.%N; }
declare -A times
for run in $(seq "$RUNS"); do
    for who in new base; do
        bin=$BIN; [ $who = base ] && bin=$BASE_BIN
        start=$(now); (cd "$WORK/$who" && "$bin" lesson new "Overhead lesson $run" --summary "S." --method "$method" >/dev/null); end=$(now)
        times[$who-lesson]+="$(echo "$end - $start" | bc) "
        status=active; [ $((run % 2)) = 0 ] && status=delivered
        start=$(now); (cd "$WORK/$who" && "$bin" project set "$project" --status $status >/dev/null 2>&1 || true); end=$(now)
        times[$who-set]+="$(echo "$end - $start" | bc) "
    done
    cp "$WORK/new/lessons/overhead-lesson-$run.md" "$WORK/git/lessons/"
    start=$(now); (cd "$WORK/git" && git add "lessons/overhead-lesson-$run.md" && git commit -q -m x); end=$(now)
    times[git]+="$(echo "$end - $start" | bc) "
done
median() { printf '%s\n' $1 | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
git_median=$(median "${times[git]}")
for op in lesson set; do
    new=$(median "${times[new-$op]}"); base=$(median "${times[base-$op]}")
    awk -v op="$op" -v n="$new" -v b="$base" -v g="$git_median" 'BEGIN {
        printf "%-12s new %.3f s  base %.3f s  git %.3f s  new/base %.2fx  new/git %.1fx\n", op, n, b, g, n / b, n / g }'
done
[ -z "$(git -C "$WORK/new" status --porcelain)" ] || { echo "new: git status not clean" >&2; exit 1; }
