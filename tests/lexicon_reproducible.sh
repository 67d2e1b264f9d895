#!/usr/bin/env bash
# data/lexicon/bundled.tsv and data/lexicon/transliterations.tsv are what
# tools/lexicon/build_lexicon.py makes from its sources: rebuild them into temporary files and
# compare. Skipped (exit 77) when ../shared/data is not beside the
# project, since the taxonomies live there.
set -euo pipefail
root="$1"
tool="$2"
shared="$root/../shared/data"
if [ ! -d "$shared/taxonomy" ]; then
  echo "skipped: $shared/taxonomy not found"
  exit 77
fi
out="$(mktemp)"
spellings="$(mktemp)"
trap 'rm -f "$out" "$spellings"' EXIT
/usr/bin/python3 "$root/tools/lexicon/build_lexicon.py" --shared "$shared" --tool "$tool" --output "$out" \
  --transliterations "$spellings"
if ! diff -q "$root/data/lexicon/transliterations.tsv" "$spellings" >/dev/null; then
  echo "data/lexicon/transliterations.tsv differs from what tools/lexicon/build_lexicon.py makes:"
  diff "$root/data/lexicon/transliterations.tsv" "$spellings" | head -20
  exit 1
fi
if ! diff -q "$root/data/lexicon/bundled.tsv" "$out" >/dev/null; then
  echo "data/lexicon/bundled.tsv differs from what tools/lexicon/build_lexicon.py makes:"
  diff "$root/data/lexicon/bundled.tsv" "$out" | head -20
  exit 1
fi
echo "bundled lexicon reproduced exactly"
