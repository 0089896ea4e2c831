#!/usr/bin/env bash
# Benchmark of `policylab site` against Hugo (Debian's `hugo`, minimal layouts from
# ../shared/bench/mk_hugo_site.sh) on the shared 10k and 50k corpora, in the same run. Prints
# medians of RUNS runs, peak memory, and the ratios the issue sets: speed-up >= 1 and at most half
# of Hugo's memory at 10k; at 50k, memory that does not grow per page as Hugo's does.
# Machines here are shared and noisy: compare ratios.
set -euo pipefail
SHARED=${SHARED:-../shared}
BIN=${BIN:-.build/release/policylab}
RUNS=${RUNS:-3}
SIZES=${SIZES-10k 50k}
WORK=${BENCH_DIR:-${TMPDIR:-/tmp}/policylab-bench}
mkdir -p "$WORK"
command -v /usr/bin/time >/dev/null || { echo "bench: needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
[ -z "$SIZES" ] || command -v hugo >/dev/null || { echo "bench: needs hugo (apt-get install hugo)" >&2; exit 2; }

# measure NAME COMMAND...: prints "NAME median_seconds peak_MiB"
measure() {
    local name=$1; shift
    local times=() peaks=()
    for _ in $(seq "$RUNS"); do
        /usr/bin/time -f "%e %M" -o "$WORK/time.txt" "$@" >/dev/null 2>&1 || { echo "bench: $* failed" >&2; exit 1; }
        read -r seconds kilobytes < "$WORK/time.txt"
        times+=("$seconds"); peaks+=("$kilobytes")
    done
    local median peak
    median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    peak=$(printf '%s\n' "${peaks[@]}" | sort -n | tail -1 | awk '{printf "%.0f", $1/1024}')
    echo "$name $median $peak"
}

printf '%-6s %-16s %10s %10s %8s\n' size command "median s" "peak MiB" pages
for size in $SIZES; do
    corpus="$WORK/kb$size"
    if [ ! -f "$corpus/policylab.yaml" ]; then
        python3 "$SHARED/bench/gen_kb.py" --size "$size" --out "$corpus" --force >/dev/null
    fi
    hugo_site="$WORK/hugo$size"
    sh "$SHARED/bench/mk_hugo_site.sh" "$corpus" "$hugo_site" >/dev/null
    read -r _ base base_peak < <(measure hugo hugo --quiet -s "$hugo_site")
    base_pages=$(find "$hugo_site/public" -name '*.html' | wc -l)
    read -r _ ours ours_peak < <(measure policylab "$BIN" -C "$corpus" site --out "$WORK/site$size")
    our_pages=$(find "$WORK/site$size" -name '*.html' | wc -l)
    printf '%-6s %-16s %10s %10s %8s\n' "$size" "policylab site" "$ours" "$ours_peak" "$our_pages"
    printf '%-6s %-16s %10s %10s %8s\n' "$size" "hugo --quiet" "$base" "$base_peak" "$base_pages"
    awk -v b="$base" -v o="$ours" -v bp="$base_peak" -v op="$ours_peak" -v s="$size" -v obp="$our_pages" 'BEGIN {
        printf "%-6s speed-up %.2fx (target >= 1x), memory %.2f of hugo (target <= 0.5), %.1f KiB per page\n", s, b / o, op / bp, op * 1024 / obp }'
done

