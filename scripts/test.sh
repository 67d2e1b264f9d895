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
# Warnings are errors. Takes 30 to 40 minutes on 2 cores once the packages are installed
# (README.md gives the last measured run).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
ctest --test-dir build --output-on-failure -j"$(nproc)"
./scripts/sanitize.sh
FUZZ_RUNS=3000 ./scripts/fuzz.sh
./scripts/lint.sh
