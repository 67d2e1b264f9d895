#include "lexicon/transliteration.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>

#include "base/word_list.h"

namespace tailorcore::detail {
namespace {

// "" when `spelling` still holds a Latin letter: ICU left part of the word untransliterated.
std::string CyrillicOnly(std::string_view spelling) {
  for (char c : spelling) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return {};
  }
  return std::string(spelling);
}

}  // namespace

LatinToCyrillic::LatinToCyrillic(std::string_view table) {
  for (const WordListEntry& entry : ParseWordList(table)) {
    std::vector<std::string> fields = SplitFields(entry.text);
    if (fields.size() == 2) table_.emplace_back(std::move(fields[0]), std::move(fields[1]));
  }
  // Sorted by the generator; sorting again keeps a hand-edited table correct.
  if (!std::is_sorted(table_.begin(), table_.end())) std::sort(table_.begin(), table_.end());
}

LatinToCyrillic::~LatinToCyrillic() = default;

std::string LatinToCyrillic::Transliterate(std::string_view word) {
  auto at = std::lower_bound(table_.begin(), table_.end(), word,
                             [](const auto& entry, std::string_view w) { return entry.first < w; });
  if (at != table_.end() && at->first == word) return CyrillicOnly(at->second);
  return CyrillicOnly(TransliterateWithIcu(word));
}

std::string LatinToCyrillic::TransliterateWithIcu(std::string_view word) {
  if (icu_ == nullptr && !icu_failed_) {
    UErrorCode status = U_ZERO_ERROR;
    icu_.reset(icu::Transliterator::createInstance("Latin-Cyrillic", UTRANS_FORWARD, status));
    if (U_FAILURE(status)) icu_.reset();
    icu_failed_ = icu_ == nullptr;
  }
  if (icu_ == nullptr) return {};
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(word.data(), static_cast<std::int32_t>(word.size())));
  icu_->transliterate(text);
  std::string out;
  text.toUTF8String(out);
  return out;
}

}  // namespace tailorcore::detail
