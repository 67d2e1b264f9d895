// The tailorcore command-line tool.
//
//   tailorcore compare RESUME POSTING [--json]  how well the resume covers the posting
//   tailorcore lint RESUME                     bullet and section review alone
//   tailorcore rank RESUME POSTINGS.jsonl      rank a JSON Lines feed [--top K] [--threads N]
//   tailorcore extract FILE...                 the skills found in each file
//   tailorcore analyze FILE...                 the analyzed tokens of each file
//   tailorcore lexicon check FILE...           load lexicon files; counts or the first error
//   tailorcore lexicon keys                    the lookup key of each form read from stdin
//
// '-' reads standard input. Exit codes: 0 success, 1 input error (a file cannot be read or a
// lexicon is malformed; the message names it), 2 usage error.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <boost/algorithm/string/trim.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

#include "base/read_file.h"
#include "base/word_list.h"
#include "extract_jsonl.h"
#include "rank_command.h"
#include "report_html.h"
#include "report_markdown.h"
#include "report_text.h"
#include "tailor_output.h"
#include "tailorcore/analyzer.h"
#include "tailorcore/engine.h"
#include "tailorcore/extract.h"
#ifdef TAILORCORE_WITH_PDF
#include "tailorcore/pdf.h"
#endif
#include "tailorcore/lexicon.h"
#include "tailorcore/scoring.h"

