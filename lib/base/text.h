// Small facts about UTF-8 text that several stages ask.
#ifndef TAILORCORE_LIB_BASE_TEXT_H_
#define TAILORCORE_LIB_BASE_TEXT_H_

#include <boost/algorithm/string/trim.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace tailorcore::detail {

// The number of code points of valid UTF-8 `s` (bytes that are not continuation bytes).
inline std::size_t CodePointCount(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  }
  return n;
}

// The six ASCII white-space bytes of the "C" locale (space, \t, \n, \v, \f, \r).
inline bool IsAsciiSpace(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// `text` without ASCII white space at either end: boost::algorithm::trim's result in the "C"
// locale, without a std::locale per call (a fifth of parsing the bundled lexicon).
inline void TrimAscii(std::string& text) { boost::algorithm::trim_if(text, IsAsciiSpace); }
inline std::string TrimmedAscii(std::string_view text) {
  std::string out(text);
  TrimAscii(out);
  return out;
}

// What stands before the word at byte `begin` of `input`, spaces and tabs skipped.
enum class Preceding {
  kStart,        // the start of the text
  kLineBreak,    // \n or \r
  kSentenceEnd,  // . ! ?
  kListMark,     // - * or a bullet (U+2022)
  kClause,       // : ; (a list or a clause may follow)
  kQuote,        // "
  kOther,        // a word, a comma, anything else
};
Preceding WhatPrecedes(std::string_view input, std::size_t begin);

// True when the word at `begin` opens a sentence or a list item: anything but kOther precedes
// it, so its capital letter says nothing about it being a name.
inline bool StartsSentence(std::string_view input, std::size_t begin) {
  return WhatPrecedes(input, begin) != Preceding::kOther;
}

// Rounds to a multiple of `step` (0.01, 0.001 ...). Divides by the inverse rather than
// multiplying by `step`, so the result is the double nearest the decimal (0.5881, not
// 0.5881000000000001) and prints as such.
double Round(double value, double step);

}  // namespace tailorcore::detail

#endif  // TAILORCORE_LIB_BASE_TEXT_H_
