#!/usr/bin/env bash
# One comparison of the example resume with postings of 50, 100 and 200 MB (the synthetic feed's
# texts concatenated): time and peak memory of `tailorcore compare --json`, to show the cost
# doubles with the input and nothing is quadratic (docs/reliability.md); then the same texts
# flattened onto one line of 1, 2 and 3 MB (how hh.ru descriptions often arrive): no sentence or
# line ends to bound the tier reading, which must stay linear too.
#   benchmarks/large_input.sh
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
/usr/bin/python3 benchmarks/generate_feed.py --count 2000 --seed 3 >"$work/feed.jsonl"
/usr/bin/python3 - "$work" <<'PY'
import json, os, resource, subprocess, sys, time
work = sys.argv[1]
texts = [json.loads(l)["text"] for l in open(os.path.join(work, "feed.jsonl"), encoding="utf-8")]
block = "\n".join(texts).encode("utf-8")
for mb in (50, 100, 200):
    path = os.path.join(work, f"posting_{mb}.txt")
    with open(path, "wb") as f:
        written = 0
        while written < mb << 20:
            f.write(block)
            written += len(block)
    start = time.time()
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    out = subprocess.run(["./build/bin/tailorcore", "compare", "--json", "--max-size", "256", "examples/resume-en.txt", path],
                         capture_output=True, check=True).stdout
    seconds = time.time() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    report = json.loads(out)
    print(f"{written / 2**20:6.0f} MB posting: {seconds:6.1f} s, {written / 2**20 / seconds:5.1f} MB/s, "
          f"peak {peak:6.0f} MB resident (so far), {len(report['keywords'])} keywords, score {report['score']}")
    os.unlink(path)
flat = " ".join(" ".join(t.split()) for t in texts).encode("utf-8")
for mb in (1, 2, 3):
    path = os.path.join(work, f"flat_{mb}.txt")
    with open(path, "wb") as f:
        f.write((flat * (((mb << 20) // len(flat)) + 1))[: mb << 20].decode("utf-8", "ignore").encode("utf-8"))
    start = time.time()
    subprocess.run(["./build/bin/tailorcore", "compare", "--json", "--max-size", "256", "examples/resume-en.txt", path],
                   capture_output=True, check=True)
    seconds = time.time() - start
    print(f"{mb:6d} MB posting on one line: {seconds:6.1f} s, {mb / seconds:5.1f} MB/s")
    os.unlink(path)
PY
