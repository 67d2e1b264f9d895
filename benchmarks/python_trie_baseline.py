#!/usr/bin/python3
"""The Python baseline of docs/benchmarks.md: keyword extraction alone, the way a Python user
does it today with flashtext (not installable here: no PyPI). This is a faithful re-statement
of flashtext's algorithm: a character trie of the lower-cased keyword forms, one left-to-right
pass, longest match at each position, word boundaries by a set of word characters.

  benchmarks/python_trie_baseline.py FEED.jsonl [--lexicon data/lexicon/bundled.tsv] [--seconds N]
"""
import argparse
import json
import os
import re
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORD_CHARS = set("abcdefghijklmnopqrstuvwxyz0123456789_абвгдеёжзийклмнопрстуфхцчшщъыьэюя")
END = "_end_"


def build_trie(path):
    trie = {}
    count = 0
    for line in open(path, encoding="utf-8"):
        fields = line.rstrip("\n").split("\t")
        if fields[0] != "skill":
            continue
        forms = [fields[2]] + [re.sub(r"^(var|acr|exp|ru|tr):", "", f).rstrip("?")
                               for f in fields[4].split("|") if f]
        for form in forms:
            node = trie
            for ch in form.lower():
                node = node.setdefault(ch, {})
            node[END] = fields[1]
            count += 1
    return trie, count


def extract_keywords(trie, sentence):
    """flashtext's KeywordProcessor.extract_keywords, restated."""
    sentence = sentence.lower()
    found = []
    idx = 0
    n = len(sentence)
    while idx < n:
        if idx > 0 and sentence[idx - 1] in WORD_CHARS:
            idx += 1
            continue
        node = trie
        longest = None
        j = idx
        while j < n and sentence[j] in node:
            node = node[sentence[j]]
            j += 1
            if END in node and (j == n or sentence[j] not in WORD_CHARS):
                longest = (node[END], j)
        if longest:
            found.append(longest[0])
            idx = longest[1]
        else:
            idx += 1
    return found


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("feed")
    parser.add_argument("--lexicon", default=os.path.join(ROOT, "data", "lexicon", "bundled.tsv"))
    parser.add_argument("--seconds", type=float, default=3)
    args = parser.parse_args()
    texts = []
    for line in open(args.feed, encoding="utf-8"):
        p = json.loads(line)
        texts.append((p.get("title", "") + "\n" + p["text"]))
    total_bytes = sum(len(t.encode("utf-8")) for t in texts)
    trie, forms = build_trie(args.lexicon)
    done = 0
    matches = 0
    start = time.perf_counter()
    while time.perf_counter() - start < args.seconds:
        for t in texts:
            matches += len(extract_keywords(trie, t))
        done += len(texts)
    elapsed = time.perf_counter() - start
    print(f"python trie (flashtext's algorithm), {forms} forms: "
          f"{done / elapsed * total_bytes / len(texts) / 1e6:.2f} MB/s, {done / elapsed:.0f} postings/s "
          f"({matches / done:.1f} matches/posting)")


if __name__ == "__main__":
    main()
