#include "structure/lines.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>
#include <utility>

namespace tailorcore::detail {
namespace {

// Multi-byte bullet marks, as UTF-8. Any of them starts a list item, at a line start or inline.
constexpr std::array<std::string_view, 27> kBullets = {
    "\xE2\x80\xA2",      // • U+2022
    "\xE2\x96\xAA",      // ▪ U+25AA
    "\xE2\x97\xA6",      // ◦ U+25E6
    "\xE2\x97\x8F",      // ● U+25CF
    "\xE2\x96\xA0",      // ■ U+25A0
    "\xE2\x9E\xA2",      // ➢ U+27A2
    "\xE2\x9C\x93",      // ✓ U+2713
    "\xE2\x9C\x94",      // ✔ U+2714
    "\xE2\x80\xA3",      // ‣ U+2023
    "\xE2\x81\x83",      // ⁃ U+2043
    "\xE2\x97\x8B",      // ○ U+25CB
    "\xEF\x82\xB7",      // U+F0B7, Word's Symbol-font bullet
    "\xC3\xA2\xC2\xA2",  // "â¢": • decoded as Windows-1252, then re-encoded
    "\xE2\x98\x9E",      // ☞ U+261E
    "\xE2\x9E\xA4",      // ➤ U+27A4
    "\xE2\x96\xBA",      // ► U+25BA
    "\xE2\x96\xB6",      // ▶ U+25B6
    "\xE2\x96\xB8",      // ▸ U+25B8
    "\xE2\x9E\x94",      // ➔ U+2794
    "\xE2\x9E\x9C",      // ➜ U+279C
    "\xE2\x97\x86",      // ◆ U+25C6
    "\xE2\x97\x87",      // ◇ U+25C7
    "\xE2\x9D\x96",      // ❖ U+2756
    "\xE2\x9C\xA6",      // ✦ U+2726
    "\xE2\x98\x85",      // ★ U+2605
    "\xE2\x9C\xB1",      // ✱ U+2731
    "\xE2\xA6\x81",      // ⦁ U+2981
};
// Dashes that mark a list item only at the start of a line.
constexpr std::array<std::string_view, 5> kLineStartMarks = {"-", "*", "+", "\xE2\x80\x93",
                                                             "\xE2\x80\x94"};

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r'; }

// Length of the bullet mark at `pos`, or 0.
std::size_t BulletAt(std::string_view s, std::size_t pos) {
  // Every mark starts with one of these bytes: most positions are rejected by one comparison.
  const auto lead = static_cast<unsigned char>(s[pos]);
  if (lead != 0xE2 && lead != 0xEF && lead != 0xC3) return 0;
  for (std::string_view b : kBullets) {
    if (s.substr(pos, b.size()) == b) {
      // "â¢" may carry a stray third byte ("â¢" + U+0080..U+00BF as C2 xx).
      return b.size();
    }
  }
  return 0;
}

// True when a bullet mark ends at byte `i` (inclusive).
bool BulletEndsAt(std::string_view s, std::size_t i) {
  // Every mark ends with a UTF-8 continuation byte and starts with E2 or EF two bytes before
  // it, or C3 three bytes before it.
  if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 || i < 2) return false;
  const auto lead3 = static_cast<unsigned char>(s[i - 2]);
  if (lead3 != 0xE2 && lead3 != 0xEF && (i < 3 || static_cast<unsigned char>(s[i - 3]) != 0xC3)) {
    return false;
  }
  for (std::string_view b : kBullets) {
    if (i + 1 >= b.size() && s.substr(i + 1 - b.size(), b.size()) == b) return true;
  }
  return false;
}

std::size_t LineStartMarkAt(std::string_view s, std::size_t pos) {
  for (std::string_view m : kLineStartMarks) {
    if (s.substr(pos, m.size()) == m && pos + m.size() < s.size() && IsSpace(s[pos + m.size()])) {
      return m.size();
    }
  }
  // "1." "2)" numbering
  std::size_t digits = 0;
  while (pos + digits < s.size() && digits < 3 && s[pos + digits] >= '0' &&
         s[pos + digits] <= '9') {
    ++digits;
  }
  if (digits > 0 && pos + digits + 1 < s.size() &&
      (s[pos + digits] == '.' || s[pos + digits] == ')') && IsSpace(s[pos + digits + 1])) {
    return digits + 1;
  }
  return 0;
}

}  // namespace

