#!/usr/bin/env bash
# Benchmark of `policylab search` on the shared 50k-record corpus (../shared/bench/gen_kb.py), in
# the same run as `grep -rli WORD` over the same files. For each probe word of gen_kb.py's summary
# (ranks 5, 50, 500, 3000 of its Zipf vocabulary, and an absent word) it times:
#   grep      grep -rli WORD over the corpus folder (no .git)
#   cold      search of the working tree with no index (answered by scanning the files;
#             POLICYLAB_SEARCH_INDEX=off so that no index is built behind it and every run is cold)
#   warm      search of the working tree with a current index, checked by one fstatat per folder
#             and record file (POLICYLAB_SEARCH_WATCH=off)
#   watched   the same, with the working tree's watcher running: the index is current on its word
#   cold-rev  search --rev HEAD with no index (blobs read from git objects)
#   warm-rev  search --rev HEAD with a current index (keyed by the tree id)
# and once: build (the index of the working tree, built in the foreground) and `policylab --help`.
# Targets: warm (watched) and warm-rev under 50 ms, cold/grep at most 1. Machines here are shared and
# noisy: compare ratios. Prints medians of RUNS runs.
set -euo pipefail
SHARED=${SHARED:-../shared}
BIN=${BIN:-.build/release/policylab}
RUNS=${RUNS:-5}
SIZE=${SIZE:-50k}
PROBES=${PROBES:-"a service sort jysshuxfack zzqxjv"}  # gen_kb.py --size 50k --seed 1: rank5 rank50 rank500 rank3000 absent
CORPUS=${CORPUS:-${TMPDIR:-/tmp}/policylab-bench/kb$SIZE}
WORK=${BENCH_DIR:-${TMPDIR:-/tmp}/policylab-bench-search}
[ -x "$BIN" ] || { echo "bench-search: build first (swift build -c release), or set BIN" >&2; exit 2; }
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")
if [ ! -f "$CORPUS/policylab.yaml" ]; then
    python3 "$SHARED/bench/gen_kb.py" --size "$SIZE" --out "$CORPUS" --force >/dev/null
fi
repo="$WORK/repo$SIZE"
if [ ! -d "$repo/.git" ]; then
    rm -rf "$repo" && mkdir -p "$WORK" && cp -r "$CORPUS" "$repo"
    git -C "$repo" init -q && git -C "$repo" add -A
    git -C "$repo" -c user.name=bench -c user.email=bench@example.org commit -qm corpus
fi
cache="$repo/.git/policylab"

# median COMMAND...: the median wall time in milliseconds of RUNS runs (output discarded)
median() {
    local times=()
    for _ in $(seq "$RUNS"); do
        local start end
        start=$(date +%s%N)
        "$@" >/dev/null 2>&1 || true
        end=$(date +%s%N)
        times+=($(( (end - start) / 1000000 )))
    done
    printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p"
}
ratio() { awk "BEGIN{printf \"%.2f\", $1/$2}"; }
export POLICYLAB_SEARCH_INDEX=off POLICYLAB_SEARCH_WATCH=off

# first query then the index built in the foreground (what the detached build costs in all)
build() { rm -rf "$cache"; POLICYLAB_SEARCH_INDEX=foreground "$BIN" search zzqxjv -C "$repo"; }
build=$(median build)
POLICYLAB_SEARCH_INDEX=foreground "$BIN" search zzqxjv -C "$repo" --rev HEAD >/dev/null
help=$(median "$BIN" --help)
# The watcher, run in the foreground here and stopped at the end, then one query to vouch for the index.
"$BIN" search zzqxjv -C "$repo" --watch & watcher=$!
trap 'kill $watcher 2>/dev/null' EXIT
for _ in $(seq 100); do [ -S "$cache/search-watch.sock" ] && break; sleep 0.1; done
POLICYLAB_SEARCH_WATCH=on "$BIN" search zzqxjv -C "$repo" >/dev/null
printf '%-12s %6s %6s %6s %7s %8s %8s %9s %12s %13s\n' word grep cold warm watched cold-rev warm-rev cold/grep watched/grep warm-rev/grep
for word in $PROBES; do
    g=$(median grep -rli "$word" "$CORPUS")
    c=$(median "$BIN" search "$word" -C "$CORPUS")
    w=$(median "$BIN" search "$word" -C "$repo")
    ww=$(POLICYLAB_SEARCH_WATCH=on median "$BIN" search "$word" -C "$repo")
    mv "$cache/search-revision.idx" "$cache/keep.idx"
    cr=$(median "$BIN" search "$word" -C "$repo" --rev HEAD)
    mv "$cache/keep.idx" "$cache/search-revision.idx"
    wr=$(median "$BIN" search "$word" -C "$repo" --rev HEAD)
    printf '%-12s %6s %6s %6s %7s %8s %8s %9s %12s %13s\n' "$word" "$g" "$c" "$w" "$ww" "$cr" "$wr" \
        "$(ratio "$c" "$g")" "$(ratio "$ww" "$g")" "$(ratio "$wr" "$g")"
done
echo "first query and index build in the foreground (working tree): $build ms; policylab --help: $help ms"
echo "(milliseconds, medians of $RUNS runs; ratios below 1 mean faster than grep)"
