#!/usr/bin/env python3
"""The HTML report (`compare --format html`) as a browser shows it: headless Chromium.

Usage: check_html.py CLI EXAMPLES_DIR [--screenshots DIR]

For the bundled English and Russian examples and a hostile pair (markup, quotes, an unbroken
400-character line, a Windows line ending), Chromium (Debian's `chromium`, installed by
scripts/setup.sh) loads the report with a probe script added at its end and dumps the DOM the
probe annotated. Checks, at a desktop width and a phone width:
  - the page is self-contained: no script, no external file or address;
  - the text of each document column is the document exactly (escaped, nothing lost);
  - every keyword of the JSON report is highlighted in the posting with its state (matched,
    missing, implied, alternative, not-required), every piece of resume evidence is a highlight
    in the resume, and no highlight names a keyword the resume does not show;
  - nothing is cut off: no element wider than its box, no highlight outside its column, no
    horizontal scrolling;
  - the markup in the hostile resume stays text (no element, no script run);
  - printed to PDF (Chromium's print), every word of both documents is in the printout
    (read back with `tailorcore read`).
With --screenshots, also writes DIR/report-en.png and DIR/report-ru.png (docs/cli.md, README).
Exits 1 naming each failure.
"""
import html.parser
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

failures = []

PROBE = r"""<script>
(function () {
  const width = document.documentElement.clientWidth;
  const r = {page_overflow: document.documentElement.scrollWidth > width + 1,
             overflow: [], outside: [], marks: {}, text: {}};
  for (const el of document.querySelectorAll('body *')) {
    if (el.tagName === 'SCRIPT' || getComputedStyle(el).display === 'inline') continue;
    if (el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1) {
      r.overflow.push(el.tagName + '.' + el.className + ': ' + el.textContent.slice(0, 60));
    }
  }
  for (const id of ['resume', 'posting']) {
    const column = document.getElementById(id);
    if (!column) continue;
    const box = column.getBoundingClientRect();
    r.text[id] = column.querySelector('pre').textContent;
    r.marks[id] = [];
    for (const m of column.querySelectorAll('mark')) {
      r.marks[id].push({skill: m.dataset.skill, state: m.dataset.state, text: m.textContent,
                        title: m.title});
      for (const rect of m.getClientRects()) {
        if (rect.left < box.left - 1 || rect.right > box.right + 1) {
          r.outside.push(id + ': ' + m.textContent);
        }
      }
    }
  }
  r.scripts = document.scripts.length;
  r.images = document.images.length;
  r.title = document.title;
  r.pwned = document.body.dataset.pwned || '';
  document.body.setAttribute('data-probe', JSON.stringify(r));
})();
</script>
"""

# Elements that run or load something.
LOADING = {"script", "link", "img", "iframe", "object", "embed", "video", "audio", "source"}

HOSTILE_RESUME = (
    "Eve <script>document.title='pwned'</script>\r\n"
    "Skills: Python, Docker & \"Kubernetes\" <img src=x onerror=\"document.body.dataset.pwned=1\">\n"
    "Experience\n- Built services in Python with Docker, cut costs by 30%\n"
    "- Link: https://example.com/" + "a" * 400 + "\n</pre><b>not bold</b> &amp; 'quoted'\n"
)
HOSTILE_POSTING = (
    "Backend Engineer <i>remote</i>\n\nRequirements\n- Python & Docker\n- Kafka or RabbitMQ\n"
    "- Kubernetes; Terraform is not required\n- \"Go\" & <Rust>\n"
)


def check(what, ok):
    if not ok:
        failures.append(what)
        print(f"FAIL: {what}")


def find_chromium():
    for name in (os.environ.get("TAILORCORE_CHROMIUM", ""), "chromium", "chromium-browser"):
        if name and shutil.which(name):
            return shutil.which(name)
    sys.exit("check_html.py: no chromium on PATH (scripts/setup.sh installs Debian's chromium)")


def chromium(exe, tmp, url, *args):
    command = [exe, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
               "--no-first-run", f"--user-data-dir={tmp}/profile", *args, url]
    result = subprocess.run(command, capture_output=True, text=True, timeout=180)
    if result.returncode != 0:
        failures.append(f"chromium {' '.join(args)}: exit {result.returncode}")
        print(result.stderr[-2000:])
    return result.stdout


class TagReader(html.parser.HTMLParser):
    """The elements of a page and the attributes that load something."""

    def __init__(self):
        super().__init__()
        self.tags = set()
        self.loads = []

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.loads += [f"{tag} {name}" for name, _ in attrs if name in ("src", "href", "srcset")]