namespace {

constexpr int kExitInputError = 1;
constexpr int kExitUsageError = 2;
constexpr int kExitBelowMinScore = 3;  // compare --min-score

// How documents are read: --input-format and --encoding (tailorcore/extract.h).
struct DocumentInput {
  tailorcore::DocumentFormat format = tailorcore::DocumentFormat::kAuto;
  tailorcore::ExtractOptions options;
};

// Reads a document for the tool: a file or standard input ("-"), as text, Markdown, HTML, DOCX
// or PDF (by content unless `in` names the format), in UTF-8 or the encoding detected or named.
// Refuses, with a one-line reason naming the input, what cannot be a resume or a posting:
// nothing at all, binary data, a damaged, encrypted or scanned file. What was assumed (an
// encoding) is a note on stderr.
bool ReadInput(const std::string& path, std::string* out, std::string* error,
               const DocumentInput& in, tailorcore::Extracted* document = nullptr) {
  const std::string name = path == "-" ? "standard input" : path;
  if (path == "-") {
    try {
      out->assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    } catch (const std::ios_base::failure&) {
      std::cin.setstate(std::ios::badbit);
    }
    if (std::cin.bad()) {
      *error = "standard input: read error";
      return false;
    }
  } else if (!tailorcore::detail::ReadWholeFile(path, out, error)) {
    return false;
  }
  if (out->find_first_not_of(" \t\r\n") == std::string::npos) {
    *error = name + ": empty, no text to read";
    return false;
  }
  auto extracted = tailorcore::ExtractText(*out, in.format, in.options);
  if (!extracted.ok()) {
    *error = name + ": " + extracted.status().message();
    return false;
  }
  for (const std::string& note : extracted->notes) {
    std::fprintf(stderr, "tailorcore: note: %s: %s\n", name.c_str(), note.c_str());
  }
  if (extracted->text.find_first_not_of(" \t\r\n") == std::string::npos) {
    *error = name + ": no text in this " + tailorcore::DocumentFormatName(extracted->format);
    return false;
  }
  *out = extracted->text;
  if (document != nullptr) *document = std::move(extracted).value();
  return true;
}

// One resume or posting: ReadInput, and no larger than `max_mb` MiB (a document that size is a
// mistake, and analysing it would take minutes and gigabytes).
bool ReadDocument(const std::string& path, double max_mb, std::string* out, std::string* error,
                  const DocumentInput& in, tailorcore::Extracted* document = nullptr) {
  if (!ReadInput(path, out, error, in, document)) return false;
  const double mb = static_cast<double>(out->size()) / (1024.0 * 1024.0);
  if (mb > max_mb) {
    char line[256];
    std::snprintf(line, sizeof line,
                  "%s: %.1f MB, more than the %.0f MB a resume or posting may have (--max-size MB "
                  "allows more)",
                  path == "-" ? "standard input" : path.c_str(), mb, max_mb);
    *error = line;
    return false;
  }
  return true;
}

int Fail(const std::string& message) {
  std::fprintf(stderr, "tailorcore: %s\n", message.c_str());
  return kExitInputError;
}

// An engine that could not be made: a bad option value (a weight, --as-of) is a usage error
// (exit 2), a lexicon that cannot be read or parsed an input error (exit 1).
int FailEngine(const tailorcore::Status& status) {
  Fail(status.message());
  return status.code() == tailorcore::StatusCode::kInvalidArgument ? kExitUsageError
                                                                   : kExitInputError;
}

// Colour only on a terminal that can show it, and never with NO_COLOR set to anything
// (no-color.org: a non-empty value).
bool UseColor() {
  const char* no_color = std::getenv("NO_COLOR");
  const char* term = std::getenv("TERM");
  return isatty(fileno(stdout)) != 0 && (no_color == nullptr || no_color[0] == '\0') &&
         !(term != nullptr && std::string_view(term) == "dumb");
}

// Fits `s` into exactly `width` columns (cut with "…" or padded), counting code points rather
// than bytes so Cyrillic lines up. (Wide CJK characters still count as one column.)
std::string Fit(const std::string& s, std::size_t width) {
  std::size_t columns = 0;
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const bool lead = (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
    if (lead && ++columns > width - 1 && columns > 0) {
      // Is there more than one code point left? Then cut here with an ellipsis.
      std::size_t rest = 0;
      for (std::size_t j = i; j < s.size(); ++j)
        rest += (static_cast<unsigned char>(s[j]) & 0xC0) != 0x80;
      if (rest > 1) return out + "\u2026";
    }
    out += s[i];
  }
  return columns >= width ? out : out + std::string(width - columns, ' ');
}

// A table column: `s` fitted to `width` - 1 columns and one space after it.
std::string Col(const std::string& s, std::size_t width) { return Fit(s, width - 1) + " "; }

// The last column: cut to `width`, not padded.
std::string Last(const std::string& s, std::size_t width) {
  std::string out = Fit(s, width);
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string Plural(std::size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

void PrintTokens(const std::string& name, const std::string& input,
                 const tailorcore::AnalyzedText& text) {
  std::printf("== %s: %s, %s", name.c_str(), Plural(text.input_bytes, "byte", "bytes").c_str(),
              Plural(text.tokens.size(), "token", "tokens").c_str());
  if (text.invalid_sequences > 0) {
    std::printf(", %s",
                Plural(text.invalid_sequences, "invalid UTF-8 sequence", "invalid UTF-8 sequences")
                    .c_str());
  }
  if (text.oversized_words > 0) std::printf(", %zu oversized words skipped", text.oversized_words);
  if (text.truncated) std::printf(", input truncated");
  std::printf("\n%s%s%s%s%s%s\n", Col("bytes", 12).c_str(), Col("kind", 7).c_str(),
              Col("script", 9).c_str(), Col("text", 18).c_str(), Col("normalized", 18).c_str(),
              "stem");
  for (const tailorcore::Token& t : text.tokens) {
    std::string original = input.substr(t.begin, t.end - t.begin);
    std::string range = std::to_string(t.begin) + "-" + std::to_string(t.end);
    std::string flags;
    if (t.stopword) flags += " stopword";
    if (t.compound) flags += " compound";
    if (t.part) flags += " part";
    std::printf("%s%s%s%s%s%s\n", Col(range, 12).c_str(),
                Col(tailorcore::TokenKindName(t.kind), 7).c_str(),
                Col(tailorcore::ScriptName(t.script), 9).c_str(), Col(original, 18).c_str(),
                Col(t.normalized, 18).c_str(), Last(t.stem + flags, 16).c_str());
  }
}

void PrintMatches(const std::string& name, const tailorcore::Lexicon& lexicon,
                  const tailorcore::MatchResult& result) {
  std::printf("== %s: %s found\n", name.c_str(),
              Plural(result.matches.size(), "skill", "skills").c_str());
  std::printf("%s%s%s%s%s\n", Col("bytes", 12).c_str(), Col("skill", 24).c_str(),
              Col("category", 18).c_str(), Col("how", 16).c_str(), "form");
  for (const tailorcore::SkillMatch& m : result.matches) {
    std::string range = std::to_string(m.begin) + "-" + std::to_string(m.end);
    std::printf("%s%s%s%s%s\n", Col(range, 12).c_str(), Col(m.skill->name, 24).c_str(),
                Col(lexicon.CategoryName(m.skill->category), 18).c_str(),
                Col(tailorcore::MatchKindName(m.kind), 16).c_str(),
                Last(m.form + (m.nested ? " (nested)" : ""), 10).c_str());
  }
  if (!result.candidates.empty()) {
    std::printf("-- not in the lexicon, but look like keywords:\n");
    for (const tailorcore::CandidateTerm& c : result.candidates) {
      std::printf("%s%s(%s)\n",
                  Col(std::to_string(c.begin) + "-" + std::to_string(c.end), 12).c_str(),
                  Col(c.text, 24).c_str(), c.reason);
    }
  }
}

// `read`: what tailorcore reads in a document: its text, or with --json its format, encoding,
// notes, layout facts and blocks (docs/documents.md).
int RunRead(const std::string& path, bool json, const DocumentInput& in) {
  std::string bytes;
  std::string error;
  const std::string name = path == "-" ? "standard input" : path;
  if (path == "-") {
    bytes.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  } else if (!tailorcore::detail::ReadWholeFile(path, &bytes, &error)) {
    return Fail(error);
  }
  auto doc = tailorcore::ExtractText(bytes, in.format, in.options);
  if (!doc.ok()) return Fail(name + ": " + doc.status().message());
  if (!json) {
    for (const std::string& note : doc->notes) {
      std::fprintf(stderr, "tailorcore: note: %s: %s\n", name.c_str(), note.c_str());
    }
    std::fputs(doc->text.c_str(), stdout);
    return 0;
  }
  nlohmann::ordered_json out;
  out["format"] = tailorcore::DocumentFormatName(doc->format);
  out["encoding"] = doc->encoding;
  out["notes"] = doc->notes;
  const tailorcore::LayoutFacts& l = doc->layout;
  out["layout"] = {
      {"pages", l.pages},           {"max_columns", l.max_columns},     {"tables", l.tables},
      {"text_boxes", l.text_boxes}, {"header_footer", l.header_footer}, {"images", l.images}};
  out["blocks"] = nlohmann::ordered_json::array();
  for (const tailorcore::Block& b : doc->blocks) {
    out["blocks"].push_back({{"kind", tailorcore::BlockKindName(b.kind)},
                             {"text", doc->text.substr(b.begin, b.end - b.begin)},
                             {"begin", b.begin},
                             {"end", b.end},
                             {"level", b.level},
                             {"page", b.page},
                             {"column", b.column},
                             {"source", b.source}});
  }
  out["text"] = doc->text;
  out["naive_text"] = doc->naive_text;
  std::printf("%s\n",
              out.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace).c_str());
  return 0;
}

int RunAnalyze(const std::vector<std::string>& files, const DocumentInput& in) {
  auto analyzer = tailorcore::Analyzer::Create();
  if (!analyzer.ok()) return Fail(analyzer.status().message());
  int exit_code = 0;
  for (const std::string& path : files) {
    std::string input;
    std::string error;
    if (!ReadInput(path, &input, &error, in)) {
      exit_code = Fail(error);
      continue;
    }
    PrintTokens(path, input, analyzer->Analyze(input));
  }
  return exit_code;
}

tailorcore::StatusOr<tailorcore::Lexicon> LoadLexicon(bool bundled,
                                                      const std::vector<std::string>& files) {
  auto builder =
      bundled ? tailorcore::LexiconBuilder::Bundled() : tailorcore::LexiconBuilder::Empty();
  if (!builder.ok()) return builder.status();
  for (const std::string& path : files) {
    if (tailorcore::Status s = builder->AddFile(path); !s.ok()) return s;
  }
  return builder->Build();
}

int RunExtract(const std::vector<std::string>& files, const std::vector<std::string>& lexicons,
               bool bundled, bool jsonl, const DocumentInput& in) {
  auto lexicon = LoadLexicon(bundled, lexicons);
  if (!lexicon.ok()) return Fail(lexicon.status().message());
  int exit_code = 0;
  for (const std::string& path : files) {
    if (jsonl) {
      std::ifstream file;
      if (path != "-") {
        std::error_code ec;
        if (std::filesystem::is_directory(path, ec)) {
          exit_code = Fail(path + ": is a directory, not a file");
          continue;
        }
        file.open(path, std::ios::binary);
        if (!file) {
          std::string ignored;
          std::string error;
          tailorcore::detail::ReadWholeFile(path, &ignored, &error);  // for the reason
          exit_code = Fail(error.empty() ? path + ": cannot open file" : error);
          continue;
        }
      }
      std::istream& in = path == "-" ? std::cin : file;
      const std::string name = path == "-" ? "standard input" : path;
      const auto summary = tailorcore::cli::ExtractJsonl(*lexicon, in, name, std::cout, std::cerr);
      if (!summary.read_error.empty()) {
        exit_code = Fail(name + ": read error (" + summary.read_error + ")");
        continue;
      }
      std::fprintf(stderr, "tailorcore: %s: %zu document(s), %zu malformed line(s) skipped\n",
                   name.c_str(), summary.documents, summary.malformed);
      continue;
    }
    std::string input;
    std::string error;
    if (!ReadInput(path, &input, &error, in)) {
      exit_code = Fail(error);
      continue;
    }
    PrintMatches(path, *lexicon, lexicon->Extract(input));
  }
  return exit_code;
}

int RunLexiconCheck(const std::vector<std::string>& files, bool bundled) {
  auto builder =
      bundled ? tailorcore::LexiconBuilder::Bundled() : tailorcore::LexiconBuilder::Empty();
  if (!builder.ok()) return Fail(builder.status().message());
  for (const std::string& path : files) {
    if (tailorcore::Status s = builder->AddFile(path); !s.ok()) return Fail(s.message());
  }
  auto lexicon = builder->Build();
  if (!lexicon.ok()) return Fail(lexicon.status().message());
  std::size_t forms = 0;
  for (const tailorcore::Skill& skill : lexicon->skills()) forms += skill.forms.size();
  std::printf(
      "ok: %zu categories, %zu skills, %zu forms (%zu written, the rest generated "
      "transliterations)\n",
      lexicon->categories().size(), lexicon->skills().size(), forms, builder->form_count());
  return 0;
}

int RunLexiconKeys() {
  auto analyzer = tailorcore::Analyzer::Create();
  if (!analyzer.ok()) return Fail(analyzer.status().message());
  std::string line;
  while (std::getline(std::cin, line)) {
    std::string key;
    for (const tailorcore::Token& t : analyzer->Analyze(line).tokens) {
      if (t.part) continue;
      if (!key.empty()) key += ' ';
      key += t.normalized;
    }
    std::printf("%s\n", key.c_str());
  }
  return 0;
}

struct Options {
  std::vector<std::string> lexicons;
  bool no_bundled = false;
  std::string resume_path;
  std::string posting_path;
  bool json = false;
  tailorcore::cli::RankCommand rank;
  std::string lint_path;
  std::vector<std::string> files;
  bool jsonl = false;
  std::string as_of;
  std::string advice_language;
  std::string title;            // compare --title
  std::string format = "text";  // compare --format (--json is "json")
  double max_mb = 4;
  std::vector<std::string> weights;       // --weight NAME=VALUE
  std::string weights_file;               // --weights FILE
  double min_score = -1;                  // --min-score: exit 3 below it
  std::string tailor_format = "summary";  // tailor --format
  std::uint32_t max_bullets = 0;          // tailor --max-bullets
  std::string output_path;                // tailor -o
  std::string input_format = "auto";      // --input-format
  DocumentInput input;                    // from --input-format and --encoding
  std::string index_dir;                  // index build -o, index add/remove/compact/info
  std::vector<std::string> index_ids;     // index remove --id
  bool index_verify = false;              // index info --verify
  bool index_resumes = false;             // index build --resumes
  std::vector<std::string> index_fields;  // index build/add --field
  std::vector<std::string> where;         // rank --where NAME=VALUE
};

// One weight, "NAME=VALUE" (or "NAME = VALUE", "NAME<TAB>VALUE" from a file): a number for the
// weights of docs/scoring.md, true or false for candidate_keywords.
tailorcore::Status SetWeight(std::string_view item, tailorcore::ScoringOptions* scoring) {
  const std::size_t eq = item.find_first_of("=\t");
  const std::string name = boost::algorithm::trim_copy(std::string(item.substr(0, eq)));
  const std::string value = eq == std::string_view::npos
                                ? ""
                                : boost::algorithm::trim_copy(std::string(item.substr(eq + 1)));
  if (name == "candidate_keywords" && (value == "true" || value == "false")) {
    scoring->candidate_keywords = value == "true";
    return tailorcore::Status::Ok();
  }
  double number = 0;
  const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), number);
  if (value.empty() || ec != std::errc() || end != value.data() + value.size()) {
    return tailorcore::Status(tailorcore::StatusCode::kInvalidArgument,
                              "weight '" + std::string(item) + "': expected NAME=NUMBER");
  }
  return tailorcore::SetScoringWeight(scoring, name, number);
}

