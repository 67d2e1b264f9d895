// Reads the one-entry-per-line data files (stopwords, slash terms).
#ifndef TAILORCORE_LIB_BASE_WORD_LIST_H_
#define TAILORCORE_LIB_BASE_WORD_LIST_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace tailorcore::detail {

struct WordListEntry {
  std::size_t line;  // 1-based, for file:line messages
  std::string text;
};

// Splits `content` into lines, drops what follows '#', trims white space (Boost.Algorithm) and
// returns the non-empty lines in order.
std::vector<WordListEntry> ParseWordList(std::string_view content);

// The tab-separated fields of one line of such a file, each trimmed: "month\t3\tмар" →
// {"month", "3", "мар"}. At least one field (the whole line when it has no tab).
std::vector<std::string> SplitFields(std::string_view line);

}  // namespace tailorcore::detail

#endif  // TAILORCORE_LIB_BASE_WORD_LIST_H_
