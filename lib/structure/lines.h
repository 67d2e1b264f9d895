// Lines and list items of a document: where bullets are.
#ifndef TAILORCORE_LIB_STRUCTURE_LINES_H_
#define TAILORCORE_LIB_STRUCTURE_LINES_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace tailorcore::detail {

// A line, or a part of a line after an inline bullet ("• Python • Go" is two items).
struct LineItem {
  std::uint32_t begin = 0;  // first byte after the bullet mark and spaces
  std::uint32_t end = 0;    // one past the last non-space byte before the line break
  std::uint32_t line = 0;   // 0-based line number
  bool bullet = false;  // started by a bullet mark: • ▪ ◦ ● ■ ➢ ✓ - * – — or "1." "1)"
};

// Splits `input` into items, in order. Empty lines give no item. Bullet marks include the
// mojibake "â¢" that a UTF-8 bullet becomes when decoded as Windows-1252, frequent in scraped
// resumes. Never fails; linear.
std::vector<LineItem> SplitLineItems(std::string_view input);

// True when the letter at byte `begin` of `input` is a capital, in any script ("R", "Т"). O(1).
bool CapitalAt(std::string_view input, std::uint32_t begin);

// True when a capital letter starts at byte `at` right after a small one, in any script: two
// words whose space went missing ("companiesRequirements", "ОбязанностиДоработка"). False at a
// byte inside a character. O(1).
bool GluedCapitalAt(std::string_view input, std::uint32_t at);

// Where the ':' right before byte `at` of `input` stands, only spaces and tabs between ("Golang:
// 5 years" before "5"); std::string_view::npos when none does. Linear in the spaces.
std::size_t ColonBefore(std::string_view input, std::size_t at);

// True when [begin, end) of `input` starts after a line break, a bullet mark or the start of
// the text, with only spaces between.
bool AtLineStart(std::string_view input, std::uint32_t begin);

// A line of experience that names a role rather than describing work: it holds a year (19xx or
// 20xx standing as a number of its own, so "120000 users" holds none) or the word "present" or
// "настоящее время" ("Senior Engineer, Acme, 2021 - present"; "Presented ..." is no role).
bool LooksLikeRoleHeader(std::string_view line);

// The sentence around [begin, end): from the previous sentence end (. ! ? ; followed by a space,
// a line break, a bullet mark or a ':' that ends a heading) to the next one, at most 300 bytes
// each way, trimmed. Returns [sentence_begin, sentence_end).
std::pair<std::uint32_t, std::uint32_t> SentenceAround(std::string_view input, std::uint32_t begin,
                                                       std::uint32_t end);

}  // namespace tailorcore::detail

#endif  // TAILORCORE_LIB_STRUCTURE_LINES_H_
