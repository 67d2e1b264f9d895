#!/usr/bin/env python3
"""Builds data/lexicon/bundled.tsv, the bundled skills lexicon, from its sources.

Sources, in priority order (a form goes to the first skill that claims it):
  1. data/lexicon/sources/curated.tsv        hand-curated core with Russian forms and ambiguity flags
     data/lexicon/sources/field.tsv          what the trade names that no taxonomy holds (merged)
  2. GitHub Linguist languages (MIT)         programming languages and their aliases
  3. O*NET 29.2 Technology Skills (CC-BY 4.0) product names, Hot Technology rows first
  4. ESCO 1.2.0 digital skills (CC-BY 4.0)   preferred and alternative labels
  5. ESCO 1.2.0 transversal skills           soft skills (multi-word labels)
  6. ESCO 1.2.0 language skills              spoken languages

Every form is keyed exactly as the library keys it (normalized words), by asking the built
tailorcore tool (`tailorcore lexicon keys`), so the output loads without conflicts.

It also writes data/lexicon/transliterations.tsv: ICU's Latin-Cyrillic spelling (PyICU,
Debian's python3-icu, over the same ICU the library links) of every one-word Latin name or
variant of five letters or more, which the library reads instead of building ICU's
transliterator at start-up (lib/lexicon/transliteration.h).

Usage: tools/lexicon/build_lexicon.py [--shared ../shared/data] [--tool build/bin/tailorcore]
                                      [--output bundled.tsv] [--transliterations FILE]
The result is deterministic for the same inputs.
"""
import argparse
import collections
import csv
import json
import os
import re
import subprocess
import sys

# python3-icu (scripts/debian-packages.txt), for transliterations.tsv: imported first, so a
# Python without it stops before bundled.tsv is rewritten.
import icu

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SOURCES = os.path.join(ROOT, "data", "lexicon", "sources")
ENGLISH_VOCABULARY = "/usr/share/snowball/data/english/voc.txt"  # snowball-data
ENGLISH_WORDS = "/usr/share/dict/american-english"  # wamerican
MAX_LABEL_WORDS = 6
# Taxonomies whose one-word names that are also English words are kept as ambiguous names
# (found only with evidence, docs/matching.md) rather than left out: "Lisp", "Moodle",
# "PuTTY", "blockchain". Not O*NET's kinds of software ("Payroll software", "Billing
# software"), but for its Hot Technologies, which have always been kept.
TAXONOMY_NAMES = ("onet-hot", "onet", "linguist", "esco-digital")
# Linguist's types of language, and the lexicon category each goes to.
LINGUIST_CATEGORIES = {"programming": "languages", "markup": "formats", "data": "formats",
                       "prose": "formats"}

CYRILLIC_TO_ASCII = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r",
     "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]))


