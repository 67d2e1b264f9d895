"""The tailoring guarantee (docs/tailoring.md), checked from outside the library.

For every resume/posting pair of the test sets (the bundled examples, the regression oracle's
real pairs when ../shared/data is there) and for generated pairs, the tailored resume:
  - names no skill the original does not (the lexicon's own extraction of both texts);
  - has no number the original does not (dates, years, figures);
  - has no word outside the original, the posting and the summary sentence's template;
  - keeps every role header line (employer, title, dates) as written;
  - keeps every original bullet, with only the exact-form renames inside it, unless a
    drop_bullet edit names it;
  - makes only the documented kinds of edit, and scores no lower than the original.
"""
import os
import pathlib
import random
import re
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
KINDS = {"exact_form", "skills_order", "add_skill", "bullet_order", "drop_bullet", "summary"}
WORD = re.compile(r"\w+", re.UNICODE)
NUMBER = re.compile(r"(?<!\w)\d+(?!\w)")  # numbers standing alone, not the 8 of "k8s"
BULLET = re.compile(r"^\s*(?:[•▪◦●■➢✓*\-–—]|\d+[.)])\s+\S")
YEAR = re.compile(r"\b(?:19|20)\d\d\b|present|настоящее время", re.I)


def template_words():
    words = set()
    for lang in ("en", "ru"):
        for line in (ROOT / "data" / "lang" / lang / "messages.tsv").read_text("utf-8").splitlines():
            key, _, text = line.partition("\t")
            if key in ("tailor-summary", "and"):
                words |= {w.lower() for w in WORD.findall(re.sub(r"\{\w+\}", " ", text))}
    return words


TEMPLATE = template_words()


def words(text):
    return {w.lower().replace("ё", "е") for w in WORD.findall(text)}


def skill_ids(engine, text):
    return {m["id"] for m in engine.extract(text)}


def expected_line(original, begin, end, edits):
    """The original bytes [begin, end) with the exact-form edits inside applied."""
    raw = original.encode("utf-8")
    out, at = b"", begin
    for e in sorted((e for e in edits if e["kind"] == "exact_form"), key=lambda e: e["begin"]):
        if e["begin"] >= begin and e["end"] <= end:
            out += raw[at:e["begin"]] + e["after"].encode("utf-8")
            at = e["end"]
    return (out + raw[at:end]).decode("utf-8")


def lines_with_offsets(text):
    raw, at = text.encode("utf-8"), 0
    for line in raw.split(b"\n"):
        yield at, at + len(line), line.decode("utf-8")
        at += len(line) + 1


def check(engine, resume, posting, max_bullets=0, expect_all_steps=True):
    t = engine.tailor(resume, posting, max_bullets=max_bullets)
    tailored = t.text
    assert {e["kind"] for e in t.edits} <= KINDS
    assert t.score_after >= t.score_before - 1e-9
    new_skills = skill_ids(engine, tailored) - skill_ids(engine, resume)
    assert not new_skills, f"new skills {new_skills}"
    new_numbers = set(NUMBER.findall(tailored)) - set(NUMBER.findall(resume))
    assert not new_numbers, f"new numbers {new_numbers}"
    new_words = words(tailored) - words(resume) - words(posting) - TEMPLATE
    assert not new_words, f"new words {new_words}"
    tailored_lines = set(tailored.split("\n"))
    dropped = {e["before"] for e in t.edits if e["kind"] == "drop_bullet"}
    for begin, end, line in lines_with_offsets(resume):
        if YEAR.search(line) and not BULLET.match(line):
            assert line in tailored_lines, f"role header changed: {line!r}"
        if BULLET.match(line) and line not in dropped:
            want = expected_line(resume, begin, end, t.edits)
            assert want in tailored_lines or want in tailored, f"bullet lost: {want!r}"
    if max_bullets == 0:
        assert not dropped
    if expect_all_steps:
        assert t.withheld == []
    return t


def test_examples_keep_the_guarantee(engine, examples):
    for resume in ("resume-en", "resume-ru"):
        for posting in ("posting-en", "posting-ru"):
            check(engine, examples[resume], examples[posting])
            check(engine, examples[resume], examples[posting], max_bullets=1)


