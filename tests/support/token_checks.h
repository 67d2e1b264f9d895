// The one helper every analysis test goes through: it analyzes a text and checks the invariants
// every later stage relies on, for every token.
#ifndef TAILORCORE_TESTS_SUPPORT_TOKEN_CHECKS_H_
#define TAILORCORE_TESTS_SUPPORT_TOKEN_CHECKS_H_

#include <string>
#include <string_view>
#include <vector>

#include "tailorcore/analyzer.h"

namespace tailorcore::testing {

// The analyzer the tests share (default options).
const Analyzer& SharedAnalyzer();

// Checks, with Catch2 assertions, for every token of `text` (the analysis of `input`):
//  - 0 <= begin < end <= input.size(), and begin never goes backwards from token to token;
//  - the bytes at [begin, end) are what the token came from: normalizing them gives the token's
//    normalized form (or contains it, where one character normalizes to several words, ½ → 1⁄2);
//  - a part lies inside the compound before it.
// `sample_every` > 1 checks the bytes of only every n-th token (for very large inputs).
void CheckTokenInvariants(std::string_view input, const AnalyzedText& text,
                          std::size_t sample_every = 1);

// Checks, with Catch2 assertions, that `text` (Analyze(input)) is token for token, field for
// field, what the reference path gives: ICU normalization of every segment and ICU word
// boundaries over the whole text (lib/analysis/analysis_path.h).
void CheckSameAsReference(std::string_view input, const AnalyzedText& text);

// Analyzes `input` with SharedAnalyzer() and runs CheckTokenInvariants and CheckSameAsReference
// on the result.
AnalyzedText AnalyzeChecked(std::string_view input);

// The normalized forms of the tokens that are not compound parts, in order.
std::vector<std::string> Words(const AnalyzedText& text);

// The normalized forms of all tokens, parts included, in order.
std::vector<std::string> AllTokens(const AnalyzedText& text);

}  // namespace tailorcore::testing

#endif  // TAILORCORE_TESTS_SUPPORT_TOKEN_CHECKS_H_
