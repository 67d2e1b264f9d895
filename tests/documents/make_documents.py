#!/usr/bin/env python3
"""Makes the document fixtures and bundled examples from the example texts: no binary blobs.

Usage: make_documents.py EXAMPLES_DIR OUT_DIR

From examples/resume-en.txt, resume-ru.txt and posting-en.txt it writes, into OUT_DIR:
  resume-en.pdf            one column (reportlab, DejaVu Sans embedded)
  resume-en-2col.pdf       two columns: skills, education, languages left; summary, experience right
  resume-en-table.pdf      the skills as a three-column table
  resume-ru.pdf            Russian, one column
  resume-ru-2col.pdf       Russian, two columns
  scanned.pdf              a page with shapes and no text layer (what a scan gives)
  encrypted.pdf            password-protected
  resume-en.docx           headings from styles, bullets from numbering, the skills in a table,
                           the languages in a text box (w:txbxContent, with its VML fallback), the
                           contact line in the page header
  resume-ru.docx           the same in Russian
  resume-en.html           the resume as HTML
  posting-en.html          the posting with nested lists, a script, a style, a hidden element and
                           entities
  resume-ru-cp1251.txt, resume-ru-koi8r.txt   the Russian resume in legacy encodings
  resume-en-utf16.txt      the English resume in UTF-16LE with a byte order mark
Needs python3-reportlab and fonts-dejavu-core (Debian).
"""
import html
import os
import sys
import zipfile

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONTS = "/usr/share/fonts/truetype/dejavu"
pdfmetrics.registerFont(TTFont("DejaVu", os.path.join(FONTS, "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DejaVu-Bold", os.path.join(FONTS, "DejaVuSans-Bold.ttf")))

HEADINGS = {"Summary", "Skills", "Experience", "Education", "Languages", "О себе",
            "Ключевые навыки", "Опыт работы", "Образование", "Языки"}
LEFT = {"Skills", "Education", "Languages", "Ключевые навыки", "Образование", "Языки"}


def sections(text):
    """(name lines, [(heading, [lines])]) of an example resume."""
    lines = text.rstrip("\n").split("\n")
    head, parts = [], []
    for line in lines:
        if line.strip() in HEADINGS:
            parts.append((line.strip(), []))
        elif parts:
            parts[-1][1].append(line)
        else:
            head.append(line)
    return [l for l in head if l.strip()], parts


class Pdf:
    def __init__(self, path, **kw):
        self.c = canvas.Canvas(path, pagesize=A4, **kw)
        self.width, self.height = A4

    def text(self, x, y, s, size=10, bold=False):
        self.c.setFont("DejaVu-Bold" if bold else "DejaVu", size)
        self.c.drawString(x, y, s)

    def block(self, x, y, width, heading, lines):
        """Draws a section in a column; returns the y below it."""
        self.text(x, y, heading, 13, bold=True)
        y -= 18
        for line in lines:
            if not line.strip():
                y -= 6
                continue
            for part in simpleSplit(line, "DejaVu", 10, width):
                if y < 50:
                    self.c.showPage()
                    y = self.height - 50
                self.text(x, y, part)
                y -= 13
        return y - 8

    def save(self):
        self.c.save()


def pdf_one_column(path, text):
    head, parts = sections(text)
    pdf = Pdf(path)
    y = pdf.height - 50
    pdf.text(50, y, head[0], 18, bold=True)
    for line in head[1:]:
        y -= 16
        pdf.text(50, y, line)
    y -= 28
    for heading, lines in parts:
        y = pdf.block(50, y, pdf.width - 100, heading, lines)
    pdf.save()


def pdf_two_columns(path, text):
    head, parts = sections(text)
    pdf = Pdf(path)
    top = pdf.height - 50
    pdf.text(50, top, head[0], 18, bold=True)
    for i, line in enumerate(head[1:]):
        pdf.text(50, top - 16 * (i + 1), line)
    y_left = y_right = top - 16 * len(head) - 24
    for heading, lines in parts:
        if heading in LEFT:
            # Comma lists wrap in the narrow column, one item a line.
            items = [i.strip() for l in lines for i in l.split(",")] if heading in (
                "Skills", "Ключевые навыки") else lines
            y_left = pdf.block(50, y_left, 150, heading, items)
        else:
            y_right = pdf.block(230, y_right, pdf.width - 280, heading, lines)
    pdf.save()


def pdf_skills_table(path, text):
    head, parts = sections(text)
    pdf = Pdf(path)
    y = pdf.height - 50
    pdf.text(50, y, head[0], 18, bold=True)
    y -= 40
    for heading, lines in parts:
        if heading != "Skills":
            y = pdf.block(50, y, pdf.width - 100, heading, lines)
            continue
        pdf.text(50, y, heading, 13, bold=True)
        y -= 18
        skills = [s.strip() for s in " ".join(lines).split(",") if s.strip()]
        for row in range(0, len(skills), 3):
            for col, skill in enumerate(skills[row:row + 3]):
                pdf.text(50 + 170 * col, y, skill)
            y -= 14
        y -= 8
    pdf.save()


def pdf_scanned(path):
    pdf = Pdf(path)
    for i in range(30):  # grey bars where a scan would have lines of text
        pdf.c.setFillGray(0.3)
        pdf.c.rect(50, pdf.height - 60 - 18 * i, 300 + (i * 37) % 180, 9, stroke=0, fill=1)
    pdf.save()


def pdf_encrypted(path, text):
    head, parts = sections(text)
    pdf = Pdf(path, encrypt="secret")
    pdf.text(50, pdf.height - 50, head[0], 18, bold=True)
    pdf.save()


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
NAMESPACES = (W + ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
              ' xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"'
              ' xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
              ' xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
              ' xmlns:v="urn:schemas-microsoft-com:vml"'
              ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')


def run(text):
    return f'<w:r><w:t xml:space="preserve">{html.escape(text, quote=False)}</w:t></w:r>'


def paragraph(text, style=None, bullet=False):
    props = ""
    if style:
        props += f'<w:pStyle w:val="{style}"/>'
    if bullet:
        props += '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
    return f"<w:p><w:pPr>{props}</w:pPr>{run(text)}</w:p>"


def text_box(paragraphs):
    content = "<w:txbxContent>" + "".join(paragraphs) + "</w:txbxContent>"
    return ("<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor>"
            "<a:graphic><a:graphicData><wps:wsp><wps:txbx>" + content +
            "</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>"
            "</mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>" + content +
            "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>")


def docx(path, text):
    head, parts = sections(text)
    body = [paragraph(head[0], "Title")]
    for heading, lines in parts:
        body.append(paragraph(heading, "Heading1"))
        if heading in ("Skills", "Ключевые навыки"):
            skills = [s.strip() for s in " ".join(lines).split(",") if s.strip()]
            rows = ["<w:tr>" + "".join(f"<w:tc>{paragraph(s)}</w:tc>" for s in skills[i:i + 3]) +
                    "</w:tr>" for i in range(0, len(skills), 3)]
            body.append("<w:tbl>" + "".join(rows) + "</w:tbl>")
        elif heading in ("Languages", "Языки"):
            body.append(text_box([paragraph(l) for l in lines if l.strip()]))
        else:
            for line in lines:
                if line.strip():
                    bullet = line.lstrip().startswith(("•", "—"))
                    body.append(paragraph(line.lstrip("•— ").strip() if bullet else line, bullet=bullet))
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {NAMESPACES}>'
                f'<w:body>{"".join(body)}<w:sectPr/></w:body></w:document>')
    header = (f'<?xml version="1.0" encoding="UTF-8"?><w:hdr {NAMESPACES}>'
              + "".join(paragraph(l) for l in head[1:]) + "</w:hdr>")
    styles = (f'<?xml version="1.0" encoding="UTF-8"?><w:styles {W}>'
              '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>'
              '<w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style></w:styles>')
    numbering = (f'<?xml version="1.0" encoding="UTF-8"?><w:numbering {W}><w:abstractNum '
                 'w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText '
                 'w:val="•"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId '
                 'w:val="0"/></w:num></w:numbering>')
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.'
                   'openxmlformats.org/package/2006/content-types"><Default Extension="rels" '
                   'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/><Override '
                   'PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
                   'officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr("_rels/.rels", f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns='
                   '"http://schemas.openxmlformats.org/package/2006/relationships"><Relationship '
                   f'Id="rId1" Type="{rel}/officeDocument" Target="word/document.xml"/>'
                   '</Relationships>')
        z.writestr("word/_rels/document.xml.rels", '<?xml version="1.0" encoding="UTF-8"?>'
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                   f'relationships"><Relationship Id="rId1" Type="{rel}/header" '
                   f'Target="header1.xml"/><Relationship Id="rId2" Type="{rel}/styles" '
                   f'Target="styles.xml"/><Relationship Id="rId3" Type="{rel}/numbering" '
                   'Target="numbering.xml"/></Relationships>')
        z.writestr("word/document.xml", document)
        z.writestr("word/header1.xml", header)
        z.writestr("word/styles.xml", styles)
        z.writestr("word/numbering.xml", numbering)


