// Which implementation an analysis stage runs. The fast path is what Analyzer::Analyze uses;
// the reference path does every step through ICU (normalization of every segment, word
// boundaries over the whole text). Both give the same tokens; tests compare them
// (tests/support/token_checks.cc, tests/analysis/word_breaks_test.cc).
#ifndef TAILORCORE_LIB_ANALYSIS_ANALYSIS_PATH_H_
#define TAILORCORE_LIB_ANALYSIS_ANALYSIS_PATH_H_

#include <cstdint>

namespace tailorcore::detail {

enum class AnalysisPath : std::uint8_t { kFast, kReference };

}  // namespace tailorcore::detail

#endif  // TAILORCORE_LIB_ANALYSIS_ANALYSIS_PATH_H_
