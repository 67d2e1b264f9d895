#include "base/text.h"

#include <cmath>

namespace tailorcore::detail {

Preceding WhatPrecedes(std::string_view input, std::size_t begin) {
  while (begin > 0 && (input[begin - 1] == ' ' || input[begin - 1] == '\t')) --begin;
  if (begin == 0) return Preceding::kStart;
  switch (input[begin - 1]) {
    case '\n':
    case '\r':
      return Preceding::kLineBreak;
    case '.':
    case '!':
    case '?':
      return Preceding::kSentenceEnd;
    case '-':
    case '*':
      return Preceding::kListMark;
    case ':':
    case ';':
      return Preceding::kClause;
    case '"':
      return Preceding::kQuote;
    default:
      break;
  }
  if (begin >= 3 && input.substr(begin - 3, 3) == "\xE2\x80\xA2") return Preceding::kListMark;
  return Preceding::kOther;
}

double Round(double value, double step) {
  const double scale = std::round(1.0 / step);
  return std::round(value * scale) / scale;
}

}  // namespace tailorcore::detail
