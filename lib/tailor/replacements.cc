// Applying planned replacements, and the unified diff of the result.
#include <dtl/dtl.hpp>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "tailor/tailor_steps.h"

namespace tailorcore::detail {
namespace {

std::vector<std::string> Lines(std::string_view text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    lines.emplace_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

}  // namespace

std::string Renamed(const TailorInput& in, std::uint32_t begin, std::uint32_t end) {
  std::string out;
  std::uint32_t at = begin;
  // The renames are sorted and apart: start at the first one at or after `begin`.
  auto first =
      std::lower_bound(in.renames.begin(), in.renames.end(), begin,
                       [](const Replacement& r, std::uint32_t offset) { return r.begin < offset; });
  for (auto it = first; it != in.renames.end() && it->begin < end; ++it) {
    const Replacement& r = *it;
    if (r.end > end) continue;
    out.append(in.resume.text, at, r.begin - at);
    out += r.text;
    at = r.end;
  }
  out.append(in.resume.text, at, end - at);
  return out;
}

std::string ApplyReplacements(std::string_view text, const std::vector<Replacement>& replacements) {
  std::string out;
  std::size_t at = 0;
  for (const Replacement& r : replacements) {
    out.append(text.substr(at, r.begin - at));
    out += r.text;
    at = r.end;
  }
  out.append(text.substr(at));
  return out;
}

std::string UnifiedDiff(std::string_view before, std::string_view after) {
  if (before == after) return "";
  dtl::Diff<std::string, std::vector<std::string>> diff(Lines(before), Lines(after));
  diff.compose();
  diff.composeUnifiedHunks();
  std::ostringstream out;
  out << "--- original\n+++ tailored\n";
  diff.printUnifiedFormat(out);
  return out.str();
}

}  // namespace tailorcore::detail