def html_resume(path, text):
    head, parts = sections(text)
    out = [f"<!DOCTYPE html><html><head><title>{html.escape(head[0])}</title>"
           "<style>h2{color:navy}</style></head><body>", f"<h1>{html.escape(head[0])}</h1>"]
    out += [f"<p>{html.escape(l)}</p>" for l in head[1:]]
    for heading, lines in parts:
        out.append(f"<h2>{html.escape(heading)}</h2>")
        items = [l for l in lines if l.strip()]
        bullets = [l for l in items if l.lstrip().startswith(("•", "—"))]
        for l in items:
            if l in bullets:
                out.append(f"<ul><li>{html.escape(l.lstrip('•— ').strip())}</li></ul>")
            else:
                out.append(f"<p>{html.escape(l)}</p>")
    out.append("</body></html>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


def html_posting(path, text):
    lines = [l for l in text.split("\n")]
    out = ["<!DOCTYPE html><html><head><meta charset='utf-8'><script>window.skills = ['Haskell', "
           "'COBOL'];</script><style>.x{display:none}</style></head><body>",
           f"<h1>{html.escape(lines[0])}</h1>",
           "<div style='display: none'>Hidden: Haskell, Fortran</div>"]
    in_list = False
    for line in lines[1:]:
        stripped = line.strip()
        if not stripped:
            continue
        if stripped.startswith("- "):
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append(f"<li>{html.escape(stripped[2:])}</li>")  # "&" as "&amp;"
        else:
            if in_list:
                out.append("</ul>")
                in_list = False
            out.append(f"<p><strong>{html.escape(stripped)}</strong></p>")
    if in_list:
        out.append("</ul>")
    out.append("<ul><li>Our stack<ul><li>Python&nbsp;3 &amp; FastAPI</li></ul></li></ul>")
    out.append("<noscript>Enable JavaScript</noscript></body></html>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


def main():
    examples, out = sys.argv[1:3]
    os.makedirs(out, exist_ok=True)
    read = lambda name: open(os.path.join(examples, name), encoding="utf-8").read()
    at = lambda name: os.path.join(out, name)
    en, ru = read("resume-en.txt"), read("resume-ru.txt")
    pdf_one_column(at("resume-en.pdf"), en)
    pdf_two_columns(at("resume-en-2col.pdf"), en)
    pdf_skills_table(at("resume-en-table.pdf"), en)
    pdf_one_column(at("resume-ru.pdf"), ru)
    pdf_two_columns(at("resume-ru-2col.pdf"), ru)
    pdf_scanned(at("scanned.pdf"))
    pdf_encrypted(at("encrypted.pdf"), en)
    docx(at("resume-en.docx"), en)
    docx(at("resume-ru.docx"), ru)
    html_resume(at("resume-en.html"), en)
    html_posting(at("posting-en.html"), read("posting-en.txt"))
    with open(at("resume-ru-cp1251.txt"), "wb") as f:
        f.write(ru.encode("cp1251"))
    with open(at("resume-ru-koi8r.txt"), "wb") as f:
        f.write(ru.encode("koi8_r", errors="replace"))  # KOI8-R has no « »
    with open(at("resume-en-utf16.txt"), "wb") as f:
        f.write(en.encode("utf-16"))  # little-endian with a byte order mark


if __name__ == "__main__":
    main()
