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
  for (std::size_t b = 0; b < 0x80; ++b) {
    breaker.ascii_[b] = IsAsciiSpace(static_cast<char>(b))
                            ? static_cast<std::uint8_t>(kSpace)
                            : static_cast<std::uint8_t>((*classes)[b]);
  }
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

void WordBreaker::ApplyRules(const std::uint8_t* cls, const std::uint32_t* offset, std::size_t n,
                             std::vector<Segment>* out) {
  auto at = [&](std::size_t k) -> std::uint8_t {
    return k < n ? cls[k] : static_cast<std::uint8_t>(kUncovered);
  };
  auto emit = [&](std::size_t from, std::size_t to) {
    // A segment of one character is a word only if it is a letter or a digit; every longer
    // one was joined by a rule that ICU tags as a word or number (WB5-WB13b).
    if (to - from >= 2 || cls[from] == kALetter || cls[from] == kNumeric) {
      out->push_back({offset[from], offset[to]});
    }
  };
  std::size_t start = 0;
  for (std::size_t k = 1; k < n; ++k) {
    const std::uint8_t before = cls[k - 1];
    const std::uint8_t here = cls[k];
    bool join = false;
    if (before == kALetter) {
      join = here == kALetter ||                                                       // WB5
             ((here == kMidLetter || here == kMidNumLet) && at(k + 1) == kALetter) ||  // WB6
             here == kNumeric || here == kExtendNumLet;                                // WB9, WB13a
    } else if (before == kNumeric) {
      join = here == kNumeric || here == kALetter ||                                // WB8, WB10
             ((here == kMidNum || here == kMidNumLet) && at(k + 1) == kNumeric) ||  // WB12
             here == kExtendNumLet;                                                 // WB13a
    } else if (before == kExtendNumLet) {
      join = here == kExtendNumLet || here == kALetter || here == kNumeric;  // WB13a, WB13b
    } else if (k >= 2 && (here == kALetter || here == kNumeric)) {
      const bool after_mid_letter = before == kMidLetter || before == kMidNumLet;
      const bool after_mid_number = before == kMidNum || before == kMidNumLet;
      join = (after_mid_letter && cls[k - 2] == kALetter && here == kALetter) ||  // WB7
             (after_mid_number && cls[k - 2] == kNumeric && here == kNumeric);    // WB11
    }
    if (!join) {
      emit(start, k);
      start = k;
    }
  }
  if (n > 0) emit(start, n);
}

void WordBreaker::Find(std::string_view text, AnalysisPath path, WordBreakScratch* scratch,
                       std::vector<Segment>* out) const {
  if (path == AnalysisPath::kReference) {
    IcuSegments(text, 0, scratch, out);
    return;
  }
  // One pass: each piece between ASCII white space gets the class and offset of each of its
  // code points; a piece with an uncovered one goes to ICU.
  const std::size_t size = text.size();
  if (scratch->classes.size() < size + 1) {
    scratch->classes.resize(size + 1);
    scratch->offsets.resize(size + 1);
  }
  std::uint8_t* cls = scratch->classes.data();
  std::uint32_t* offset = scratch->offsets.data();
  const Class* table = classes_->data();
  const auto* s = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto length = static_cast<std::int32_t>(size);
  std::int32_t i = 0;
  while (i < length) {
    while (i < length && s[i] < 0x80 && ascii_[s[i]] == kSpace) ++i;
    const std::int32_t piece_begin = i;
    std::size_t n = 0;
    bool covered = true;
    while (i < length) {
      const std::uint8_t b = s[i];
      std::uint8_t k;
      const std::int32_t start = i;
      if (b < 0x80) {
        k = ascii_[b];
        if (k == kSpace) break;
        ++i;
      } else {
        UChar32 c;
        U8_NEXT(s, i, length, c);
        k = c >= 0 && static_cast<char32_t>(c) < kTableLimit ? table[c] : kUncovered;
      }
      covered = covered && k != kUncovered;
      cls[n] = k;
      offset[n] = static_cast<std::uint32_t>(start);
      ++n;
    }
    if (n == 0) continue;
    offset[n] = static_cast<std::uint32_t>(i);
    if (covered) {
      ApplyRules(cls, offset, n, out);
    } else {
      IcuSegments(text.substr(static_cast<std::size_t>(piece_begin),
                              static_cast<std::size_t>(i - piece_begin)),
                  static_cast<std::uint32_t>(piece_begin), scratch, out);
    }
  }
}

}  // namespace tailorcore::detail
