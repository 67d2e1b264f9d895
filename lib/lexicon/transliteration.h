// Latin → Cyrillic transliteration of single-word skill names (ICU "Latin-Cyrillic"), so that
// "Кафка", "Кафкой", "Редисом" find Kafka and Redis without a Russian form in the lexicon.
#ifndef TAILORCORE_LIB_LEXICON_TRANSLITERATION_H_
#define TAILORCORE_LIB_LEXICON_TRANSLITERATION_H_

#include <unicode/uversion.h>

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

U_NAMESPACE_BEGIN
class Transliterator;
U_NAMESPACE_END

namespace tailorcore::detail {

// Not thread-safe (ICU transliterators are not); used once per lexicon build.
class LatinToCyrillic {
 public:
  // `table`: ICU's own results for known words, one "word<TAB>spelling" a line, a word list
  // (base/word_list.h: '#' comments, blank lines; data/lexicon/transliterations.tsv, made by
  // tools/lexicon/build_lexicon.py with the same ICU): building ICU's transliterator costs more
  // than compiling the rest of the lexicon's index, so it is built only for a word the table
  // lacks. Cost: linear in the table.
  explicit LatinToCyrillic(std::string_view table = {});
  ~LatinToCyrillic();
  LatinToCyrillic(const LatinToCyrillic&) = delete;
  LatinToCyrillic& operator=(const LatinToCyrillic&) = delete;

  // The Cyrillic spelling of `word` (lower-case ASCII letters), or "" when the result still
  // holds Latin letters or ICU has no Latin-Cyrillic transform. Cost: a binary search in the
  // table; for a word outside it, ICU (built on the first such word).
  std::string Transliterate(std::string_view word);

  // ICU's spelling of `word`, the table not consulted (what the table must agree with).
  std::string TransliterateWithIcu(std::string_view word);

  // Whether ICU's transliterator has been built (a word outside the table was asked for).
  bool built_icu() const { return icu_ != nullptr || icu_failed_; }

 private:
  std::vector<std::pair<std::string, std::string>> table_;  // sorted by word
  std::unique_ptr<icu::Transliterator> icu_;
  bool icu_failed_ = false;
};

}  // namespace tailorcore::detail

#endif  // TAILORCORE_LIB_LEXICON_TRANSLITERATION_H_
