#!/usr/bin/env bash
# Seeds each fuzz target's corpus (Fuzz/.corpus/TARGET, not committed) from the repository's own
# fixtures and the shipped knowledge base: record files and settings as they are, small knowledge
# bases packed in the FuzzKnowledgeBase format, and the binary caches (search index, history cache,
# reference index) and a write journal made by running the debug policylab binary on a copy of the
# shipped knowledge base; SSH signatures are made with ssh-keygen.
# Usage: scripts/fuzz-seeds.sh [TARGET...]   (BIN=path/to/policylab, default .build/debug/policylab)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BIN=${BIN:-$ROOT/.build/debug/policylab}
OUT=$ROOT/Fuzz/.corpus
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(FuzzRecord FuzzKnowledgeBase FuzzMarkdown FuzzRender FuzzSearchIndex FuzzHistoryCache FuzzJournal FuzzReferenceIndex FuzzSSHSig FuzzSettings FuzzImportMap FuzzOGPTable FuzzRecordCache FuzzSiteState)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
KBS=("$ROOT" "$ROOT/Tests/PolicyKitTests/Fixtures/valid-kb" "$ROOT/Tests/PolicyKitTests/Fixtures/broken-kb" "$ROOT/Tests/PolicyKitTests/Fixtures/publish-kb")

# Every record file of the knowledge bases, with the selector byte of its kind (method project evidence claim lesson).
record_files() {
  for kb in "${KBS[@]}"; do
    find "$kb/toolkit" "$kb/projects" "$kb/lessons" -name '*.md' -type f 2>/dev/null
  done
}
kind_byte() {
  case "$1" in
    */toolkit/methods/*) printf '\x00' ;;
    */project.md) printf '\x01' ;;
    */evidence/*) printf '\x02' ;;
    */impact/*) printf '\x03' ;;
    *) printf '\x04' ;;
  esac
}
seed() { # seed TARGET NAME < bytes
  mkdir -p "$OUT/$1"
  cat > "$OUT/$1/$2"
}

for target in "${TARGETS[@]}"; do
  case $target in
    FuzzRecord)
      n=0; record_files | while read -r f; do n=$((n+1)); { kind_byte "$f"; cat "$f"; } | seed FuzzRecord "record-$n"; done ;;
    FuzzMarkdown)
      n=0; record_files | while read -r f; do n=$((n+1)); awk 'f>=2{print} /^---$/{f++}' "$f" | seed FuzzMarkdown "body-$n"; done
      for f in Tests/PolicyKitTests/Fixtures/golden/*.md; do seed FuzzMarkdown "golden-$(basename "$f")" < "$f"; done ;;
    FuzzRender)
      n=0; record_files | while read -r f; do
        n=$((n+1))
        case "$f" in
          */lessons/*) { printf '\x00'; cat "$f"; } | seed FuzzRender "lesson-$n" ;;
          */project.md) { printf '\x01'; cat "$f"; } | seed FuzzRender "project-$n" ;;
          */toolkit/methods/*) { printf '\x02'; cat "$f"; } | seed FuzzRender "method-$n" ;;
        esac
      done ;;
    FuzzImportMap)
      n=0; find Fuzz/seeds/import -name '*.md' | sort | while read -r f; do
        n=$((n+1)); { cat Fuzz/seeds/import/map.yaml; printf '\0'; cat "$f"; } | seed FuzzImportMap "import-$n"
      done ;;
    FuzzOGPTable)
      for f in Fuzz/seeds/import/*.csv; do seed FuzzOGPTable "$(basename "$f")" < "$f"; done ;;
    FuzzSettings)
      for kb in "${KBS[@]}"; do seed FuzzSettings "settings-$(basename "$kb")" < "$kb/policylab.yaml"; done ;;
    FuzzKnowledgeBase)
      # Each knowledge base packed whole, and each project with the toolkit's first methods.
      pack() { # pack KB FILE...: "path\ncontent" chunks separated by NUL
        local kb=$1; shift
        for f in "$@"; do printf '%s\n' "${f#"$kb"/}"; cat "$f"; printf '\0'; done
      }
      for kb in "${KBS[@]}"; do
        name=$(basename "$kb")
        if [ "$kb" = "$ROOT" ]; then
          name=shipped  # whole, it is over the 64 KiB input limit: its projects go one by one
        else
          mapfile -t files < <(find "$kb/policylab.yaml" "$kb/toolkit" "$kb/lessons" "$kb/projects" -name '*.md' -o -name '*.yaml' | sort)
          pack "$kb" "${files[@]}" | seed FuzzKnowledgeBase "kb-$name"
        fi
        for project in "$kb"/projects/*/; do
          mapfile -t files < <({ echo "$kb/policylab.yaml"; find "$kb/toolkit" -name '*.md' | sort | head -5; find "$project" -name '*.md' | sort | head -30; } )
          pack "$kb" "${files[@]}" | seed FuzzKnowledgeBase "project-$name-$(basename "$project")"
        done
      done ;;
    FuzzSearchIndex|FuzzHistoryCache|FuzzReferenceIndex|FuzzJournal|FuzzRecordCache|FuzzSiteState)
      if [ ! -d "$WORK/kb" ]; then
        [ -x "$BIN" ] || { echo "fuzz-seeds: $BIN missing: run 'swift build --scratch-path .build' first" >&2; exit 1; }
        # The small fixture keeps the files under the fuzzers' 64 KiB input limit.
        mkdir -p "$WORK/kb"
        cp -r Tests/PolicyKitTests/Fixtures/valid-kb/. "$WORK/kb/"
        export HOME=$WORK GIT_AUTHOR_NAME=Fuzz GIT_AUTHOR_EMAIL=fuzz@example.org GIT_COMMITTER_NAME=Fuzz GIT_COMMITTER_EMAIL=fuzz@example.org
        git -C "$WORK/kb" init -q -b main
        git -C "$WORK/kb" add -A
        git -C "$WORK/kb" commit -q -m "valid knowledge base"
        (cd "$WORK/kb" && "$BIN" lesson new "Seed the fuzzers" --summary "Start from real files." --method workshops >/dev/null)
        (cd "$WORK/kb" && POLICYLAB_SEARCH_INDEX=foreground "$BIN" search citizens >/dev/null)
        (cd "$WORK/kb" && POLICYLAB_SEARCH_INDEX=foreground "$BIN" search --rev HEAD citizens >/dev/null)
        (cd "$WORK/kb" && "$BIN" history method:workshops >/dev/null)
        (cd "$WORK/kb" && "$BIN" site --out "$WORK/site" >/dev/null 2>&1)
      fi
      state=$WORK/kb/.git/policylab
      case $target in
        FuzzSearchIndex)
          for idx in "$state"/search-*.idx; do
            [ -f "$idx" ] || continue
            for query in citizens "jury method" "open policy"; do
              { printf "\\x$(printf %02x ${#query})%s" "$query"; cat "$idx"; } | seed FuzzSearchIndex "$(basename "$idx" .idx)-${query// /-}"
            done
          done ;;
        FuzzHistoryCache) [ -f "$state/history-cache" ] && seed FuzzHistoryCache history-cache < "$state/history-cache" ;;
        FuzzReferenceIndex) [ -f "$state/reference-index" ] && seed FuzzReferenceIndex reference-index < "$state/reference-index" ;;
        # The harness puts its own header and checksum before the input: seed with what follows them
        # (the magic line, the identity's u32 length and text, and the u64 checksum).
        FuzzRecordCache) [ -f "$state/site-records" ] && python3 -c '
