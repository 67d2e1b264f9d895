#!/usr/bin/env python3
"""What scores real pairs get: the figures behind docs/scoring.md, "What a good score looks like".

Usage: /usr/bin/python3 tools/quality/score_distribution.py [--build build] [--postings N]

Ranks each resume of ../shared/data/resumes/en-kaggle-resumes.jsonl against the first N Dice
postings (../shared/data/postings/en-dice-dev.jsonl), as of 2026-12-01, and prints percentiles
of every pair's score, of each resume's best score, and the bundled examples' scores.
"""
import argparse
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.path.join(os.path.dirname(ROOT), "shared", "data")


def percentiles(values, points=(10, 25, 50, 75, 90, 99)):
    values = sorted(values)
    return "  ".join(f"p{p} {values[min(len(values) - 1, len(values) * p // 100)]:.1f}" for p in points)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", default=os.path.join(ROOT, "build"))
    parser.add_argument("--postings", type=int, default=300)
    args = parser.parse_args()
    sys.path.insert(0, os.path.join(args.build, "python"))
    import tailorcore

    engine = tailorcore.Engine(as_of="2026-12-01")
    read = lambda path: [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    resumes = read(os.path.join(SHARED, "resumes", "en-kaggle-resumes.jsonl"))
    postings = [p["text"] for p in read(os.path.join(SHARED, "postings", "en-dice-dev.jsonl"))[: args.postings]]
    every, best = [], []
    for r in resumes:
        scores = [x.score for x in engine.rank(r["text"], postings)]
        every += scores
        best.append(max(scores))
    print(f"{len(resumes)} resumes x {len(postings)} postings = {len(every)} pairs")
    print("every pair:          ", percentiles(every))
    print("each resume's best:  ", percentiles(best))
    ex = lambda name: open(os.path.join(ROOT, "examples", name), encoding="utf-8").read()
    for r, p in (("resume-en", "posting-en"), ("resume-ru", "posting-ru"), ("resume-en", "posting-ru"),
                 ("resume-ru", "posting-en")):
        print(f"{r} x {p}: {engine.compare(ex(r + '.txt'), ex(p + '.txt')).score:.1f}")


if __name__ == "__main__":
    main()