std::vector<LineItem> SplitLineItems(std::string_view input) {
  std::vector<LineItem> items;
  std::uint32_t line = 0;
  std::size_t pos = 0;
  while (pos <= input.size()) {
    std::size_t line_end = input.find('\n', pos);
    if (line_end == std::string_view::npos) line_end = input.size();
    std::size_t cursor = pos;
    while (cursor < line_end && IsSpace(input[cursor])) ++cursor;
    bool bullet = false;
    if (std::size_t mark = LineStartMarkAt(input, cursor); mark > 0 && cursor < line_end) {
      cursor += mark;
      bullet = true;
    }
    // Walk the line, cutting at inline bullets.
    std::size_t item_begin = cursor;
    for (std::size_t i = cursor; i <= line_end; ++i) {
      const std::size_t mark = i < line_end ? BulletAt(input, i) : 0;
      if (i == line_end || mark > 0) {
        std::size_t b = item_begin;
        std::size_t e = std::min(i, line_end);
        while (b < e && IsSpace(input[b])) ++b;
        while (e > b && IsSpace(input[e - 1])) --e;
        if (e > b) {
          items.push_back(
              {static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e), line, bullet});
        }
        if (mark > 0) {
          bullet = true;
          i += mark - 1;
          item_begin = i + 1;
        }
      }
    }
    ++line;
    if (line_end == input.size()) break;
    pos = line_end + 1;
  }
  return items;
}

// True when nothing but pictographs (emoji, dingbats: ICU's other symbols, with their variation
// selectors, joiners and skin tones) and spaces stand between the start of the line and byte
// `i`, and at least one pictograph does: "📌 Требования:", "✅ опыт от 2 лет", "🔹 Python".
bool PictographsOpenLine(std::string_view input, std::size_t i) {
  const auto* s = reinterpret_cast<const std::uint8_t*>(input.data());
  auto j = static_cast<std::int32_t>(i);
  bool any = false;
  while (j > 0 && input[j - 1] != '\n') {
    std::int32_t k = j;
    UChar32 c = 0;
    U8_PREV(s, 0, k, c);
    const bool space = c == ' ' || c == '\t' || c == '\r' || c == 0xA0;
    const bool pictograph = c == 0xFE0F || c == 0x200D || (c >= 0x1F3FB && c <= 0x1F3FF) ||
                            (c > 0x7F && u_charType(c) == U_OTHER_SYMBOL);
    if (!space && !pictograph) return false;
    any = any || pictograph;
    j = k;
  }
  return any;
}

bool CapitalAt(std::string_view input, std::uint32_t begin) {
  auto i = static_cast<std::int32_t>(begin);
  const auto length = static_cast<std::int32_t>(input.size());
  UChar32 c = 0;
  U8_NEXT(input.data(), i, length, c);
  return c >= 0 && u_isupper(c) != 0;
}

bool GluedCapitalAt(std::string_view input, std::uint32_t at) {
  if (at == 0 || !CapitalAt(input, at)) return false;
  auto i = static_cast<std::int32_t>(at);
  UChar32 previous = 0;
  U8_PREV(input.data(), 0, i, previous);
  return previous >= 0 && u_islower(previous) != 0;
}

std::size_t ColonBefore(std::string_view input, std::size_t at) {
  while (at > 0 && (input[at - 1] == ' ' || input[at - 1] == '\t')) --at;
  return at > 0 && input[at - 1] == ':' ? at - 1 : std::string_view::npos;
}

bool AtLineStart(std::string_view input, std::uint32_t begin) {
  std::size_t i = begin;
  while (i > 0 && IsSpace(input[i - 1])) --i;
  if (i == 0 || input[i - 1] == '\n') return true;
  if (BulletEndsAt(input, i - 1)) return true;
  if (static_cast<unsigned char>(input[i - 1]) >= 0x80 && PictographsOpenLine(input, i)) {
    return true;
  }
  // Line-start marks end with one of these bytes.
  const char last = input[i - 1];
  if (last != '-' && last != '*' && last != '+' && last != '\x93' && last != '\x94') return false;
  for (std::string_view m : kLineStartMarks) {
    if (i >= m.size() && input.substr(i - m.size(), m.size()) == m) {
      std::size_t j = i - m.size();
      while (j > 0 && IsSpace(input[j - 1])) --j;
      if (j == 0 || input[j - 1] == '\n') return true;
    }
  }
  return false;
}