# Dates from git: the same 10k corpus as a repository with HISTORY_COMMITS commits (gen_history.py),
# built in full with its dates against a copy without .git (no dates), in the same run; then, in that
# repository, an incremental build after one record was edited against the full dated build (the
# edit is undone afterwards). HISTORY_COMMITS=0 skips.
HISTORY_COMMITS=${HISTORY_COMMITS:-5000}
if [ "$HISTORY_COMMITS" -gt 0 ]; then
    repo="$WORK/repo10k-$HISTORY_COMMITS"
    if [ ! -f "$repo/policylab.yaml" ]; then
        [ -f "$WORK/kb10k/policylab.yaml" ] || python3 "$SHARED/bench/gen_kb.py" --size 10k --out "$WORK/kb10k" --force >/dev/null
        rm -rf "$repo"
        python3 "$SHARED/bench/gen_history.py" --corpus "$WORK/kb10k" --repo "$repo" --commits "$HISTORY_COMMITS" >/dev/null
        cp "$WORK/kb10k/policylab.yaml" "$repo/" && git -C "$repo" add policylab.yaml
        git -C "$repo" -c user.name=bench -c user.email=bench@example.org commit -qm settings
    fi
    rm -rf "$WORK/nogit10k" && cp -r "$repo" "$WORK/nogit10k" && rm -rf "$WORK/nogit10k/.git"
    "$BIN" -C "$repo" site --out "$WORK/site-dated" >/dev/null 2>&1  # fills the history cache
    # --full: a build into the site of the last one would keep every page and its dates.
    read -r _ dated dated_peak < <(measure dated "$BIN" -C "$repo" site --full --out "$WORK/site-dated")
    read -r _ plain plain_peak < <(measure plain "$BIN" -C "$WORK/nogit10k" site --out "$WORK/site-plain")
    printf '%-6s %-16s %10s %10s\n' 10k "site, dated" "$dated" "$dated_peak" 10k "site, no git" "$plain" "$plain_peak"
    awk -v d="$dated" -v p="$plain" -v c="$HISTORY_COMMITS" 'BEGIN { printf "10k    dates from %d commits cost %.2fx the undated build\n", c, d / p }'
    edited=$(find "$repo/toolkit/methods" -name '*.md' | sort | head -1)
    read -r _ dated_edit dated_edit_peak < <(measure dated-edit sh -c \
        'echo "<!-- edited $(date +%s%N) -->" >> "$1" && "$2" -C "$3" site --out "$4"' sh "$edited" "$BIN" "$repo" "$WORK/site-dated")
    git -C "$repo" checkout -q -- "$edited"
    printf '%-6s %-16s %10s %10s\n' 10k "dated, one edit" "$dated_edit" "$dated_edit_peak"
    awk -v f="$dated" -v i="$dated_edit" -v c="$HISTORY_COMMITS" 'BEGIN {
        printf "10k    with %d commits, an incremental build %.2f of a full dated one (target <= 0.10)\n", c, i / f }'
fi

# Incremental builds on the INCREMENTAL_SIZE corpus (default 10k; INCREMENTAL_SIZE= skips), as a
# repository of one commit: a full build (`--full`) against a build after one record was edited
# (a method used by some projects, a comment appended each run), medians of RUNS runs in the same
# run, and the incremental site compared with a full build into another folder (identical trees).
# Target: at most 10% of the full build.
INCREMENTAL_SIZE=${INCREMENTAL_SIZE-10k}
if [ -n "$INCREMENTAL_SIZE" ]; then
    corpus="$WORK/kb$INCREMENTAL_SIZE"
    [ -f "$corpus/policylab.yaml" ] || python3 "$SHARED/bench/gen_kb.py" --size "$INCREMENTAL_SIZE" --out "$corpus" --force >/dev/null
    repo="$WORK/incremental$INCREMENTAL_SIZE"
    rm -rf "$repo" "$WORK/inc-site" "$WORK/inc-full" && cp -r "$corpus" "$repo"
    git -C "$repo" init -q && git -C "$repo" add -A
    git -C "$repo" -c user.name=bench -c user.email=bench@example.org commit -qm corpus
    edited=$(find "$repo/toolkit/methods" -name '*.md' | sort | head -1)
    "$BIN" -C "$repo" site --out "$WORK/inc-site" --date 2026-12-01 >/dev/null 2>&1
    read -r _ full full_peak < <(measure full "$BIN" -C "$repo" site --full --out "$WORK/inc-site" --date 2026-12-01)
    read -r _ incremental incremental_peak < <(measure incremental sh -c \
        'echo "<!-- edited $(date +%s%N) -->" >> "$1" && "$2" -C "$3" site --out "$4" --date 2026-12-01' sh "$edited" "$BIN" "$repo" "$WORK/inc-site")
    echo "<!-- edited once more -->" >> "$edited"
    kept=$("$BIN" -C "$repo" site --out "$WORK/inc-site" --date 2026-12-01 2>&1 >/dev/null | grep -o '[0-9]* of [0-9]* pages unchanged' || true)
    "$BIN" -C "$repo" site --full --out "$WORK/inc-full" --date 2026-12-01 >/dev/null 2>&1
    # The table of the site's files holds inodes and times, the one file that differs by nature.
    same=$(diff -r -x .policylab-files "$WORK/inc-site" "$WORK/inc-full" >/dev/null && echo identical || echo DIFFERENT)
    printf '%-6s %-16s %10s %10s\n' "$INCREMENTAL_SIZE" "site --full" "$full" "$full_peak"
    printf '%-6s %-16s %10s %10s\n' "$INCREMENTAL_SIZE" "site, one edit" "$incremental" "$incremental_peak"
    awk -v f="$full" -v i="$incremental" -v s="$INCREMENTAL_SIZE" -v k="$kept" -v same="$same" 'BEGIN {
        printf "%-6s incremental build %.2f of a full one (target <= 0.10); %s; output %s to a full build\n", s, i / f, k, same }'