// The weights of --weights FILE (one NAME = VALUE a line, '#' comments), then of each --weight.
tailorcore::Status ReadWeights(const Options& o, tailorcore::ScoringOptions* scoring) {
  if (!o.weights_file.empty()) {
    std::string content;
    std::string error;
    if (!tailorcore::detail::ReadWholeFile(o.weights_file, &content, &error)) {
      return tailorcore::Status(tailorcore::StatusCode::kIoError, error);
    }
    for (const tailorcore::detail::WordListEntry& line :
         tailorcore::detail::ParseWordList(content)) {
      if (tailorcore::Status s = SetWeight(line.text, scoring); !s.ok()) {
        return tailorcore::Status(
            s.code(), o.weights_file + ":" + std::to_string(line.line) + ": " + s.message());
      }
    }
  }
  for (const std::string& item : o.weights) {
    if (tailorcore::Status s = SetWeight(item, scoring); !s.ok()) return s;
  }
  return tailorcore::Status::Ok();
}

tailorcore::StatusOr<tailorcore::Engine> MakeEngine(const Options& o) {
  tailorcore::EngineOptions options;
  options.as_of = o.as_of;
  options.advice_language = o.advice_language;
  options.bundled_lexicon = !o.no_bundled;
  options.lexicon_files = o.lexicons;
  if (tailorcore::Status s = ReadWeights(o, &options.scoring); !s.ok()) return s;
  return tailorcore::Engine::Create(options);
}

