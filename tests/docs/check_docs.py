#!/usr/bin/env python3
"""The code in README.md and docs/*.md works: every example a reader may copy is run or built.

Usage: check_docs.py BUILD_DIR

- sh blocks: each `./build/bin/tailorcore ...` command (a line, or a part of an `&&` chain) whose
  files exist (examples/, build/examples/) is run from the repository root and must exit 0 (its
  output captured, not written where a `>` says);
  commands on placeholder files (resume.pdf, team-skills.tsv) are counted as skipped;
- C blocks with a main(): compiled (-std=c99 -pedantic -Werror) against the build, linked with
  libtailorcore_c, and run: exit 0;
- C++ blocks with a main(): compiled (-std=c++20 -Werror) and linked against libtailorcore;
  run when they name no placeholder file;
- Python blocks: compiled (syntax).
Exits 1 naming the file, the block's first line and what failed.
"""
import glob
import os
import re
import shlex
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.M | re.S)
PLACEHOLDERS = ("team-skills.tsv", "resume.txt", "posting.txt", "resume.pdf", "posting.html",
                "resume.docx", "feed.jsonl")


def blocks():
    for path in ["README.md", *sorted(glob.glob(os.path.join(ROOT, "docs", "*.md")))]:
        path = os.path.join(ROOT, path)
        with open(path, encoding="utf-8") as f:
            for lang, body in FENCE.findall(f.read()):
                yield os.path.relpath(path, ROOT), lang, body


def commands(body):
    for line in body.splitlines():
        line = re.sub(r"\s+#.*$", "", line).strip()
        for part in line.split("&&"):
            part = part.split(" | ")[0].split(" > ")[0].strip()  # no pipe, no redirection
            if part.startswith("./build/bin/tailorcore "):
                yield part


def main():
    build = os.path.abspath(sys.argv[1])
    failures, ran, skipped = [], 0, 0
    work = tempfile.mkdtemp()
    for where, lang, body in blocks():
        first = body.strip().splitlines()[0] if body.strip() else ""
        if lang == "sh":
            for command in commands(body):
                args = shlex.split(command)
                files = [a for a in args[2:] if not a.startswith("-") and ("/" in a or "." in a)]
                if any(f in PLACEHOLDERS or not os.path.exists(os.path.join(ROOT, f)) for f in files):
                    skipped += 1
                    continue
                args[0] = os.path.join(build, "bin", "tailorcore")
                result = subprocess.run(args, cwd=ROOT, capture_output=True, text=True)
                ran += 1
                if result.returncode != 0:
                    failures.append(f"{where}: `{command}` exited {result.returncode}: {result.stderr.strip()[:200]}")
        elif lang in ("c", "cpp") and "main(" in body:
            source = os.path.join(work, f"example{ran}.{lang}")
            with open(source, "w", encoding="utf-8") as f:
                f.write(body)
            program = source + ".bin"
            if lang == "c":
                compile_ = ["cc", "-std=c99", "-Wall", "-pedantic", "-Werror", source,
                            f"-I{ROOT}/include", f"-I{build}/include", f"-L{build}/lib",
                            "-ltailorcore_c", f"-Wl,-rpath,{build}/lib", "-o", program]
            else:
                compile_ = ["c++", "-std=c++20", "-Wall", "-Werror", source, f"-I{ROOT}/include",
                            f"-I{build}/include", f"-L{build}/lib", "-ltailorcore",
                            f"-Wl,-rpath,{build}/lib", "-o", program]
            built = subprocess.run(compile_, capture_output=True, text=True)
            ran += 1
            if built.returncode != 0:
                failures.append(f"{where}: {lang} block `{first}` does not build: {built.stderr.strip()[:400]}")
                continue
            if any(p in body for p in PLACEHOLDERS):
                skipped += 1
                continue
            result = subprocess.run([program], capture_output=True, text=True)
            if result.returncode != 0:
                failures.append(f"{where}: {lang} block `{first}` exited {result.returncode}")
        elif lang == "python":
            try:
                compile(body, where, "exec")
                ran += 1
            except SyntaxError as error:
                failures.append(f"{where}: python block `{first}`: {error}")
    for failure in failures:
        print("FAIL:", failure)
    print(f"{ran} examples checked, {skipped} on placeholder files skipped, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
