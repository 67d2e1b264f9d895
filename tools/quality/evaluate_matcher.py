#!/usr/bin/python3
"""Measures the matcher on the reference data in ../shared/data; prints the figures that
docs/quality.md records.

  tools/quality/evaluate_matcher.py [--shared ../shared/data] [--tool build/bin/tailorcore]
                                    [--false-positives 100] [--misses]

1. Employer tags (postings/*.jsonl, `key_skills`): recall of the tags that occur in the posting
   text in some form, English and Russian separately, next to a plain case-insensitive substring
   baseline on the same tags.
   A tag is *recoverable* when (a) its words (lower-cased, 2+ characters, not stopwords) occur in
   the text in order, by Snowball stem (python3-snowballstemmer, English or Russian by script),
   with at most one other word between two of them (any case, any inflection), or (b) any form of the lexicon skill the tag
   names occurs in the text as a whole-word, case-insensitive substring (any alias). Neither test
   uses the matcher.
   The matcher *recalls* a tag when the tag names lexicon skills (the matcher run on the tag
   itself: "Java and C/C++" names three) and the matcher finds all of them in the text.
   The baseline recalls a tag when the lower-cased tag is a substring of the lower-cased text.
   Tags that are not skills are left out and counted: over 60 characters, "see below" and the
   like, one recruiter's boilerplate that the scraper split into tags ("TAD PGS"), job titles
   ("Business Analyst", "Web Developer"), sentence fragments of more than four words that the
   scraper split off as tags ("you will set strategy and policy"), and single ordinary English words (in
   /usr/share/dict/american-english) that are not a product or language name in O*NET or
   Linguist ("Development", "Management", "Project", "Testing"). The figures for all tags, these
   included, are printed too.
2. SkillSpan (skillspan/dev.json, `tech` sentences): recall of knowledge spans that name a
   technology, precision of what the matcher reports, and a sample of false positives to classify.
   A span *names a technology* when one of its words is technology-shaped (inner capitals,
   letters with digits, or + # . /) or its text (case-insensitive) is a product or language name
   in O*NET Technology Skills or GitHub Linguist (the external taxonomies, not the lexicon).
   A matcher match is a *true positive* when it overlaps a knowledge or skill span of the
   sentence; otherwise a false positive.
"""
import argparse
import collections
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
JUNK_TAG = re.compile(r"see (job )?description|see below|full time|contract|telecommut|^\W*$"
                      # one recruiter's boilerplate, split into "tags" by the scraper
                      r"|^TAD PGS$|specializes in delivering|rapidly implemented|prime contractors", re.I)
JOB_TITLE = re.compile(r"\b(developer|engineer|analyst|manager|tester|architect|administrator|"
                       r"consultant|designer|lead|specialist|programmer)s?$", re.I)


def run_extract(tool, texts):
    lines = "\n".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) for i, t in enumerate(texts))
    proc = subprocess.run([tool, "extract", "--jsonl", "-"], input=lines + "\n", capture_output=True,
                          text=True, check=True)
    results = [None] * len(texts)
    for line in proc.stdout.splitlines():
        record = json.loads(line)
        results[record["id"]] = record
    return results


def load_lexicon_forms(path):
    forms = collections.defaultdict(list)
    for line in open(path, encoding="utf-8"):
        fields = line.rstrip("\n").split("\t")
        if fields[0] != "skill":
            continue
        skill_id, name = fields[1], fields[2]
        forms[skill_id].append(name)
        for raw in (fields[4] if len(fields) > 4 else "").split("|"):
            raw = re.sub(r"^(var|acr|exp|ru|tr):", "", raw.strip()).rstrip("?").strip()
            if raw:
                forms[skill_id].append(raw)
    return forms


def stopwords():
    words = set()
    for lang in ("en", "ru"):
        words.update(w.strip() for w in open(os.path.join(ROOT, "data", "lang", lang, "stopwords.txt"), encoding="utf-8"))
    return words


import snowballstemmer  # noqa: E402  (Debian: python3-snowballstemmer)

STEMMERS = {"en": snowballstemmer.stemmer("english"), "ru": snowballstemmer.stemmer("russian")}
WORD = re.compile(r"\w[\w+#./-]*\w|\w")


def stem(word):
    word = word.replace("ё", "е")
    return STEMMERS["ru" if re.search("[а-я]", word) else "en"].stemWord(word)


def text_stems(text):
    return [stem(w) for w in WORD.findall(text.lower())]


def phrase_occurs(tag_stems, stems):
    """The tag's stems occur in order in the text, at most one other word between two of them."""
    if not tag_stems:
        return False
    for start, s0 in enumerate(stems):
        if s0 != tag_stems[0]:
            continue
        pos, ok = start, True
        for t in tag_stems[1:]:
            window = stems[pos + 1:pos + 3]
            if t not in window:
                ok = False
                break
            pos = pos + 1 + window.index(t)
        if ok:
            return True
    return False


