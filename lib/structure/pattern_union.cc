#include "structure/pattern_union.h"

#include <re2/re2.h>

#include <cstdint>
#include <string>

namespace tailorcore::detail {

std::shared_ptr<const re2::RE2> UnionOf(
    const std::vector<std::shared_ptr<const re2::RE2>>& patterns) {
  constexpr std::int64_t kUnionMemory = std::int64_t{64} << 20;  // the DFA of a union is larger
  std::string joined;
  for (const auto& re : patterns) {
    std::string alternative = re->pattern();
    // A pattern may end inside \Q: its quoting would swallow the rest of the union.
    if (alternative.find("\\Q") != std::string::npos &&
        !RE2("(?:" + alternative + ")", RE2::Quiet).ok()) {
      alternative += "\\E";
    }
    joined += (joined.empty() ? "(?:" : "|(?:") + alternative + ")";
  }
  RE2::Options options;
  options.set_case_sensitive(false);
  options.set_log_errors(false);
  options.set_max_mem(kUnionMemory);
  // No pattern at all: a class of no character, which never matches.
  return std::make_shared<const RE2>(joined.empty() ? "[^\\x00-\\x{10FFFF}]" : joined, options);
}

std::shared_ptr<const re2::RE2> CaseInsensitive(const std::string& pattern) {
  RE2::Options options;
  options.set_case_sensitive(false);
  options.set_log_errors(false);
  return std::make_shared<const RE2>(pattern, options);
}

}  // namespace tailorcore::detail
