#!/usr/bin/python3
"""How many of tools/quality/field-names.txt the matcher finds in a list sentence.

  tools/quality/field_coverage.py [--tool build/bin/tailorcore] [--lexicon FILE]

Each name is put in an English and a Russian requirement line between Linux and Docker
("- Experience with Linux, {name} and Docker in production.") and counts as found when a match
overlaps it. --lexicon replaces the bundled lexicon (to measure an older one). Prints the count
found and the names missed for each language.
"""
import argparse
import json
import os
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TEMPLATES = {"en": "Requirements:\n- Experience with Linux, {} and Docker in production.\n",
             "ru": "Требования:\n- Опыт работы с Linux, {} и Docker.\n"}


def missed(tool, extra, names, template):
    lines = [json.dumps({"id": i, "text": template.format(n)}, ensure_ascii=False)
             for i, n in enumerate(names)]
    out = subprocess.run([tool, "extract", "--jsonl", *extra, "-"], input="\n".join(lines) + "\n",
                         capture_output=True, text=True, check=True).stdout
    found = {}
    for line in out.splitlines():
        record = json.loads(line)
        found[record["id"]] = record["matches"]
    result = []
    for i, name in enumerate(names):
        text = template.format(name)
        begin = len(text[:text.index(name)].encode())
        end = begin + len(name.encode())
        if not any(m["begin"] < end and m["end"] > begin for m in found[i]):
            result.append(name)
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tool", default=os.path.join(ROOT, "build", "bin", "tailorcore"))
    parser.add_argument("--lexicon", help="use this lexicon instead of the bundled one")
    args = parser.parse_args()
    extra = ["--no-bundled", "--lexicon", args.lexicon] if args.lexicon else []
    with open(os.path.join(ROOT, "tools", "quality", "field-names.txt"), encoding="utf-8") as f:
        names = [l.strip() for l in f if l.strip() and not l.startswith("#")]
    for lang, template in TEMPLATES.items():
        miss = missed(args.tool, extra, names, template)
        print(f"{lang}: {len(names) - len(miss)} of {len(names)} found; missed: {', '.join(miss)}")


if __name__ == "__main__":
    main()