namespace {

// Bytes at which SentenceAround must look closer, walking forward (a stop or a bullet mark's
// lead byte) and backward (a stop or a bullet mark's last byte, a continuation byte): every
// other byte neither ends a sentence nor a mark.
struct SentenceBytes {
  std::array<bool, 256> forward{}, backward{};
  constexpr SentenceBytes() {
    for (unsigned char c : {'\n', '.', '!', '?', ';', ':'}) forward[c] = backward[c] = true;
    forward[0xE2] = forward[0xEF] = forward[0xC3] = true;
    for (int c = 0x80; c < 0xC0; ++c) backward[c] = true;
  }
};
constexpr SentenceBytes kSentenceBytes;

}  // namespace

std::pair<std::uint32_t, std::uint32_t> SentenceAround(std::string_view input, std::uint32_t begin,
                                                       std::uint32_t end) {
  constexpr std::size_t kReach = 300;
  auto byte = [&](std::size_t i) { return static_cast<unsigned char>(input[i]); };
  auto is_stop = [&](std::size_t i) {  // a sentence ends at byte i (inclusive)
    const char c = input[i];
    if (c == '\n') return true;
    if ((c == '.' || c == '!' || c == '?' || c == ';' || c == ':') &&
        (i + 1 >= input.size() || IsSpace(input[i + 1]) || input[i + 1] == '\n')) {
      return true;
    }
    return false;
  };
  std::size_t from = begin;
  const std::size_t floor = begin > kReach ? begin - kReach : 0;
  while (from > floor && (!kSentenceBytes.backward[byte(from - 1)] ||
                          (!is_stop(from - 1) && !BulletEndsAt(input, from - 1)))) {
    --from;
  }
  // Never start inside a multi-byte character.
  while (from < begin && (static_cast<unsigned char>(input[from]) & 0xC0) == 0x80) ++from;
  std::size_t to = end;
  const std::size_t ceiling = std::min(input.size(), static_cast<std::size_t>(end) + kReach);
  while (to < ceiling &&
         (!kSentenceBytes.forward[byte(to)] || (!is_stop(to) && BulletAt(input, to) == 0))) {
    ++to;
  }
  if (to < ceiling && input[to] != '\n' && BulletAt(input, to) == 0) ++to;  // keep the full stop
  while (from < to && (IsSpace(input[from]) || input[from] == '-')) ++from;
  while (to > from && IsSpace(input[to - 1])) --to;
  return {static_cast<std::uint32_t>(from), static_cast<std::uint32_t>(to)};
}

bool LooksLikeRoleHeader(std::string_view line) {
  auto digit = [&](std::size_t i) { return line[i] >= '0' && line[i] <= '9'; };
  for (std::size_t i = 0; i + 4 <= line.size(); ++i) {
    if (((line[i] == '1' && line[i + 1] == '9') || (line[i] == '2' && line[i + 1] == '0')) &&
        digit(i + 2) && digit(i + 3) && (i == 0 || !digit(i - 1)) &&
        (i + 4 == line.size() || !digit(i + 4))) {
      return true;
    }
  }
  // "present" as a word of its own: "Presented the design" is work, not a role.
  for (std::string_view word : {"present", "Present", "PRESENT"}) {
    for (std::size_t at = line.find(word); at != std::string_view::npos;
         at = line.find(word, at + 1)) {
      const std::size_t end = at + word.size();
      if ((at == 0 || !std::isalpha(static_cast<unsigned char>(line[at - 1]))) &&
          (end == line.size() || !std::isalpha(static_cast<unsigned char>(line[end])))) {
        return true;
      }
    }
  }
  return line.find("настоящее время") != std::string_view::npos;
}

}  // namespace tailorcore::detail
