// The analyzer's immutable state, shared by all copies of an Analyzer.
#ifndef TAILORCORE_LIB_ANALYSIS_ANALYZER_IMPL_H_
#define TAILORCORE_LIB_ANALYSIS_ANALYZER_IMPL_H_

#include <string>
#include <unordered_set>

#include "analysis/normalize.h"
#include "analysis/tokenizer.h"
#include "tailorcore/analyzer.h"

namespace tailorcore {

class Analyzer::Impl {
 public:
  Impl(AnalyzerOptions options, detail::TextNormalizer normalizer, detail::Tokenizer tokenizer,
       std::unordered_set<std::string> english_stopwords,
       std::unordered_set<std::string> russian_stopwords)
      : options(options),
        normalizer(std::move(normalizer)),
        tokenizer(std::move(tokenizer)),
        english_stopwords(std::move(english_stopwords)),
        russian_stopwords(std::move(russian_stopwords)) {}

  AnalyzerOptions options;
  detail::TextNormalizer normalizer;
  detail::Tokenizer tokenizer;
  std::unordered_set<std::string> english_stopwords;
  std::unordered_set<std::string> russian_stopwords;
};

}  // namespace tailorcore

#endif  // TAILORCORE_LIB_ANALYSIS_ANALYZER_IMPL_H_
