// Stage 4 of the analysis chain: Snowball stemming (libstemmer), English and Russian.
#ifndef TAILORCORE_LIB_ANALYSIS_STEMMER_H_
#define TAILORCORE_LIB_ANALYSIS_STEMMER_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "common/string_hash.h"

struct sb_stemmer;

namespace tailorcore::detail {

enum class StemLanguage { kEnglish, kRussian };

// One Snowball stemmer. Not thread-safe (libstemmer keeps its work area in the object): keep one
// per thread, as StemmerScratch does.
class SnowballStemmer {
 public:
  // `algorithm` is a libstemmer name ("english", "russian"). ok() is false when libstemmer does
  // not know it.
  explicit SnowballStemmer(const char* algorithm);
  ~SnowballStemmer();
  SnowballStemmer(const SnowballStemmer&) = delete;
  SnowballStemmer& operator=(const SnowballStemmer&) = delete;

  bool ok() const { return stemmer_ != nullptr; }

  // The stem of `word`. Preconditions (libstemmer's): UTF-8, lower case, NFC. Returns `word`
  // unchanged if the stemmer is not ok() or runs out of memory.
  std::string Stem(std::string_view word);

 private:
  sb_stemmer* stemmer_;
};

// Per-thread stemmers with a memo of stems: words repeat so much in postings that the memo
// answers most lookups (benchmarks/ measures by how much).
class StemmerScratch {
 public:
  StemmerScratch();

  bool ok() const { return english_.ok() && russian_.ok(); }

  // The stem of `word` in `language`; same preconditions as SnowballStemmer::Stem.
  const std::string& Stem(StemLanguage language, std::string_view word);
  // The same without the memo, for callers that keep their own.
  std::string StemUncached(StemLanguage language, std::string_view word) {
    return (language == StemLanguage::kEnglish ? english_ : russian_).Stem(word);
  }

  static constexpr std::size_t kMemoLimit = 1 << 17;  // entries per language before a reset

 private:
  SnowballStemmer english_;
  SnowballStemmer russian_;
  StringMap<std::string> english_memo_;
  StringMap<std::string> russian_memo_;
};

}  // namespace tailorcore::detail

#endif  // TAILORCORE_LIB_ANALYSIS_STEMMER_H_
