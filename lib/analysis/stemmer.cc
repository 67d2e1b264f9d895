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

StemmerScratch::StemmerScratch() : english_("english"), russian_("russian") {}

const std::string& StemmerScratch::Stem(StemLanguage language, std::string_view word) {
  const bool english = language == StemLanguage::kEnglish;
  auto& memo = english ? english_memo_ : russian_memo_;
  if (auto it = memo.find(word); it != memo.end()) return it->second;
  if (memo.size() >= kMemoLimit) memo.clear();
  std::string stem = (english ? english_ : russian_).Stem(word);
  return memo.emplace(std::string(word), std::move(stem)).first->second;
}

}  // namespace tailorcore::detail
