#!/usr/bin/python3
"""A seeded sample of the matcher's extractions on the real postings, to judge precision by hand.

  tools/quality/precision_sample.py [--count 100] [--seed 13] [--shared ../shared/data]
                                    [--tool build/bin/tailorcore]

Runs `tailorcore extract --jsonl` over the Dice and hh.ru postings, draws --count matches
(nested ones left out) uniformly with Python's random.Random(seed), and prints each as
"n. skill | text as written | context": 50 characters either side, line breaks shown as ⏎.
docs/quality.md records the judgement of the default sample (seed 13, 100 matches).
"""
import argparse
import json
import os
import random
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--shared", default=os.path.join(ROOT, "..", "shared", "data"))
    parser.add_argument("--tool", default=os.path.join(ROOT, "build", "bin", "tailorcore"))
    args = parser.parse_args()
    population = []
    for name in ("en-dice-dev.jsonl", "ru-hh-data-vacancies.jsonl"):
        path = os.path.join(args.shared, "postings", name)
        with open(path, encoding="utf-8") as f:
            texts = [json.loads(line)["text"].encode() for line in f if line.strip()]
        out = subprocess.run([args.tool, "extract", "--jsonl", path], capture_output=True,
                             text=True, check=True).stdout
        for i, line in enumerate(out.splitlines()):
            for m in json.loads(line)["matches"]:
                if not m["nested"]:
                    population.append((name, texts[i], m))
    sample = random.Random(args.seed).sample(population, args.count)
    print(f"{len(population)} matches; {args.count} drawn with seed {args.seed}")
    for n, (name, text, m) in enumerate(sample, 1):
        before = text[max(0, m["begin"] - 50):m["begin"]].decode("utf-8", "replace")
        after = text[m["end"]:m["end"] + 50].decode("utf-8", "replace")
        context = f"{before}[{m['text']}]{after}".replace("\n", "⏎")
        print(f"{n}. {m['name']} | {m['text']} | {context}")


if __name__ == "__main__":
    main()
