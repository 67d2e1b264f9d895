#include "analysis/word_breaks.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

namespace tailorcore::detail {
namespace {

bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

}  // namespace

WordBreakScratch::WordBreakScratch() {
  UErrorCode status = U_ZERO_ERROR;
  iterator_.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
  if (U_FAILURE(status)) iterator_.reset();
}

WordBreakScratch::~WordBreakScratch() = default;

StatusOr<WordBreaker> WordBreaker::Create() {
  {
    WordBreakScratch probe;
    if (probe.iterator() == nullptr) {
      return Status(StatusCode::kInternal, "ICU word break rules are unavailable");
    }
  }
  auto classes = std::make_shared<std::vector<Class>>(kTableLimit, kUncovered);
  for (UChar32 c = 0; c < static_cast<UChar32>(kTableLimit); ++c) {
    Class k = kUncovered;
    switch (u_getIntPropertyValue(c, UCHAR_WORD_BREAK)) {
      case U_WB_ALETTER:
        k = kALetter;
        break;
      case U_WB_NUMERIC:
        k = kNumeric;
        break;
      case U_WB_MIDLETTER:
        k = kMidLetter;
        break;
      case U_WB_MIDNUMLET:
      case U_WB_SINGLE_QUOTE:
        k = kMidNumLet;
        break;
      case U_WB_MIDNUM:
        k = kMidNum;
        break;
      case U_WB_EXTENDNUMLET:
        k = kExtendNumLet;
        break;
      case U_WB_OTHER:
        k = kOther;
        break;
      default:
        k = kUncovered;
        break;  // Extend, Format, ZWJ, Hebrew, Katakana, spaces, ...
    }
    // ICU's word rules (word.txt) differ from UAX #29 here: the colon and its compatibility
    // forms are not MidLetter, and '@' is a letter (so "jane@example.com" stays whole).
    if (c == 0x3A || c == 0xFE55 || c == 0xFF1A) k = kOther;
    if (c == 0x40) k = kALetter;
    // Rules the table does not model: emoji sequences, dictionary-based scripts (Thai, Lao,
    // Khmer, Myanmar), ideographs, and the white space the fast path cuts at.
    if (u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC) ||
        u_getIntPropertyValue(c, UCHAR_LINE_BREAK) == U_LB_COMPLEX_CONTEXT ||
        u_hasBinaryProperty(c, UCHAR_IDEOGRAPHIC) || U_IS_SURROGATE(c) ||
        (c < 0x80 && IsAsciiSpace(static_cast<char>(c)))) {
      k = kUncovered;
    }
    (*classes)[static_cast<std::size_t>(c)] = k;
  }
  WordBreaker breaker;
  breaker.classes_ = std::move(classes);
  return breaker;
}

void WordBreaker::IcuSegments(std::string_view text, std::uint32_t base, WordBreakScratch* scratch,
                              std::vector<Segment>* out) {
  icu::BreakIterator* breaks = scratch->iterator();
  if (breaks == nullptr || text.empty()) return;
  UErrorCode status = U_ZERO_ERROR;
  icu::LocalUTextPointer utext(
      utext_openUTF8(nullptr, text.data(), static_cast<std::int64_t>(text.size()), &status));
  if (U_FAILURE(status)) return;
  breaks->setText(utext.getAlias(), status);
  if (U_FAILURE(status)) return;
  std::int32_t previous = breaks->first();
  for (std::int32_t next = breaks->next(); next != icu::BreakIterator::DONE;
       previous = next, next = breaks->next()) {
    if (breaks->getRuleStatus() >= UBRK_WORD_NONE_LIMIT) {
      out->push_back(
          {base + static_cast<std::uint32_t>(previous), base + static_cast<std::uint32_t>(next)});
    }
  }
  // Detach the iterator from `utext` before it closes.
  breaks->setText(icu::UnicodeString());
}

bool WordBreaker::FastSegments(std::string_view piece, std::uint32_t base,
                               WordBreakScratch* scratch, std::vector<Segment>* out) const {
  std::vector<std::uint8_t>& cls = scratch->classes;
  std::vector<std::uint32_t>& offset = scratch->offsets;
  cls.clear();
  offset.clear();
  const auto* s = reinterpret_cast<const std::uint8_t*>(piece.data());
  const auto length = static_cast<std::int32_t>(piece.size());
  const std::vector<Class>& table = *classes_;
  for (std::int32_t i = 0; i < length;) {
    const std::int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0 || static_cast<char32_t>(c) >= kTableLimit) return false;
    const Class k = table[static_cast<std::size_t>(c)];
    if (k == kUncovered) return false;
    cls.push_back(k);
    offset.push_back(static_cast<std::uint32_t>(start));
  }
  offset.push_back(static_cast<std::uint32_t>(length));

  const std::size_t n = cls.size();
  auto at = [&](std::size_t k) -> std::uint8_t { return k < n ? cls[k] : static_cast<std::uint8_t>(kUncovered); };
  auto emit = [&](std::size_t from, std::size_t to) {
    // A segment of one character is a word only if it is a letter or a digit; every longer
    // one was joined by a rule that ICU tags as a word or number (WB5-WB13b).
    if (to - from >= 2 || cls[from] == kALetter || cls[from] == kNumeric) {
      out->push_back({base + offset[from], base + offset[to]});
    }
  };
  std::size_t start = 0;
  for (std::size_t k = 1; k < n; ++k) {
    const std::uint8_t before = cls[k - 1];
    const std::uint8_t here = cls[k];
    const bool mid_letter = here == kMidLetter || here == kMidNumLet;
    const bool mid_number = here == kMidNum || here == kMidNumLet;
    const bool after_mid_letter = before == kMidLetter || before == kMidNumLet;
    const bool after_mid_number = before == kMidNum || before == kMidNumLet;
    bool join = false;
    if (before == kALetter) {
      join = here == kALetter ||                         // WB5
             (mid_letter && at(k + 1) == kALetter) ||    // WB6
             here == kNumeric || here == kExtendNumLet;  // WB9, WB13a
    } else if (before == kNumeric) {
      join = here == kNumeric || here == kALetter ||   // WB8, WB10
             (mid_number && at(k + 1) == kNumeric) ||  // WB12
             here == kExtendNumLet;                    // WB13a
    } else if (before == kExtendNumLet) {
      join = here == kExtendNumLet || here == kALetter || here == kNumeric;  // WB13a, WB13b
    } else if (k >= 2) {
      join = (after_mid_letter && cls[k - 2] == kALetter && here == kALetter) ||  // WB7
             (after_mid_number && cls[k - 2] == kNumeric && here == kNumeric);    // WB11
    }
    if (!join) {
      emit(start, k);
      start = k;
    }
  }
  if (n > 0) emit(start, n);
  return true;
}

void WordBreaker::Find(std::string_view text, AnalysisPath path, WordBreakScratch* scratch,
                       std::vector<Segment>* out) const {
  if (path == AnalysisPath::kReference) {
    IcuSegments(text, 0, scratch, out);
    return;
  }
  const std::size_t size = text.size();
  std::size_t i = 0;
  while (i < size) {
    while (i < size && IsAsciiSpace(text[i])) ++i;
    std::size_t end = i;
    while (end < size && !IsAsciiSpace(text[end])) ++end;
    if (end > i) {
      const std::string_view piece = text.substr(i, end - i);
      const auto base = static_cast<std::uint32_t>(i);
      if (!FastSegments(piece, base, scratch, out)) IcuSegments(piece, base, scratch, out);
    }
    i = end;
  }
}

}  // namespace tailorcore::detail