class ProbeReader(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.probe = None

    def handle_starttag(self, tag, attrs):
        if tag == "body":
            self.probe = dict(attrs).get("data-probe")


def probe(exe, tmp, page, width):
    with open(page, encoding="utf-8") as f:
        text = f.read()
    probed = os.path.join(tmp, "probed.html")
    with open(probed, "w", encoding="utf-8") as f:
        f.write(text.replace("</body>", PROBE + "</body>"))
    reader = ProbeReader()
    reader.feed(chromium(exe, tmp, "file://" + probed, "--dump-dom", f"--window-size={width},900"))
    if not reader.probe:
        failures.append(f"{page} at {width}px: the probe did not run")
        return None
    return json.loads(reader.probe)


def expected_state(report, k):
    if k["alternative"]:
        carried = any(o["id"] in k["alternatives"] and o["matched"] and not o["alternative"]
                      for o in report["keywords"])
        return "alternative" if carried else "missing"
    if not k["matched"]:
        return "missing"
    return "implied" if k["match"] == "implied" else "matched"


def check_page(name, page_html, report, resume_text, posting_text, p, width):
    where = f"{name} at {width}px"
    check(f"{where}: scrolls sideways", not p["page_overflow"])
    check(f"{where}: cut off: {p['overflow'][:3]}", not p["overflow"])
    check(f"{where}: highlights outside their column: {p['outside'][:3]}", not p["outside"])
    check(f"{where}: the resume column is not the resume", p["text"].get("resume") == resume_text)
    check(f"{where}: the posting column is not the posting", p["text"].get("posting") == posting_text)
    posting_marks, resume_marks = p["marks"]["posting"], p["marks"]["resume"]
    for k in report["keywords"]:
        states = {m["state"] for m in posting_marks if m["skill"] == k["id"]}
        check(f"{where}: {k['id']} highlighted in the posting as {states}, "
              f"not {expected_state(report, k)}", states == {expected_state(report, k)})
        for e in k["evidence"]:
            # Its own highlight, or (the same words showing a broader keyword too) named in the
            # tooltip of the skill's own one.
            check(f"{where}: evidence '{e['text']}' of {k['id']} not highlighted in the resume",
                  any(m["text"] == e["text"] and (m["skill"] == k["id"] or k["term"] in m["title"])
                      for m in resume_marks))
    by_id = {k["id"]: k for k in report["keywords"]}
    for m in resume_marks:
        k = by_id.get(m["skill"])
        check(f"{where}: resume highlight {m} is no keyword the resume shows",
              k is not None and (k["matched"] or k["evidence"]))
        check(f"{where}: resume highlight {m} is not in its keyword's state",
              k is None or m["state"] == expected_state(report, k))
    for k in report["not_required"]:
        check(f"{where}: not-required {k['id']} not marked",
              any(m["skill"] == k["id"] and m["state"] == "not-required" for m in posting_marks))
    check(f"{where}: a script ran or an image loaded",
          p["scripts"] == 1 and p["images"] == 0 and p["pwned"] == "" and "pwned" not in p["title"])
    tags = TagReader()
    tags.feed(page_html)
    check(f"{name}: not self-contained: {tags.loads} {tags.tags & LOADING}",
          not tags.loads and not tags.tags & LOADING and "url(" not in page_html.split("</style>")[0])


def check_print(exe, cli, tmp, name, page, texts):
    pdf = os.path.join(tmp, name + ".pdf")
    chromium(exe, tmp, "file://" + page, f"--print-to-pdf={pdf}", "--no-pdf-header-footer")
    printed = subprocess.run([cli, "read", pdf], capture_output=True, text=True)
    check(f"{name}: the printout does not read: {printed.stderr}", printed.returncode == 0)
    words = set(re.findall(r"\w+", printed.stdout.lower()))
    for text in texts:
        lost = sorted(set(re.findall(r"\w+", text.lower())) - words)
        check(f"{name}: words lost in print: {lost[:10]}", not lost)


def run_pair(exe, cli, tmp, name, resume, posting, printout):
    report = json.loads(subprocess.run([cli, "compare", resume, posting, "--json"],
                                       capture_output=True, text=True, check=True).stdout)
    result = subprocess.run([cli, "compare", resume, posting, "--format", "html"],
                            capture_output=True, text=True)
    check(f"{name}: compare --format html exit {result.returncode}", result.returncode == 0)
    page = os.path.join(tmp, name + ".html")
    with open(page, "w", encoding="utf-8") as f:
        f.write(result.stdout)
    texts = []
    for path in (resume, posting):
        texts.append(subprocess.run([cli, "read", path], capture_output=True, text=True,
                                    check=True).stdout)
    for width in (1280, 420):
        p = probe(exe, tmp, page, width)
        if p:
            check_page(name, result.stdout, report, texts[0], texts[1], p, width)
    if printout:
        check_print(exe, cli, tmp, name, page, texts)
    return page


def main():
    args = sys.argv[1:]
    shots = None
    if "--screenshots" in args:
        shots = args[args.index("--screenshots") + 1]
        del args[args.index("--screenshots"):args.index("--screenshots") + 2]
    if len(args) != 2:
        sys.exit(__doc__)
    cli, examples = args
    exe = find_chromium()
    with tempfile.TemporaryDirectory() as tmp:
        pages = {}
        for lang in ("en", "ru"):
            pages[lang] = run_pair(exe, cli, tmp, lang, os.path.join(examples, f"resume-{lang}.txt"),
                                   os.path.join(examples, f"posting-{lang}.txt"), True)
        for name, text in (("hostile-resume.txt", HOSTILE_RESUME),
                           ("hostile-posting.txt", HOSTILE_POSTING)):
            with open(os.path.join(tmp, name), "w", encoding="utf-8", newline="") as f:
                f.write(text)
        run_pair(exe, cli, tmp, "hostile", os.path.join(tmp, "hostile-resume.txt"),
                 os.path.join(tmp, "hostile-posting.txt"), False)
        if shots:
            os.makedirs(shots, exist_ok=True)
            for lang, page in pages.items():
                chromium(exe, tmp, "file://" + page, "--window-size=1400,1500",
                         f"--screenshot={os.path.join(os.path.abspath(shots), f'report-{lang}.png')}")
    if failures:
        print(f"{len(failures)} failure(s)")
        return 1
    print("HTML report: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