import struct, sys
data = open(sys.argv[1], "rb").read()
start = len(b"policylab parsed records 2\n")
(length,) = struct.unpack_from("<I", data, start)
sys.stdout.buffer.write(data[start + 4 + length + 8:])' "$state/site-records" | seed FuzzRecordCache site-records ;;
        # The first byte chooses the decoder: 0 the table of the site's files, 1 the search
        # postings, 2 the manifest (the table and the manifest without their seal: a newline and
        # 64 hex digits).
        FuzzSiteState)
          [ -f "$WORK/site/.policylab-files" ] && { printf '\x00'; head -c -65 "$WORK/site/.policylab-files"; } | seed FuzzSiteState site-files
          [ -f "$WORK/site/.policylab-search" ] && { printf '\x01'; cat "$WORK/site/.policylab-search"; } | seed FuzzSiteState site-search
          [ -f "$WORK/site/.policylab-manifest" ] && { printf '\x02'; head -c -65 "$WORK/site/.policylab-manifest"; } | seed FuzzSiteState site-manifest ;;
        FuzzJournal)
          tip=$(git -C "$WORK/kb" rev-parse HEAD)
          blob=$(git -C "$WORK/kb" rev-parse HEAD:policylab.yaml)
          json="{\"branch\":\"refs/heads/main\",\"changes\":[{\"new\":{\"blob\":\"$blob\",\"mode\":33188},\"path\":\"lessons/seed.md\"},{\"old\":{\"blob\":\"$blob\",\"mode\":33188},\"path\":\"projects/a/project.md\"}],\"message\":\"lesson new: Seed\",\"newCommit\":\"$tip\",\"oldTip\":\"$tip\",\"process\":4242}"
          printf '%s' "$json" | seed FuzzJournal journal-body
          printf 'policylab-write-journal 1 %s %s\n%s' "${#json}" "$(printf '%s' "$json" | sha256sum | cut -d' ' -f1)" "$json" | seed FuzzJournal journal-file ;;
      esac ;;
    FuzzSSHSig)
      mkdir -p "$WORK/ssh"
      printf 'approve fuzz\n' > "$WORK/ssh/message"
      for type in ed25519 ecdsa rsa; do
        ssh-keygen -q -t $type -N '' -C fuzz -f "$WORK/ssh/$type" >/dev/null
        ssh-keygen -q -Y sign -f "$WORK/ssh/$type" -n policylab "$WORK/ssh/message" >/dev/null 2>&1
        { printf '\x00'; cat "$WORK/ssh/message.sig"; } | seed FuzzSSHSig "armoured-$type"
        { printf '\x01'; sed '1d;$d' "$WORK/ssh/message.sig" | base64 -d; } | seed FuzzSSHSig "blob-$type"
        { printf '\x02'; cat "$WORK/ssh/$type.pub"; } | seed FuzzSSHSig "key-$type"
        rm -f "$WORK/ssh/message.sig"
      done ;;
    *) echo "fuzz-seeds: unknown target $target" >&2; exit 2 ;;
  esac
  echo "fuzz-seeds: $target: $(ls "$OUT/$target" 2>/dev/null | wc -l) seeds"
done
