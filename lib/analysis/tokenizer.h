// Stage 3 of the analysis chain: word boundaries (ICU, UAX #29) plus tech-token rules, over
// normalized text.
#ifndef TAILORCORE_LIB_ANALYSIS_TOKENIZER_H_
#define TAILORCORE_LIB_ANALYSIS_TOKENIZER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "analysis/normalize.h"
#include "analysis/word_breaks.h"
#include "tailorcore/status.h"
#include "tailorcore/token.h"

namespace tailorcore::detail {

// A token as the tokenizer finds it: a byte range of the normalized text.
struct RawToken {
  std::uint32_t begin;  // in NormalizedText::text
  std::uint32_t end;
  TokenKind kind;
  bool compound;
  bool part;
};

// Per-thread mutable state of the tokenizer: ICU break iterators are not thread-safe.
struct TokenizerScratch {
  WordBreakScratch breaks;
  std::vector<Segment> segments;
};

class Tokenizer {
 public:
  // `slash_terms` is data/analysis/slash-terms.txt: one normalized term per line, '#' comments.
  // Returns kDataError (with name:line) for a line that is not word/word, kInternal when ICU
  // has no word break rules.
  static StatusOr<Tokenizer> Create(std::string_view slash_terms, std::string_view name);

  // Appends the tokens of `text` to `out`, in order (a compound is followed by its parts).
  // `input` is the original input that text.source_* point into: inner capitals there ("gRPC")
  // mark tech tokens. `path` chooses how word boundaries are found (both give the same tokens;
  // see word_breaks.h). Thread-safe given one scratch per thread.
  void Tokenize(const NormalizedText& text, std::string_view input, TokenizerScratch* scratch,
                std::vector<RawToken>* out, AnalysisPath path = AnalysisPath::kFast) const;

 private:
  explicit Tokenizer(WordBreaker breaker) : breaker_(std::move(breaker)) {}

  WordBreaker breaker_;
  std::unordered_set<std::string> slash_terms_;
};

}  // namespace tailorcore::detail

#endif  // TAILORCORE_LIB_ANALYSIS_TOKENIZER_H_
