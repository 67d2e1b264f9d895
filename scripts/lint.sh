#!/usr/bin/env bash
# clang-tidy over the library, the CLI and the Python bindings with the checks in .clang-tidy
# (bugprone, performance, and no function over 80 lines). Needs a configured build/ (for
# compile_commands.json; scripts/setup.sh makes one). Exit 1 on any finding. About two minutes
# on 2 cores. scripts/test.sh runs it.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"
command -v clang-tidy >/dev/null || { echo "lint: clang-tidy is not installed (scripts/setup.sh)"; exit 1; }
[ -f "$build/compile_commands.json" ] || { echo "lint: no $build/compile_commands.json (run scripts/setup.sh)"; exit 1; }
mapfile -t files < <(/usr/bin/python3 -c '
import json, os, sys
root = os.getcwd()
for e in json.load(open(sys.argv[1])):
    f = os.path.relpath(e["file"], root)
    if f.startswith(("lib/", "tools/cli/", "bindings/")) and f.endswith(".cc"):
        print(f)' "$build/compile_commands.json" | sort -u)
out=$(mktemp)
trap 'rm -f "$out"' EXIT
status=0
printf '%s\n' "${files[@]}" | xargs -P"$(nproc)" -n4 clang-tidy -p "$build" --quiet >"$out" 2>/dev/null || status=$?
if [ "$status" -ne 0 ]; then
  grep -E "(warning|error):" "$out" | sort -u
  echo "lint: clang-tidy found the problems above (.clang-tidy)"
  exit 1
fi
echo "lint: ${#files[@]} files clean (.clang-tidy)"
