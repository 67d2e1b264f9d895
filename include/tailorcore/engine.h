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
#include "tailorcore/lexicon.h"
#include "tailorcore/report.h"
#include "tailorcore/status.h"

namespace tailorcore {

namespace detail {
struct EngineAccess;  // the library's batch code reaches the engine's internals through it
}  // namespace detail

// Weights of the score (docs/scoring.md). Every default is listed here.
struct ScoringOptions {
  double required_weight = 3.0;    // base weight of a required keyword
  double preferred_weight = 1.5;   // of a preferred one
  double mentioned_weight = 1.0;   // of one only mentioned (responsibilities, about, other)
  double title_factor = 1.5;       // × for a keyword in the posting's title
  double repeat_bonus = 0.25;      // + per extra occurrence in the posting ...
  double max_repeat_bonus = 0.5;   // ... up to this (so × 1.5 at most)
  double experience_credit = 1.0;  // credit when shown in experience or projects
  double summary_credit = 0.85;    // when shown in the summary at best
  double listed_credit = 0.7;      // when only listed (skills section, other sections)
  bool candidate_keywords = true;  // count technology-shaped terms the lexicon lacks
};

struct EngineOptions {
  // Lexicon files loaded on top of the bundled lexicon, or instead of it with
  // `bundled_lexicon = false`.
  bool bundled_lexicon = true;
  std::vector<std::string> lexicon_files;
  AnalyzerOptions analyzer;
  ScoringOptions scoring;
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

  // Compares an analyzed resume with a posting. Never fails: an empty posting gives a report
  // with no keywords and score 0. Thread-safe. Precondition: both documents come from this
  // engine (or one with the same options), `resume` from AnalyzeResume and `posting` from
  // AnalyzePosting (a document analyzed as the other kind has the other kind's sections, and a
  // posting has no bullets to review).
  Report Compare(const Document& resume, const Document& posting) const;
  Report Compare(const Document& resume, std::string_view posting) const;
  Report Compare(std::string_view resume, std::string_view posting) const;

  const Lexicon& lexicon() const;
  const EngineOptions& options() const;

  class Impl;  // detail

 private:
  friend struct detail::EngineAccess;
  explicit Engine(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}
  std::shared_ptr<const Impl> impl_;
};

}  // namespace tailorcore

#endif  // TAILORCORE_ENGINE_H_
