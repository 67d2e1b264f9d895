// Tokenizer rules, in the order they apply to each ICU word segment:
//  1. ICU word boundaries (UAX #29, root locale) give the segments; only segments with a word
//     rule status (letters, numbers, kana, ideographs) become tokens. ICU already keeps
//     "node.js", "asp.net", "3.11", "k8s", "python3" and "don't" whole and leaves trailing
//     punctuation out ("Java." → "java"). A lower-case letter, a dot and a capitalized word
//     ("данных.Чем", "experience.Python"), or a capitalized word right after a letter of the
//     other script ("PostmanНастройка", "данныхPython"), is a missing space, and splits there.
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

#include <array>
#include <cstdint>
#include <cstring>

#include "base/word_list.h"

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

// What each byte of a normalized word says about its kind: a digit, a letter (lower-case ASCII
// or any byte of a multi-byte character), or a symbol that makes a tech token.
enum ByteClass : std::uint8_t { kDigitByte = 1, kLetterByte = 2, kSymbolByte = 4 };
struct ByteClasses {
  std::array<std::uint8_t, 256> of{};
  constexpr ByteClasses() {
    for (int c = '0'; c <= '9'; ++c) of[c] = kDigitByte;
    for (int c = 'a'; c <= 'z'; ++c) of[c] = kLetterByte;
    for (int c = 0x80; c < 0x100; ++c) of[c] = kLetterByte;
    for (unsigned char c : {'+', '#', '/', '.', '_'}) of[c] = kSymbolByte;
  }
};
constexpr ByteClasses kByteClasses;

