"""The Python module as a script author uses it (import tailorcore)."""
import json
import os
import threading

import pytest

import tailorcore


def test_version_is_the_library_version():
    assert tailorcore.__version__.count(".") == 2


def test_compare_reports_score_tiers_keywords(engine, examples):
    report = engine.compare(examples["resume-en"], examples["posting-en"])
    assert 0 < report.score <= 100
    assert report.literal_score <= report.score
    assert set(report.tiers) == {"required", "preferred", "mentioned"}
    ids = [k["id"] for k in report.keywords]
    assert "postgresql" in ids and "python" in ids
    assert set(report.missing) <= set(ids)
    assert all(s["message"] for s in report.suggestions)
    # Every point is traceable to a keyword.
    assert sum(k["points"] for k in report.keywords) == pytest.approx(report.score, abs=0.05)
    assert report.to_dict()["schema"] == "tailorcore.report/1"
    assert json.loads(report.to_json()) == report.to_dict()


def test_module_level_compare_uses_a_default_engine(examples):
    a = tailorcore.compare(examples["resume-ru"], examples["posting-ru"])
    assert a.to_json() == tailorcore.Engine().compare(examples["resume-ru"], examples["posting-ru"]).to_json()


def test_a_resume_is_analyzed_once_and_reused(engine, examples):
    resume = engine.analyze_resume(examples["resume-en"])
    once = engine.compare(resume, examples["posting-en"])
    again = engine.compare(examples["resume-en"], examples["posting-en"])
    assert once.to_json() == again.to_json()


def test_extract_gives_str_offsets_not_bytes(engine):
    text = "Опыт с Постгрес и k8s"
    found = engine.extract(text)
    assert [m["id"] for m in found] == ["postgresql", "kubernetes"]
    for m in found:
        assert text[m["start"]:m["end"]] == m["text"]
    assert found[0]["kind"] == "transliteration"


def test_wrong_types_raise_type_error(engine):
    for bad in (None, 42, ["a"]):
        with pytest.raises(TypeError):
            engine.compare(bad, "posting")
        with pytest.raises(TypeError):
            engine.extract(bad)
    with pytest.raises(TypeError):
        engine.extract(3.5)


def test_lone_surrogates_do_not_raise(engine):
    assert engine.extract("Python \ud800 Go, Kubernetes")[0]["id"] == "python"


def test_errors_raise_tailorcore_error_with_the_message(tmp_path):
    with pytest.raises(tailorcore.Error, match="no such file"):
        tailorcore.Engine(lexicon=str(tmp_path / "missing.tsv"))
    bad = tmp_path / "bad.tsv"
    bad.write_text("category\tc\tC\nskill\tx\tX\tnowhere\t\n", encoding="utf-8")
    with pytest.raises(tailorcore.Error, match=r"bad.tsv:2: unknown category 'nowhere'"):
        tailorcore.Engine(extra_lexicons=[str(bad)])
    with pytest.raises(tailorcore.Error, match="unknown weight"):
        tailorcore.Engine(weights={"no_such_weight": 1.0})
    with pytest.raises(TypeError, match="candidate_keywords"):
        tailorcore.Engine(weights={"candidate_keywords": 1})


def test_candidate_keywords_can_be_switched_off(examples):
    posting = "Requirements:\n- Python\n- FooBarDB and ZorkQL\n"
    resume = "Experience\n- Python services\n"
    with_terms = tailorcore.Engine().compare(resume, posting).to_dict()
    without = tailorcore.Engine(weights={"candidate_keywords": False}).compare(resume, posting).to_dict()
    assert any(k["id"].startswith("term:") for k in with_terms["keywords"])
    assert not any(k["id"].startswith("term:") for k in without["keywords"])
    assert issubclass(tailorcore.Error, ValueError)


def test_extra_lexicons_and_weights(tmp_path, examples):
    extra = tmp_path / "team.tsv"
    extra.write_text("category\tinternal\tInternal\nskill\tacme-bus\tAcme Bus\tinternal\tABus\n", encoding="utf-8")
    engine = tailorcore.Engine(extra_lexicons=[str(extra)], weights={"listed_credit": 1.0})
    assert engine.extract("We use ABus")[0]["id"] == "acme-bus"
    strict = tailorcore.compare(examples["resume-en"], examples["posting-en"]).score
    assert engine.compare(examples["resume-en"], examples["posting-en"]).score > strict


