#!/usr/bin/env python3
"""What a user sees when they give tailorcore a PDF, DOCX, HTML or legacy-encoded file.

Usage: check_documents.py CLI DOCUMENTS_DIR EXAMPLES_DIR

DOCUMENTS_DIR holds what tests/documents/make_documents.py makes. Checks:
  - the same resume as TXT, PDF (one column, two columns, a skills table), DOCX, HTML, UTF-16,
    Windows-1251 and KOI8-R gives the same skills (`tailorcore extract`) and, against the example
    posting, the same score and missing keywords (`compare --json`);
  - the layout facts (`read --json`): columns, a table, a text box, a page header; and what a
    naive ATS reading loses or misplaces, as layout advice in the report;
  - the HTML posting: scripts, styles and hidden elements dropped, entities decoded, nested
    lists kept as list items;
  - legacy encodings are named in a note on stderr;
  - a scanned PDF, an encrypted PDF, a truncated PDF, a damaged DOCX and a zip bomb are refused
    with exit 1 and a message that says what to do.
Exits 1 naming each failure.
"""
import json
import os
import re
import subprocess
import sys
import tempfile
import zipfile

failures = []


def check(what, ok):
    if not ok:
        failures.append(what)
        print(f"FAIL: {what}")


def run(cli, *args):
    return subprocess.run([cli, *args], capture_output=True, text=True)


def skills(cli, path):
    out = run(cli, "extract", path)
    return {line.split()[1] for line in out.stdout.splitlines()[2:] if line.strip()}


def report(cli, resume, posting):
    out = run(cli, "compare", "--json", "--as-of", "2026-12-01", resume, posting)
    doc = json.loads(out.stdout)
    return round(doc["score"], 1), doc["missing"]


