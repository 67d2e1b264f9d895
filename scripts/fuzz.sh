#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan + coverage) and runs each on a copy of
# its seed corpus (tests/fuzz/corpus/<target>). docs/reliability.md has the figures.
#   scripts/fuzz.sh                 60 seconds per target
#   scripts/fuzz.sh 600             600 seconds per target
#   FUZZ_RUNS=3000 scripts/fuzz.sh  a fixed number of inputs per target, seed 1 (CI: repeatable)
# A crash or sanitizer report stops with a non-zero exit and leaves the input in build-fuzz/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTAILORCORE_FUZZ=ON \
  -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DTAILORCORE_BUILD_BENCHMARKS=OFF \
  -DTAILORCORE_BUILD_CLI=OFF >/dev/null
SECONDS=0
cmake --build build-fuzz -j"$(nproc)" --target analyzer_fuzz lexicon_fuzz compare_fuzz jsonl_fuzz \
  documents_fuzz tailorcore_document_examples
echo "== fuzzing build: $SECONDS s"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
# The document seeds: each generated example, its first byte naming the format it is read as
# (documents_fuzz.cc: 0 auto, 1 text, 2 markdown, 3 html, 4 docx, 5 pdf).
seed_documents() {
  local work="$1" file
  for file in build-fuzz/examples/*; do
    case "$file" in
      *.pdf) code='\005' ;; *.docx) code='\004' ;; *.html) code='\003' ;; *) code='\000' ;;
    esac
    { printf "$code"; cat "$file"; } >"$work/$(basename "$file")"
  done
}
for target in analyzer lexicon compare jsonl documents; do
  work="build-fuzz/corpus-$target"
  rm -rf "$work" && mkdir -p "$work" && cp tests/fuzz/corpus/$target/* "$work/"
  if [ "$target" = documents ]; then seed_documents "$work"; fi
  if [ -n "${FUZZ_RUNS:-}" ]; then
    limit=(-runs="$FUZZ_RUNS" -seed=1)
  else
    limit=(-max_total_time="$seconds")
  fi
  echo "== $target"
  log="build-fuzz/fuzz-$target.log"
  if ! (cd build-fuzz && "./bin/${target}_fuzz" "${limit[@]}" -max_len=8192 -timeout=10 \
          -rss_limit_mb=4096 -print_final_stats=1 "corpus-$target" >"fuzz-$target.log" 2>&1); then
    tail -40 "$log"
    echo "fuzzing: $target failed (full log: $log; the input is in build-fuzz/)"
    exit 1
  fi
  grep -E "^#[0-9]+[[:space:]]+DONE|^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)" "$log" || true
done
echo "fuzzing: no crash"
