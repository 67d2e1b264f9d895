#!/usr/bin/env bash
# Regenerates the figures of docs/benchmarks.md in one command (after ./scripts/setup.sh):
#   benchmarks/run.sh [SECONDS]
# Generates the synthetic feed (5,000 postings, 3-4 KB, 20% Russian), then measures the whole
# comparison on one and two threads, extraction alone next to the Python trie baseline on the
# same feed and lexicon, engine memory, single-compare latency, growth with posting length and
# the streaming CLI's peak memory for 10,000 and 100,000 postings.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
/usr/bin/python3 benchmarks/generate_feed.py --count 5000 --seed 1 >"$work/feed.jsonl"
echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/ {print $2}') GiB"
echo "== whole comparison (build/bin/rank_throughput)"
./build/bin/rank_throughput "$work/feed.jsonl" examples/resume-en.txt --seconds "$seconds"
echo "== Python baseline on the same feed and lexicon"
/usr/bin/python3 benchmarks/python_trie_baseline.py "$work/feed.jsonl" --seconds "$seconds"
echo "== streaming CLI peak memory (tailorcore rank --top 20)"
for count in 10000 100000; do
  /usr/bin/python3 benchmarks/generate_feed.py --count "$count" --seed 2 >"$work/feed_$count.jsonl"
  /usr/bin/python3 - "$work/feed_$count.jsonl" "$count" <<'PY'
import resource, subprocess, sys, time
feed, count = sys.argv[1], sys.argv[2]
start = time.time()
subprocess.run(["./build/bin/tailorcore", "rank", "--top", "20", "--threads", "2",
                "examples/resume-en.txt", feed], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(f"  {count} postings: peak {peak:.1f} MB resident, {time.time() - start:.1f} s")
PY
  rm -f "$work/feed_$count.jsonl"
done
