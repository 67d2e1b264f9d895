// The analyzer's immutable state, shared by all copies of an Analyzer.
#ifndef TAILORCORE_LIB_ANALYSIS_ANALYZER_IMPL_H_
#define TAILORCORE_LIB_ANALYSIS_ANALYZER_IMPL_H_

#include <string>

#include "analysis/analysis_path.h"
#include "analysis/normalize.h"
#include "analysis/tokenizer.h"
#include "common/string_hash.h"
#include "tailorcore/analyzer.h"

namespace tailorcore {

class Analyzer::Impl {
 public:
  Impl(AnalyzerOptions options, detail::TextNormalizer normalizer, detail::Tokenizer tokenizer,
       detail::StringSet english_stopwords, detail::StringSet russian_stopwords)
      : options(options),
        normalizer(std::move(normalizer)),
        tokenizer(std::move(tokenizer)),
        english_stopwords(std::move(english_stopwords)),
        russian_stopwords(std::move(russian_stopwords)) {}

  // Analyzer::Analyze on the chosen path (analysis_path.h).
  AnalyzedText Analyze(std::string_view utf8, detail::AnalysisPath path) const;

  AnalyzerOptions options;
  detail::TextNormalizer normalizer;
  detail::Tokenizer tokenizer;
  detail::StringSet english_stopwords;
  detail::StringSet russian_stopwords;
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
