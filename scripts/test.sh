#!/usr/bin/env bash
# Runs the whole test suite: installs dependencies and builds (scripts/setup.sh), then every
# test under ctest (C++ stage tests, Snowball vocabularies, CLI tests). Warnings are errors.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
ctest --test-dir build --output-on-failure -j"$(nproc)"
