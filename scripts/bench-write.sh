#!/usr/bin/env bash
# Benchmark of the writing commands against git itself, in the same run: on the shared 10k and
# 50k corpora, each committed as one commit, times `policylab lesson new`, `project set` and
# `impact claim` against `git add FILE && git commit -q -m x` of an equivalent new file, and the
# first write after the reference index is removed (cold cache). Prints medians of RUNS runs and
# the ratios to the git baseline. With BASELINE_BIN (another build, such as the commit before a
# change), times its `lesson new` in the same runs too. Machines here are shared and noisy:
# compare ratios taken in one run.
set -euo pipefail
SHARED=${SHARED:-../shared}
BIN=${BIN:-.build/release/policylab}
RUNS=${RUNS:-5}
SIZES=${SIZES:-10k 50k}
WORK=${BENCH_DIR:-${TMPDIR:-/tmp}/policylab-bench}
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")
BASELINE_BIN=${BASELINE_BIN:-}
mkdir -p "$WORK"

# now_ms: wall-clock milliseconds.
now_ms() { date +%s%3N; }

# timed COMMAND...: runs it quietly, prints its wall-clock milliseconds; a failure stops the run.
timed() {
    local start end
    start=$(now_ms)
    if ! "$@" >/dev/null 2>"$WORK/stderr.txt"; then
        echo "bench-write: failed: $*" >&2; cat "$WORK/stderr.txt" >&2; exit 1
    fi
    end=$(now_ms)
    echo $((end - start))
}

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

printf '%-6s %-34s %10s %8s\n' size command "median ms" "x git"
for size in $SIZES; do
    corpus="$WORK/kb$size"
    repo="$WORK/write$size"
    if [ ! -f "$corpus/policylab.yaml" ]; then
        python3 "$SHARED/bench/gen_kb.py" --size "$size" --out "$corpus" --force >/dev/null
    fi
    # A fresh repository each run: the corpus as one commit.
    rm -rf "$repo"
    cp -r "$corpus" "$repo"
    git -C "$repo" init -q -b main
    git -C "$repo" config user.name "Bench Writer"
    git -C "$repo" config user.email bench@example.org
    git -C "$repo" add -A
    git -C "$repo" commit -q -m "corpus $size"
    for folder in "$repo"/projects/*/; do project=$(basename "$folder"); break; done
    tag=$$
    git_ms=() lesson_ms=() set_ms=() claim_ms=() cold_ms=() base_lesson_ms=() base_set_ms=() base_claim_ms=()
    for run in $(seq "$RUNS"); do
        file="lessons/git-baseline-$tag-$run.md"
        printf -- '---\nid: git-baseline-%s-%s\ntitle: "Git baseline %s"\nsummary: "A lesson of the same size."\ndate: 2026-01-01\nstatus: draft\nprojects: [%s]\n---\n## What happened\n\n## What we learned\n' \
            "$tag" "$run" "$run" "$project" > "$repo/$file"
        git_ms+=("$(timed sh -c "cd '$repo' && git add '$file' && git commit -q -m x")")
        lesson_ms+=("$(timed "$BIN" -C "$repo" lesson new "Bench lesson $tag $run" --summary "Measured." --project "$project")")
        set_ms+=("$(timed "$BIN" -C "$repo" project set "$project" --summary "Bench summary $tag $run.")")
        claim_ms+=("$(timed "$BIN" -C "$repo" impact claim "$project" "Bench claim $tag $run reached $run people" --kind participation)")
        rm -f "$repo/.git/policylab/reference-index"
        cold_ms+=("$(timed "$BIN" -C "$repo" lesson new "Cold lesson $tag $run" --summary "Measured." --project "$project")")
        if [ -n "$BASELINE_BIN" ]; then
            base_lesson_ms+=("$(timed "$BASELINE_BIN" -C "$repo" lesson new "Baseline lesson $tag $run" --summary "Measured." --project "$project")")
            base_set_ms+=("$(timed "$BASELINE_BIN" -C "$repo" project set "$project" --summary "Baseline summary $tag $run.")")
            base_claim_ms+=("$(timed "$BASELINE_BIN" -C "$repo" impact claim "$project" "Baseline claim $tag $run reached $run people" --kind participation)")
        fi
    done
    base=$(median "${git_ms[@]}")
    row() { awk -v s="$size" -v n="$1" -v m="$2" -v b="$base" 'BEGIN { printf "%-6s %-34s %10d %7.1fx\n", s, n, m, m / b }'; }
    row "git add FILE && git commit -q" "$base"
    row "policylab lesson new" "$(median "${lesson_ms[@]}")"
    row "policylab project set" "$(median "${set_ms[@]}")"
    row "policylab impact claim" "$(median "${claim_ms[@]}")"
    row "policylab lesson new, cold cache" "$(median "${cold_ms[@]}")"
    if [ -n "$BASELINE_BIN" ]; then
        row "baseline lesson new" "$(median "${base_lesson_ms[@]}")"
        row "baseline project set" "$(median "${base_set_ms[@]}")"
        row "baseline impact claim" "$(median "${base_claim_ms[@]}")"
    fi
done
echo "target: each write at most 3x the git baseline; the cold write no slower than before"
