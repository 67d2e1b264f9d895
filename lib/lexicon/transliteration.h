// Latin → Cyrillic transliteration of single-word skill names (ICU "Latin-Cyrillic"), so that
// "Кафка", "Кафкой", "Редисом" find Kafka and Redis without a Russian form in the lexicon.
#ifndef TAILORCORE_LIB_LEXICON_TRANSLITERATION_H_
#define TAILORCORE_LIB_LEXICON_TRANSLITERATION_H_

#include <unicode/uversion.h>

#include <memory>
#include <string>
#include <string_view>

U_NAMESPACE_BEGIN
class Transliterator;
U_NAMESPACE_END

namespace tailorcore::detail {

// Not thread-safe (ICU transliterators are not); used once per lexicon build.
class LatinToCyrillic {
 public:
  LatinToCyrillic();
  ~LatinToCyrillic();
  bool ok() const { return transliterator_ != nullptr; }

  // The Cyrillic spelling of `word` (lower-case ASCII letters), or "" when the result still
  // holds Latin letters.
  std::string Transliterate(std::string_view word);

 private:
  std::unique_ptr<icu::Transliterator> transliterator_;
};

}  // namespace tailorcore::detail

#endif  // TAILORCORE_LIB_LEXICON_TRANSLITERATION_H_
