// tailorcore/engine.h: compare a resume with job postings.
//
//   auto engine = tailorcore::Engine::Create();                  // bundled lexicon, defaults
//   if (!engine.ok()) return fail(engine.status().message());
//   tailorcore::Document resume = engine->AnalyzeResume(resume_text);   // once
//   for (const std::string& posting : postings) {
//     tailorcore::Report report = engine->Compare(resume, posting);    // per posting
//     std::cout << report.score << "\n";
//   }
//
// Thread-safety: an Engine is immutable once created; any number of threads may call its const
// methods at once. A Document is an immutable value and may be shared too.
#ifndef TAILORCORE_ENGINE_H_
#define TAILORCORE_ENGINE_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "tailorcore/analyzer.h"
#include "tailorcore/extract.h"
#include "tailorcore/lexicon.h"
#include "tailorcore/profile.h"
#include "tailorcore/report.h"
#include "tailorcore/scoring.h"
#include "tailorcore/status.h"
#include "tailorcore/tailor.h"
#include "tailorcore/version.h"

namespace tailorcore {

namespace detail {
struct EngineAccess;  // the library's batch code reaches the engine's internals through it
}  // namespace detail

struct EngineOptions {
  // Lexicon files loaded on top of the bundled lexicon, or instead of it with
  // `bundled_lexicon = false`.
  bool bundled_lexicon = true;
  std::vector<std::string> lexicon_files;
  AnalyzerOptions analyzer;
  ScoringOptions scoring;
  // The day "present" in a resume's dates means ("Jan 2019 – present"), as "YYYY-MM-DD" (the
  // month counts); empty: the day the engine is created (UTC). Set it for results that do not
  // change with the calendar. Engine::Create fails with kInvalidArgument for another shape.
  std::string as_of;
  // The language of the report's advice (suggestions), as a registered language code ("en",
  // "ru"); empty: the resume's own language (that of most of its words), English when no
  // language's words are found. Engine::Create fails with kInvalidArgument for an unknown code.
  std::string advice_language;
};

// An analyzed resume or posting: its text, tokens, skills and sections. Made by an Engine, used
// with the same Engine. Copies share the analysis.
class Document {
 public:
  const std::string& text() const;
  const AnalyzedText& analyzed() const;
  const MatchResult& matches() const;
  const std::vector<Section>& sections() const;

  class Impl;  // detail

 private:
  friend class Engine;
  friend struct detail::EngineAccess;
  explicit Document(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}
  std::shared_ptr<const Impl> impl_;
};

class Engine {
 public:
  // Builds the lexicon and loads the structure data. Errors: kIoError for an unreadable lexicon
  // file, kDataError with "file:line" for a malformed one, kInvalidArgument for negative or
  // non-finite weights. Cost: about a second with the bundled lexicon.
  static StatusOr<Engine> Create(const EngineOptions& options = {});

  // Analyzes a resume once, for any number of comparisons. Never fails. Thread-safe.
  Document AnalyzeResume(std::string_view text) const;
  // Analyzes a posting. Never fails. Thread-safe.
  Document AnalyzePosting(std::string_view text) const;
  // The same for an extracted document (ExtractText): its text, with the headings its format
  // marks (DOCX heading styles, HTML <h1>-<h6>, Markdown '#', PDF headings by font size) read
  // as section headings where the text alone would not ("Where I have worked" becomes the
  // experience section; docs/documents.md, "Headings"). Plain text reads as the string overload.
  // Never fails. Thread-safe. Cost: the string overload's, plus a pass over the heading blocks.
  Document AnalyzeResume(const Extracted& document) const;
  Document AnalyzePosting(const Extracted& document) const;

  // Compares an analyzed resume with a posting. Never fails: an empty posting gives a report
  // with no keywords and score 0. Thread-safe. Precondition: both documents come from this
  // engine (or one with the same options), `resume` from AnalyzeResume and `posting` from
  // AnalyzePosting (a document analyzed as the other kind has the other kind's sections, and a
  // posting has no bullets to review).
  Report Compare(const Document& resume, const Document& posting) const;
  Report Compare(const Document& resume, std::string_view posting) const;
  Report Compare(std::string_view resume, std::string_view posting) const;

  // What a posting asks, computed once (tailorcore/profile.h): Compare(resume, posting) is
  // Score(resume, Profile(posting)), byte for byte. Never fails. Thread-safe. Cost: the
  // posting's analysis (the string overload) and a pass over its matches.
  PostingProfile Profile(const Document& posting) const;
  PostingProfile Profile(std::string_view posting) const;
  // The report of an analyzed resume against a profile. Precondition: the profile comes from
  // this engine or one with the same lexicon and scoring options (its weights were computed
  // with them). Never fails. Thread-safe. Cost: linear in the resume's matches and the
  // profile's keywords, plus the advice.
  Report Score(const Document& resume, const PostingProfile& profile) const;

  // The resume tailored to the posting by moves and exact wording only (tailorcore/tailor.h,
  // docs/tailoring.md): the tailored text, every edit with its reason, a unified diff, the
  // score before and after, and the gaps tailoring cannot close. Never fails: a resume with
  // nothing to tailor comes back unchanged with no edits. The result keeps the guarantee of
  // tailor.h; a step whose result would break it is left out and named in `withheld`.
  // Preconditions as for Score. Thread-safe. Cost: the original's report, then one analysis and
  // score of the resume per step taken (four at most), about 5 times a Compare. A resume past
  // AnalyzerOptions::max_input_bytes (AnalyzedText::truncated) is not tailored: it comes back
  // as it was, with no edits (the Document overload: its analyzed prefix, Document::text()).
  Tailored Tailor(const Document& resume, const PostingProfile& profile,
                  const TailorOptions& options = {}) const;
  Tailored Tailor(std::string_view resume, std::string_view posting,
                  const TailorOptions& options = {}) const;

  // What a naive applicant tracking system misses or misplaces in a document (docs/documents.md):
  // a suggestion (SuggestionKind::kLayout, in the advice language) for each skill the real
  // reading shows and the naive one (Extracted::naive_text) loses (text boxes, page headers and
  // footers in DOCX; rows run across two PDF columns), and for each it reads into another
  // section; at most ten, in document order. Empty when the naive reading is the real one.
  // Never fails. Thread-safe. Cost: two resume analyses.
  std::vector<Suggestion> ReadingAdvice(const Extracted& document) const;

  const Lexicon& lexicon() const;
  const EngineOptions& options() const;

  class Impl;  // detail

 private:
  friend struct detail::EngineAccess;
  explicit Engine(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}
  std::shared_ptr<const Impl> impl_;
};

// Fills the page, column and paragraph of each resume evidence in `report` from `document`, the
// resume as ExtractText read it (Evidence::page): the block holding each occurrence. Nothing for
// a text resume (no pages or paragraphs). Precondition: the report compares document.text. Cost:
// O(evidence × log blocks). Thread-safe on distinct reports.
void LocateEvidence(const Extracted& document, Report* report);

// The library's version, "0.1.0" (TAILORCORE_VERSION_STRING of the headers it was built with).
// Static storage; thread-safe.
const char* Version();

}  // namespace tailorcore

#endif  // TAILORCORE_ENGINE_H_
