#include "lexicon/transliteration.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

namespace tailorcore::detail {

LatinToCyrillic::LatinToCyrillic() {
  UErrorCode status = U_ZERO_ERROR;
  transliterator_.reset(
      icu::Transliterator::createInstance("Latin-Cyrillic", UTRANS_FORWARD, status));
  if (U_FAILURE(status)) transliterator_.reset();
}

LatinToCyrillic::~LatinToCyrillic() = default;

std::string LatinToCyrillic::Transliterate(std::string_view word) {
  if (!ok()) return {};
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(word.data(), static_cast<std::int32_t>(word.size())));
  transliterator_->transliterate(text);
  std::string out;
  text.toUTF8String(out);
  for (char c : out) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return {};
  }
  return out;
}

}  // namespace tailorcore::detail
