// Stage 4 of the analysis chain: Snowball stemming (libstemmer), one stemmer per language of
// data/lang/registry.tsv.
#ifndef TAILORCORE_LIB_ANALYSIS_STEMMER_H_
#define TAILORCORE_LIB_ANALYSIS_STEMMER_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "tailorcore/token.h"

struct sb_stemmer;

namespace tailorcore::detail {

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

// Per-thread stemmers, one per language, made on first use from the language's Snowball module.
class StemmerScratch {
 public:
  // The stem of `word` in `language`, whose Snowball module is `module`; same preconditions as
  // SnowballStemmer::Stem.
  std::string Stem(LanguageId language, const std::string& module, std::string_view word);

 private:
  std::vector<std::unique_ptr<SnowballStemmer>> stemmers_;  // by language
};

}  // namespace tailorcore::detail

#endif  // TAILORCORE_LIB_ANALYSIS_STEMMER_H_