def main():
    cli, docs, examples = sys.argv[1:4]
    at = lambda name: os.path.join(docs, name)
    posting = os.path.join(examples, "posting-en.txt")
    for lang, forms in (("en", ["resume-en.pdf", "resume-en-2col.pdf", "resume-en-table.pdf",
                                "resume-en.docx", "resume-en.html", "resume-en-utf16.txt"]),
                        ("ru", ["resume-ru.pdf", "resume-ru-2col.pdf", "resume-ru.docx",
                                "resume-ru-cp1251.txt", "resume-ru-koi8r.txt"])):
        text = os.path.join(examples, f"resume-{lang}.txt")
        want_skills, want_report = skills(cli, text), report(cli, text, posting)
        check(f"resume-{lang}.txt has skills", len(want_skills) > 10)
        for name in forms:
            got = skills(cli, at(name))
            check(f"{name}: the skills of the text ({sorted(got ^ want_skills)} differ)", got == want_skills)
            check(f"{name}: the score and missing keywords of the text", report(cli, at(name), posting) == want_report)

    # The text report says where in the document a keyword is shown.
    shown = run(cli, "compare", at("resume-en-2col.pdf"), posting).stdout
    check("two-column PDF: the text report names page and column",
          re.search(r"Kubernetes .* in experience \(page 1, column 2\)", shown) is not None)
    shown = run(cli, "compare", at("resume-ru.docx"), os.path.join(examples, "posting-ru.txt")).stdout
    check("DOCX: the text report names the paragraph",
          re.search(r"PostgreSQL .* in experience \(paragraph \d+\)", shown) is not None)

    layout = lambda name: json.loads(run(cli, "read", "--json", at(name)).stdout)
    one, two = layout("resume-en.pdf"), layout("resume-en-2col.pdf")
    check("one-column PDF: 1 column, 1 page", one["layout"]["max_columns"] == 1 and one["layout"]["pages"] == 1)
    check("two-column PDF: 2 columns", two["layout"]["max_columns"] == 2)
    text = two["text"]
    check("two-column PDF: the left column read before the right",
          text.index("Jenkins\n") < text.index("Summary") < text.index("Senior Software Engineer"))
    check("two-column PDF: blocks carry page and column",
          {(b["page"], b["column"]) for b in two["blocks"]} >= {(1, 0), (1, 1)})
    table = layout("resume-en-table.pdf")
    check("PDF skills table: rows with cells", any(b["kind"] == "table_row" and "Python | Django | Flask" in b["text"] for b in table["blocks"]))
    docx = layout("resume-en.docx")
    check("DOCX: a table, a text box, a page header", docx["layout"]["tables"] == 1 and docx["layout"]["text_boxes"] == 1 and docx["layout"]["header_footer"] >= 1)
    check("DOCX: the text box read once, not twice", docx["text"].count("German (native)") == 1)
    check("DOCX: headings from styles and list items from numbering",
          any(b["kind"] == "heading" and b["text"] == "Experience" for b in docx["blocks"]) and
          any(b["kind"] == "list_item" and b["text"].startswith("• Built an event-driven") for b in docx["blocks"]))

    def layout_advice(name):
        out = run(cli, "compare", "--json", at(name) if name != "txt" else os.path.join(examples, "resume-en.txt"), posting)
        return [x["message"] for x in json.loads(out.stdout)["suggestions"] if x["kind"] == "layout"]
    two_col = layout_advice("resume-en-2col.pdf")
    check("two-column PDF: what a parser reading rows across the columns misplaces",
          any("“Celery” in your skills section, not experience" in m for m in two_col))
    check("DOCX: skills only in a text box are named",
          any("“English” is only in a text box" in m for m in layout_advice("resume-en.docx")))
    check("one-column PDF and text: no layout advice",
          layout_advice("resume-en.pdf") == [] and layout_advice("txt") == [])
    ru_two = run(cli, "compare", at("resume-ru-2col.pdf"), posting).stdout
    check("Russian two-column PDF: layout advice in Russian", "Простой парсер" in ru_two)

    # Evidence carries where it is in the document, and the report still matches its schema.
    import jsonschema
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "schemas",
                           "report.schema.json"), encoding="utf-8") as f:
        schema = json.load(f)
    def evidence(name):
        doc = json.loads(run(cli, "compare", "--json", name, posting).stdout)
        jsonschema.validate(doc, schema)
        return [e for k in doc["keywords"] for e in k["evidence"]]
    pdf_ev = evidence(at("resume-en-2col.pdf"))
    check("PDF evidence: page and column (Kubernetes in the right column's experience)",
          any(e["text"] == "Kubernetes" and e.get("page") == 1 and e.get("column") == 2 for e in pdf_ev) and
          any(e["text"] == "k8s" and e.get("column") == 1 for e in pdf_ev))
    check("DOCX evidence: the paragraph", all(e.get("paragraph", 0) > 0 for e in evidence(at("resume-en.docx"))))
    check("text evidence: no page or paragraph",
          all("page" not in e and "paragraph" not in e for e in evidence(os.path.join(examples, "resume-en.txt"))))

    html = layout("posting-en.html")
    check("HTML: script, style and hidden text dropped",
          all(word not in html["text"] for word in ("Haskell", "COBOL", "Fortran", "navy", "Enable JavaScript")))
    check("HTML: entities decoded", "Python 3 & FastAPI" in html["text"] and "&amp;" not in html["text"])
    check("HTML: a nested list item is a list item one level down",
          any(b["kind"] == "list_item" and b["level"] == 1 and "FastAPI" in b["text"] for b in html["blocks"]))
    check("HTML: bold paragraphs are headings", any(b["kind"] == "heading" and b["text"].startswith("Requirements") for b in html["blocks"]))
    check("PDF resume against an HTML posting: a score", run(cli, "compare", at("resume-en.pdf"), at("posting-en.html")).returncode == 0)

    for name, encoding in (("resume-ru-cp1251.txt", "windows-1251"), ("resume-ru-koi8r.txt", "KOI8-R"),
                           ("resume-en-utf16.txt", "UTF-16LE")):
        err = run(cli, "extract", at(name)).stderr
        check(f"{name}: a note names {encoding}", f"read as {encoding}" in err)
    forced = run(cli, "read", "--encoding", "koi8-r", at("resume-ru-koi8r.txt"))
    check("--encoding names the encoding", forced.returncode == 0 and "Иван Петров" in forced.stdout)
    bad = run(cli, "read", "--encoding", "no-such-encoding", at("resume-ru-koi8r.txt"))
    check("an unknown --encoding is refused", bad.returncode == 1 and "unknown encoding" in bad.stderr)

    work = tempfile.mkdtemp()
    with open(at("resume-en.pdf"), "rb") as f:
        pdf = f.read()
    truncated = os.path.join(work, "truncated.pdf")
    with open(truncated, "wb") as f:
        f.write(pdf[: len(pdf) // 3])
    damaged = os.path.join(work, "damaged.docx")
    with open(at("resume-en.docx"), "rb") as f:
        data = f.read()
    with zipfile.ZipFile(at("resume-en.docx")) as z:  # zeros over document.xml's deflated bytes
        info = z.getinfo("word/document.xml")
        start = info.header_offset + 30 + len(info.filename) + len(info.extra) + 10
    with open(damaged, "wb") as f:
        f.write(data[:start] + b"\0" * 64 + data[start + 64:])
    bomb = os.path.join(work, "bomb.docx")
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", "<w:document><w:body>" + " " * (80 << 20) + "</w:body></w:document>")
    not_docx = os.path.join(work, "archive.docx")
    with zipfile.ZipFile(not_docx, "w") as z:
        z.writestr("hello.txt", "Python")
    deep = os.path.join(work, "deep.docx")
    with zipfile.ZipFile(deep, "w", zipfile.ZIP_STORED) as z:  # stored: no zip-bomb ratio
        z.writestr("word/document.xml", '<w:document xmlns:w="w"><w:body>' +
                   "<w:sdt><w:sdtContent>" * 20000 + "<w:p><w:r><w:t>Kubernetes</w:t></w:r></w:p>" +
                   "</w:sdtContent></w:sdt>" * 20000 + "</w:body></w:document>")
    out = run(cli, "extract", deep)
    check("DOCX nested 20,000 deep: read, no crash", out.returncode == 0 and "Kubernetes" in out.stdout)
    laughs = os.path.join(work, "laughs.docx")
    with zipfile.ZipFile(laughs, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">'
                   '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
                   '<w:document xmlns:w="w"><w:body><w:p><w:r><w:t>&c; Go</w:t></w:r></w:p></w:body></w:document>')
    out = run(cli, "read", laughs)
    check("DOCX with XML entities: entities not expanded, no hang", out.returncode == 0 and "aaaaaaaaaa" not in out.stdout)
    for path, words in ((at("scanned.pdf"), "no text layer"), (at("encrypted.pdf"), "encrypted"),
                        (truncated, "PDF"), (damaged, "DOCX"), (bomb, "zip bomb"),
                        (not_docx, "word/document.xml")):
        out = run(cli, "compare", path, posting)
        check(f"{os.path.basename(path)}: refused with exit 1 and a message ({out.stderr.strip()})",
              out.returncode == 1 and words in out.stderr and out.stdout == "")
    print(f"{len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
