#!/usr/bin/env python3
"""What `tailorcore tailor` does to real resumes: edits, scores and literal scores before and after.

Usage: /usr/bin/python3 tools/quality/tailor_effect.py [--tool build/bin/tailorcore] [--postings N]

Tailors every resume of ../shared/data/resumes/en-kaggle-resumes.jsonl to the bundled English
posting and to the first N Dice postings (../shared/data/postings/en-dice-dev.jsonl), and the
bundled Russian resume to the first N hh.ru postings, with --as-of 2026-12-01, and prints per
posting: pairs, pairs with an edit, edits by kind, mean score and literal score before and after,
and steps withheld. The figures in docs/tailoring.md come from this script.
"""
import argparse
import collections
import json
import os
import subprocess
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.path.join(os.path.dirname(ROOT), "shared", "data")


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def tailor(tool, resume, posting):
    out = subprocess.run([tool, "tailor", "--format", "json", "--as-of", "2026-12-01", resume,
                          posting], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def summarize(name, results):
    kinds = collections.Counter(e["kind"] for r in results for e in r["edits"])
    mean = lambda key: sum(r[key] for r in results) / max(len(results), 1)
    edited = sum(1 for r in results if r["edits"])
    withheld = sum(len(r["withheld"]) for r in results)
    print(f"{name}: {len(results)} pairs, {edited} with an edit; score {mean('score_before'):.1f} -> "
          f"{mean('score_after'):.1f}, literal {mean('literal_before'):.1f} -> "
          f"{mean('literal_after'):.1f}; withheld {withheld}; edits {dict(sorted(kinds.items()))}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tool", default=os.path.join(ROOT, "build", "bin", "tailorcore"))
    parser.add_argument("--postings", type=int, default=3)
    args = parser.parse_args()
    work = tempfile.mkdtemp()

    def write(name, text):
        path = os.path.join(work, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return path

    resumes = [write(f"r{i}.txt", r["text"]) for i, r in
               enumerate(read_jsonl(os.path.join(SHARED, "resumes", "en-kaggle-resumes.jsonl")))]
    postings = [("examples/posting-en.txt", os.path.join(ROOT, "examples", "posting-en.txt"))]
    dice = read_jsonl(os.path.join(SHARED, "postings", "en-dice-dev.jsonl"))
    postings += [(f"dice #{i}", write(f"p{i}.txt", dice[i]["text"])) for i in range(args.postings)]
    for name, posting in postings:
        summarize(f"{name} x {len(resumes)} Kaggle resumes",
                  [tailor(args.tool, r, posting) for r in resumes])
    hh = read_jsonl(os.path.join(SHARED, "postings", "ru-hh-data-vacancies.jsonl"))
    resume_ru = os.path.join(ROOT, "examples", "resume-ru.txt")
    summarize(f"examples/resume-ru.txt x {len(hh[:50])} hh.ru postings",
              [tailor(args.tool, resume_ru, write(f"h{i}.txt", p["text"]))
               for i, p in enumerate(hh[:50])])


if __name__ == "__main__":
    main()
