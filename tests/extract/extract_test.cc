// ExtractText: formats found by content, encodings, HTML and Markdown structure, clear errors.
// (PDF and DOCX files are made by tests/documents/make_documents.py and checked by
// tests/documents/check_documents.py; the PDF reading order is tested with made-up words below.)
#include <catch2/catch.hpp>

#include <string>

#ifdef TAILORCORE_TEST_PDF
#include "pdf/reading_order.h"
#endif
#include "tailorcore/extract.h"

namespace tailorcore {
namespace {

std::string Text(std::string_view bytes, DocumentFormat format = DocumentFormat::kAuto,
                 const ExtractOptions& options = {}) {
  auto doc = ExtractText(bytes, format, options);
  REQUIRE(doc.ok());
  return doc->text;
}

bool Has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TEST_CASE("formats are told by content, not by name") {
  CHECK(DetectFormat("%PDF-1.7\n...") == DocumentFormat::kPdf);
  CHECK(DetectFormat(std::string_view("PK\x03\x04rest", 8)) == DocumentFormat::kDocx);
  CHECK(DetectFormat("<!DOCTYPE html><html><body>Go</body></html>") == DocumentFormat::kHtml);
  CHECK(DetectFormat("\n  <div class=job><p>Python</p></div>") == DocumentFormat::kHtml);
  CHECK(DetectFormat("# Jane Doe\n\n## Skills\n- Python\n") == DocumentFormat::kMarkdown);
  CHECK(DetectFormat("Skills: C++ <templates> and Go") == DocumentFormat::kText);
  CHECK(DetectFormat("Jane Doe\nSkills\nPython, Go\n") == DocumentFormat::kText);
  DocumentFormat f = DocumentFormat::kAuto;
  CHECK(ParseDocumentFormat("docx", &f));
  CHECK(f == DocumentFormat::kDocx);
  CHECK_FALSE(ParseDocumentFormat("rtf", &f));
}

TEST_CASE("encodings: BOMs, UTF-16, legacy Cyrillic detected or named, with a note") {
  CHECK(Text("\xEF\xBB\xBFPython") == "Python");
  const std::string utf16le("\xFF\xFEP\0y\0\x1F\x04", 8);  // "PyП"
  auto le = ExtractText(utf16le);
  REQUIRE(le.ok());
  CHECK(le->text == "Py\xD0\x9F");
  CHECK(le->notes.front() == "read as UTF-16LE (byte order mark)");
  CHECK(Text(std::string("\xFE\xFF\0G\0o", 6)) == "Go");
  // "Опыт работы с Python и Постгрес" in Windows-1251, long enough for the detector.
  std::string cp1251;
  for (int i = 0; i < 8; ++i)
    cp1251 +=
        "\xCE\xEF\xFB\xF2 \xF0\xE0\xE1\xEE\xF2\xFB \xF1 Python \xE8 "
        "\xCF\xEE\xF1\xF2\xE3\xF0\xE5\xF1. ";
  auto detected = ExtractText(cp1251);
  REQUIRE(detected.ok());
  CHECK(Has(detected->text, "Опыт работы с Python и Постгрес"));
  CHECK(Has(detected->notes.front(), "windows-1251"));
  ExtractOptions koi8;
  koi8.encoding = "koi8-r";
  CHECK(Text("\xef\xd0\xd9\xd4", DocumentFormat::kText, koi8) == "Опыт");
  ExtractOptions unknown;
  unknown.encoding = "klingon-8";
  auto bad = ExtractText("text", DocumentFormat::kText, unknown);
  CHECK(bad.status().code() == StatusCode::kInvalidArgument);
  CHECK(Has(bad.status().message(), "unknown encoding 'klingon-8'"));
}

TEST_CASE("UTF-8 with a stray bad byte stays UTF-8; binary data is refused") {
  std::string text;
  for (int i = 0; i < 30; ++i) text += "Разработчик Python. ";
  text += "\xFF";
  auto doc = ExtractText(text);
  REQUIRE(doc.ok());
  CHECK(doc->encoding == "utf-8");
  CHECK(doc->notes.empty());
  auto binary =
      ExtractText(std::string("\x7F"
                              "ELF\x02\x01\x01\0\0\0",
                              10));
  CHECK(binary.status().code() == StatusCode::kInvalidArgument);
  CHECK(Has(binary.status().message(), "binary data"));
}

TEST_CASE("HTML: what a reader sees, block by block") {
  const std::string page =
      "<html><head><title>Job</title><style>p{}</style><script>var s='Haskell'</script></head>"
      "<body><h2>Requirements</h2><ul><li>Python &amp; Django</li><li>Cloud:<ul><li>AWS</li>"
      "</ul></li></ul><p hidden>COBOL</p><div aria-hidden=\"true\">Fortran</div>"
      "<span style=\"display: none\">Perl</span><p><strong>Nice to have</strong></p>"
      "<p>Kafka<br>Redis</p><table><tr><th>Go</th><td>Rust</td></tr></table>"
      "<template>Elixir</template><noscript>Enable JS</noscript></body></html>";
  auto doc = ExtractText(page);
  REQUIRE(doc.ok());
  CHECK(doc->format == DocumentFormat::kHtml);
  CHECK(doc->text ==
        "Requirements\n• Python & Django\n• Cloud:\n  • AWS\n\nNice to have\nKafka\nRedis\nGo | "
        "Rust\n");
  for (const char* hidden : {"Haskell", "COBOL", "Fortran", "Perl", "Elixir", "Enable", "Job"}) {
    CHECK_FALSE(Has(doc->text, hidden));
  }
  REQUIRE(doc->blocks.size() == 8);
  CHECK(doc->blocks[0].kind == BlockKind::kHeading);
  CHECK(doc->blocks[3].kind == BlockKind::kListItem);
  CHECK(doc->blocks[3].level == 1);
  CHECK(doc->blocks[4].kind == BlockKind::kHeading);  // a paragraph bold throughout
  CHECK(doc->blocks[7].kind == BlockKind::kTableRow);
  CHECK(doc->layout.tables == 1);
}

TEST_CASE("HTML nested ten thousand deep and unclosed tags do not crash") {
  std::string deep;
  for (int i = 0; i < 10000; ++i) deep += "<div><span>";
  deep += "Python";
  auto doc = ExtractText(deep, DocumentFormat::kHtml);
  REQUIRE(doc.ok());
  CHECK(Has(doc->text, "Python"));
  CHECK(Text("<p>Go<li>Rust<td>C++", DocumentFormat::kHtml).find("Rust") != std::string::npos);
}

TEST_CASE("Markdown: headings, lists, tables and emphasis") {
  const std::string md =
      "# Jane Doe\n\n## Skills\n\n| Area | Tools |\n|---|---|\n| Data | **PostgreSQL** |\n\n"
      "## Experience\n- Built `Kafka` pipelines\n  - with [Flink](https://flink.apache.org)\n"
      "1. Led 4 engineers\n```\nnot a heading\n```\n";
  auto doc = ExtractText(md);
  REQUIRE(doc.ok());
  CHECK(doc->format == DocumentFormat::kMarkdown);
  CHECK(doc->text ==
        "Jane Doe\n\nSkills\nArea | Tools\nData | PostgreSQL\n\nExperience\n• Built Kafka "
        "pipelines\n  • with Flink\n• Led 4 engineers\nnot a heading\n");
}

TEST_CASE("plain text keeps its bytes and marks its list items") {
  const std::string text = "Skills\r\n\u2022 Python\r\n- Go\r\n";
  auto doc = ExtractText(text);
  REQUIRE(doc.ok());
  CHECK(doc->text == text);
  REQUIRE(doc->blocks.size() == 3);
  CHECK(doc->blocks[1].kind == BlockKind::kListItem);
  CHECK(text.substr(doc->blocks[2].begin, doc->blocks[2].end - doc->blocks[2].begin) == "- Go");
}

TEST_CASE("a DOCX that is no zip, or a zip with no document, is refused") {
  auto garbage = ExtractText(std::string("PK\x03\x04garbage", 11));
  CHECK(garbage.status().code() == StatusCode::kDataError);
  CHECK(Has(garbage.status().message(), "not a readable DOCX"));
}

TEST_CASE("a PDF without the PDF reader says how to get one") {
  SetPdfReader(nullptr);
  auto pdf = ExtractText("%PDF-1.4\n%%EOF\n");
  CHECK(pdf.status().code() == StatusCode::kInvalidArgument);
  CHECK(Has(pdf.status().message(), "built without the PDF reader"));
}

#ifdef TAILORCORE_TEST_PDF
// Words as a PDF page would give them: x0, y0 (top), x1, y1, size, text.
std::vector<pdf::Word> Words(std::initializer_list<pdf::Word> words) { return words; }

std::string Read(std::vector<pdf::Word> words) {
  pdf::PageReader reader;
  reader.AddPage(std::move(words), 1);
  return reader.Finish().text;
}

TEST_CASE("PDF reading order: columns, rows of cells, headings, wrapped and hyphenated lines") {
  std::vector<pdf::Word> page = {{50, 40, 150, 58, 18, "Jane"}, {155, 40, 220, 58, 18, "Doe"}};
  const char* left[] = {"Skills", "Python", "Go", "Kafka"};
  const char* right[] = {"Experience", "Built", "Led", "Cut"};
  for (int i = 0; i < 4; ++i) {
    const double y = 80 + 14 * i;
    page.push_back({50, y, 120, y + 10, 10, left[i]});
    page.push_back({300, y, 380, y + 10, 10, right[i]});
  }
  CHECK(Read(page) == "Jane Doe\nSkills\nPython\nGo\nKafka\nExperience\nBuilt\nLed\nCut\n");
  // Three cells in a row, one column overall: a table row.
  CHECK(Read(Words({{50, 40, 90, 50, 10, "Python"},
                    {200, 40, 240, 50, 10, "Django"},
                    {350, 40, 390, 50, 10, "Flask"},
                    {50, 60, 90, 70, 10, "Go"}})) == "Python | Django | Flask\nGo\n");
  CHECK(Read(Words({{50, 40, 120, 50, 10, "Built"},
                    {125, 40, 200, 50, 10, "experi-"},
                    {50, 54, 90, 64, 10, "ence"},
                    {95, 54, 130, 64, 10, "tools"},
                    {50, 68, 120, 78, 10, "2022 —"},
                    {125, 68, 200, 78, 10, "настоящее"},
                    {50, 82, 90, 92, 10, "время"}})) ==
        "Built experience tools\n2022 — настоящее время\n");
  CHECK(Read(Words({{50, 40, 150, 56, 16, "Experience"},
                    {50, 60, 90, 70, 10, "Built"},
                    {95, 60, 140, 70, 10, "things"}})) == "Experience\nBuilt things\n");
}

#endif  // TAILORCORE_TEST_PDF

}  // namespace
}  // namespace tailorcore
