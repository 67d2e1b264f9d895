// Stage 2 of the analysis chain: typographic folds, NFKC_Casefold (ICU) and ё→е, keeping for
// every output byte the input bytes it came from.
#ifndef TAILORCORE_LIB_ANALYSIS_NORMALIZE_H_
#define TAILORCORE_LIB_ANALYSIS_NORMALIZE_H_

#include <unicode/unistr.h>
#include <unicode/uversion.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "analysis/decode.h"
#include "tailorcore/status.h"

U_NAMESPACE_BEGIN
class Normalizer2;
class UnicodeString;
U_NAMESPACE_END

namespace tailorcore::detail {

// `utf8` with ICU's full case folding alone ("PostgreSQL" → "postgresql", "Straße" →
// "strasse"), not NFKC: for comparing words as people write them (titles, bullets, forms).
// Linear.
std::string FoldCase(std::string_view utf8);

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

  // Replaces `out` with the normalized form of `code_points`: every normalization segment
  // through ICU. The reference path. Thread-safe (const, no state).
  void Normalize(const std::vector<DecodedCodePoint>& code_points, NormalizedText* out) const;

  // The same result as DecodeUtf8(bytes, base, ...) followed by Normalize(), without the code
  // point buffer: a segment of one code point below kTableLimit (nearly all of them in Latin
  // and Cyrillic text) is read from a table that Create() filled by asking ICU the same
  // question. Adds the invalid sequences to *invalid. Thread-safe.
  void NormalizeUtf8(std::string_view bytes, std::uint32_t base, NormalizedText* out,
                     std::size_t* invalid) const;

  static constexpr char32_t kTableLimit = 0x3000;

 private:
  // For each code point below kTableLimit: its typographic fold, and the normalized UTF-8 of
  // a segment made of the code point alone.
  struct Entry {
    char32_t folded;      // TypographyFolds::Fold, kDrop included
    bool starter;         // `folded` starts a normalization segment
    std::uint8_t length;  // bytes of `normalized_bytes` from `offset`
    std::uint32_t offset;
  };
  struct Table {
    std::vector<Entry> entries;
    // For an ASCII byte that is a segment of its own when an ASCII byte follows it: its
    // normalized byte; 0 for NUL and any byte the typography table changes.
    std::uint8_t ascii[256] = {};
    std::string normalized_bytes;
  };

  TextNormalizer(TypographyFolds folds, const icu::Normalizer2* nfkc_casefold)
      : folds_(std::move(folds)), nfkc_casefold_(nfkc_casefold) {}

  // The segment NormalizeUtf8 is gathering: its first code point (folded) and, once it has a
  // second one, all of them for ICU.
  struct Segment {
    char32_t first = 0;
    std::size_t count = 0;
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
    icu::UnicodeString text;
  };
  // Appends the gathered segment to `out` (from the table when it is one code point) and
  // empties it.
  void Flush(Segment* segment, NormalizedText* out) const;
  // Copies a run of ASCII starting at s[i], all but its last byte, from the table; returns the
  // position of that last byte.
  std::int32_t CopyAsciiRun(const std::uint8_t* s, std::int32_t i, std::int32_t length,
                            std::uint32_t base, NormalizedText* out) const;

  // The normalized form of one segment, by ICU, appended to `out`.
  void AppendSegment(const icu::UnicodeString& segment, std::uint32_t begin, std::uint32_t end,
                     NormalizedText* out) const;

  TypographyFolds folds_;
  const icu::Normalizer2* nfkc_casefold_;  // owned by ICU, lives for the process
  std::shared_ptr<const Table> table_;
};

}  // namespace tailorcore::detail

#endif  // TAILORCORE_LIB_ANALYSIS_NORMALIZE_H_