// A warning on stderr when RESUME reads like a posting (two of: requirements, nice to have,
// benefits headings; no experience, education or skills heading) or POSTING like a resume
// (experience and education headings; no requirements): the order is RESUME POSTING. Resumes
// have "Responsibilities" under each role, so that heading says nothing.
void WarnIfSwapped(const tailorcore::Engine& engine, const tailorcore::Document& resume,
                   const tailorcore::Document& posting) {
  using K = tailorcore::SectionKind;
  auto kinds = [](const tailorcore::Document& doc, std::initializer_list<K> wanted) {
    std::vector<K> found;
    for (const tailorcore::Section& s : doc.sections()) {
      const bool is_wanted = std::find(wanted.begin(), wanted.end(), s.kind) != wanted.end();
      if (is_wanted && std::find(found.begin(), found.end(), s.kind) == found.end()) {
        found.push_back(s.kind);
      }
    }
    return found.size();
  };
  // Each text is read the other way only when its own reading already looks wrong.
  const bool resume_asks = kinds(resume, {K::kExperience, K::kEducation, K::kSkills}) == 0 &&
                           kinds(engine.AnalyzePosting(resume.text()),
                                 {K::kRequirements, K::kPreferred, K::kBenefits}) >= 2;
  const bool posting_shows =
      kinds(posting, {K::kRequirements, K::kPreferred}) == 0 &&
      kinds(engine.AnalyzeResume(posting.text()), {K::kExperience, K::kEducation}) == 2;
  if (resume_asks || posting_shows) {
    std::fprintf(stderr,
                 "tailorcore: warning: the resume reads like a job posting or the posting like a "
                 "resume; the order is RESUME POSTING\n");
  }
}

// Reads RESUME and POSTING for compare and tailor ("-" for one of them: stdin); --title joins
// the posting as its first line.
// The resume and the posting as extracted (their text, blocks and layout). --title puts the
// posting's title before its text as a line of its own, exactly as rank puts a feed's title, and
// moves its blocks after it.
bool ReadPair(const Options& o, tailorcore::Extracted* resume, tailorcore::Extracted* posting,
              int* status) {
  std::string error;
  if (o.resume_path == "-" && o.posting_path == "-") {
    std::fprintf(stderr, "tailorcore: only one of RESUME and POSTING can be '-'\n");
    *status = kExitUsageError;
    return false;
  }
  std::string text;
  if (!ReadDocument(o.resume_path, o.max_mb, &text, &error, o.input, resume) ||
      !ReadDocument(o.posting_path, o.max_mb, &text, &error, o.input, posting)) {
    *status = Fail(error);
    return false;
  }
  if (!o.title.empty()) {
    posting->text = o.title + "\n" + posting->text;
    const auto shift = static_cast<std::uint32_t>(o.title.size() + 1);
    for (tailorcore::Block& b : posting->blocks) {
      b.begin += shift;
      b.end += shift;
    }
  }
  return true;
}

