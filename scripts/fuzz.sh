#!/usr/bin/env bash
# Builds the libFuzzer targets (Fuzz/, a package of its own: `-sanitize=fuzzer,address`, never part
# of the main build or of CI's tests), seeds their corpora (scripts/fuzz-seeds.sh) and runs them,
# one at a time on one core. Findings land in Fuzz/artifacts/TARGET/ (crash-*, timeout-*, oom-*).
#
# Usage: scripts/fuzz.sh TARGET SECONDS     run one target (FuzzRecord, FuzzKnowledgeBase, ...)
#        scripts/fuzz.sh all SECONDS        each target in turn, SECONDS each
#        scripts/fuzz.sh build              only build
# Environment: FUZZ_BUILD (build folder, default Fuzz/.build), TIMEOUT (seconds per input, default 10), RSS_MB (default 2048), RUNS (stop after
# this many inputs instead), FUZZ_ARGS (more libFuzzer flags), NO_BUILD=1 (run what is built).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
ALL=(FuzzRecord FuzzKnowledgeBase FuzzMarkdown FuzzRender FuzzSearchIndex FuzzHistoryCache FuzzJournal FuzzReferenceIndex FuzzSSHSig FuzzSettings FuzzImportMap FuzzOGPTable FuzzRecordCache FuzzSiteState)
BUILD=${FUZZ_BUILD:-$ROOT/Fuzz/.build}

build() {
  [ -z "${NO_BUILD:-}" ] || return 0
  # Release with testable imports: the targets reach internal readers through `@testable import`.
  # swiftc keeps only its last -sanitize= flag, and SwiftPM passes one per sanitizer: without the
  # combined flag last, Swift code would get no coverage instrumentation (C code gets both).
  (cd Fuzz && swift build -c release --sanitize=fuzzer --sanitize=address -Xswiftc -sanitize=fuzzer,address -Xswiftc -enable-testing \
    --scratch-path "$BUILD")
}

run() { # run TARGET SECONDS
  local target=$1 seconds=$2
  local dict=$ROOT/Fuzz/dictionaries/$target.dict corpus=$ROOT/Fuzz/.corpus/$target artifacts=$ROOT/Fuzz/artifacts/$target/
  [ -d "$corpus" ] || scripts/fuzz-seeds.sh "$target"
  mkdir -p "$artifacts"
  local tmp
  tmp=$(mktemp -d -p "$([ -d /dev/shm ] && echo /dev/shm || echo "${TMPDIR:-/tmp}")")
  # One process on one core (what -jobs=1 -workers=1 asks, without the log file a job writes).
  local args=(-timeout="${TIMEOUT:-10}" -rss_limit_mb="${RSS_MB:-2048}" -max_len=65536
              -artifact_prefix="$artifacts" -print_final_stats=1)
  [ -f "$dict" ] && args+=(-dict="$dict")
  if [ -n "${RUNS:-}" ]; then args+=(-runs="$RUNS"); else args+=(-max_total_time="$seconds"); fi
  local log=$ROOT/Fuzz/artifacts/$target.log status=0
  POLICYLAB_FUZZ_TMP=$tmp ASAN_OPTIONS=detect_leaks=0 "$BUILD/release/$target" "${args[@]}" ${FUZZ_ARGS:-} "$corpus" >"$log" 2>&1 || status=$?
  grep -E '^#[0-9]+[[:space:]]+(INITED|DONE)|^stat::|ERROR|PROPERTY|SUMMARY|Test unit written' "$log" || true
  rm -rf "$tmp"
  echo "fuzz: $target exited $status"
  return "$status"
}

case "${1:-}" in
  build) build ;;
  all)
    build
    failed=0
    for target in "${ALL[@]}"; do run "$target" "${2:-60}" || failed=1; done
    exit $failed ;;
  Fuzz*)
    build
    run "$1" "${2:-60}" ;;
  *) sed -n '2,10p' "$0" >&2; exit 2 ;;
esac
