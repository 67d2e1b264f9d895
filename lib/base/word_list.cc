#include "base/word_list.h"

#include <boost/algorithm/string/split.hpp>

#include "base/text.h"

namespace tailorcore::detail {

std::vector<WordListEntry> ParseWordList(std::string_view content) {
  std::vector<std::string> lines;
  boost::algorithm::split(lines, content, [](char c) { return c == '\n'; });
  std::vector<WordListEntry> entries;
  for (std::size_t n = 0; n < lines.size(); ++n) {
    std::string& line = lines[n];
    if (auto hash = line.find('#'); hash != std::string::npos) line.erase(hash);
    TrimAscii(line);
    if (!line.empty()) entries.push_back({n + 1, std::move(line)});
  }
  return entries;
}

std::vector<std::string> SplitFields(std::string_view line) {
  std::vector<std::string> fields;
  boost::algorithm::split(fields, line, [](char c) { return c == '\t'; });
  for (std::string& f : fields) TrimAscii(f);
  return fields;
}

}  // namespace tailorcore::detail