def read_lines(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.strip() and not line.lstrip().startswith("#"):
                yield line


def parse_forms(field):
    forms = []
    for raw in field.split("|"):
        raw = raw.strip()
        if not raw:
            continue
        kind = "var"
        m = re.match(r"^(var|acr|exp|ru|tr):(.*)$", raw)
        if m:
            kind, raw = m.group(1), m.group(2).strip()
        ambiguous = raw.endswith("?")
        if ambiguous:
            raw = raw[:-1].strip()
        forms.append((kind, raw, ambiguous))
    return forms


def format_form(kind, text, ambiguous):
    prefix = "" if kind == "var" else kind + ":"
    return prefix + text + ("?" if ambiguous else "")


def slug(name):
    s = "".join(CYRILLIC_TO_ASCII.get(c, c) for c in name.lower())
    s = s.replace("++", "pp").replace("#", "sharp")
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s[:80] or "skill"


class Lexicon:
    def __init__(self, keys, vocabulary, generic):
        self.keys = keys            # form text → key
        self.vocabulary = vocabulary
        self.generic = generic
        self.skills = []            # dicts: id, name, category, forms [(kind, text, ambiguous)]
        self.owner = {}             # key → skill index
        self.ids = set()
        self.sources = collections.Counter()

    def key(self, text):
        return self.keys.get(text, "")

    def is_plain_word(self, text):
        """A single dictionary or generic word: too common to be a skill form on its own."""
        k = self.key(text)
        return " " not in k and (k in self.vocabulary or k in self.generic)

    def new_id(self, name):
        base = slug(name)
        candidate, n = base, 2
        while candidate in self.ids:
            candidate, n = f"{base}-{n}", n + 1
        return candidate

    def spells(self, index, acronym_key, name_key):
        """Whether skill `index` is what the acronym stands for in an entry named `name_key`."""
        skill = self.skills[index]
        longs = [self.key(skill["name"])] + [self.key(t) for kind, t, _ in skill["forms"]
                                               if kind == "exp" or (kind == "var" and " " in t)]
        if self.key(skill["name"]) == acronym_key and not any(
                kind == "exp" for kind, _, _ in skill["forms"]):
            return True
        return any(l and " " in l and (name_key == l or name_key.endswith(" " + l)) for l in longs)

    def add(self, name, category, forms, source, skill_id=None, merge=True):
        """Adds a skill, or merges its forms into the skill that already owns one of them."""
        name_key = self.key(name)
        if not name_key or name_key in self.generic:
            return None
        target = self.owner.get(name_key)
        # A generated entry whose labels name two or more skills already here is a heading over
        # examples, not a set of synonyms (ESCO's "computer programming" lists Visual Basic,
        # OCaml, Lua ...): it keeps its name and its lower-case phrases ("source control"), not
        # the product names it gives as examples, and joins a skill only through such a phrase
        # ("revision control").
        # Each product it names in one word that no skill has yet becomes a skill of its own
        # ("Trello", "Balsamiq"), unless it is an ordinary word ("Curl"); longer names would
        # meet everyday phrases by stem ("Data Migrator" for "data migration").
        if source not in ("curated", "field"):
            owners = {self.owner[k] for k in (self.key(t) for _, t, _ in forms) if k in self.owner}
            if len(owners - {target}) >= 2:
                phrases = [f for f in forms if f[1] == f[1].lower()]
                for _, text, _ in forms:
                    k = self.key(text)
                    if (text != text.lower() and k and k not in self.owner and len(k) > 2
                            and " " not in k and "-" not in text
                            and not self.is_plain_word(text)):
                        self.add(text, category, [], source, None, False)
                if target is None:
                    target = next((self.owner[self.key(f[1])] for f in phrases
                                   if self.key(f[1]) in self.owner), None)
                forms = [f for f in phrases if self.key(f[1]) not in self.owner]
        # A generated entry also merges into the skill that owns one of its forms; a field entry
        # only by its name: its acronym may be another skill's ("EDA": exploratory data
        # analysis, event-driven architecture).
        # Through an acronym only into a skill it spells the same way: one named by the bare
        # acronym ("ERP" takes "Enterprise resource planning"), or whose long name ends the
        # entry's ("Amazon Elastic Compute Cloud" EC2); "EDA" for electronic design automation
        # is no exploratory data analysis, "PMP" for Pathogen Modeling Program no Project
        # Management Professional.
        if target is None and merge and source != "field":
            for kind, text, ambiguous in forms:
                k = self.key(text)
                if k and not ambiguous and k in self.owner and (
                        kind != "acr" or self.spells(self.owner[k], k, name_key)):
                    target = self.owner[k]
                    break
        if target is not None:
            if not merge:
                return None
            skill = self.skills[target]
            for kind, text, ambiguous in [("var", name, False)] + forms:
                k = self.key(text)
                if k and k not in self.owner and k not in self.generic:
                    skill["forms"].append((kind if kind != "name" else "var", text, ambiguous))
                    self.owner[k] = target
            return target
        index = len(self.skills)
        if skill_id in self.ids:
            sys.exit(f"build_lexicon: skill id {skill_id!r} ({name}) is used twice")
        skill_id = skill_id or self.new_id(name)
        self.ids.add(skill_id)
        skill = {"id": skill_id, "name": name, "category": category, "forms": [], "source": source}
        self.owner[name_key] = index
        for kind, text, ambiguous in forms:
            k = self.key(text)
            if not k or k in self.generic:
                continue
            if k == name_key:
                if ambiguous:
                    skill["forms"].append((kind, text, True))
                continue
            if k in self.owner:
                continue
            self.owner[k] = index
            skill["forms"].append((kind, text, ambiguous))
        self.skills.append(skill)
        self.sources[source] += 1
        return index


def load_linguist(path):
    languages = []
    current = None
    in_aliases = False
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line and not line.startswith(" ") and not line.startswith("#") and line.endswith(":"):
            current = {"name": line[:-1].strip("'\""), "type": None, "aliases": []}
            languages.append(current)
            in_aliases = False
            continue
        if current is None:
            continue
        m = re.match(r"^  type: (\w+)", line)
        if m:
            current["type"] = m.group(1)
        if re.match(r"^  aliases:", line):
            in_aliases = True
            continue
        if in_aliases:
            m = re.match(r"^  - (.*)$", line)
            if m:
                current["aliases"].append(m.group(1).strip("'\""))
            else:
                in_aliases = False
    return languages


def squeeze(name):
    """`name` lower-cased without spaces and punctuation: "Objective C" is "Objective-C"."""
    return re.sub(r"[\s\-_.]+", "", name.lower())


def clean_label(label):
    label = re.sub(r"\s*\([^)]*\)", "", label).strip()
    return re.sub(r"\s+", " ", label)


def split_trailing_acronym(name, vendors=()):
    """'Cascading style sheets CSS' → ('Cascading style sheets', 'CSS'); else (name, None).

    An acronym that spells only the last words of a product's name is the product's own only
    after a vendor's name ("Amazon Elastic Compute Cloud EC2", "IBM Resource Access Control
    Facility RACF"); after another product's name it names the product's kind ("EpicCare
    Ambulatory Electronic Medical Records EMR", "Beeline Learning Management System LMS") and
    is left out: 'EMR' is every electronic medical record, not EpicCare.
    """
    m = re.match(r"^(.*\S)\s+\(?([A-Z][A-Z0-9]{1,6})\)?$", name)
    if not m:
        return name, None
    expansion, acronym = m.group(1), m.group(2)
    words = re.findall(r"[A-Za-z0-9]+", expansion)
    if len(words) < 2:
        return name, None
    initials = "".join(w[0].lower() for w in words)
    letters = [c for c in acronym.lower() if c.isalpha()]
    # The acronym spells the initials of consecutive words ("elastic compute" → EC2), and has
    # three letters or more: two-letter ones ("AI" from "automated inspection") say too little.
    spelled = "".join(letters)
    if not ((len(letters) >= 3 and spelled in initials) or
            (len(letters) == 2 and any(ch.isdigit() for ch in acronym) and spelled in initials)):
        return name, None  # EC2, S3-like names pass the second test
    prefix = " ".join(words[:initials.find(spelled)])
    if prefix and not any(prefix == v or prefix.startswith(v + " ") and
                          len(prefix.split()) <= len(v.split()) + 1 for v in vendors):
        return expansion, None
    return expansion, acronym


# The shortest Latin word the library transliterates (kMinTransliteratedLetters in
# lib/match/compile.cc).
MIN_TRANSLITERATED_LETTERS = 5


def write_transliterations(path, skills, keys):
    """ICU's Latin-Cyrillic spelling of each one-word, ASCII-letter name or form (as the library
    normalizes it) of five letters or more: every word the library's compile step may ask for.
    A word it asks for that is not here is transliterated by ICU itself, only slower."""
    transform = icu.Transliterator.createInstance("Latin-Cyrillic")
    words = set()
    for skill in skills:
        for text in [skill["name"]] + [t for _, t, _ in skill["forms"]]:
            for word in (keys.get(text, ""), text.lower()):
                if len(word) >= MIN_TRANSLITERATED_LETTERS and re.fullmatch(r"[a-z]+", word):
                    words.add(word)
    with open(path, "w", encoding="utf-8") as f:
        f.write("# ICU's Latin-Cyrillic spelling of the bundled lexicon's one-word Latin forms.\n")
        f.write("# GENERATED by tools/lexicon/build_lexicon.py: do not edit. Read by\n")
        f.write("# lib/lexicon/transliteration.cc in place of building ICU's transliterator.\n")
        for word in sorted(words):
            f.write(f"{word}\t{transform.transliterate(word)}\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=os.path.join(ROOT, "..", "shared", "data"))
    parser.add_argument("--tool", default=os.path.join(ROOT, "build", "bin", "tailorcore"))
    parser.add_argument("--output", default=os.path.join(ROOT, "data", "lexicon", "bundled.tsv"))
    parser.add_argument("--transliterations",
                        default=os.path.join(ROOT, "data", "lexicon", "transliterations.tsv"))
    args = parser.parse_args()
    taxonomy = os.path.join(args.shared, "taxonomy")

    # Common English words: a generated single-word form that is one of these ("Routing",
    # "Productivity") is a word, not a product name.
    vocabulary = set(w.strip() for w in open(ENGLISH_VOCABULARY, encoding="utf-8"))
    vocabulary.update(w.strip() for w in open(ENGLISH_WORDS, encoding="utf-8")
                      if re.match(r"^[a-z]+$", w.strip()))
    generic = set(read_lines(os.path.join(ROOT, "data", "lexicon", "generic-words.txt")))
    generic = {g.strip().lower() for g in generic}
    vendors = sorted((v.strip() for v in read_lines(os.path.join(SOURCES, "vendors.txt"))),
                     key=len, reverse=True)
    fixes = dict(l.split("\t") for l in read_lines(os.path.join(SOURCES, "onet-fixes.tsv")))
    onet_categories = dict(l.split("\t") for l in read_lines(os.path.join(SOURCES, "onet-categories.tsv")))

    # --- Gather every candidate entry, in priority order.
    entries = []  # (name, category, forms, source, id or None, merge)
    categories = [l for l in read_lines(os.path.join(SOURCES, "categories.tsv"))]
    for source, merge in (("curated", False), ("field", True)):
        for line in read_lines(os.path.join(SOURCES, source + ".tsv")):
            fields = line.split("\t")
            if len(fields) == 4:
                fields.append("")  # a skill without forms may leave out the field
            assert fields[0] == "skill" and len(fields) == 5, line
            entries.append((fields[2], fields[3], parse_forms(fields[4]), source, fields[1], merge))

    # Every Linguist language but GitHub's names of file kinds that are no technology a posting
    # asks for (linguist-skip.txt: "Ignore List", "Checksums", "Text"): programming languages
    # here, markup, data and prose formats after O*NET and ESCO, which name products better
    # ("Altium Designer" is software, "SPARQL" a query language).
    skipped = set(read_lines(os.path.join(SOURCES, "linguist-skip.txt")))
    linguist = [l for l in load_linguist(os.path.join(taxonomy, "linguist-languages.yml"))
                if l["type"] in LINGUIST_CATEGORIES and l["name"] not in skipped]
    programming_names = {squeeze(n) for l in linguist if l["type"] == "programming"
                         for n in [l["name"]] + l["aliases"]}

    def is_programming_language(name, vendors):
        """Whether Linguist knows `name`, or it without its vendor, as a programming language."""
        names = [name] + [name[len(v) + 1:] for v in vendors if name.startswith(v + " ")]
        return (any(squeeze(n) in programming_names for n in names)
                or re.search(r"(?i)\blanguages?$", name) is not None)
    formats = []
    for lang in linguist:
        forms = [("var", a, False) for a in lang["aliases"]]
        if lang["type"] == "programming":
            entries.append((lang["name"], "languages", forms, "linguist", None, True))
        else:
            formats.append((clean_label(lang["name"]), LINGUIST_CATEGORIES[lang["type"]], forms,
                            "linguist", None, True))

    rows = [json.loads(l) for l in open(os.path.join(taxonomy, "onet29.2_technology_skills.jsonl"), encoding="utf-8")]
    rank = {}
    software_kinds = set()  # "Billing" from "Billing software": a kind, not a product
    for r in rows:
        score = (0 if r["Hot Technology"] == "Y" else 1, 0 if r["In Demand"] == "Y" else 1)
        name = r["Example"]
        if name not in rank or score < rank[name][0]:
            rank[name] = (score, r["Commodity Title"])
    for name in sorted(rank, key=lambda n: (rank[n][0], n)):
        hot = rank[name][0][0] == 0
        fixed = fixes.get(name, name)
        if fixed == "drop":
            continue
        cleaned = re.sub(r"\s+software$", "", fixed).strip()
        if cleaned != fixed and " " not in cleaned:
            software_kinds.add(cleaned)
        cleaned = re.sub(r"\s+programming language$", "", cleaned).strip()
        expansion, acronym = split_trailing_acronym(cleaned, vendors)
        forms = []
        display = clean_label(expansion)
        if acronym:
            forms.append(("acr", acronym, False))
        for vendor in vendors:
            if display.startswith(vendor + " ") and len(display) > len(vendor) + 2:
                # "Apache Kafka" → "Kafka", but not "Amazon Data Pipeline" → "Data Pipeline":
                # the product name alone must hold a word that is not a common English word.
                product = display[len(vendor) + 1:]
                if any(w.lower() not in vocabulary for w in re.findall(r"[A-Za-z]+", product)):
                    forms.append(("var", product, False))
                break
        category = onet_categories.get(rank[name][1], "software")
        if category == "languages" and not is_programming_language(display, vendors):
            # O*NET files libraries and tools under its programming-language commodity
            # ("Apache JMeter", "Apple Cocoa", "Java Servlet API"): only a language Linguist
            # knows stays a language.
            category = "frameworks"
        entries.append((display, category, forms,
                        "onet-hot" if hot else "onet", None, True))

    def esco(path):
        with open(path, encoding="utf-8") as f:
            return list(csv.DictReader(f))

    # ESCO alternative labels that name another thing (esco-fixes.tsv: "Microcontrollers" is
    # filed under database development tools).
    wrong_alt = {tuple(l.split("\t")) for l in read_lines(os.path.join(SOURCES, "esco-fixes.tsv"))}
    for r in esco(os.path.join(taxonomy, "esco1.2.0_digitalSkillsCollection_en.csv")):
        category = "languages" if "computer programming" in r["broaderConceptPT"] else "digital-skills"
        labels = [clean_label(r["preferredLabel"])] + [clean_label(a) for a in r["altLabels"].split("|")
                                                       if (r["preferredLabel"], a.strip()) not in wrong_alt]
        # An alternative label that starts with an article is a phrase, not a name ("a computer"
        # for computer equipment would find "a computer related field").
        labels = labels[:1] + [l for l in labels[1:] if not re.match(r"(?i)^(a|an|the) ", l)]
        labels = [l for l in labels if l and len(l.split()) <= MAX_LABEL_WORDS]
        if labels:
            entries.append((labels[0], category, [("var", l, False) for l in labels[1:]], "esco-digital", None, True))

    entries.extend(formats)

    for r in esco(os.path.join(taxonomy, "esco1.2.0_transversalSkillsCollection_en.csv")):
        # Preferred labels only: the alternative ones are everyday phrases ("be responsible",
        # "take the lead") that would turn any posting sentence into a soft skill.
        label = clean_label(r["preferredLabel"])
        if 2 <= len(label.split()) <= MAX_LABEL_WORDS:
            entries.append((label, "soft-skills", [], "esco-transversal", None, True))

    spoken = sorted({r["broaderConceptPT"].split(" | ")[0].strip()
                     for r in esco(os.path.join(taxonomy, "esco1.2.0_languageSkillsCollection_en.csv"))})
    for language in spoken:
        if not language or len(language.split()) > 3:
            continue
        entries.append((language, "spoken-languages", [("var", language + " language", False)], "esco-language", None, True))

    # --- Key every form with the library's own analyzer.
    texts = set()
    for name, _, forms, _, _, _ in entries:
        texts.add(name)
        texts.update(t for _, t, _ in forms)
    texts = sorted(t for t in texts if "\n" not in t)
    out = subprocess.run([args.tool, "lexicon", "keys"], input="\n".join(texts) + "\n",
                         capture_output=True, text=True, check=True).stdout.split("\n")
    keys = dict(zip(texts, out))
    stopwords = set()
    for lang in ("en", "ru"):
        stopwords.update(read_lines(os.path.join(ROOT, "data", "lang", lang, "stopwords.txt")))

    lexicon = Lexicon(keys, vocabulary, generic | stopwords)
    for name, category, forms, source, skill_id, merge in entries:
        if source not in ("curated", "field"):
            k = keys.get(name, "")
            name_ambiguous = False
            # Generated single words need to be more than a dictionary word or a scrap.
            if " " not in k and (len(k) <= 2 or k in vocabulary):
                kind_of_software = source == "onet" and name in software_kinds
                if (source in TAXONOMY_NAMES and not kind_of_software and len(k) > 2
                        and k not in generic):
                    name_ambiguous = True  # keep, but only with evidence
                elif k not in lexicon.owner:
                    continue
            # Generated forms of three letters or fewer are scraps ("ags", "py") unless they are
            # acronyms; an acronym that is also an English word ("CALL", "DOE") needs evidence.
            forms = [(kind, t, amb or lexicon.is_plain_word(t))
                     for kind, t, amb in forms
                     if len(keys.get(t, "")) > 3 or kind == "acr" and len(keys.get(t, "")) >= 2]
            # A generated one-word form that is an ordinary word is dropped: only a curated form
            # or a generated *name* may be ambiguous. Lower-case aliases ("batch", "coffee",
            # "progress" from Linguist) have no usual casing to tell them from the word, and
            # acronyms of obscure products ("SIS", "ICE") are words too often.
            forms = [f for f in forms
                     if not (f[2] and " " not in keys.get(f[1], "")
                             and not (f[0] == "acr" and source == "onet-hot"))]
            if name_ambiguous:
                forms = [("var", name, True)] + forms
        lexicon.add(name, category, forms, source, skill_id, merge)

    with open(args.output, "w", encoding="utf-8") as f:
        f.write("# The bundled tailorcore lexicon. GENERATED by tools/lexicon/build_lexicon.py from\n")
        f.write("# data/lexicon/sources/ and ../shared/data (see data/PROVENANCE.md): edit the sources,\n")
        f.write("# not this file. Format: docs/lexicon-format.md.\n")
        for line in categories:
            f.write(line + "\n")
        for skill in lexicon.skills:
            forms = "|".join(format_form(*form) for form in skill["forms"])
            f.write(f"skill\t{skill['id']}\t{skill['name']}\t{skill['category']}\t{forms}\n")
    write_transliterations(args.transliterations, lexicon.skills, keys)
    total_forms = sum(1 + sum(1 for k, t, a in s["forms"] if keys.get(t) != keys.get(s["name"])) for s in lexicon.skills)
    print(f"{len(lexicon.skills)} skills, {total_forms} forms written to {os.path.relpath(args.output, ROOT)}")
    for source, n in lexicon.sources.most_common():
        print(f"  {source}: {n} skills")


if __name__ == "__main__":
    main()