def test_threads_share_one_engine_and_agree(engine, examples):
    expected = engine.compare(examples["resume-en"], examples["posting-en"]).to_json()
    results = []

    def work():
        for _ in range(5):
            results.append(engine.compare(examples["resume-en"], examples["posting-en"]).to_json())

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 20 and all(r == expected for r in results)


def test_public_names_have_docstrings():
    for name in ("Engine", "Report", "Tailored", "compare", "extract", "tailor", "read_document"):
        assert getattr(tailorcore, name).__doc__
    for name in ("compare", "analyze_resume", "extract", "tailor"):
        assert getattr(tailorcore.Engine, name).__doc__


def test_rank_streams_a_generator_and_keeps_top_k(engine, examples):
    postings = ["Requirements: Java, Spring", "Requirements: Python, Django, Redis",
                "Requirements: Python, Kafka", "Requirements: Go, PostgreSQL"] * 700

    def feed():  # a generator, consumed in chunks
        for i, text in enumerate(postings):
            yield {"id": f"job-{i}", "title": "Backend Engineer", "text": text}

    resume = engine.analyze_resume(examples["resume-en"])
    all_results = engine.rank(resume, feed(), threads=2)
    assert [r.index for r in all_results] == list(range(len(postings)))
    assert all_results[5].id == "job-5"
    best = engine.rank(resume, feed(), top_k=3, threads=1)
    expected = sorted(all_results, key=lambda r: (-r.score, r.index))[:3]
    assert [(r.id, r.score) for r in best] == [(r.id, r.score) for r in expected]
    assert best[0].tiers["required"]["total"] >= 1
    assert engine.rank(examples["resume-en"], iter(["Requirements: Python"]), reports=True)[0].report["schema"] == "tailorcore.report/1"


def test_rank_rejects_what_is_not_a_posting(engine):
    with pytest.raises(TypeError):
        engine.rank("resume", [3.5])
    with pytest.raises(TypeError):
        engine.rank("resume", [{"id": 1}])
    with pytest.raises(ValueError):
        engine.rank("resume", [], top_k=-1)


def test_engine_options_of_the_wrong_type_raise_type_error():
    with pytest.raises(TypeError):
        tailorcore.Engine(lexicon=5)
    with pytest.raises(TypeError):
        tailorcore.Engine(lexicon=b"/tmp")
    with pytest.raises(TypeError):
        tailorcore.Engine(extra_lexicons="/tmp/one.tsv")
    with pytest.raises(TypeError):
        tailorcore.Engine(weights={"required_weight": "x"})
    with pytest.raises(TypeError):
        tailorcore.Engine(weights={"required_weight": True})
    with pytest.raises(OverflowError):
        tailorcore.Engine(weights={"required_weight": 10 ** 400})


def test_as_of_fixes_present_and_bad_dates_are_refused():
    import datetime
    resume = "Experience\nEngineer, Acme, Jan 2020 - present\n- Built Kafka pipelines\n"
    posting = "Requirements\n- 5+ years of experience with Kafka\n"
    for as_of in ("2023-01-31", datetime.date(2023, 1, 31)):
        report = tailorcore.Engine(as_of=as_of).compare(resume, posting).to_dict()
        (req,) = report["requirements"]
        assert req["skill"] == "kafka" and req["years_required"] == 5
        assert req["years_found"] == 3.1 and req["status"] == "not_met"
        assert req["evidence"][0]["to"] == "2023-01" and req["evidence"][0]["present"]
    later = tailorcore.Engine(as_of="2026-01-15").compare(resume, posting).to_dict()
    assert later["requirements"][0]["status"] == "met"
    with pytest.raises(tailorcore.Error):
        tailorcore.Engine(as_of="31.01.2023")
    with pytest.raises(TypeError):
        tailorcore.Engine(as_of=2023)


