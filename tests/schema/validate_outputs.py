#!/usr/bin/env python3
"""Every JSON document the command line and the C API write, validated against schemas/.

Usage: validate_outputs.py CLI C_REPORT_JSON EXAMPLES_DIR

Runs compare --json (each example pair, a posting with no skills, requirements of every kind,
--title), tailor --format json, lint --json, rank --json (by score and in input order), extract --jsonl and the C API's
tc_report_json, and checks each document against its schema (python3-jsonschema, Draft 2020-12).
Exits 1 naming the document and the first error.
"""
import json
import os
import subprocess
import sys
import tempfile

import jsonschema

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCHEMAS = os.path.join(ROOT, "schemas")


def validator(name):
    with open(os.path.join(SCHEMAS, f"{name}.schema.json"), encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def run(*args, stdin=None):
    out = subprocess.run(args, input=stdin, capture_output=True, text=True, check=False)
    if out.returncode != 0:
        sys.exit(f"FAIL: {' '.join(args)} exited {out.returncode}: {out.stderr.strip()}")
    return out.stdout


def main():
    cli, c_report, examples = sys.argv[1:4]
    report, lint, rank, extract, tailor = (validator(n) for n in
                                           ("report", "lint", "rank-line", "extract-line",
                                            "tailor"))
    work = tempfile.mkdtemp()
    def write(name, text):
        path = os.path.join(work, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return path
    ex = lambda name: os.path.join(examples, name)
    docs = []  # (what, validator, document)
    for r in ("en", "ru"):
        for p in ("en", "ru"):
            what = f"compare --json resume-{r} posting-{p}"
            docs.append((what, report, json.loads(run(cli, "compare", "--json", "--as-of",
                                                      "2026-12-01", ex(f"resume-{r}.txt"),
                                                      ex(f"posting-{p}.txt")))))
            docs.append((f"tailor --format json resume-{r} posting-{p}", tailor,
                         json.loads(run(cli, "tailor", "--format", "json", "--max-bullets", "2",
                                        ex(f"resume-{r}.txt"), ex(f"posting-{p}.txt")))))
        docs.append((f"lint --json resume-{r}", lint,
                     json.loads(run(cli, "lint", "--json", ex(f"resume-{r}.txt")))))
    asks_all = write("asks-all.txt",
                     "Requirements\n- 5+ years of experience with Python\n- 3-5 years with Kafka\n"
                     "- Master's degree in Computer Science or equivalent experience\n"
                     "- English B2 or higher\n- Docker is not required\n")
    resume = write("resume.txt",
                   "Experience\nJunior Developer, Acme, Jan 2024 - present\n- Built Python APIs\n\n"
                   "Education\nB.Sc. Physics, 2023\n\nLanguages\nEnglish B1\n")
    docs.append(("compare --json, requirements of every kind", report,
                 json.loads(run(cli, "compare", "--json", "--title", "Senior Data Engineer",
                                resume, asks_all))))
    docs.append(("tailor --format json, nothing to tailor", tailor,
                 json.loads(run(cli, "tailor", "--format", "json", resume,
                                write("none.txt", "Hello.\n")))))
    docs.append(("compare --json, a posting with no skills", report,
                 json.loads(run(cli, "compare", "--json", resume, write("none.txt", "Hello.\n")))))
    docs.append(("tc_report_json", report, json.loads(run(c_report, resume, asks_all))))
    feed = "".join(json.dumps({"id": f"p{i}", "title": t, "text": x}) + "\n" for i, (t, x) in
                   enumerate([("Go Developer", "Requirements: Go, Kafka"),
                              ("", "Требования: Python, PostgreSQL"), ("", "Nothing here.")]))
    for order in ([], ["--input-order"]):
        for line in run(cli, "rank", "--json", *order, ex("resume-en.txt"), "-",
                        stdin=feed).splitlines():
            docs.append((f"rank --json {' '.join(order)}", rank, json.loads(line)))
    for line in run(cli, "extract", "--jsonl", "-", stdin=feed + '{"id": 5, "text": "Zorblax"}\n'
                    ).splitlines():
        docs.append(("extract --jsonl", extract, json.loads(line)))
    failed = 0
    for what, v, doc in docs:
        error = jsonschema.exceptions.best_match(v.iter_errors(doc))
        if error is not None:
            failed += 1
            print(f"FAIL: {what}: {error.message} at /{'/'.join(map(str, error.absolute_path))}")
    print(f"{len(docs) - failed} of {len(docs)} documents valid")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