fi

# The browser search on the SEARCH_SIZE corpus (default 50k; SEARCH_SIZE= skips): the sharded index
# against the whole index of the site before sharding (`--also-unsharded-search-index` and the old
# script, Tests/PolicyKitTests/Fixtures/search-reference/unsharded-search.js), in the same run, in
# headless chromium from file:// (scripts/search-browser-bench.py): bytes of the index loaded for
# each query and time to first results (median of SEARCH_RUNS cold runs). Targets at 50k: at most
# 500 KB and under 300 ms.
SEARCH_SIZE=${SEARCH_SIZE-50k}
SEARCH_RUNS=${SEARCH_RUNS:-3}
if [ -n "$SEARCH_SIZE" ]; then
    corpus="$WORK/kb$SEARCH_SIZE"
    [ -f "$corpus/policylab.yaml" ] || python3 "$SHARED/bench/gen_kb.py" --size "$SEARCH_SIZE" --out "$corpus" --force >/dev/null
    site="$WORK/search-site$SEARCH_SIZE"
    "$BIN" -C "$corpus" site --out "$site" --also-unsharded-search-index >/dev/null 2>&1
    echo
    echo "$SEARCH_SIZE browser search: $(find "$site/assets/search" -type f | wc -l) shard files, manifest $(wc -c < "$site/assets/search/index.js") bytes, whole index $(wc -c < "$site/assets/search-index.js") bytes"
    printf '%-24s %12s %12s %12s %12s %8s\n' query "sharded KB" "whole KB" "sharded ms" "whole ms" "ratio"
    python3 "$(dirname "$0")/search-browser-bench.py" "$site" "$(dirname "$0")/../Tests/PolicyKitTests/Fixtures/search-reference/unsharded-search.js" \
        "$SEARCH_RUNS" "procurement evidence" "citizens assembly" "service" "sort" "jysshuxfack" "consultation workshop budgeting" "zzqxjv" \
        | python3 -c '
import json, sys
rows = [json.loads(line) for line in sys.stdin]
for sharded, whole in zip(rows[0::2], rows[1::2]):
    print("%-24s %12.1f %12.1f %12.1f %12.1f %7.3fx" % (sharded["query"][:24], sharded["index_bytes"] / 1024, whole["index_bytes"] / 1024,
          sharded["first_results_ms"], whole["first_results_ms"], sharded["index_bytes"] / whole["index_bytes"]))
    print("%-24s %s" % ("", "runs: sharded %s ms, whole %s ms; %d files, %.1f KB in all with the page, script and style sheet" % (
          sharded["runs_ms"], whole["runs_ms"], sharded["files"], sharded["total_bytes"] / 1024)))
'
fi
