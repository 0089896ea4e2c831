#!/usr/bin/env bash
# Cost of translations in `policylab check`: the shared 10k-record corpus (../shared/bench/gen_kb.py)
# checked as it is (English only), then with `languages: [en, fr]` and a French translation of
# one record in FRACTION (title and summary, with the current translation_of), in the same run.
# Machines here are shared and noisy: compare the ratio. Prints medians of RUNS runs.
set -euo pipefail
SHARED=${SHARED:-../shared}
BIN=${BIN:-.build/release/policylab}
RUNS=${RUNS:-3}
FRACTION=${FRACTION:-10}
WORK=${BENCH_DIR:-${TMPDIR:-/tmp}/policylab-bench-translations}
[ -x "$BIN" ] || { echo "bench-translations: build first (swift build -c release), or set BIN" >&2; exit 2; }
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")
mkdir -p "$WORK"
english="$WORK/kb10k" bilingual="$WORK/kb10k-fr"
if [ ! -f "$english/policylab.yaml" ]; then
    python3 "$SHARED/bench/gen_kb.py" --size 10k --out "$english" --force >/dev/null
fi
if [ ! -f "$bilingual/policylab.yaml" ]; then
    rm -rf "$bilingual" && cp -r "$english" "$bilingual"
    printf 'languages: [en, fr]\n' >> "$bilingual/policylab.yaml"
    "$BIN" translations --format json -C "$bilingual" > "$WORK/states.json"
    python3 - "$bilingual" "$WORK/states.json" "$FRACTION" <<'PY'
import json, sys
root, states, fraction = sys.argv[1], json.load(open(sys.argv[2])), int(sys.argv[3])
for n, state in enumerate(states["records"]):
    if n % fraction: continue
    key = "statement" if state["record"].startswith("claim:") else "title"
    with open(f"{root}/{state['translation_path']}", "w") as out:
        out.write(f"---\ntranslation_of: {state['source_digest']}\n{key}: \"Texte traduit numéro {n}\"\n---\n")
PY
fi

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

translations=$(find "$bilingual" -name '*.fr.md' | wc -l)
en=$(median "$BIN" check -C "$english")
fr=$(median "$BIN" check -C "$bilingual")
printf 'check, 10k records, English only:                 %ss\n' "$en"
printf 'check, 10k records, [en, fr], %s translations:  %ss (%.2fx)\n' "$translations" "$fr" "$(echo "$fr / $en" | bc -l)"
