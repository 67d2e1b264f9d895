// Stage 3 of the analysis chain: word boundaries (ICU, UAX #29) plus tech-token rules, over
// normalized text.
#ifndef TAILORCORE_LIB_ANALYSIS_TOKENIZER_H_
#define TAILORCORE_LIB_ANALYSIS_TOKENIZER_H_

#include <unicode/uversion.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "analysis/normalize.h"
#include "tailorcore/status.h"
#include "tailorcore/token.h"

U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END

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
class TokenizerScratch {
 public:
  TokenizerScratch();
  ~TokenizerScratch();
  TokenizerScratch(const TokenizerScratch&) = delete;
  TokenizerScratch& operator=(const TokenizerScratch&) = delete;

  icu::BreakIterator* word_breaks() { return word_breaks_.get(); }

 private:
  std::unique_ptr<icu::BreakIterator> word_breaks_;
};

class Tokenizer {
 public:
  // `slash_terms` is data/analysis/slash-terms.txt: one normalized term per line, '#' comments.
  // Returns kDataError (with name:line) for a line that is not word/word, kInternal when ICU
  // has no word break rules.
  static StatusOr<Tokenizer> Create(std::string_view slash_terms, std::string_view name);

  // Appends the tokens of `text` to `out`, in order (a compound is followed by its parts).
  // `input` is the original input that text.source_* point into: inner capitals there ("gRPC")
  // mark tech tokens. Thread-safe given one scratch per thread.
  void Tokenize(const NormalizedText& text, std::string_view input, TokenizerScratch* scratch,
                std::vector<RawToken>* out) const;

 private:
  std::unordered_set<std::string> slash_terms_;
};

}  // namespace tailorcore::detail

#endif  // TAILORCORE_LIB_ANALYSIS_TOKENIZER_H_
