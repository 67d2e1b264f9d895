#!/usr/bin/env bash
# Fails when a C or C++ file of the repository differs from what clang-format makes of it with
# the repository's .clang-format. Fix with:
#   git ls-files '*.cc' '*.h' '*.c' | xargs clang-format -i
# Usage: tests/style/check_format.sh [REPOSITORY]   (exit 77, a skip, when clang-format is absent)
set -euo pipefail
cd "${1:-$(dirname "$0")/../..}"
command -v clang-format >/dev/null || { echo "clang-format not installed; skipped"; exit 77; }
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  mapfile -t files < <(git ls-files '*.cc' '*.h' '*.c')
else
  mapfile -t files < <(find include lib tools tests bindings benchmarks -name '*.cc' -o -name '*.h' -o -name '*.c')
fi
if ! clang-format --dry-run --Werror "${files[@]}" 2>/tmp/clang-format-check.$$; then
  grep -E '^[^ ].*: (error|warning)' /tmp/clang-format-check.$$ | cut -d: -f1 | sort -u | sed 's/^/  not formatted: /'
  rm -f /tmp/clang-format-check.$$
  echo "clang-format: the files above differ from .clang-format; run: git ls-files '*.cc' '*.h' '*.c' | xargs clang-format -i"
  exit 1
fi
rm -f /tmp/clang-format-check.$$
echo "clang-format: ${#files[@]} files formatted"
