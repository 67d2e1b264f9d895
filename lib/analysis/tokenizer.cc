// Tokenizer rules, in the order they apply to each ICU word segment:
//  1. ICU word boundaries (UAX #29, root locale) give the segments; only segments with a word
//     rule status (letters, numbers, kana, ideographs) become tokens. ICU already keeps
//     "node.js", "asp.net", "3.11", "k8s", "python3" and "don't" whole and leaves trailing
//     punctuation out ("Java." → "java"). A lower-case letter, a dot and a capitalized word
//     ("данных.Чем", "experience.Python") is a missing space, and splits there.
//  2. A leading dot that follows no word joins the segment: ".net".
//  3. "++" right after a segment joins it: "c++", "g++", "notepad++".
//     "#" right after a one-letter segment joins it: "c#", "f#".
//  4. word/word joins when the pair is listed in data/analysis/slash-terms.txt ("ci/cd",
//     "tcp/ip", "pl/sql", "a/b"); any other slash splits ("rest/graphql" → "rest", "graphql").
//  5. word-word-word (hyphens) is one compound token followed by its parts, unless a part is a
//     single letter ("objective-c", "e-commerce" stay whole only).
#include "analysis/tokenizer.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "analysis/word_list.h"

namespace tailorcore::detail {
namespace {

bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

// True when `s` holds exactly one code point.
bool IsSingleCodePoint(std::string_view s) {
  if (s.empty()) return false;
  const auto lead = static_cast<unsigned char>(s[0]);
  std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  return s.size() == length;
}

bool IsOrdinal(std::string_view s) {
  std::size_t digits = 0;
  while (digits < s.size() && IsAsciiDigit(s[digits])) ++digits;
  if (digits == 0 || s.size() != digits + 2) return false;
  std::string_view suffix = s.substr(digits);
  return suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th";
}

// Inner capitals in the original spelling ("gRPC", "GraphQL", "iOS") mark a product name.
bool HasInnerCapital(std::string_view source) {
  for (std::size_t i = 0; i + 1 < source.size(); ++i) {
    if (IsAsciiLower(source[i]) && IsAsciiUpper(source[i + 1])) return true;
  }
  return false;
}

TokenKind ClassifySimple(std::string_view normalized, std::string_view source) {
  bool letter = false;
  bool digit = false;
  bool symbol = false;
  for (char c : normalized) {
    if (IsAsciiDigit(c)) {
      digit = true;
    } else if (IsAsciiLower(c) || static_cast<unsigned char>(c) >= 0x80) {
      letter = true;
    } else if (c == '+' || c == '#' || c == '/' || c == '.' || c == '_') {
      symbol = true;
    }
  }
  if (!letter) return digit ? TokenKind::kNumber : TokenKind::kWord;
  if (digit) return IsOrdinal(normalized) ? TokenKind::kNumber : TokenKind::kTech;
  if (symbol || HasInnerCapital(source)) return TokenKind::kTech;
  return TokenKind::kWord;
}

// The code point of the original input that normalized byte `i` came from.
UChar32 SourceCodePoint(const NormalizedText& text, std::string_view input, std::uint32_t i) {
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(input.data());
  auto offset = static_cast<std::int32_t>(text.source_begin[i]);
  UChar32 c;
  U8_NEXT(bytes, offset, static_cast<std::int32_t>(input.size()), c);
  return c;
}

// ICU keeps "данных.Чем" and "experience.Python" whole (a dot between letters, as in
// "node.js"). A lower-case letter, a dot, then a capitalized word is a sentence whose space went
// missing: split it there. "Node.js", "ASP.NET", "Vue.JS", "e.g." stay whole.
void SplitMissingSpace(const std::string& s, const NormalizedText& text, std::string_view input,
                       std::uint32_t begin, std::uint32_t end, std::vector<Segment>* out) {
  std::uint32_t from = begin;
  for (std::uint32_t dot = begin + 1; dot + 2 < end; ++dot) {
    if (s[dot] != '.') continue;
    const std::uint32_t after = dot + 1;
    // The code point after the first one following the dot.
    std::uint32_t second = after + 1;
    while (second < end && (static_cast<unsigned char>(s[second]) & 0xC0) == 0x80) ++second;
    if (second >= end) continue;
    std::uint32_t before = dot - 1;
    while (before > from && (static_cast<unsigned char>(s[before]) & 0xC0) == 0x80) --before;
    if (u_islower(SourceCodePoint(text, input, before)) &&
        u_isupper(SourceCodePoint(text, input, after)) &&
        u_islower(SourceCodePoint(text, input, second))) {
      out->push_back({from, dot});
      from = after;
    }
  }
  out->push_back({from, end});
}

}  // namespace

StatusOr<Tokenizer> Tokenizer::Create(std::string_view slash_terms, std::string_view name) {
  auto breaker = WordBreaker::Create();
  if (!breaker.ok()) return breaker.status();
  Tokenizer tokenizer(std::move(*breaker));
  for (const WordListEntry& entry : ParseWordList(slash_terms)) {
    const std::string& term = entry.text;
    const auto slash = term.find('/');
    if (slash == std::string::npos || slash == 0 || slash + 1 == term.size() ||
        term.find('/', slash + 1) != std::string::npos ||
        term.find_first_of(" \t") != std::string::npos) {
      return Status(StatusCode::kDataError, std::string(name) + ":" + std::to_string(entry.line) +
                                                ": expected one term word/word, got '" + term +
                                                "'");
    }
    tokenizer.slash_terms_.insert(term);
  }
  return tokenizer;
}

void Tokenizer::Tokenize(const NormalizedText& text, std::string_view input,
                         TokenizerScratch* scratch, std::vector<RawToken>* out,
                         AnalysisPath path) const {
  const std::string& s = text.text;
  if (s.empty()) return;

  // 1. ICU word segments (word_breaks.h), with the missing spaces split.
  std::vector<Segment>& words = scratch->segments;
  words.clear();
  breaker_.Find(s, path, &scratch->breaks, &words);
  std::vector<Segment> segments;
  segments.reserve(words.size());
  for (const Segment& w : words) SplitMissingSpace(s, text, input, w.begin, w.end, &segments);

  auto char_at = [&](std::size_t i) -> char { return i < s.size() ? s[i] : '\0'; };
  auto source_of = [&](std::uint32_t begin, std::uint32_t end) {
    const std::uint32_t from = text.source_begin[begin];
    const std::uint32_t to = text.source_end[end - 1];
    return input.substr(from, to - from);
  };
  auto view = [&](std::uint32_t begin, std::uint32_t end) {
    return std::string_view(s).substr(begin, end - begin);
  };
  // The extent of one token starting at segments[*i], after rules 2-4; advances *i past the
  // segments it swallows. `previous_end` is the end of the previous token's last segment.
  auto extend = [&](std::size_t* i, std::uint32_t previous_end, bool* tech) -> Segment {
    Segment token = segments[*i];
    *tech = false;
    // 2. ".net": a dot no word touches, directly before letters.
    if (token.begin > 0 && s[token.begin - 1] == '.' && IsAsciiLower(s[token.begin]) &&
        (*i == 0 || previous_end != token.begin - 1)) {
      token.begin -= 1;
      *tech = true;
    }
    // 3. "c++", "c#".
    if (char_at(token.end) == '+' && char_at(token.end + 1) == '+') {
      token.end += 2;
      *tech = true;
    } else if (char_at(token.end) == '#' && token.end - token.begin == 1 &&
               IsAsciiLower(s[token.begin])) {
      token.end += 1;
      *tech = true;
    }
    // 4. Listed slash terms.
    while (char_at(token.end) == '/' && *i + 1 < segments.size() &&
           segments[*i + 1].begin == token.end + 1 &&
           slash_terms_.count(std::string(view(token.begin, segments[*i + 1].end))) > 0) {
      token.end = segments[*i + 1].end;
      ++*i;
      *tech = true;
    }
    return token;
  };

  std::uint32_t previous_end = 0;
  std::vector<Segment> parts;
  std::vector<bool> parts_tech;
  for (std::size_t i = 0; i < segments.size(); ++i) {
    parts.clear();
    parts_tech.clear();
    bool tech = false;
    parts.push_back(extend(&i, previous_end, &tech));
    parts_tech.push_back(tech);
    // 5. Hyphenated compounds.
    while (char_at(parts.back().end) == '-' && i + 1 < segments.size() &&
           segments[i + 1].begin == parts.back().end + 1) {
      ++i;
      parts.push_back(extend(&i, parts.back().end, &tech));
      parts_tech.push_back(tech);
    }
    previous_end = parts.back().end;

    if (parts.size() == 1) {
      const Segment& t = parts[0];
      const TokenKind kind = parts_tech[0]
                                 ? TokenKind::kTech
                                 : ClassifySimple(view(t.begin, t.end), source_of(t.begin, t.end));
      out->push_back({t.begin, t.end, kind, false, false});
      continue;
    }

    bool single_letter_part = false;
    bool all_numbers = true;
    bool any_tech = false;
    std::vector<TokenKind> kinds;
    for (std::size_t p = 0; p < parts.size(); ++p) {
      const std::string_view part = view(parts[p].begin, parts[p].end);
      const TokenKind kind = parts_tech[p]
                                 ? TokenKind::kTech
                                 : ClassifySimple(part, source_of(parts[p].begin, parts[p].end));
      kinds.push_back(kind);
      if (IsSingleCodePoint(part) && kind == TokenKind::kWord) single_letter_part = true;
      if (kind != TokenKind::kNumber) all_numbers = false;
      if (kind != TokenKind::kWord) any_tech = true;
    }
    const TokenKind compound_kind = all_numbers                        ? TokenKind::kNumber
                                    : (any_tech || single_letter_part) ? TokenKind::kTech
                                                                       : TokenKind::kWord;
    out->push_back({parts.front().begin, parts.back().end, compound_kind, true, false});
    if (single_letter_part) continue;
    for (std::size_t p = 0; p < parts.size(); ++p) {
      out->push_back({parts[p].begin, parts[p].end, kinds[p], false, true});
    }
  }
}

}  // namespace tailorcore::detail
