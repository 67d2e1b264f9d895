// The headings a document's format marks (HTML <h*>, Markdown '#', DOCX heading styles) name its
// sections where the text alone would not: Engine::AnalyzeResume(const Extracted&).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/engine_fixture.h"
#include "tailorcore/extract.h"

namespace tailorcore {
namespace {

Extracted Read(const std::string& bytes) {
  auto doc = ExtractText(bytes);
  REQUIRE(doc.ok());
  return std::move(doc).value();
}

// "kind:heading" for each section with a heading.
std::vector<std::string> Headings(const Document& doc) {
  std::vector<std::string> out;
  for (const Section& s : doc.sections()) {
    if (s.heading_end > s.heading_begin)
      out.push_back(std::string(SectionKindName(s.kind)) + ":" + s.heading);
  }
  return out;
}

// The section of the resume's first evidence of `id` against `posting`.
std::string EvidenceSection(const Document& resume, const std::string& posting,
                            const std::string& id) {
  const Report report = testing::BundledEngine().Compare(resume, posting);
  for (const Keyword& k : report.keywords) {
    if (k.id == id && !k.evidence.empty()) return SectionKindName(k.evidence.front().section);
  }
  return "none";
}

const char kPosting[] = "Backend Engineer\n\nRequirements\n- Kafka\n- Terraform\n- Python\n";

TEST_CASE("HTML headings the heading list lacks name sections by their cue words") {
  const Engine& engine = testing::BundledEngine();
  const std::string html =
      "<html><body><h1>Jane Roe</h1><p>jane@example.com</p>"
      "<h2>Professional Summary</h2><p>Backend engineer.</p>"
      "<h2>Where I have worked</h2><h3>Senior Engineer, Acme GmbH, 2020 - present</h3>"
      "<ul><li>Built order APIs in Python with Kafka, cutting latency by 40%</li></ul>"
      "<h2>My toolbox</h2><p>Python, Kafka, Terraform</p>"
      "<h2>Education</h2><p>B.Sc. Computer Science, 2016</p></body></html>";
  const Extracted doc = Read(html);
  const Document resume = engine.AnalyzeResume(doc);
  CHECK(Headings(resume) == std::vector<std::string>{"summary:Professional Summary",
                                                     "experience:Where I have worked",
                                                     "skills:My toolbox", "education:Education"});
  CHECK(EvidenceSection(resume, kPosting, "kafka") == "experience");
  CHECK(EvidenceSection(resume, kPosting, "terraform") == "skills");
  // The same text without its blocks: those two headings are not known, the summary runs on.
  const Document as_text = engine.AnalyzeResume(doc.text);
  CHECK(Headings(as_text) ==
        std::vector<std::string>{"summary:Professional Summary", "education:Education"});
  CHECK(EvidenceSection(as_text, kPosting, "kafka") == "summary");
}

TEST_CASE("other wordings, Markdown and Russian") {
  const Engine& engine = testing::BundledEngine();
  struct Case {
    std::string bytes;
    std::vector<std::string> headings;
  };
  const std::vector<Case> cases = {
      {"# Jane Roe\n\n## Career so far\n\n- Ran Kafka clusters for 30 teams\n\n## Tech stack\n\n"
       "Python, Terraform\n",
       {"experience:Career so far", "skills:Tech stack"}},
      {"<h2>Employment</h2><ul><li>Built Kafka pipelines</li></ul><h2>Programming languages</h2>"
       "<p>Python, Go</p><h2>Spoken languages</h2><p>English, German</p>",
       {"experience:Employment", "skills:Programming languages", "languages:Spoken languages"}},
      {"<h1>Иван Петров</h1><h2>Где я работал</h2><ul><li>Настроил Kafka для 8 сервисов</li></ul>"
       "<h2>Мой стек</h2><p>Python, Terraform</p><h2>Учёба</h2><p>МГТУ, 2020</p>",
       {"experience:Где я работал", "skills:Мой стек", "education:Учёба"}},
      {"# Иван Петров\n\n## Карьера\n\n- Разработал сервис на Kafka\n\n## Чем владею\n\nPython\n\n"
       "## Образование\n\nМГТУ\n",
       // "Чем владею" has no cue word: at the level of the other section headings it still ends
       // the experience section, as a section of its own kind "other".
       {"experience:Карьера", "other:Чем владею", "education:Образование"}},
  };
  for (const Case& c : cases) {
    INFO(c.bytes);
    CHECK(Headings(engine.AnalyzeResume(Read(c.bytes))) == c.headings);
  }
}

TEST_CASE("heading blocks below the section level, and plain text, change nothing") {
  const Engine& engine = testing::BundledEngine();
  // Role lines styled as sub-headings stay inside the experience section.
  const Extracted html = Read(
      "<h2>Experience</h2><h3>Platform Engineer, Northwind</h3><ul><li>Ran Kafka</li></ul>"
      "<h3>Developer, Contoso</h3><ul><li>Wrote Terraform modules</li></ul><h2>Skills</h2>"
      "<p>Kafka, Terraform</p>");
  const Document resume = engine.AnalyzeResume(html);
  CHECK(Headings(resume) == std::vector<std::string>{"experience:Experience", "skills:Skills"});
  CHECK(EvidenceSection(resume, kPosting, "terraform") == "experience");
  // A role whose words hold a cue ("Stack", "Project") is no skills or projects section, and a
  // company heading right under "Experience" at the same level does not end it.
  const Document roles = engine.AnalyzeResume(
      Read("<h2>Experience</h2><h3>Senior Full Stack Developer</h3><ul><li>Ran Kafka</li></ul>"
           "<h3>Project Manager</h3><ul><li>Wrote Terraform modules</li></ul><h2>Skills</h2>"
           "<p>Kafka</p>"));
  CHECK(Headings(roles) == std::vector<std::string>{"experience:Experience", "skills:Skills"});
  const Document company = engine.AnalyzeResume(
      Read("# Jane\n\n## Experience\n\n## Acme Corp\n\n- Ran Kafka for 30 teams\n\n"
           "## Skills\n\nKafka\n"));
  CHECK(Headings(company) == std::vector<std::string>{"experience:Experience", "skills:Skills"});
  CHECK(EvidenceSection(company, kPosting, "kafka") == "experience");
  // A plain-text resume reads the same through either overload.
  const std::string text = "Jane\n\nWhere I have worked\n- Ran Kafka\n\nSkills\nKafka\n";
  const Extracted plain = Read(text);
  CHECK(Headings(engine.AnalyzeResume(plain)) == Headings(engine.AnalyzeResume(text)));
  // A long heading-styled line with a date is a role or a sentence, not a section.
  const Extracted long_line = Read(
      "<h2>Experience</h2><ul><li>Ran Kafka</li></ul><h2>Skills</h2><p>Kafka</p>"
      "<h4>Work at Acme on Terraform tooling since 2019</h4><p>Terraform</p>");
  CHECK(Headings(engine.AnalyzeResume(long_line)) ==
        std::vector<std::string>{"experience:Experience", "skills:Skills"});
}

}  // namespace
}  // namespace tailorcore
