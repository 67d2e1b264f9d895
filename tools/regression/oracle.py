#!/usr/bin/python3
"""The regression oracle: what tailorcore outputs on real and bundled data, byte for byte.

A change that should not alter output (a refactoring, a speed-up) must leave every output here
identical; a change that should alter output is read output by output (`diff`) and then recorded
(`refresh`). The outputs:

  - `compare --json` and the text report (NO_COLOR) of the bundled examples, every resume
    against every posting (English, Russian, mixed), and `lint --json` of the example resumes;
  - `compare --json` of 48 real pairs from ../shared/data: English resumes (Kaggle) against
    English postings (Dice), and against Russian postings (hh.ru), and the Russian example resume
    against Russian postings;
  - `rank --json` of both example resumes over a 5,000-posting feed generated with
    benchmarks/generate_feed.py (seed 1);
  - `extract --jsonl` over every real posting (Dice and hh.ru).

Real postings and resumes are not copied into the project (../shared/data/README.md): the
repository keeps only the SHA-256 of each output, in tools/regression/expected.sha256.

Usage (from the repository root, after ./scripts/setup.sh):

  tools/regression/oracle.py check            # exit 1 and name each output that changed
  tools/regression/oracle.py record DIR       # write every output into DIR (for diffing)
  tools/regression/oracle.py diff DIR         # regenerate and show a unified diff against DIR
  tools/regression/oracle.py refresh          # accept the current outputs: rewrite expected.sha256

Refreshing after an intended change: `record` the outputs of the old build into a directory
before the change, make the change, run `diff DIR`, read every difference (the note on the
issue says each one is a fix), then `refresh` and commit expected.sha256 with the change.

Exit codes: 0 identical, 1 some output differs, 77 when ../shared/data is absent (ctest skips).
"""
import argparse
import difflib
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.path.join(os.path.dirname(ROOT), "shared", "data")
EXPECTED = os.path.join(ROOT, "tools", "regression", "expected.sha256")
SKIP = 77
AS_OF = "--as-of=2026-12-01"  # "present" in a resume's dates: fixed, so outputs keep


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


