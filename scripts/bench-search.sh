#!/usr/bin/env bash
# Benchmark of `policylab search` on the shared 50k-record corpus (../shared/bench/gen_kb.py), in
# the same run as `grep -rli WORD` over the same files. For each probe word of gen_kb.py's summary
# (ranks 5, 50, 500, 3000 of its Zipf vocabulary, and an absent word) it times:
#   grep      grep -rli WORD over the corpus folder
#   cold      search of the working tree with no cache (index built, then cached under .git/policylab)
#   warm      the same search again (cache keyed by a digest of paths, sizes and mtimes: still lists and stats every file)
#   cold-rev  search --rev HEAD with no cache (read from git objects; cache keyed by the tree id)
#   warm-rev  the same again (target: under 50 ms)
#   plain     search of the plain folder outside git (no cache: built in memory every time)
# Machines here are shared and noisy: compare ratios. Prints medians of RUNS runs.
set -euo pipefail
SHARED=${SHARED:-../shared}
BIN=${BIN:-.build/release/policylab}
RUNS=${RUNS:-3}
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
cold() { rm -rf "$cache"; "$@"; }

printf '%-12s %8s %8s %8s %9s %9s %8s %11s %11s\n' word grep cold warm cold-rev warm-rev plain cold/grep warm-rev/grep
for word in $PROBES; do
    g=$(median grep -rli "$word" "$CORPUS")
    c=$(median cold "$BIN" search "$word" -C "$repo")
    "$BIN" search "$word" -C "$repo" >/dev/null
    w=$(median "$BIN" search "$word" -C "$repo")
    cr=$(median cold "$BIN" search "$word" -C "$repo" --rev HEAD)
    "$BIN" search "$word" -C "$repo" --rev HEAD >/dev/null
    wr=$(median "$BIN" search "$word" -C "$repo" --rev HEAD)
    p=$(median "$BIN" search "$word" -C "$CORPUS")
    printf '%-12s %8s %8s %8s %9s %9s %8s %11s %11s\n' "$word" "$g" "$c" "$w" "$cr" "$wr" "$p" \
        "$(awk "BEGIN{printf \"%.2f\", $c/$g}")" "$(awk "BEGIN{printf \"%.3f\", $wr/$g}")"
done
echo "(milliseconds, medians of $RUNS runs; ratios below 1 mean faster than grep)"