def whole_word_in(form, text_lower):
    pattern = r"(?<![\w+#])" + re.escape(form.lower()) + r"(?![\w+#])"
    return re.search(pattern, text_lower) is not None


def tag_skills(tag_result):
    """The skills a tag names: every skill the matcher finds in the tag text ("Java and C/C++"
    names three)."""
    if not tag_result:
        return frozenset()
    return frozenset(m["skill"] for m in tag_result["matches"])


def evaluate_tags(args, lang, path, lexicon_forms, stop):
    postings = [json.loads(l) for l in open(path, encoding="utf-8")]
    postings = [p for p in postings if p.get("key_skills")]
    results = run_extract(args.tool, [p["text"] for p in postings])
    all_tags = sorted({t.strip() for p in postings for t in p["key_skills"] if t.strip()})
    all_tags = [t for t in all_tags if len(t) <= 60 and not JUNK_TAG.search(t)]
    skill_tags = [t for t in all_tags
                  if not (re.fullmatch(r"[A-Za-z]+", t) and t.lower() in ENGLISH_WORDS
                          and t.lower() not in TECH_NAMES)
                  and not JOB_TITLE.search(t) and len(t.split()) <= 4]

    tag_results = run_extract(args.tool, all_tags)
    tag_to_skills = {t: tag_skills(r) for t, r in zip(all_tags, tag_results)}
    # A tag alone may lack the evidence an ambiguous name needs ("R"); retry it in a skills list.
    retry = [t for t in all_tags if not tag_to_skills[t]]
    for t, r in zip(retry, run_extract(args.tool, ["Skills: " + t + ", SQL" for t in retry])):
        if r:
            inside = {"matches": [m for m in r["matches"]
                                  if m["begin"] >= 8 and m["end"] <= 8 + len(t.encode("utf-8"))]}
            tag_to_skills[t] = tag_skills(inside)

    def measure(tags):
        tagset = set(tags)
        total = recoverable = matcher_hits = baseline_hits = 0
        misses = collections.Counter()
        for posting, result in zip(postings, results):
            text = posting["text"]
            lower = text.lower()
            stems = text_stems(text)
            found = {m["skill"] for m in result["matches"]}
            for tag in {t.strip() for t in posting["key_skills"]} & tagset:
                total += 1
                skills = tag_to_skills.get(tag, frozenset())
                words = [w for w in WORD.findall(tag.lower()) if len(w) >= 2 and w not in stop]
                by_words = phrase_occurs([stem(w) for w in words], stems)
                by_alias = bool(skills) and all(any(whole_word_in(f, lower) for f in lexicon_forms[s])
                                                for s in skills)
                if not (by_words or by_alias):
                    continue
                recoverable += 1
                if tag.lower() in lower:
                    baseline_hits += 1
                if skills and skills <= found:
                    matcher_hits += 1
                else:
                    why = ("not in lexicon" if not skills else
                           "not found: " + ", ".join(sorted(skills - found)))
                    misses[(tag, why)] += 1
        return total, recoverable, matcher_hits, baseline_hits, misses

    left_out = sorted(set(all_tags) - set(skill_tags))
    total, recoverable, matcher_hits, baseline_hits, misses = measure(skill_tags)
    _, all_recoverable, all_matcher, all_baseline, _ = measure(all_tags)
    print(f"## Employer tags, {lang} ({os.path.basename(path)})")
    print(f"postings with tags: {len(postings)}; distinct tags: {len(all_tags)}; "
          f"left out as not skills: {len(left_out)} (e.g. {', '.join(left_out[:10])})")
    print(f"skill-tag occurrences: {total}; recoverable: {recoverable}")
    print(f"matcher recall:   {matcher_hits}/{recoverable} = {matcher_hits / max(1, recoverable):.3f}")
    print(f"substring recall: {baseline_hits}/{recoverable} = {baseline_hits / max(1, recoverable):.3f}")
    print(f"all tags, ordinary words and titles included: matcher {all_matcher}/{all_recoverable} = "
          f"{all_matcher / max(1, all_recoverable):.3f}, substring {all_baseline}/{all_recoverable} = "
          f"{all_baseline / max(1, all_recoverable):.3f}")
    if args.misses:
        print("misses (count, tag, why):")
        for (tag, why), n in misses.most_common(args.misses):
            print(f"  {n:3d}  {tag!r}  ({why})")
    print()


VENDORS = [v.strip().lower() for v in open(os.path.join(ROOT, "data", "lexicon", "sources", "vendors.txt"), encoding="utf-8")
           if v.strip() and not v.startswith("#")]