def test_requirements_cost_points_a_script_can_read():
    posting = ("Senior Data Engineer\n\nRequirements\n- 6+ years of experience with Python\n"
               "- Master's degree in Computer Science\n")
    resume = ("Experience\nJunior Data Engineer, Acme, Jan 2024 - present\n"
              "- Built Python pipelines\n\nEducation\nB.Sc. Physics, 2023\n")
    report = tailorcore.Engine(as_of="2026-12-01").compare(resume, posting)
    kinds = {r["kind"]: r for r in report.requirements}
    assert kinds["degree"]["required"] == "master" and kinds["degree"]["found"] == "bachelor"
    assert kinds["seniority"]["status"] == "not_met"
    taken = sum(r["points"] for r in report.requirements)
    assert taken < 0
    assert abs(report.score - (report.keyword_score + taken)) < 0.02


def test_advice_is_written_in_the_resume_language_unless_asked():
    resume = "Опыт работы\nРазработчик, ООО Ромашка, 2020 — н.в.\n— Участвовал в код-ревью\n"
    posting = "Требования\n- Python\n"
    own = tailorcore.Engine(as_of="2026-12-01").compare(resume, posting).suggestions
    assert any("Не найдено" in s["message"] for s in own)
    english = tailorcore.Engine(as_of="2026-12-01", advice_language="en").compare(resume, posting)
    assert any("Not found: email address" in s["message"] for s in english.suggestions)
    with pytest.raises(tailorcore.Error, match="known: en, ru"):
        tailorcore.Engine(advice_language="xx")


def test_report_json_matches_its_schema():
    import jsonschema
    schema_path = os.path.join(os.path.dirname(__file__), "..", "..", "schemas",
                               "report.schema.json")
    with open(schema_path, encoding="utf-8") as f:
        validator = jsonschema.Draft202012Validator(json.load(f))
    for resume, posting in ((EN_RESUME_FOR_SCHEMA, EN_POSTING_FOR_SCHEMA),
                            ("", ""), ("Опыт работы\nРазработчик, 2020 — н.в.\n", "Требования: Go")):
        report = tailorcore.Engine(as_of="2026-12-01").compare(resume, posting)
        errors = list(validator.iter_errors(json.loads(report.to_json())))
        assert not errors, errors[0].message
    # The schema is strict: a field it does not know is an error.
    bad = json.loads(report.to_json())
    bad["surprise"] = 1
    assert list(validator.iter_errors(bad))


EN_RESUME_FOR_SCHEMA = ("Experience\nJunior Developer, Acme, Jan 2024 - present\n- Built Python APIs\n"
                        "\nEducation\nB.Sc. Physics, 2023\n\nLanguages\nEnglish B1\n")
EN_POSTING_FOR_SCHEMA = ("Senior Data Engineer\n\nRequirements\n- 5+ years with Python\n"
                         "- Master's degree in Computer Science\n- English B2 or higher\n")


def test_tailor_gives_the_resume_its_diff_and_scores(engine, examples):
    resume = engine.analyze_resume(examples["resume-en"])
    t = engine.tailor(resume, examples["posting-en"])
    assert isinstance(t, tailorcore.Tailored)
    assert "PostgreSQL (Postgres)" in t.text
    assert t.diff.startswith("--- original\n+++ tailored\n")
    assert t.score_after >= t.score_before
    assert {"kind", "before", "after", "reason", "begin", "end", "skill"} == set(t.edits[0])
    assert "terraform" in t.gaps
    # The same from a str resume and from the module-level function.
    assert tailorcore.tailor(examples["resume-en"], examples["posting-en"]).to_json() == t.to_json()
    cut = engine.tailor(resume, examples["posting-en"], max_bullets=1)
    assert any(e["kind"] == "drop_bullet" for e in cut.edits)
    for bad in (-1, 1.5, "2", True):
        with pytest.raises(ValueError):
            engine.tailor(resume, examples["posting-en"], max_bullets=bad)
    with pytest.raises(TypeError):
        engine.tailor(resume, 42)