TokenKind ClassifySimple(std::string_view normalized, std::string_view source) {
  std::uint8_t seen = 0;
  for (char c : normalized) seen |= kByteClasses.of[static_cast<unsigned char>(c)];
  const bool letter = (seen & kLetterByte) != 0;
  const bool digit = (seen & kDigitByte) != 0;
  if (!letter) return digit ? TokenKind::kNumber : TokenKind::kWord;
  if (digit) return IsOrdinal(normalized) ? TokenKind::kNumber : TokenKind::kTech;
  if ((seen & kSymbolByte) != 0 || HasInnerCapital(source)) return TokenKind::kTech;
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

bool IsCyrillicLead(unsigned char c) { return c >= 0xD0 && c <= 0xD3; }  // U+0400..U+04FF

// The byte after the code point that starts at `at` (< end).
std::uint32_t NextCodePoint(const std::string& s, std::uint32_t at, std::uint32_t end) {
  ++at;
  while (at < end && (static_cast<unsigned char>(s[at]) & 0xC0) == 0x80) ++at;
  return at;
}

// Whether the normalized text `s` starts a missing space at `at`, inside a segment that ends at
// `end`: a capitalized word (a capital, then a small letter, in the input) right after a
// lower-case letter and a dot ("данных.Чем"), or of five letters or more after capitals and a
// dot ("AWS.Requirements"), or right after two letters or more of the other script
// (Latin and Cyrillic: "PostmanНастройка", "GitLab CIНагрузочное", "данныхPython").
bool MissingSpaceAt(const std::string& s, const NormalizedText& text, std::string_view input,
                    std::uint32_t from, std::uint32_t at, std::uint32_t end) {
  const auto c = static_cast<unsigned char>(s[at]);
  const auto p = static_cast<unsigned char>(s[at - 1]);
  // Two letters at least before a change of script ("ЮKassa", a brand, stays whole).
  const bool latin_after_cyrillic = IsAsciiLower(static_cast<char>(c)) && at >= from + 4 &&
                                    (p & 0xC0) == 0x80 &&
                                    IsCyrillicLead(static_cast<unsigned char>(s[at - 2]));
  const bool cyrillic_after_latin =
      IsCyrillicLead(c) && IsAsciiLower(static_cast<char>(p)) && at >= from + 2;
  const bool dot = p == '.' && at >= from + 2;
  if (!latin_after_cyrillic && !cyrillic_after_latin && !dot) return false;
  const std::uint32_t second = NextCodePoint(s, at, end);
  if (second >= end || !u_isupper(SourceCodePoint(text, input, at)) ||
      !u_islower(SourceCodePoint(text, input, second))) {
    return false;
  }
  if (!dot) return true;
  std::uint32_t before = at - 2;
  while (before > from && (static_cast<unsigned char>(s[before]) & 0xC0) == 0x80) --before;
  const UChar32 last = SourceCodePoint(text, input, before);
  if (u_islower(last)) return true;
  // After two capitals or digits or more and nothing else, a word of five letters or more:
  // "AWS.Requirements", "ВЭД.Обязанности", "1С.Требования" (not "ASP.Net", "iOS.Developer",
  // "Я.Телемост", "J.P.Morgan").
  std::size_t characters = 0;
  for (std::uint32_t i = from; i + 1 < at; i = NextCodePoint(s, i, at - 1)) {
    const UChar32 k = SourceCodePoint(text, input, i);
    if (!u_isupper(k) && !u_isdigit(k)) return false;
    ++characters;
  }
  if (characters < 2) return false;
  std::uint32_t next = second;
  for (int letters = 2; letters <= 5; ++letters) {
    if (next >= end || !u_islower(SourceCodePoint(text, input, next))) return false;
    next = NextCodePoint(s, next, end);
  }
  return true;
}

// ICU keeps "данных.Чем" and "experience.Python" whole (a dot between letters, as in
// "node.js"), and "PostmanНастройка" (letters of two scripts). A capitalized word glued to the
// word before it (MissingSpaceAt) is a sentence or line whose space went missing: split it
// there, the dot left out. "Node.js", "ASP.NET", "Vue.JS", "e.g.", "1С" stay whole. Only a
// segment that holds a dot or begins and ends in different scripts is looked into
// ("данныхPythonОпыт", glued twice, is not).
void SplitMissingSpace(const std::string& s, const NormalizedText& text, std::string_view input,
                       std::uint32_t begin, std::uint32_t end, std::vector<Segment>* out) {
  // Most segments hold no dot and begin and end in one script: nothing to look at.
  std::uint32_t last = end - 1;
  while (last > begin && (static_cast<unsigned char>(s[last]) & 0xC0) == 0x80) --last;
  const bool two_scripts =
      (static_cast<unsigned char>(s[begin]) < 0x80) != (static_cast<unsigned char>(s[last]) < 0x80);
  if (!two_scripts && std::memchr(s.data() + begin, '.', end - begin) == nullptr) {
    out->push_back({begin, end});
    return;
  }
  std::uint32_t from = begin;
  for (std::uint32_t at = begin + 1; at + 1 < end; ++at) {
    if (!MissingSpaceAt(s, text, input, from, at, end)) continue;
    out->push_back({from, s[at - 1] == '.' ? at - 1 : at});
    from = at;
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

namespace {

// One call of Tokenize: the normalized text, its ICU segments, and rules 2-5 over them.
class TokenPass {
 public:
  TokenPass(const NormalizedText& text, std::string_view input,
            const std::unordered_set<std::string>& slash_terms, std::vector<Segment> segments)
      : s_(text.text),
        text_(text),
        input_(input),
        slash_terms_(slash_terms),
        segments_(std::move(segments)) {}

  void Run(std::vector<RawToken>* out) {
    std::uint32_t previous_end = 0;
    for (std::size_t i = 0; i < segments_.size(); ++i) {
      parts_.clear();
      parts_tech_.clear();
      bool tech = false;
      parts_.push_back(Extend(&i, previous_end, &tech));
      parts_tech_.push_back(tech);
      // 5. Hyphenated compounds.
      while (CharAt(parts_.back().end) == '-' && i + 1 < segments_.size() &&
             segments_[i + 1].begin == parts_.back().end + 1) {
        ++i;
        parts_.push_back(Extend(&i, parts_.back().end, &tech));
        parts_tech_.push_back(tech);
      }
      previous_end = parts_.back().end;
      if (parts_.size() == 1) {
        const Segment& t = parts_[0];
        out->push_back({t.begin, t.end, KindOf(0), false, false});
      } else {
        EmitCompound(out);
      }
    }
  }

 private:
  char CharAt(std::size_t i) const { return i < s_.size() ? s_[i] : '\0'; }
  std::string_view View(std::uint32_t begin, std::uint32_t end) const {
    return std::string_view(s_).substr(begin, end - begin);
  }
  std::string_view SourceOf(std::uint32_t begin, std::uint32_t end) const {
    const std::uint32_t from = text_.source_begin[begin];
    const std::uint32_t to = text_.source_end[end - 1];
    return input_.substr(from, to - from);
  }
  TokenKind KindOf(std::size_t part) const {
    const Segment& t = parts_[part];
    return parts_tech_[part] ? TokenKind::kTech
                             : ClassifySimple(View(t.begin, t.end), SourceOf(t.begin, t.end));
  }

  // The extent of one token starting at segments_[*i], after rules 2-4; advances *i past the
  // segments it swallows. `previous_end` is the end of the previous token's last segment.
  Segment Extend(std::size_t* i, std::uint32_t previous_end, bool* tech) const {
    Segment token = segments_[*i];
    *tech = false;
    // 2. ".net": a dot no word touches, directly before letters.
    if (token.begin > 0 && s_[token.begin - 1] == '.' && IsAsciiLower(s_[token.begin]) &&
        (*i == 0 || previous_end != token.begin - 1)) {
      token.begin -= 1;
      *tech = true;
    }
    // 3. "c++", "c#".
    if (CharAt(token.end) == '+' && CharAt(token.end + 1) == '+') {
      token.end += 2;
      *tech = true;
    } else if (CharAt(token.end) == '#' && token.end - token.begin == 1 &&
               IsAsciiLower(s_[token.begin])) {
      token.end += 1;
      *tech = true;
    }
    // 4. Listed slash terms.
    while (CharAt(token.end) == '/' && *i + 1 < segments_.size() &&
           segments_[*i + 1].begin == token.end + 1 &&
           slash_terms_.count(std::string(View(token.begin, segments_[*i + 1].end))) > 0) {
      token.end = segments_[*i + 1].end;
      ++*i;
      *tech = true;
    }
    return token;
  }

  // A hyphenated compound, then its parts unless one is a single letter.
  void EmitCompound(std::vector<RawToken>* out) const {
    bool single_letter_part = false;
    bool all_numbers = true;
    bool any_tech = false;
    std::vector<TokenKind> kinds;
    for (std::size_t p = 0; p < parts_.size(); ++p) {
      const TokenKind kind = KindOf(p);
      kinds.push_back(kind);
      if (IsSingleCodePoint(View(parts_[p].begin, parts_[p].end)) && kind == TokenKind::kWord) {
        single_letter_part = true;
      }
      if (kind != TokenKind::kNumber) all_numbers = false;
      if (kind != TokenKind::kWord) any_tech = true;
    }
    const TokenKind compound_kind = all_numbers                        ? TokenKind::kNumber
                                    : (any_tech || single_letter_part) ? TokenKind::kTech
                                                                       : TokenKind::kWord;
    out->push_back({parts_.front().begin, parts_.back().end, compound_kind, true, false});
    if (single_letter_part) return;
    for (std::size_t p = 0; p < parts_.size(); ++p) {
      out->push_back({parts_[p].begin, parts_[p].end, kinds[p], false, true});
    }
  }

  const std::string& s_;
  const NormalizedText& text_;
  std::string_view input_;
  const std::unordered_set<std::string>& slash_terms_;
  std::vector<Segment> segments_;
  std::vector<Segment> parts_;
  std::vector<bool> parts_tech_;
};

}  // namespace

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
  TokenPass(text, input, slash_terms_, std::move(segments)).Run(out);
}

}  // namespace tailorcore::detail