int RunTailor(const Options& o) {
  tailorcore::Extracted resume;
  tailorcore::Extracted posting;
  if (int status = 0; !ReadPair(o, &resume, &posting, &status)) return status;
  auto engine = MakeEngine(o);
  if (!engine.ok()) return FailEngine(engine.status());
  // The resume as text: tailoring edits the text, and re-reads each step as text (the guarantee
  // compares like with like), so its headings are what the text alone names.
  const tailorcore::Document resume_doc = engine->AnalyzeResume(resume.text);
  const tailorcore::Document posting_doc = engine->AnalyzePosting(posting);
  WarnIfSwapped(*engine, resume_doc, posting_doc);
  tailorcore::TailorOptions options;
  options.max_bullets = o.max_bullets;
  const tailorcore::Tailored t = engine->Tailor(resume_doc, engine->Profile(posting_doc), options);
  if (!o.output_path.empty()) {
    std::ofstream file(o.output_path, std::ios::binary);
    file << t.text;
    if (!file.flush()) return Fail("cannot write " + o.output_path);
  }
  if (o.tailor_format == "json") {
    std::printf("%s\n", tailorcore::TailoredToJson(t).c_str());
  } else if (o.tailor_format == "text") {
    std::fputs(t.text.c_str(), stdout);
  } else if (o.tailor_format == "markdown") {
    const auto sections = engine->AnalyzeResume(t.text).sections();
    std::fputs(tailorcore::cli::TailoredMarkdown(t.text, sections).c_str(), stdout);
  } else if (o.tailor_format == "diff") {
    std::fputs(t.diff.c_str(), stdout);
  } else {
    std::fputs(tailorcore::cli::RenderTailorSummary(t, o.resume_path, o.posting_path).c_str(),
               stdout);
  }
  return 0;
}

int RunCompare(const Options& o) {
  // How the reports name the inputs ("-" is standard input).
  const std::string resume_path = o.resume_path == "-" ? "standard input" : o.resume_path;
  const std::string posting_path = o.posting_path == "-" ? "standard input" : o.posting_path;
  tailorcore::Extracted resume_document;
  tailorcore::Extracted posting_document;
  if (int status = 0; !ReadPair(o, &resume_document, &posting_document, &status)) return status;
  auto engine = MakeEngine(o);
  if (!engine.ok()) return FailEngine(engine.status());
  const tailorcore::Document resume_doc = engine->AnalyzeResume(resume_document);
  const tailorcore::Document posting_doc = engine->AnalyzePosting(posting_document);
  WarnIfSwapped(*engine, resume_doc, posting_doc);
  tailorcore::Report report = engine->Compare(resume_doc, posting_doc);
  tailorcore::LocateEvidence(resume_document, &report);
  // A PDF or DOCX resume: what a naive ATS reading would lose or misplace (docs/documents.md).
  for (tailorcore::Suggestion& s : engine->ReadingAdvice(resume_document)) {
    report.suggestions.push_back(std::move(s));
  }
  if (o.json || o.format == "json") {
    std::printf("%s\n", tailorcore::ReportToJson(report).c_str());
  } else if (o.format == "markdown") {
    std::fputs(tailorcore::cli::RenderMarkdown(report, resume_path, posting_path).c_str(), stdout);
  } else if (o.format == "html") {
    std::fputs(
        tailorcore::cli::RenderHtml(report, resume_doc, posting_doc, resume_path, posting_path)
            .c_str(),
        stdout);
  } else {
    std::fputs(tailorcore::cli::RenderReport(report, resume_path, posting_path, UseColor(),
                                             tailorcore::cli::TerminalWidth())
                   .c_str(),
               stdout);
  }
  if (o.min_score >= 0 && report.score < o.min_score) {
    std::fprintf(stderr, "tailorcore: score %.1f is below --min-score %g\n", report.score,
                 o.min_score);
    return kExitBelowMinScore;
  }
  return 0;
}

// `lint --json`: the resume alone (docs/report-schema.md, "lint"): its bullets without relevance,
// its sections, and the bullet and section advice; nothing of a posting or a score.
std::string LintToJson(const tailorcore::Report& report) {
  const nlohmann::ordered_json full =
      nlohmann::ordered_json::parse(tailorcore::ReportToJson(report));
  nlohmann::ordered_json lint;
  lint["schema"] = "tailorcore.lint/1";
  lint["bullets"] = nlohmann::ordered_json::array();
  for (nlohmann::ordered_json b : full["bullets"]) {
    b.erase("relevance");
    b.erase("keywords");
    lint["bullets"].push_back(std::move(b));
  }
  lint["sections"] = full["sections"];
  lint["suggestions"] = nlohmann::ordered_json::array();
  for (const auto& s : full["suggestions"]) {
    if (s["kind"] == "bullet" || s["kind"] == "section" || s["kind"] == "resume") {
      lint["suggestions"].push_back(s);
    }
  }
  lint["resume_sections"] = full["resume_sections"];
  return lint.dump(2);
}

int RunLint(const std::string& resume_path, bool json, double max_mb, const Options& o) {
  std::string resume;
  std::string error;
  tailorcore::Extracted document;
  if (!ReadDocument(resume_path, max_mb, &resume, &error, o.input, &document)) return Fail(error);
  Options options;
  options.as_of = o.as_of;
  options.advice_language = o.advice_language;
  auto engine = MakeEngine(options);
  if (!engine.ok()) return FailEngine(engine.status());
  const tailorcore::Report report =
      engine->Compare(engine->AnalyzeResume(document), std::string_view());
  if (json) {
    std::printf("%s\n", LintToJson(report).c_str());
  } else {
    std::fputs(tailorcore::cli::RenderLint(report, resume_path, UseColor(),
                                           tailorcore::cli::TerminalWidth())
                   .c_str(),
               stdout);
  }
  return 0;
}

// Everything the command line sets.

