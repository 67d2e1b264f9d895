#!/usr/bin/env python3
"""Lists the words of a language that the lexicon's generated transliterations match.

The lexicon spells each single-word technical name in Cyrillic (ICU Latin-Cyrillic,
docs/matching.md) and matches that spelling like a Russian word, inflections included. Where
the spelling shares its stem with a Russian word ("модула", Modula, and "модуль"), the word
would be found as the skill. This tool runs `tailorcore extract` over a word list (Debian's
hunspell-ru dictionary by default: `apt-get install hunspell-ru`; build-time only, never a
dependency of the library or its tests) and prints each word a generated spelling matches,
with the skill. A word listed as `native-word` in data/lang/ru/inflection.tsv stops its stem
from inflecting; one that is the technology's own name ("фортран") needs nothing.

Usage: tools/lexicon/transliteration_collisions.py [--words FILE] [--tool build/bin/tailorcore]
                                                   [--check]
With --check (the test lexicon.transliterations) it exits 1 when a generated spelling matches a
word other than a technology's own name (OWN_NAMES), and 77 (skipped) when the word list is
missing.
"""
import argparse
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_lexicon import parse_forms  # noqa: E402  (the lexicon's own form syntax)
# Dictionary words that are the technology's own Russian name, read as that technology: the
# only words --check lets a generated spelling find. Any other ("поток" for Potok, "фантом" for
# Fantom) goes to data/lang/ru/inflection.tsv as a native-word.
OWN_NAMES = {"фортран", "алгол", "гауссиан", "оберон"}


def written_forms(path):
    """Every form bundled.tsv writes, lower-cased: what is not here was generated."""
    forms = set()
    for line in open(path, encoding="utf-8"):
        fields = line.rstrip("\n").split("\t")
        if fields[0] != "skill" or len(fields) < 3:
            continue
        forms.add(fields[2].lower())
        forms.update(text.lower() for _, text, _ in parse_forms(fields[4] if len(fields) > 4 else ""))
    return forms


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", default="/usr/share/hunspell/ru_RU.dic")
    parser.add_argument("--tool", default=os.path.join(ROOT, "build", "bin", "tailorcore"))
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    if not os.path.exists(args.words):
        print(f"skipped: {args.words} not found (apt-get install hunspell-ru)")
        sys.exit(77 if args.check else 1)
    lines = []
    for line in open(args.words, encoding="utf-8"):
        word = line.strip().split("/")[0]
        if word and not word[0].isdigit():
            lines.append(json.dumps({"id": word, "text": word}, ensure_ascii=False))
    out = subprocess.run([args.tool, "extract", "--jsonl", "-"], input="\n".join(lines) + "\n",
                         capture_output=True, text=True, check=True).stdout
    written = written_forms(os.path.join(ROOT, "data", "lexicon", "bundled.tsv"))
    found = others = 0
    for line in out.splitlines():
        record = json.loads(line)
        for m in record["matches"]:
            if m["kind"] == "transliteration" and m["form"].lower() not in written:
                own = record["id"].lower() in OWN_NAMES
                print(f"{record['id']}\t{m['name']}\t{m['form']}"
                      + ("\t(the technology's own name)" if own else ""))
                found += 1
                others += 0 if own else 1
    print(f"{found} word(s) matched by a generated transliteration, {others} of them another "
          "word (list it as native-word in data/lang/ru/inflection.tsv)")
    if args.check and others:
        sys.exit(1)


if __name__ == "__main__":
    main()
