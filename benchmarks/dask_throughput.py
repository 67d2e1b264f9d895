#!/usr/bin/python3
"""Throughput of tailorcore.dask on this machine (docs/distributed.md): one resume against a
generated feed held as a Dask bag (every posting analyzed on the workers) and as index shards
(stored profiles, sparse top-k), on a LocalCluster of 1 and of 2 worker processes (one thread
each), against Engine.rank on one machine. After ./scripts/setup.sh:

  PYTHONPATH=build/python benchmarks/dask_throughput.py [--count 20000]
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

import dask.bag as db
from dask.distributed import Client, LocalCluster

import tailorcore
import tailorcore.dask

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=20000)
    args = parser.parse_args()
    out = subprocess.run([sys.executable, os.path.join(ROOT, "benchmarks", "generate_feed.py"),
                          "--count", str(args.count), "--seed", "4"],
                         check=True, capture_output=True, text=True).stdout
    postings = [json.loads(line) for line in out.splitlines()]
    resume = open(os.path.join(ROOT, "examples", "resume-en.txt"), encoding="utf-8").read()
    engine = tailorcore.Engine()
    start = time.time()
    want = engine.rank(resume, postings, top_k=20, threads=1)
    local = time.time() - start
    print(f"{args.count} postings; Engine.rank, one thread: {local:.2f} s "
          f"({args.count / local:,.0f} postings/s)")
    with tempfile.TemporaryDirectory() as tmp:
        for workers in (1, 2):
            with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                              dashboard_address=None) as cluster, Client(cluster):
                bag = db.from_sequence(postings, npartitions=8)
                tailorcore.dask.rank(resume, db.from_sequence(postings[:16], npartitions=workers),
                                     top_k=20, engine=engine)  # engines built on the workers
                start = time.time()
                got = tailorcore.dask.rank(resume, bag, top_k=20, engine=engine)
                seconds = time.time() - start
                assert [(r.id, r.score) for r in got] == [(r.id, r.score) for r in want]
                print(f"{workers} worker(s), bag of 8 partitions: {seconds:.2f} s "
                      f"({args.count / seconds:,.0f} postings/s)")
                start = time.time()
                shards = tailorcore.dask.build_index(bag, os.path.join(tmp, f"w{workers}"), 4,
                                                     engine=engine)
                built = time.time() - start
                start = time.time()
                got = tailorcore.dask.rank(resume, shards, top_k=20, engine=engine)
                seconds = time.time() - start
                assert [(r.id, r.score) for r in got] == [(r.id, r.score) for r in want]
                print(f"{workers} worker(s), 4 index shards: built in {built:.2f} s, ranked in "
                      f"{seconds:.3f} s")


if __name__ == "__main__":
    main()