struct Commands {
  CLI::App* read;
  CLI::App* compare;
  CLI::App* tailor;
  CLI::App* rank;
  CLI::App* rank_resumes;
  CLI::App* index_build;
  CLI::App* index_add;
  CLI::App* index_remove;
  CLI::App* index_compact;
  CLI::App* index_info;
  CLI::App* lint;
  CLI::App* extract;
  CLI::App* analyze;
  CLI::App* check;
  CLI::App* keys;
};

void AddWeightOptions(CLI::App* cmd, Options* o);
void AddLexiconOptions(CLI::App* cmd, Options* o);
void AddAsOfOption(CLI::App* cmd, Options* o);
void AddInputOptions(CLI::App* cmd, Options* o);

// `rank RESUME (FEED | --index INDEX)`.
// What rank and rank-resumes share: how many results and how shown, threads, and the engine's
// options. `input_order`: what --input-order shows.
void AddRankingOptions(CLI::App* rank, Options* o, const char* input_order) {
  rank->add_option("--top", o->rank.top, "Show the best K by score (default 20; 0: all, by score)");
  rank->add_flag("--input-order", o->rank.input_order, input_order);
  rank->add_flag("--quiet", o->rank.quiet, "No progress line on a terminal");
  rank->add_option("--threads", o->rank.threads, "Worker threads (0: all cores)");
  rank->add_flag("--json", o->rank.json, "One JSON result per line");
  AddWeightOptions(rank, o);
  AddAsOfOption(rank, o);
  AddInputOptions(rank, o);
  AddLexiconOptions(rank, o);
}

CLI::App* AddRankCommand(CLI::App* app, Options* o) {
  CLI::App* rank = app->add_subcommand("rank", "Rank a JSON Lines feed of postings for RESUME");
  rank->add_option("resume", o->rank.resume_path, "The resume (a document, '-': stdin)")
      ->required();
  CLI::Option* feed =
      rank->add_option("postings", o->rank.feed_path,
                       "JSON Lines: \"text\", optional \"id\", \"title\" ('-': stdin)");
  CLI::Option* index =
      rank->add_option("--index", o->rank.index_path, "Rank a posting index (index build) instead")
          ->excludes(feed);
  rank->add_option("--where", o->where,
                   "With --index: only postings whose kept field NAME is VALUE (NAME=VALUE; "
                   "repeatable: any value of one name, every name)")
      ->needs(index)
      ->allow_extra_args(false);
  AddRankingOptions(rank, o, "Show every posting in input order, as it is done (streams)");
  return rank;
}

// `rank-resumes POSTING --index INDEX`: the resumes of an index built with --resumes, for a
// posting.
CLI::App* AddRankResumesCommand(CLI::App* app, Options* o) {
  CLI::App* rank = app->add_subcommand(
      "rank-resumes", "Rank the resumes of an index (index build --resumes) for POSTING");
  rank->add_option("posting", o->rank.resume_path, "The posting (a document, '-': stdin)")
      ->required();
  rank->add_option("--index", o->rank.index_path, "The index of resumes")->required();
  rank->add_option("--where", o->where,
                   "Only resumes whose kept field NAME is VALUE (NAME=VALUE; repeatable)")
      ->allow_extra_args(false);
  AddRankingOptions(rank, o, "Show every resume in index order");
  return rank;
}

// The options every index command shares: the engine's (docs/index.md: an index is used with
// the options it was built with).
void AddIndexEngineOptions(CLI::App* cmd, Options* o) {
  AddWeightOptions(cmd, o);
  AddLexiconOptions(cmd, o);
}

// `index build`, `add`, `remove`, `compact` and `info` (docs/index.md).
void AddIndexCommands(CLI::App* app, Options* o, Commands* c) {
  CLI::App* index =
      app->add_subcommand("index", "Build, change or inspect a posting index (docs/index.md)");
  index->require_subcommand(1);
  c->index_build = index->add_subcommand("build", "Analyze the postings of feeds once, into INDEX");
  c->index_build->add_option("-o,--output", o->index_dir, "The index directory to write")
      ->required();
  c->index_build->add_flag("--resumes", o->index_resumes,
                           "The feeds hold resumes, to rank for a posting (rank-resumes)");
  c->index_add = index->add_subcommand("add", "Add the postings of feeds to INDEX (a new segment)");
  c->index_add->add_option("index", o->index_dir, "The index directory")->required();
  for (CLI::App* cmd : {c->index_build, c->index_add}) {
    cmd->add_option("feeds", o->files, "JSON Lines feeds, as rank reads them ('-': stdin)")
        ->required();
    cmd->add_option("--threads", o->rank.threads, "Worker threads (0: all cores)");
    cmd->add_flag("--quiet", o->rank.quiet, "No progress line on a terminal");
    cmd->add_option("--field", o->index_fields,
                    "Keep this feed field with each posting, for rank --where (repeatable)")
        ->allow_extra_args(false);
  }
  c->index_remove = index->add_subcommand("remove", "Remove postings from INDEX by id");
  c->index_remove->add_option("index", o->index_dir, "The index directory")->required();
  c->index_remove->add_option("--id", o->index_ids, "A posting's id (repeatable)")
      ->required()
      ->allow_extra_args(false);
  c->index_compact = index->add_subcommand("compact", "Rewrite INDEX as one segment");
  c->index_compact->add_option("index", o->index_dir, "The index directory")->required();
  c->index_info = index->add_subcommand("info", "What INDEX holds and what built it");
  c->index_info->add_option("index", o->index_dir, "The index directory")->required();
  c->index_info->add_flag("--json", o->json, "As JSON");
  c->index_info->add_flag("--verify", o->index_verify,
                          "Also read every record and term list and check their checksums");
  for (CLI::App* cmd :
       {c->index_build, c->index_add, c->index_remove, c->index_compact, c->index_info}) {
    AddIndexEngineOptions(cmd, o);
  }
}

