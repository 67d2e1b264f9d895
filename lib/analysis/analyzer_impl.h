// The analyzer's immutable state, shared by all copies of an Analyzer.
#ifndef TAILORCORE_LIB_ANALYSIS_ANALYZER_IMPL_H_
#define TAILORCORE_LIB_ANALYSIS_ANALYZER_IMPL_H_

#include <array>
#include <string>
#include <vector>

#include "analysis/analysis_path.h"
#include "analysis/normalize.h"
#include "analysis/tokenizer.h"
#include "base/flat_ids.h"
#include "base/string_hash.h"
#include "lang/languages.h"
#include "tailorcore/analyzer.h"

namespace tailorcore {

namespace detail {

// Each token's word and stem as ids of a vocabulary (kNoId where the vocabulary lacks them), by
// token index: what the matcher would otherwise look up token by token.
struct TokenIds {
  std::vector<std::uint32_t> word;
  std::vector<std::uint32_t> stem;
};

}  // namespace detail

class Analyzer::Impl {
 public:
  Impl(AnalyzerOptions options, detail::TextNormalizer normalizer, detail::Tokenizer tokenizer,
       const detail::Languages* languages, std::vector<detail::StringSet> stopwords)
      : options(options),
        normalizer(std::move(normalizer)),
        tokenizer(std::move(tokenizer)),
        languages(languages),
        stopwords(std::move(stopwords)) {
    for (Script script : {Script::kLatin, Script::kCyrillic}) {
      by_script[static_cast<std::size_t>(script)] = languages->ForScript(script);
    }
  }

  // Analyzer::Analyze on the chosen path (analysis_path.h). With a `vocabulary`, also fills
  // `ids` (not null) with each token's word and stem ids in it; the per-thread word memo keeps
  // them beside the stems, so a word seen before costs no lookup (calls with and without a
  // vocabulary may alternate: neither throws the memo away). The tokens are the same either
  // way. Thread-safe; `vocabulary` must be built (FlatIds::Build) and live through the call.
  AnalyzedText Analyze(std::string_view utf8, detail::AnalysisPath path,
                       const detail::FlatIds<std::string>* vocabulary = nullptr,
                       detail::TokenIds* ids = nullptr) const;

  AnalyzerOptions options;
  detail::TextNormalizer normalizer;
  detail::Tokenizer tokenizer;
  const detail::Languages* languages;        // the bundled registry (lives for the program)
  std::vector<detail::StringSet> stopwords;  // by language
  // By Script: the languages written in it, in registry order.
  std::array<std::vector<LanguageId>, 3> by_script;
};

namespace detail {

struct AnalyzerAccess {
  static const Analyzer::Impl& Of(const Analyzer& analyzer) { return *analyzer.impl_; }
};

// The analysis with every stage on its reference path: what tests compare Analyze() with.
inline AnalyzedText AnalyzeReference(const Analyzer& analyzer, std::string_view utf8) {
  return AnalyzerAccess::Of(analyzer).Analyze(utf8, AnalysisPath::kReference);
}

}  // namespace detail
}  // namespace tailorcore

#endif  // TAILORCORE_LIB_ANALYSIS_ANALYZER_IMPL_H_
