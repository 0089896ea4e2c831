#!/usr/bin/env bash
# Benchmark of `policylab check` against the PyYAML baseline validator of ../shared/bench, on the
# shared 10k and 50k corpora, in the same run. Prints medians of RUNS runs, peak memory, and the
# speed-up (baseline time / policylab time). Machines here are shared and noisy: compare ratios.
set -euo pipefail
SHARED=${SHARED:-../shared}
BIN=${BIN:-.build/release/policylab}
RUNS=${RUNS:-3}
SIZES=${SIZES:-10k 50k}
WORK=${BENCH_DIR:-${TMPDIR:-/tmp}/policylab-bench}
mkdir -p "$WORK"
command -v /usr/bin/time >/dev/null || { echo "bench: needs /usr/bin/time (apt-get install time)" >&2; exit 2; }

# measure NAME COMMAND...: prints "NAME median_seconds peak_MiB"
measure() {
    local name=$1; shift
    local times=() peaks=()
    for _ in $(seq "$RUNS"); do
        /usr/bin/time -f "%e %M" -o "$WORK/time.txt" "$@" >/dev/null 2>&1 || true
        read -r seconds kilobytes < "$WORK/time.txt"
        times+=("$seconds"); peaks+=("$kilobytes")
    done
    local median peak
    median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    peak=$(printf '%s\n' "${peaks[@]}" | sort -n | tail -1 | awk '{printf "%.0f", $1/1024}')
    echo "$name $median $peak"
}

printf '%-6s %-22s %10s %10s\n' size command "median s" "peak MiB"
for size in $SIZES; do
    corpus="$WORK/kb$size"
    if [ ! -f "$corpus/policylab.yaml" ]; then
        python3 "$SHARED/bench/gen_kb.py" --size "$size" --out "$corpus" --force >/dev/null
    fi
    read -r _ ours ours_peak < <(measure policylab "$BIN" -C "$corpus" check)
    read -r _ base base_peak < <(measure validate_py python3 "$SHARED/bench/validate_py.py" "$corpus")
    printf '%-6s %-22s %10s %10s\n' "$size" "policylab check" "$ours" "$ours_peak"
    printf '%-6s %-22s %10s %10s\n' "$size" "validate_py.py" "$base" "$base_peak"
    awk -v b="$base" -v o="$ours" -v s="$size" 'BEGIN { printf "%-6s speed-up %.2fx (target >= 1.7x)\n", s, b / o }'
done