void AddWeightOptions(CLI::App* cmd, Options* o) {
  cmd->add_option("--weight", o->weights,
                  "Set a scoring weight, NAME=VALUE (repeatable; docs/scoring.md)")
      ->allow_extra_args(false);  // one value each: a file after it is not taken for a weight
  cmd->add_option("--weights", o->weights_file, "Read NAME = VALUE weights from a file");
}

void AddAsOfOption(CLI::App* cmd, Options* o) {
  cmd->add_option("--as-of", o->as_of,
                  "The day 'present' in the resume's dates means, YYYY-MM-DD (default: today)");
}

void AddAdviceLanguageOption(CLI::App* cmd, Options* o) {
  cmd->add_option("--advice-language", o->advice_language,
                  "Write the suggestions in this language, en or ru (default: the resume's)");
}

void AddInputOptions(CLI::App* cmd, Options* o) {
  cmd->add_option("--input-format", o->input_format,
                  "Read inputs as auto (default: by content), text, markdown, html, docx or pdf")
      ->check(CLI::IsMember({"auto", "text", "markdown", "html", "docx", "pdf"}));
  cmd->add_option("--encoding", o->input.options.encoding,
                  "The encoding of text and HTML inputs, e.g. windows-1251 (default: detected)");
}

void AddLexiconOptions(CLI::App* cmd, Options* o) {
  cmd->add_option("--lexicon", o->lexicons, "Also load this lexicon file (repeatable)")
      ->allow_extra_args(false);
  cmd->add_flag("--no-bundled", o->no_bundled, "Start from an empty lexicon");
}

CLI::App* AddTailorCommand(CLI::App* app, Options* o) {
  CLI::App* cmd = app->add_subcommand(
      "tailor", "RESUME adapted to POSTING by moves and exact wording only, with a diff");
  cmd->add_option("resume", o->resume_path, "Resume, UTF-8 text ('-': stdin)")->required();
  cmd->add_option("posting", o->posting_path, "Posting, UTF-8 text ('-': stdin)")->required();
  cmd->add_option("--format", o->tailor_format,
                  "summary (default: scores, edits, gaps), text or markdown (the tailored "
                  "resume), diff (unified) or json")
      ->check(CLI::IsMember({"summary", "text", "markdown", "diff", "json"}));
  cmd->add_option("-o,--output", o->output_path, "Also write the tailored resume (text) to FILE");
  cmd->add_option("--max-bullets", o->max_bullets,
                  "Keep at most N bullets per role, the most relevant (default: all)");
  cmd->add_option("--max-size", o->max_mb,
                  "Refuse a resume or posting larger than this many MB (default 4)")
      ->check(CLI::PositiveNumber);
  cmd->add_option("--title", o->title,
                  "The posting's title, read as its first line (as rank reads a feed's)");
  AddWeightOptions(cmd, o);
  AddAsOfOption(cmd, o);
  AddInputOptions(cmd, o);
  AddAdviceLanguageOption(cmd, o);
  AddLexiconOptions(cmd, o);
  return cmd;
}

Commands AddCommands(CLI::App* app, Options* o) {
  Commands c{};
  c.compare = app->add_subcommand("compare", "How well RESUME covers POSTING, and what to change");
  c.compare->add_option("resume", o->resume_path, "Resume, UTF-8 text ('-': stdin)")->required();
  c.compare->add_option("posting", o->posting_path, "Posting, UTF-8 text ('-': stdin)")->required();
  CLI::Option* json = c.compare->add_flag("--json", o->json, "Print the report as JSON");
  c.compare
      ->add_option("--format", o->format,
                   "text (default), json (as --json), markdown (for notes and issues) or html "
                   "(one self-contained page: the documents side by side, keywords highlighted)")
      ->check(CLI::IsMember({"text", "json", "markdown", "html"}))
      ->excludes(json);
  c.compare->add_option("--min-score", o->min_score, "Exit 3 when the score is below N (0-100)")
      ->check(CLI::Range(0.0, 100.0));
  AddWeightOptions(c.compare, o);
  c.compare
      ->add_option("--max-size", o->max_mb,
                   "Refuse a resume or posting larger than this many MB (default 4)")
      ->check(CLI::PositiveNumber);
  c.compare->add_option("--title", o->title,
                        "The posting's title, read as its first line (as rank reads a feed's)");
  AddAsOfOption(c.compare, o);
  AddInputOptions(c.compare, o);
  AddAdviceLanguageOption(c.compare, o);
  AddLexiconOptions(c.compare, o);

  c.tailor = AddTailorCommand(app, o);

  c.rank = AddRankCommand(app, o);
  c.rank_resumes = AddRankResumesCommand(app, o);
  AddIndexCommands(app, o, &c);

  c.lint = app->add_subcommand("lint", "Review the bullets and sections of RESUME alone");
  c.lint->add_option("resume", o->lint_path, "Resume, UTF-8 text ('-': stdin)")->required();
  c.lint->add_flag("--json", o->json, "Print the report as JSON");
  c.lint
      ->add_option("--max-size", o->max_mb, "Refuse a resume larger than this many MB (default 4)")
      ->check(CLI::PositiveNumber);
  AddAsOfOption(c.lint, o);
  AddInputOptions(c.lint, o);
  AddAdviceLanguageOption(c.lint, o);

  c.extract = app->add_subcommand("extract", "List the skills found in each file");
  c.extract->add_option("files", o->files, "UTF-8 text files ('-': stdin)")->required();
  c.extract->add_flag("--jsonl", o->jsonl, "Input: JSON Lines with \"text\"; output: JSON Lines");
  AddLexiconOptions(c.extract, o);
  AddInputOptions(c.extract, o);

  c.read =
      app->add_subcommand("read", "Print the text tailorcore reads in FILE (PDF, DOCX, HTML, ...)");
  c.read->add_option("file", o->lint_path, "A document ('-': stdin)")->required();
  c.read->add_flag("--json", o->json, "Format, encoding, notes, layout facts and blocks as JSON");
  AddInputOptions(c.read, o);

  c.analyze = app->add_subcommand("analyze", "Print the analyzed tokens of each file");
  c.analyze->add_option("files", o->files, "Files ('-': stdin)")->required();
  AddInputOptions(c.analyze, o);

  CLI::App* lexicon_cmd = app->add_subcommand("lexicon", "Check lexicon files");
  lexicon_cmd->require_subcommand(1);
  c.check = lexicon_cmd->add_subcommand("check", "Check lexicon files: counts, or the first error");
  c.check->add_option("files", o->files, "Lexicon files (docs/lexicon-format.md)")->required();
  c.check->add_flag("--no-bundled", o->no_bundled, "Load into an empty lexicon");
  c.keys = lexicon_cmd->add_subcommand("keys", "Print the lookup key of each form read from stdin");
  return c;
}