def technology_names(shared):
    names = set()
    for line in open(os.path.join(shared, "taxonomy", "onet29.2_technology_skills.jsonl"), encoding="utf-8"):
        example = json.loads(line)["Example"].lower()
        names.add(example)
        stripped = re.sub(r" software$", "", example)
        if " " in stripped or stripped not in ENGLISH_WORDS:  # not "scheduling" from "Scheduling software"
            names.add(stripped)
        for vendor in VENDORS:
            if example.startswith(vendor + " ") and " " in example[len(vendor) + 1:]:
                # "apache spark sql" → "spark sql"; a one-word remainder ("microsoft project" →
                # "project") is left out, or every ordinary word would pass for a product.
                names.add(example[len(vendor) + 1:])
    for line in open(os.path.join(shared, "taxonomy", "linguist-languages.yml"), encoding="utf-8"):
        if line and not line.startswith((" ", "#", "-")) and line.rstrip().endswith(":"):
            names.add(line.rstrip()[:-1].strip("'\"").lower())
    return names


TECH_SHAPE = re.compile(r"[a-z][A-Z]|[A-Za-z]\d|\d[A-Za-z]|[+#/]|\w\.\w|^\.[A-Za-z]")


def spans(tags):
    out, start = [], None
    for i, tag in enumerate(tags + ["O"]):
        if tag.startswith("B") or tag == "O":
            if start is not None:
                out.append((start, i))
                start = None
            if tag.startswith("B"):
                start = i
    return out


def evaluate_skillspan(args):
    names = technology_names(args.shared)
    sentences = [json.loads(l) for l in open(os.path.join(args.shared, "skillspan", "dev.json"), encoding="utf-8")]
    sentences = [s for s in sentences if s["source"] == "tech"]
    texts, offsets = [], []
    for s in sentences:
        pos, starts = 0, []
        for tok in s["tokens"]:
            starts.append(pos)
            pos += len(tok.encode("utf-8")) + 1
        texts.append(" ".join(s["tokens"]))
        offsets.append(starts)
    results = run_extract(args.tool, texts)
    tech_spans = found = 0
    tp = fp = 0
    false_positives = []
    missed = collections.Counter()
    for s, starts, text, result in zip(sentences, offsets, texts, results):
        toks = s["tokens"]
        def byte_range(a, b):
            return starts[a], starts[b - 1] + len(toks[b - 1].encode("utf-8"))
        knowledge = [byte_range(a, b) for a, b in spans(s["tags_knowledge"])]
        skill = [byte_range(a, b) for a, b in spans(s["tags_skill"])]
        matches = [(m["begin"], m["end"], m) for m in result["matches"]]
        for (a, b), (ba, bb) in zip(spans(s["tags_knowledge"]), knowledge):
            words = toks[a:b]
            phrase = " ".join(words)
            if not (any(TECH_SHAPE.search(w) for w in words) or phrase.lower() in names):
                continue
            tech_spans += 1
            if any(m0 < bb and m1 > ba for m0, m1, _ in matches):
                found += 1
            else:
                missed[phrase] += 1
        for m0, m1, m in matches:
            if any(m0 < b and m1 > a for a, b in knowledge + skill):
                tp += 1
            else:
                fp += 1
                false_positives.append((m["text"], m["skill"], m["kind"], text))
    print("## SkillSpan dev, tech sentences")
    print(f"sentences: {len(sentences)}; knowledge spans naming a technology: {tech_spans}")
    print(f"recall:    {found}/{tech_spans} = {found / max(1, tech_spans):.3f}")
    print(f"precision: {tp}/{tp + fp} = {tp / max(1, tp + fp):.3f} (a match overlapping any annotated knowledge or skill span)")
    if args.misses:
        print("most frequent missed technology spans:")
        for phrase, n in missed.most_common(args.misses):
            print(f"  {n:3d}  {phrase}")
    if args.false_positives:
        print(f"first {args.false_positives} false positives (matched text, skill, kind, sentence):")
        for text, skill_id, kind, sentence in false_positives[:args.false_positives]:
            print(f"  {text!r} -> {skill_id} ({kind}) | {sentence[:110]}")
    print()


def main():
    parser = argparse.ArgumentParser(description="Matcher quality on ../shared/data")
    parser.add_argument("--shared", default=os.path.join(ROOT, "..", "shared", "data"))
    parser.add_argument("--tool", default=os.path.join(ROOT, "build", "bin", "tailorcore"))
    parser.add_argument("--false-positives", type=int, default=0)
    parser.add_argument("--misses", type=int, default=0, help="list this many misses")
    args = parser.parse_args()
    global ENGLISH_WORDS, TECH_NAMES
    ENGLISH_WORDS = {w.strip() for w in open("/usr/share/dict/american-english", encoding="utf-8")
                     if re.fullmatch(r"[a-z]+", w.strip())}
    TECH_NAMES = technology_names(args.shared)
    lexicon_forms = load_lexicon_forms(os.path.join(ROOT, "data", "lexicon", "bundled.tsv"))
    stop = stopwords()
    evaluate_tags(args, "English", os.path.join(args.shared, "postings", "en-dice-dev.jsonl"), lexicon_forms, stop)
    evaluate_tags(args, "Russian", os.path.join(args.shared, "postings", "ru-hh-data-vacancies.jsonl"), lexicon_forms, stop)
    evaluate_skillspan(args)


if __name__ == "__main__":
    main()
