#!/usr/bin/env bash
# The posting index's figures of docs/benchmarks.md in one command (after ./scripts/setup.sh):
#   benchmarks/index_million.sh [COUNT]          (COUNT: postings, default 1000000)
# Writes a generated feed of COUNT postings (about 3.4 KB each: 3.4 GB for a million) to a
# temporary directory, pipes it into `tailorcore index build`, then measures on this machine, in
# one run: the index's size against the feed's, opening it, ranking the English example resume
# against it on one thread (--top 20), the query process's memory, and ranking the raw feed on
# one thread for the ratio; and building against ranking the feed on two threads (a 100,000-posting
# part of the feed). Needs about 2 × the feed's size on disk and, for a million, about 20 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-1000000}"
work="$(mktemp -d "${TMPDIR:-/tmp}/tailorcore-index-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
cli=./build/bin/tailorcore
resume=examples/resume-en.txt
seconds() { /usr/bin/python3 -c 'import sys, time; print(f"{time.time() - float(sys.argv[1]):.2f}")' "$1"; }
now() { /usr/bin/python3 -c 'import time; print(time.time())'; }

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/ {print $2}') GiB"
/usr/bin/python3 benchmarks/generate_feed.py --count "$count" --seed 11 >"$work/feed.jsonl"
feed_bytes=$(stat -c %s "$work/feed.jsonl")
echo "== feed: $count postings, $((feed_bytes / 1000000)) MB"

start=$(now)
cat "$work/feed.jsonl" | /usr/bin/time -f "%M" -o "$work/build-peak.txt" \
  "$cli" index build -o "$work/feed.idx" - --threads 2 --quiet
build=$(seconds "$start")
index_bytes=$(du -sb "$work/feed.idx" | cut -f1)
echo "== index build (piped, 2 threads): $build s, $(/usr/bin/python3 -c "print(f'{$count / $build:,.0f}')") postings/s, peak $(( $(cat "$work/build-peak.txt") / 1024 )) MB resident"
echo "== index: $((index_bytes / 1000000)) MB, $(/usr/bin/python3 -c "print(f'{100 * $index_bytes / $feed_bytes:.1f}')")% of the feed"

echo "== query (build/bin/index_query, one thread, --top 20)"
./build/bin/index_query "$work/feed.idx" "$resume" --top 20 --runs 5 | tee "$work/query.txt"
echo "== cold: the index's pages dropped from the page cache first (root only)"
if sync && echo 1 >/proc/sys/vm/drop_caches 2>/dev/null; then
  ./build/bin/index_query "$work/feed.idx" "$resume" --top 20 --runs 2 | grep -E "^rank|mapped"
else
  echo "  (not root: skipped)"
fi

echo "== the raw feed, one thread (tailorcore rank --top 20 --threads 1)"
start=$(now)
"$cli" rank "$resume" "$work/feed.jsonl" --top 20 --threads 1 --quiet >"$work/feed-top.txt"
raw=$(seconds "$start")
"$cli" rank "$resume" --index "$work/feed.idx" --top 20 --threads 1 --quiet >"$work/index-top.txt"
cmp -s "$work/feed-top.txt" "$work/index-top.txt" && same=identical || same=DIFFERENT
query=$(awk '/^rank --top/ {for (i = 1; i <= NF; i++) if ($i == "s") print $(i - 1)}' "$work/query.txt" | head -1)
echo "  $raw s ($(/usr/bin/python3 -c "print(f'{$count / $raw:,.0f}')") postings/s); the index: $query s, $(/usr/bin/python3 -c "print(f'{$raw / $query:,.0f}')")x faster; top 20 $same"

echo "== building against ranking the feed, 2 threads, the first 100,000 postings, 3 runs each"
head -n 100000 "$work/feed.jsonl" >"$work/part.jsonl"
for run in 1 2 3; do
  start=$(now)
  "$cli" rank "$resume" "$work/part.jsonl" --top 20 --threads 2 --quiet >/dev/null 2>&1
  rank2=$(seconds "$start")
  start=$(now)
  "$cli" index build -o "$work/part.idx" "$work/part.jsonl" --threads 2 --quiet 2>/dev/null
  build2=$(seconds "$start")
  echo "  run $run: rank FEED $rank2 s; index build $build2 s"
done