// True (after saying so) when the first argument names no command.
bool UnknownCommand(CLI::App& app, int argc, char** argv) {
  if (argc <= 1 || argv[1][0] == '-') return false;
  const std::string command = argv[1];
  for (const CLI::App* sub : app.get_subcommands({})) {
    if (sub->get_name() == command) return false;
  }
  std::fprintf(
      stderr,
      "tailorcore: unknown command '%s' (try: compare, tailor, rank, rank-resumes, index, lint, "
      "read, extract, analyze, lexicon; --help)\n",
      command.c_str());
  return true;
}

int Run(const Commands& c, const Options& o) {
  const bool bundled = !o.no_bundled;
  if (c.read->parsed()) return RunRead(o.lint_path, o.json, o.input);
  if (c.compare->parsed()) return RunCompare(o);
  if (c.tailor->parsed()) return RunTailor(o);
  if (c.lint->parsed()) return RunLint(o.lint_path, o.json, o.max_mb, o);
  if (c.rank->parsed() || c.rank_resumes->parsed()) {
    std::string resume;
    std::string error;
    tailorcore::Extracted document;
    if (c.rank->parsed() && o.rank.feed_path.empty() && o.rank.index_path.empty()) {
      std::fprintf(stderr,
                   "tailorcore: rank needs POSTINGS (a JSON Lines feed) or --index INDEX\n");
      return kExitUsageError;
    }
    tailorcore::cli::RankCommand command = o.rank;
    command.resumes = c.rank_resumes->parsed();
    for (const std::string& w : o.where) {
      const std::size_t eq = w.find('=');
      if (eq == std::string::npos || eq == 0) {
        std::fprintf(stderr, "tailorcore: --where %s: expected NAME=VALUE\n", w.c_str());
        return kExitUsageError;
      }
      command.where.emplace_back(w.substr(0, eq), w.substr(eq + 1));
    }
    if (!ReadInput(o.rank.resume_path, &resume, &error, o.input, &document)) return Fail(error);
    auto engine = MakeEngine(o);
    if (!engine.ok()) return FailEngine(engine.status());
    if (command.resumes) return tailorcore::cli::RunRankResumes(*engine, document, command);
    return tailorcore::cli::RunRank(*engine, document, command);
  }
  if (c.index_build->parsed() || c.index_add->parsed() || c.index_remove->parsed() ||
      c.index_compact->parsed() || c.index_info->parsed()) {
    auto engine = MakeEngine(o);
    if (!engine.ok()) return FailEngine(engine.status());
    namespace cli = tailorcore::cli;
    if (c.index_remove->parsed()) return cli::RunIndexRemove(*engine, o.index_dir, o.index_ids);
    if (c.index_compact->parsed()) return cli::RunIndexCompact(*engine, o.index_dir);
    if (c.index_info->parsed())
      return cli::RunIndexInfo(*engine, o.index_dir, o.json, o.index_verify);
    return cli::RunIndexWrite(*engine, o.files, o.index_dir, o.rank.threads, o.rank.quiet,
                              c.index_add->parsed(), o.index_fields, o.index_resumes);
  }
  if (c.extract->parsed()) return RunExtract(o.files, o.lexicons, bundled, o.jsonl, o.input);
  if (c.analyze->parsed()) return RunAnalyze(o.files, o.input);
  if (c.check->parsed()) return RunLexiconCheck(o.files, bundled);
  if (c.keys->parsed()) return RunLexiconKeys();
  return kExitUsageError;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"tailorcore: how well a resume covers a job posting, and what to change"};
  app.set_version_flag("--version", std::string("tailorcore ") + tailorcore::Version());
  app.require_subcommand(1);
  app.get_formatter()->column_width(26);
  Options options;
  const Commands commands = AddCommands(&app, &options);
  if (UnknownCommand(app, argc, argv)) return kExitUsageError;
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) return app.exit(e);  // --help, --version
    std::fprintf(stderr, "tailorcore: %s (see tailorcore --help)\n", e.what());
    return kExitUsageError;
  }
  tailorcore::ParseDocumentFormat(options.input_format, &options.input.format);
#ifdef TAILORCORE_WITH_PDF
  tailorcore::EnablePdf();
#endif
  return Run(commands, options);
}
