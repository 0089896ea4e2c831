#!/usr/bin/env bash
# Benchmark of `policylab history` and `policylab review` on the shared 10k-record, 20k-commit
# history (../shared/bench/gen_history.py), built once and cached. For each sample record that
# gen_history.py picks (--stats), times `policylab history` against `git log --oneline -- PATH` in
# the same run (warm: with the history cache built; the cold first run is timed once, above the
# table), and times `policylab review proposal` (target: under a second). Machines here are
# shared and noisy: compare ratios. Prints medians of RUNS runs.
set -euo pipefail
SHARED=${SHARED:-../shared}
BIN=${BIN:-.build/release/policylab}
RUNS=${RUNS:-3}
COMMITS=${COMMITS:-20000}
WORK=${BENCH_DIR:-${TMPDIR:-/tmp}/policylab-bench-history}
[ -x "$BIN" ] || { echo "bench-history: build first (swift build -c release), or set BIN" >&2; exit 2; }
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")
mkdir -p "$WORK"
corpus="$WORK/kb10k" repo="$WORK/repo" stats="$WORK/stats.json"
if [ ! -f "$corpus/policylab.yaml" ]; then
    python3 "$SHARED/bench/gen_kb.py" --size 10k --out "$corpus" --force >/dev/null
fi
if [ ! -f "$stats" ] || [ ! -d "$repo/.git" ]; then
    rm -rf "$repo"
    python3 "$SHARED/bench/gen_history.py" --corpus "$corpus" --repo "$repo" --commits "$COMMITS" --stats "$stats" >/dev/null
fi

# median NAME COMMAND...: prints the median wall time in seconds of RUNS runs
median() {
    local times=()
    for _ in $(seq "$RUNS"); do
        local start end
        start=$(date +%s.%N)
        "$@" >/dev/null 2>&1 || true
        end=$(date +%s.%N)
        times+=("$(echo "$end - $start" | bc)")
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.3f", a[int((NR+1)/2)]}'
}

# record_of PATH: the record selector of a file at PATH
record_of() {
    python3 - "$1" <<'PY'
import sys
p = sys.argv[1].split("/")
if p[0] == "toolkit": print("method:" + p[2][:-3])
elif p[0] == "lessons": print("lesson:" + p[1][:-3])
elif p[-1] == "project.md": print("project:" + p[1])
elif p[2] == "evidence": print("evidence:%s/%s" % (p[1], p[3][:-3]))
else: print("claim:%s/%s" % (p[1], p[3][:-3]))
PY
}

paths=$(python3 - "$stats" <<'PY'
import json, sys
stats = json.load(open(sys.argv[1]))
picked = [group[0][0] for group in stats["sample_touched_near_10_by_kind"].values() if group]
picked += [entry[0] for entry in stats["sample_renamed"][:2]]  # renamed lessons, by their path at HEAD
picked.append(stats["hottest"][0])
print("\n".join(picked))
PY
)
cd "$repo"
# Cold: the first `history` builds the history cache (<gitdir>/policylab/history-cache) for every
# commit; later runs only read it (and diff commits added since). Timed once, on the hottest record.
rm -rf .git/policylab
hottest=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["hottest"][0])' "$stats")
cold_start=$(date +%s.%N)
"$BIN" history "$(record_of "$hottest")" >/dev/null 2>&1 || true
cold=$(echo "$(date +%s.%N) - $cold_start" | bc)
cold_git=$(median git log --oneline -- "$hottest")
printf 'cold (builds the cache): policylab %.3fs, git log %ss (%s), ratio %.2fx\n\n' "$cold" "$cold_git" "$hottest" "$(echo "$cold_git / $cold" | bc -l)"
printf '%-60s %9s %9s %7s %8s\n' record "policylab" "git log" ratio commits
for path in $paths; do
    [ -n "$path" ] || continue
    record=$(record_of "$path")
    git cat-file -e "HEAD:$path" 2>/dev/null || continue
    ours=$(median "$BIN" history "$record")
    theirs=$(median git log --oneline -- "$path")
    count=$("$BIN" history "$record" --format json | grep -c '"commit"' || true)
    printf '%-60s %9s %9s %6.2fx %8s\n' "$record" "$ours" "$theirs" "$(echo "$theirs / $ours" | bc -l)" "$count"
done
review=$(median "$BIN" review proposal)
printf '\npolicylab review proposal: %ss (target < 1 s)\n' "$review"
