#!/usr/bin/env python3
"""Checks that the library's stages build on each other one way (docs/architecture.md).

The order is TAILORCORE_STAGES in lib/CMakeLists.txt. A file under lib/<stage>/ may include
headers of its own stage and of stages before it, never of a later stage; the C API (lib/capi)
comes after all of them. A cycle between folders is impossible when every arrow points back.
Also checked: every folder under lib/ is a stage (or capi), so a new folder cannot slip past.

Usage: check_stages.py [REPO_ROOT]. Exit 0 when clean, 1 with one line per wrong include.
"""
import os
import re
import sys

INCLUDE = re.compile(r'^\s*#\s*include\s+"([a-z_]+)/[^"]+"', re.M)


def stage_order(root):
    text = open(os.path.join(root, "lib", "CMakeLists.txt"), encoding="utf-8").read()
    m = re.search(r"set\(TAILORCORE_STAGES ([a-z_ ]+)\)", text)
    if not m:
        sys.exit("check_stages: no set(TAILORCORE_STAGES ...) in lib/CMakeLists.txt")
    return m.group(1).split() + ["capi"]


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..")
    order = stage_order(root)
    rank = {stage: i for i, stage in enumerate(order)}
    lib = os.path.join(root, "lib")
    problems = []
    for folder in sorted(os.listdir(lib)):
        path = os.path.join(lib, folder)
        if not os.path.isdir(path):
            continue
        if folder not in rank:
            problems.append(f"lib/{folder}/: not a stage listed in TAILORCORE_STAGES")
            continue
        for name in sorted(os.listdir(path)):
            if not name.endswith((".h", ".cc")):
                continue
            text = open(os.path.join(path, name), encoding="utf-8").read()
            for m in INCLUDE.finditer(text):
                target = m.group(1)
                if target == "tailorcore" or target not in rank:
                    continue  # public headers and third-party ones
                if rank[target] > rank[folder]:
                    line = text.count("\n", 0, m.start()) + 1
                    problems.append(f"lib/{folder}/{name}:{line}: includes {m.group(0).strip()!s}"
                                    f" of the later stage '{target}'")
    for p in problems:
        print(p)
    if problems:
        print(f"check_stages: {len(problems)} include(s) against the stage order "
              f"{' -> '.join(order)}")
        return 1
    print(f"check_stages: {' -> '.join(order)}: clean")
    return 0


if __name__ == "__main__":
    sys.exit(main())