class Runner:
    def __init__(self, cli, work):
        self.cli = cli
        self.work = work
        self.env = dict(os.environ, NO_COLOR="1", TERM="dumb")

    def run(self, *args):
        # Paths are all that differs between checkouts: files under the repository or ../shared go
        # in relative to the root (the command runs there), and the temporary directory is named
        # by its role in what the command prints.
        args = [os.path.relpath(a, ROOT) if os.path.isabs(a) and not a.startswith(self.work)
                else a for a in args]
        result = subprocess.run([self.cli, *args], cwd=ROOT, env=self.env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        # The exit code and stderr are part of the behaviour, not only stdout; timings are not.
        stderr = re.sub(rb" in [0-9.]+ s\b", b" in (time)", result.stderr)
        out = (result.stdout + b"\n--- stderr\n" + stderr).replace(self.work.encode(), b"<work>")
        return out + b"\n--- exit " + str(result.returncode).encode() + b"\n"

    def write(self, name, text):
        path = os.path.join(self.work, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return path


def real_pairs(runner):
    """(name, resume path, posting path) for the real pairs, chosen by fixed positions."""
    resumes = read_jsonl(os.path.join(SHARED, "resumes", "en-kaggle-resumes.jsonl"))
    dice = read_jsonl(os.path.join(SHARED, "postings", "en-dice-dev.jsonl"))
    hh = read_jsonl(os.path.join(SHARED, "postings", "ru-hh-data-vacancies.jsonl"))
    pairs = []
    for i in range(32):  # English resume i*5 against Dice posting i*6
        r, p = resumes[(i * 5) % len(resumes)], dice[(i * 6) % len(dice)]
        pairs.append((f"real-en-{i:02d}", runner.write(f"resume-en-{i}.txt", r["text"]),
                      runner.write(f"posting-en-{i}.txt", p["text"])))
    for i in range(8):  # English resumes against Russian postings
        r, p = resumes[(i * 17 + 3) % len(resumes)], hh[(i * 97) % len(hh)]
        pairs.append((f"real-en-ru-{i:02d}", runner.write(f"resume-enru-{i}.txt", r["text"]),
                      runner.write(f"posting-enru-{i}.txt", p["text"])))
    for i in range(8):  # the Russian example resume against Russian postings
        p = hh[(i * 113 + 7) % len(hh)]
        pairs.append((f"real-ru-{i:02d}", os.path.join(ROOT, "examples", "resume-ru.txt"),
                      runner.write(f"posting-ru-{i}.txt", p["text"])))
    return pairs


def outputs(cli, with_shared=True):
    """Yields (name, bytes) for every output of the oracle."""
    with tempfile.TemporaryDirectory() as work:
        runner = Runner(cli, work)
        ex = os.path.join(ROOT, "examples")
        for r in ("en", "ru"):
            for p in ("en", "ru"):
                resume = os.path.join(ex, f"resume-{r}.txt")
                posting = os.path.join(ex, f"posting-{p}.txt")
                yield f"example-{r}-{p}.json", runner.run("compare", "--json", AS_OF, resume,
                                                          posting)
                yield f"example-{r}-{p}.txt", runner.run("compare", AS_OF, resume, posting)
            yield f"lint-{r}.json", runner.run("lint", "--json", AS_OF, os.path.join(ex, f"resume-{r}.txt"))
        feed = os.path.join(work, "feed.jsonl")
        with open(feed, "wb") as f:
            subprocess.run([sys.executable, os.path.join(ROOT, "benchmarks", "generate_feed.py"),
                            "--count", "5000", "--seed", "1"], stdout=f, check=True)
        for r in ("en", "ru"):
            yield f"rank-{r}.jsonl", runner.run("rank", "--json", "--top", "0", "--threads", "2", AS_OF,
                                                os.path.join(ex, f"resume-{r}.txt"), feed)
        if not with_shared:
            return
        for name, resume, posting in real_pairs(runner):
            yield f"{name}.json", runner.run("compare", "--json", AS_OF, resume, posting)
        for name in ("en-dice-dev", "ru-hh-data-vacancies"):
            yield f"extract-{name}.jsonl", runner.run(
                "extract", "--jsonl", os.path.join(SHARED, "postings", f"{name}.jsonl"))


def digest(data):
    return hashlib.sha256(data).hexdigest()


def load_expected():
    expected = {}
    with open(EXPECTED, encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                h, name = line.split()
                expected[name] = h
    return expected


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("command", choices=["check", "record", "diff", "refresh"])
    parser.add_argument("dir", nargs="?", help="directory for record and diff")
    parser.add_argument("--cli", default=os.path.join(ROOT, "build", "bin", "tailorcore"))
    args = parser.parse_args()
    if not os.path.isdir(SHARED):
        print(f"oracle: {SHARED} not found; skipped", file=sys.stderr)
        return SKIP
    if args.command in ("record", "diff") and not args.dir:
        parser.error(f"{args.command} needs a directory")

    if args.command == "record":
        os.makedirs(args.dir, exist_ok=True)
        for name, data in outputs(args.cli):
            with open(os.path.join(args.dir, name), "wb") as f:
                f.write(data)
        print(f"oracle: outputs written to {args.dir}")
        return 0
    if args.command == "refresh":
        lines = ["# SHA-256 of every output of tools/regression/oracle.py (see its header)."]
        lines += [f"{digest(data)}  {name}" for name, data in outputs(args.cli)]
        with open(EXPECTED, "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        print(f"oracle: {len(lines) - 1} outputs recorded in {EXPECTED}")
        return 0
    if args.command == "diff":
        changed = 0
        for name, data in outputs(args.cli):
            path = os.path.join(args.dir, name)
            old = open(path, "rb").read() if os.path.exists(path) else b""
            if old == data:
                continue
            changed += 1
            sys.stdout.writelines(difflib.unified_diff(
                old.decode("utf-8", "replace").splitlines(True),
                data.decode("utf-8", "replace").splitlines(True), f"old/{name}", f"new/{name}", n=2))
        print(f"oracle: {changed} output(s) differ", file=sys.stderr)
        return 1 if changed else 0

    expected = load_expected()
    seen, changed = set(), []
    for name, data in outputs(args.cli):
        seen.add(name)
        if expected.get(name) != digest(data):
            changed.append(name)
    missing = sorted(set(expected) - seen)
    for name in changed:
        print(f"oracle: changed: {name}")
    for name in missing:
        print(f"oracle: no longer produced: {name}")
    if changed or missing:
        print("oracle: outputs differ from tools/regression/expected.sha256; if the change is "
              "intended, read it with 'oracle.py diff DIR' and accept it with 'oracle.py refresh'")
        return 1
    print(f"oracle: {len(seen)} outputs identical")
    return 0


if __name__ == "__main__":
    sys.exit(main())
