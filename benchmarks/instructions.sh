#!/usr/bin/env bash
# Instructions per byte of posting text, by stage, for ranking one resume against postings
# (callgrind; exact and repeatable where timings on this VM vary by ±10%):
#   benchmarks/instructions.sh [COUNT]        (after ./scripts/setup.sh; COUNT defaults to 300)
# Takes the first COUNT postings of the generated feed (generate_feed.py --count 5000 --seed 1,
# as benchmarks/run.sh), runs `tailorcore rank --threads 1 examples/resume-en.txt` on them under
# callgrind and prints each stage's inclusive instructions over the postings' bytes (title, a
# line break and text, as the ranker reads them). Only the per-posting worker is counted: the
# engine's construction and the resume's analysis are left out.
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-300}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
/usr/bin/python3 benchmarks/generate_feed.py --count 5000 --seed 1 >"$work/all.jsonl"
head -n "$count" "$work/all.jsonl" >"$work/feed.jsonl"
valgrind --tool=callgrind --callgrind-out-file="$work/callgrind.out" \
  --toggle-collect='std::_Function_handler<tailorcore::RankedPosting*' \
  ./build/bin/tailorcore rank --threads 1 examples/resume-en.txt "$work/feed.jsonl" >/dev/null 2>"$work/valgrind.log" ||
  { cat "$work/valgrind.log" >&2; exit 1; }
callgrind_annotate --inclusive=yes "$work/callgrind.out" >"$work/inclusive.txt" 2>/dev/null
/usr/bin/python3 - "$work/feed.jsonl" "$work/inclusive.txt" <<'PY'
import json, re, sys

feed, listing = sys.argv[1], sys.argv[2]
posting_bytes = 0
for line in open(feed, encoding="utf-8"):
    p = json.loads(line)
    posting_bytes += len((p.get("title", "") + "\n" + p["text"]).encode("utf-8"))
cost = {}
for line in open(listing, encoding="utf-8", errors="replace"):
    m = re.match(r"\s*([\d,]+) \([ \d.]+%\)\s+(\S.*)$", line)
    if m:
        name = m.group(2)
        cost.setdefault(name, int(m.group(1).replace(",", "")))  # the first (largest) entry


def of(pattern):
    """The inclusive cost of the first function whose name holds `pattern`."""
    for name, c in cost.items():
        if pattern in name:
            return c
    return 0


worker = of("std::_Function_handler<tailorcore::RankedPosting")
rows = [
    ("whole comparison (the rank worker)", worker),
    ("  analysis and structure of the posting", of("tailorcore::Engine::Impl::Analyze(")),
    ("    analyzer (normalize, tokenize, stem)", of("tailorcore::Analyzer::Impl::Analyze(")),
    ("    lexicon matching and candidate terms", of("tailorcore::Lexicon::Impl::Match(")),
    ("    sections", of("tailorcore::detail::SectionFinder::Find(")),
    ("  posting profile", of("tailorcore::detail::BuildPostingProfile(")),
    ("    years of experience asked", of("tailorcore::detail::FindExperienceAsked(")),
    ("    tiers of each keyword (cues, scope)", of("ProfileBuilder::Add(")),
    ("    degree asked", of("tailorcore::detail::FindDegreeAsked(")),
    ("    requirement groups", of("tailorcore::detail::AlternativeRules::Find(")),
    ("    seniority asked", of("tailorcore::detail::FindSeniorityAsked(")),
    ("  score (coverage, evidence, literal score)", of("tailorcore::detail::Score(")),
]
print(f"{posting_bytes:,} bytes of posting text; instructions per byte, inclusive:")
for label, c in rows:
    print(f"  {label:<46} {c / posting_bytes:7.0f}   ({c:,})")
PY
