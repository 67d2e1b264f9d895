// Stage 2 of the analysis chain: typographic folds, NFKC_Casefold (ICU) and ё→е, keeping for
// every output byte the input bytes it came from.
#ifndef TAILORCORE_LIB_ANALYSIS_NORMALIZE_H_
#define TAILORCORE_LIB_ANALYSIS_NORMALIZE_H_

#include <unicode/uversion.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "analysis/decode.h"
#include "tailorcore/status.h"

U_NAMESPACE_BEGIN
class Normalizer2;
U_NAMESPACE_END

namespace tailorcore::detail {

// Normalized UTF-8 text with a map back to the input: output byte i came from input bytes
// [source_begin[i], source_end[i]). A character that normalizes to several (ﬁ → fi, ½ → 1⁄2)
// maps all of them to its own bytes.
struct NormalizedText {
  std::string text;
  std::vector<std::uint32_t> source_begin;
  std::vector<std::uint32_t> source_end;

  void clear() {
    text.clear();
    source_begin.clear();
    source_end.clear();
  }
};

// data/analysis/typography.tsv compiled: code point → replacement (kDrop to remove).
class TypographyFolds {
 public:
  static constexpr char32_t kDrop = 0xFFFFFFFF;

  // Parses the file format described at the top of data/analysis/typography.tsv. `name` is used
  // in error messages ("typography.tsv:12: ...").
  static StatusOr<TypographyFolds> Parse(std::string_view content, std::string_view name);

  // The replacement for `c`, kDrop, or `c` itself when it has none.
  char32_t Fold(char32_t c) const {
    auto it = folds_.find(c);
    return it == folds_.end() ? c : it->second;
  }

 private:
  std::unordered_map<char32_t, char32_t> folds_;
};

class TextNormalizer {
 public:
  // Returns kInternal when ICU's NFKC_Casefold data is missing.
  static StatusOr<TextNormalizer> Create(TypographyFolds folds);

  // Replaces `out` with the normalized form of `code_points`. Thread-safe (const, no state).
  void Normalize(const std::vector<DecodedCodePoint>& code_points, NormalizedText* out) const;

 private:
  TextNormalizer(TypographyFolds folds, const icu::Normalizer2* nfkc_casefold)
      : folds_(std::move(folds)), nfkc_casefold_(nfkc_casefold) {}

  TypographyFolds folds_;
  const icu::Normalizer2* nfkc_casefold_;  // owned by ICU, lives for the process
};

}  // namespace tailorcore::detail

#endif  // TAILORCORE_LIB_ANALYSIS_NORMALIZE_H_
