#!/usr/bin/python3
"""Section detection on a sample of real postings: which headings tailorcore found, and which
heading-like strings it did not take as headings (for a person to judge).

  tools/quality/evaluate_sections.py [--shared ../shared/data] [--tool build/bin/tailorcore]
                                    [--n 25] [--skip 0]

Sample: N postings (file order, after --skip) of each of en-dice-dev.jsonl and
ru-hh-data-vacancies.jsonl. A *heading-like string* is a run of 1-6 words starting with a capital,
at the start of a line (or after two spaces or a no-break space, as flattened postings put them) and followed by a
colon or the end of its line. The script prints, per posting, the headings found (with their
section) and the heading-like strings not found; docs/quality.md records the hand count of
which of those are real headings.
"""
import argparse
import json
import os
import re
import subprocess
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
HEADING_LIKE = re.compile(r"(?:^|\n|  |\xa0)[ \t•\-*]*([A-ZА-ЯЁ][\w&/'’ ,()-]{1,60}?)[ \t]*(?::|\n|$)", re.M)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--shared", default=os.path.join(ROOT, "..", "shared", "data"))
    parser.add_argument("--tool", default=os.path.join(ROOT, "build", "bin", "tailorcore"))
    parser.add_argument("--n", type=int, default=25)
    parser.add_argument("--skip", type=int, default=0, help="start after this many postings")
    args = parser.parse_args()
    # A minimal resume: the CLI refuses an empty one.
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
        f.write("Summary\nA resume.\n")
        resume_file = f.name
    found_total = 0
    candidates_total = 0
    kinds = {}
    for name in ("en-dice-dev.jsonl", "ru-hh-data-vacancies.jsonl"):
        path = os.path.join(args.shared, "postings", name)
        postings = [json.loads(l) for l in open(path, encoding="utf-8")][args.skip: args.skip + args.n]
        for p in postings:
            with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
                f.write(p["text"])
                posting_file = f.name
            out = subprocess.run([args.tool, "compare", "--json", resume_file, posting_file],
                                 capture_output=True, text=True, check=True).stdout
            os.unlink(posting_file)
            sections = json.loads(out)["posting_sections"]
            found = [(s["heading"], s["kind"]) for s in sections if s["heading"]]
            found_total += len(found)
            for _, kind in found:
                kinds[kind] = kinds.get(kind, 0) + 1
            found_words = {h.lower() for h, _ in found}
            candidates = []
            for m in HEADING_LIKE.finditer(p["text"]):
                text = m.group(1).strip()
                words = text.split()
                if not 1 <= len(words) <= 6 or text.lower() in found_words:
                    continue
                candidates.append(text)
            candidates_total += len(candidates)
            print(f"--- {name} {p['id']}: found {len(found)}: "
                  + "; ".join(f"{h} ({k})" for h, k in found))
            if candidates:
                print("    not taken: " + " | ".join(candidates[:25]))
    os.unlink(resume_file)
    print(f"\nheadings found: {found_total} {kinds}; heading-like strings not taken: {candidates_total}")


if __name__ == "__main__":
    main()
