#!/usr/bin/env bash
# Precision and recall of the measurability analysis for "vague", per language and per part
# (development / held-out) of the labelled corpus of real commitment texts
# (Tests/PolicyKitTests/Fixtures/measurability/commitments.csv), run through the product's own
# path: `policylab lint-commitments --lang L --format json`. Targets on the held-out part:
# precision >= 0.85 and recall >= 0.80 in each language. With BASELINE=1 it also prints the
# figures of the rule it replaced (kept in the test target), from `swift test`.
set -euo pipefail
BIN=${BIN:-.build/debug/policylab}
CORPUS=${CORPUS:-Tests/PolicyKitTests/Fixtures/measurability/commitments.csv}
[ -x "$BIN" ] || { echo "bench-measurability: build first (make build), or set BIN" >&2; exit 2; }
WORK=$(mktemp -d "${TMPDIR:-/tmp}/policylab-bench-measurability.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

python3 - "$CORPUS" "$WORK" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8")))
for language in ("en", "fr"):
    with open(f"{sys.argv[2]}/{language}.csv", "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["id", "split", "label", "text"])
        for row in rows:
            if row["language"] == language:
                writer.writerow([row["id"], row["split"], row["label"], row["text"]])
PY

start=$(date +%s.%N)
for language in en fr; do
    "$BIN" lint-commitments --lang "$language" --column text --format json "$WORK/$language.csv" >"$WORK/$language.json" || true
done
end=$(date +%s.%N)

python3 - "$WORK" <<'PY'
import csv, json, sys
work = sys.argv[1]
print(f"{'language':<9}{'part':<13}{'texts':>6}{'vague':>7}{'precision':>11}{'recall':>8}")
for language in ("en", "fr"):
    rows = list(csv.DictReader(open(f"{work}/{language}.csv", newline="", encoding="utf-8")))
    verdicts = json.load(open(f"{work}/{language}.json", encoding="utf-8"))
    assert len(rows) == len(verdicts), "one verdict per text"
    for part in ("development", "held-out"):
        tp = fp = fn = n = vague = 0
        for row, verdict in zip(rows, verdicts):
            if row["split"] != part:
                continue
            assert verdict["text"] == row["text"].strip()
            n += 1
            actual, predicted = row["label"] == "vague", verdict["verdict"] == "vague"
            vague += actual
            tp += actual and predicted
            fp += predicted and not actual
            fn += actual and not predicted
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        print(f"{language:<9}{part:<13}{n:>6}{vague:>7}{precision:>11.2f}{recall:>8.2f}")
PY
printf 'analysed the corpus in %.2f s (two runs of lint-commitments)\n' "$(echo "$end - $start" | bc)"

if [ "${BASELINE:-0}" = 1 ]; then
    echo "baseline (the pre-issue-17 vague-verb rule), from the test suite:"
    swift test --scratch-path .build --disable-xctest --filter heldOutPartMeetsTheTargetsInEachLanguage 2>&1 \
        | sed -n 's/^measurability \(.*\): n=.* | baseline: \(.*\)$/  \1: \2/p'
fi
