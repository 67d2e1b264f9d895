#!/usr/bin/env bash
# Runs the test suite under sanitizers (docs/reliability.md):
#   build-asan: every ctest test under AddressSanitizer + UndefinedBehaviorSanitizer;
#   build-tsan: the concurrency tests under ThreadSanitizer.
# Assumes the dependencies are installed (scripts/setup.sh). Any report fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs="$(nproc)"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
# Third-party libraries' memory kept until exit (fontconfig, through poppler) is not a tailorcore
# leak: scripts/lsan-suppressions.txt names them, by library.
export LSAN_OPTIONS="suppressions=$PWD/scripts/lsan-suppressions.txt:print_suppressions=0"
export TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1"

cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTAILORCORE_SANITIZE=address \
  -DTAILORCORE_BUILD_BENCHMARKS=OFF -DTAILORCORE_WERROR=ON
SECONDS=0
cmake --build build-asan -j"$jobs"
echo "== ASan/UBSan build: $SECONDS s" && SECONDS=0
ctest --test-dir build-asan --output-on-failure -j"$jobs"
echo "== ASan/UBSan tests: $SECONDS s"

cmake -S . -B build-tsan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTAILORCORE_SANITIZE=thread \
  -DTAILORCORE_BUILD_BENCHMARKS=OFF -DTAILORCORE_WERROR=ON
# Only the binaries that hold the concurrency tests.
SECONDS=0
cmake --build build-tsan -j"$jobs" --target analysis_tests compare_tests index_tests
echo "== TSan build: $SECONDS s" && SECONDS=0
ctest --test-dir build-tsan --output-on-failure -j"$jobs" -R 'thread|concurren|rank|top-k|stream'
echo "== TSan tests: $SECONDS s"
