#include "analysis/stemmer.h"

#include <libstemmer.h>

#include <climits>

namespace tailorcore::detail {

SnowballStemmer::SnowballStemmer(const char* algorithm)
    : stemmer_(sb_stemmer_new(algorithm, "UTF_8")) {}

SnowballStemmer::~SnowballStemmer() { sb_stemmer_delete(stemmer_); }

std::string SnowballStemmer::Stem(std::string_view word) {
  if (stemmer_ == nullptr || word.size() > INT_MAX) return std::string(word);
  const sb_symbol* stem = sb_stemmer_stem(stemmer_, reinterpret_cast<const sb_symbol*>(word.data()),
                                          static_cast<int>(word.size()));
  if (stem == nullptr) return std::string(word);
  return std::string(reinterpret_cast<const char*>(stem),
                     static_cast<std::size_t>(sb_stemmer_length(stemmer_)));
}

std::string StemmerScratch::Stem(LanguageId language, const std::string& module,
                                 std::string_view word) {
  if (language >= stemmers_.size()) stemmers_.resize(language + 1u);
  auto& stemmer = stemmers_[language];
  if (!stemmer) stemmer = std::make_unique<SnowballStemmer>(module.c_str());
  return stemmer->Stem(word);
}

}  // namespace tailorcore::detail