def test_examples_are_tailored(engine, examples):
    en = check(engine, examples["resume-en"], examples["posting-en"])
    kinds = {e["kind"] for e in en.edits}
    assert {"exact_form", "skills_order", "add_skill", "summary"} <= kinds
    assert "PostgreSQL (Postgres)" in en.text and "Kubernetes (k8s)" in en.text
    ru = check(engine, examples["resume-ru"], examples["posting-ru"])
    assert "Docker (Докер)" in ru.text and "Практический опыт:" in ru.text
    assert ru.literal_after > ru.literal_before
    assert ru.diff.startswith("--- original\n+++ tailored\n")


def real_pairs(tmp):
    sys.path.insert(0, str(ROOT / "tools" / "regression"))
    import oracle  # noqa: E402  (the oracle's fixed choice of real pairs)

    if not os.path.isdir(oracle.SHARED):
        pytest.skip("../shared/data is absent")
    return oracle.real_pairs(oracle.Runner(None, str(tmp)))


def test_real_pairs_keep_the_guarantee(engine, tmp_path):
    tailored = 0
    for name, resume_path, posting_path in real_pairs(tmp_path):
        resume = pathlib.Path(resume_path).read_text("utf-8")
        posting = pathlib.Path(posting_path).read_text("utf-8")
        try:
            t = check(engine, resume, posting)
            check(engine, resume, posting, max_bullets=2)
        except AssertionError as error:
            raise AssertionError(f"{name}: {error}") from None
        tailored += bool(t.edits)
    assert tailored > 0  # the pairs were tailored, not only passed through


FORMS = ["Postgres", "PostgreSQL", "k8s", "Kubernetes", "JS", "JavaScript", "Golang", "Go",
         "Python", "Питон", "Кубернетес", "Докер", "Docker", "CI/CD", "continuous integration",
         "React.js", "React", "Node.js", "AWS", "Amazon Web Services", "ML", "machine learning",
         "Terraform", "Kafka", "Кафка", "Redis", "Редис", "TypeScript", "TS", "GCP", "Linux",
         "Spring Boot", "Java", "C#", ".NET", "SQL", "MySQL", "Jenkins", "Git", "Ansible"]
VERBS = ["Built", "Designed", "Led", "Migrated", "Automated", "Разработал", "Внедрил", "Cut"]


def generated_pair(rng):
    skills = rng.sample(FORMS, rng.randint(3, 12))
    shape = rng.choice(["comma", "lines", "labels"])
    if shape == "comma":
        skills_text = ", ".join(skills)
    elif shape == "lines":
        skills_text = "\n".join(f"- {s}" for s in skills)
    else:
        half = len(skills) // 2
        skills_text = f"Languages: {', '.join(skills[:half])}\nTools: {', '.join(skills[half:])}"
    roles = []
    for r in range(rng.randint(1, 3)):
        start = rng.randint(2005, 2022)
        header = f"Engineer, Company{r} Ltd, {start} - {rng.choice([str(start + 2), 'present'])}"
        bullets = [f"• {rng.choice(VERBS)} {rng.choice(FORMS)} services with {rng.choice(FORMS)} "
                   f"for {rng.randint(2, 900)} users" for _ in range(rng.randint(1, 5))]
        roles.append("\n".join([header, *bullets]))
    summary = f"Summary\nEngineer with {rng.randint(2, 15)} years of work with {rng.choice(FORMS)}.\n\n"
    resume = (f"Alex Roe\nEngineer\n\n{summary if rng.random() < 0.7 else ''}Skills\n{skills_text}"
              f"\n\nExperience\n" + "\n\n".join(roles) + "\n\nEducation\nB.Sc., 2010\n")
    asked = rng.sample(FORMS, rng.randint(3, 8))
    posting = ("Backend Engineer\n\nRequirements:\n" + "\n".join(f"- {a}" for a in asked[:5]) +
               "\n\nNice to have:\n" + "\n".join(f"- {a}" for a in asked[5:]) + "\n")
    return resume, posting


@pytest.mark.parametrize("seed", range(40))
def test_generated_pairs_keep_the_guarantee(engine, seed):
    rng = random.Random(seed)
    resume, posting = generated_pair(rng)
    check(engine, resume, posting, max_bullets=rng.choice([0, 0, 1, 2]), expect_all_steps=False)