def test_tailor_json_matches_its_schema(engine, examples):
    import jsonschema
    schema_path = os.path.join(os.path.dirname(__file__), "..", "..", "schemas",
                               "tailor.schema.json")
    with open(schema_path, encoding="utf-8") as f:
        validator = jsonschema.Draft202012Validator(json.load(f))
    doc = engine.tailor(examples["resume-ru"], examples["posting-ru"], max_bullets=1).to_dict()
    validator.validate(doc)
    doc["invented"] = True  # the schema is strict
    assert not validator.is_valid(doc)


def test_documents_as_bytes_or_paths(engine, examples, tmp_path):
    """A resume or posting as bytes or a path is read as a document: HTML, a legacy encoding,
    UTF-16 give the report the text gives."""
    text = engine.compare(examples["resume-ru"], examples["posting-en"])
    cp1251 = tmp_path / "resume.txt"
    cp1251.write_bytes(examples["resume-ru"].encode("cp1251"))
    assert engine.compare(cp1251, examples["posting-en"]).to_json() == text.to_json()
    utf16 = examples["resume-ru"].encode("utf-16")
    assert engine.compare(utf16, examples["posting-en"]).score == text.score
    html = "<html><body><h1>Backend</h1><ul><li>Python &amp; Kafka</li></ul></body></html>"
    assert engine.compare(examples["resume-ru"], html.encode()).keywords[0]["term"] in ("Python", "Kafka")
    doc = tailorcore.read_document(cp1251)
    assert doc["encoding"] == "windows-1251" and "windows-1251" in doc["notes"][0]
    assert doc["text"] == examples["resume-ru"]
    assert tailorcore.read_document(html.encode())["blocks"][1]["kind"] == "list_item"
    with pytest.raises(tailorcore.Error, match="binary data"):
        tailorcore.read_document(b"\x00\x01\x02")
    with pytest.raises(tailorcore.Error, match="unknown encoding"):
        tailorcore.read_document(b"text", encoding="klingon")
    with pytest.raises(tailorcore.Error, match="unknown format"):
        tailorcore.read_document(b"text", format="rtf")
    with pytest.raises(TypeError):
        tailorcore.read_document(42)
    # extract and rank take documents too: offsets index the extracted text.
    found = engine.extract(html.encode())
    extracted = tailorcore.read_document(html.encode())["text"]
    assert [extracted[m["start"]:m["end"]] for m in found] == ["Python", "Kafka"]
    ranked = engine.rank(examples["resume-en"], [html.encode(), cp1251], top_k=None)
    assert [r.id for r in ranked] == [0, 1] and ranked[0].score > 0


def test_document_headings_name_sections(engine, tmp_path):
    """An HTML resume's own headings ("Where I have worked", "Мой стек") name its sections, as
    in the command-line tool: its bullets are experience, not summary."""
    page = ("<h1>Jane</h1><h2>Summary</h2><p>Engineer.</p><h2>Where I have worked</h2>"
            "<ul><li>Ran Kafka for 30 teams</li></ul><h2>Мой стек</h2><p>Terraform</p>"
            "<h2>Education</h2><p>BSc</p>")
    path = tmp_path / "resume.html"
    path.write_text(page, encoding="utf-8")
    posting = "Requirements\n- Kafka\n- Terraform\n"
    for source in (path, page.encode()):
        report = engine.compare(source, posting)
        sections = {k["id"]: k["evidence"][0]["section"] for k in report.keywords if k["evidence"]}
        assert sections == {"kafka": "experience", "terraform": "skills"}
        assert engine.rank(source, [posting])[0].score == report.score
    as_text = engine.compare(tailorcore.read_document(path)["text"], posting)
    assert as_text.keywords[0]["evidence"][0]["section"] == "summary"


