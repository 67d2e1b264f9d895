#!/usr/bin/python3
"""The Python baseline of docs/benchmarks.md: keyword extraction alone with real flashtext
(`KeywordProcessor.extract_keywords`), the extractor most Python tools use, loaded with the
same lexicon forms tailorcore matches (every skill's name and forms from the lexicon file).

flashtext is not a dependency of tailorcore: it is imported from the copy kept beside the
project, ../shared/third_party/flashtext (MIT), or from --flashtext DIR.

  benchmarks/flashtext_baseline.py FEED.jsonl [--lexicon data/lexicon/bundled.tsv] [--seconds N]
"""
import argparse
import json
import os
import re
import string
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_FLASHTEXT = os.path.join(os.path.dirname(ROOT), "shared", "third_party", "flashtext")
CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"


def lexicon_forms(path):
    """(form, skill id) for every form of every skill in a lexicon file."""
    for line in open(path, encoding="utf-8"):
        fields = line.rstrip("\n").split("\t")
        if fields[0] != "skill":
            continue
        if len(fields) == 4:
            fields.append("")  # a skill without forms
        forms = [fields[2]] + [re.sub(r"^(var|acr|exp|ru|tr):", "", f).rstrip("?")
                               for f in fields[4].split("|") if f]
        for form in forms:
            yield form, fields[1]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("feed")
    parser.add_argument("--lexicon", default=os.path.join(ROOT, "data", "lexicon", "bundled.tsv"))
    parser.add_argument("--flashtext", default=DEFAULT_FLASHTEXT,
                        help="directory holding the flashtext package")
    parser.add_argument("--seconds", type=float, default=3)
    args = parser.parse_args()
    if not os.path.isdir(os.path.join(args.flashtext, "flashtext")):
        sys.exit(f"flashtext not found in {args.flashtext} (pass --flashtext DIR)")
    sys.path.insert(0, args.flashtext)
    from flashtext import KeywordProcessor  # pylint: disable=import-outside-toplevel

    processor = KeywordProcessor()
    # flashtext's word characters are ASCII; Russian words need the Cyrillic letters too, or
    # "Постгрес" would be found inside "Постгреса".
    processor.set_non_word_boundaries(set(string.digits + string.ascii_letters + "_" + CYRILLIC))
    forms = 0
    for form, skill in lexicon_forms(args.lexicon):
        processor.add_keyword(form, skill)
        forms += 1
    texts = []
    for line in open(args.feed, encoding="utf-8"):
        p = json.loads(line)
        texts.append(p.get("title", "") + "\n" + p["text"])
    total_bytes = sum(len(t.encode("utf-8")) for t in texts)
    done = 0
    matches = 0
    start = time.perf_counter()
    while time.perf_counter() - start < args.seconds:
        for t in texts:
            matches += len(processor.extract_keywords(t))
        done += len(texts)
    elapsed = time.perf_counter() - start
    print(f"flashtext {os.path.basename(args.flashtext)} (real), {forms} forms, "
          f"{len(processor)} keywords: "
          f"{done / elapsed * total_bytes / len(texts) / 1e6:.2f} MB/s, {done / elapsed:.0f} postings/s "
          f"({matches / done:.1f} matches/posting)")


if __name__ == "__main__":
    main()
