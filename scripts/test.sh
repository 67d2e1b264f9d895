#!/usr/bin/env bash
# Runs the whole test suite:
#   1. installs dependencies and builds (scripts/setup.sh), then every ctest test: C++ stage
#      tests, Snowball vocabularies, lexicon and matcher, comparison, batch, hostile input, the C
#      API from C99, Python (pytest), the CLI, packaging, lexicon reproducibility;
#   2. the suite again under AddressSanitizer + UndefinedBehaviorSanitizer, and the concurrency
#      tests under ThreadSanitizer (scripts/sanitize.sh);
#   3. a short, repeatable fuzzing run of every libFuzzer target (scripts/fuzz.sh, 3,000 inputs
#      each from seed 1);
#   4. clang-tidy over the library, CLI and bindings (scripts/lint.sh, .clang-tidy).
# Warnings are errors. Takes 25 to 30 minutes on 2 cores once the packages are installed
# (README.md gives the last measured run).
set -euo pipefail
cd "$(dirname "$0")/.."
# Each stage's wall time is printed as it ends ("== stage: N s"), so a slow run shows where.
stage() {
  local name="$1" start
  shift
  start=$(date +%s)
  "$@"
  echo "== $name: $(($(date +%s) - start)) s"
}
stage setup ./scripts/setup.sh
stage tests ctest --test-dir build --output-on-failure -j"$(nproc)"
stage sanitizers ./scripts/sanitize.sh
stage fuzzing env FUZZ_RUNS=3000 ./scripts/fuzz.sh
stage lint ./scripts/lint.sh
