#!/usr/bin/env bash
# Regenerates the figures of docs/benchmarks.md in one command (after ./scripts/setup.sh):
#   benchmarks/run.sh [SECONDS]
# Generates the synthetic feed (5,000 postings, 3-4 KB, 20% Russian), then measures the whole
# comparison on one and two threads, extraction alone next to real flashtext on the
# same feed and lexicon, engine memory, single-compare latency, growth with posting length and
# the streaming CLI's peak memory for 10,000 and 1,000,000 postings (about 3.5 GB, piped from
# the generator, never written to disk).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
/usr/bin/python3 benchmarks/generate_feed.py --count 5000 --seed 1 >"$work/feed.jsonl"
echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/ {print $2}') GiB"
echo "== whole comparison (build/bin/rank_throughput)"
./build/bin/rank_throughput "$work/feed.jsonl" examples/resume-en.txt --seconds "$seconds"
echo "== Python baseline: real flashtext (../shared/third_party/flashtext) on the same feed and lexicon forms"
/usr/bin/python3 benchmarks/flashtext_baseline.py "$work/feed.jsonl" --seconds "$seconds"
echo "== streaming CLI peak memory (tailorcore rank --top 20 --threads 2, feed piped from the generator)"
for count in 10000 1000000; do
  /usr/bin/python3 - "$count" <<'PY'
import os, subprocess, sys, time
count = sys.argv[1]
start = time.time()
gen = subprocess.Popen(["/usr/bin/python3", "benchmarks/generate_feed.py", "--count", count, "--seed", "2"],
                       stdout=subprocess.PIPE)
rank = subprocess.Popen(["./build/bin/tailorcore", "rank", "--top", "20", "--threads", "2",
                         "examples/resume-en.txt", "-"], stdin=gen.stdout,
                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
gen.stdout.close()
_, status, usage = os.wait4(rank.pid, 0)  # the rank process's own peak, not the generator's
gen.wait()
if status != 0 or gen.returncode != 0:
    sys.exit(f"rank or generator failed ({status}, {gen.returncode})")
print(f"  {int(count):>9,} postings: peak {usage.ru_maxrss / 1024:.1f} MB resident, {time.time() - start:.0f} s")
PY
done