def _postings(count):
    """Dict postings with ids, titles and fields; skills drawn in a fixed pseudo-random order."""
    skills = ["Python", "Django", "Kafka", "RabbitMQ", "PostgreSQL", "Redis", "Go", "Docker",
              "Kubernetes", "Terraform", "Java", "Spring", "React", "TypeScript", "AWS"]
    out = []
    for i in range(count):
        picked = [skills[(i * 7 + j * 3) % len(skills)] for j in range(1 + i % 4)]
        text = "Requirements\n" + "".join(f"- Experience with {s}\n" for s in picked)
        if i % 3 == 0:
            text += f"- {skills[i % len(skills)]} or {skills[(i + 5) % len(skills)]}\n"
        text += f"Nice to have: {skills[(i + 2) % len(skills)]}\n"
        out.append({"id": f"job-{i}", "title": "Backend Engineer" if i % 2 else "", "text": text,
                    "city": ["Berlin", "Remote", "Москва"][i % 3], "remote": i % 2 == 0})
    return out


def test_index_ranks_as_the_postings(engine, examples, tmp_path):
    postings = _postings(240)
    index = tailorcore.Index.build(tmp_path / "jobs.idx", postings, engine=engine,
                                   fields=["city", "remote"])
    assert len(index) == 240 and index.info["segments"] == 1
    resume = engine.analyze_resume(examples["resume-en"])

    def lines(results):
        return [(r.index, r.id, r.score, r.literal_score, r.missing, r.tiers) for r in results]

    for top_k in (None, 1, 5, 300):
        assert lines(engine.rank(resume, index, top_k=top_k)) == \
            lines(engine.rank(resume, postings, top_k=top_k))
    best = engine.rank(resume, index, top_k=3, reports=True)[0]
    assert best.report["schema"] == "tailorcore.report/1" and best.fields["city"] in ("Berlin", "Remote", "Москва")
    assert best.title == postings[best.index]["title"]
    # where: the postings whose kept fields match, as ranking the filtered list.
    kept = [p for p in postings if p["city"] in ("Москва", "Remote") and p["remote"]]
    got = engine.rank(resume, index, top_k=None, where={"city": ["Москва", "Remote"], "remote": True})
    want = engine.rank(resume, kept)
    assert [(r.id, r.score) for r in got] == [(r.id, r.score) for r in want] and len(got) == len(kept)
    with pytest.raises(TypeError):
        engine.rank(resume, postings, where={"city": "Berlin"})
    # add, remove, compact: still the same as ranking the same postings.
    more = _postings(300)[240:]
    index.add(more, fields=["city"])
    assert len(index) == 300 and index.info["segments"] == 2
    assert index.remove(["job-3", "job-250", "no-such-id"]) == 2
    index.compact()
    left = [p for p in _postings(300) if p["id"] not in ("job-3", "job-250")]
    assert [(r.id, r.score) for r in engine.rank(resume, index, top_k=10)] == \
        [(r.id, r.score) for r in engine.rank(resume, left, top_k=10)]
    index.verify()
    reopened = tailorcore.Index.open(str(tmp_path / "jobs.idx"), engine=engine)
    assert len(reopened) == 298 and "postings=298" in repr(reopened)


def test_index_refuses_another_engine_and_bad_postings(engine, tmp_path):
    path = tmp_path / "jobs.idx"
    index = tailorcore.Index.build(path, ["Requirements: Python, Kafka", "Requirements: Go"],
                                   engine=engine)
    other = tailorcore.Engine(weights={"required_weight": 4.0})
    with pytest.raises(tailorcore.Error, match="rebuild"):
        tailorcore.Index.open(path, engine=other)
    with pytest.raises(tailorcore.Error, match="rebuild"):
        other.rank("Python developer", index, top_k=1)
    with pytest.raises(TypeError):
        tailorcore.Index.build(tmp_path / "bad.idx", ["fine", 42], engine=engine)
    assert not (tmp_path / "bad.idx").exists()
    with pytest.raises(TypeError):
        tailorcore.Index.build(tmp_path / "bad.idx", [{"id": "x"}], engine=engine)
    with pytest.raises(tailorcore.Error, match="no posting"):
        tailorcore.Index.build(tmp_path / "empty.idx", [], engine=engine)
    with pytest.raises(tailorcore.Error, match="not a tailorcore index"):
        tailorcore.Index.open(tmp_path, engine=engine)
    with pytest.raises(TypeError):
        index.remove("job-1")
