#include "structure/document.h"

#include <algorithm>
#include <cctype>

#include "structure/lines.h"

namespace tailorcore::detail {

SectionKind AnalyzedDocument::SectionAt(std::uint32_t offset) const {
  // Sections are in order and do not overlap; the last one starting at or before `offset`.
  auto it = std::upper_bound(sections.begin(), sections.end(), offset,
                             [](std::uint32_t o, const Section& s) { return o < s.begin; });
  if (it == sections.begin()) return SectionKind::kOther;
  --it;
  return offset < it->end ? it->kind : SectionKind::kOther;
}

const LineItem* AnalyzedDocument::ItemAt(std::uint32_t offset) const {
  auto it = std::upper_bound(items.begin(), items.end(), offset,
                             [](std::uint32_t o, const LineItem& i) { return o < i.begin; });
  if (it == items.begin()) return nullptr;
  --it;
  return offset < it->end ? &*it : nullptr;
}

namespace {

// True when the bytes of `line` hold no letter or digit: spaces, punctuation and dashes only.
bool NoWords(std::string_view line) {
  for (std::size_t i = 0; i < line.size();) {
    const auto c = static_cast<unsigned char>(line[i]);
    if (c < 0x80) {
      if (std::isalnum(c)) return false;
      ++i;
    } else if (line.substr(i, 3) == "\u2014" || line.substr(i, 3) == "\u2013" ||
               line.substr(i, 2) == "\u00A0") {
      i += line[i + 1] == '\xA0' ? 2 : 3;
    } else {
      return false;  // a letter of another script
    }
  }
  return true;
}

}  // namespace

bool AnalyzedDocument::RoleLine(const LineItem& item) const {
  const std::string_view all(text);
  if (LooksLikeRoleHeader(all.substr(item.begin, item.end - item.begin))) return true;
  const auto index = static_cast<std::size_t>(&item - items.data());
  if (item.bullet || index == 0 || index >= items.size()) return false;
  const LineItem& before = items[index - 1];
  if (before.line + 1 != item.line) return false;
  // The entry whose dates are on the line before, and nothing but them there.
  auto entry = std::lower_bound(
      entries.begin(), entries.end(), before.begin,
      [](const DatedEntry& e, std::uint32_t offset) { return e.dates_begin < offset; });
  if (entry == entries.end() || entry->dates_end > before.end) return false;
  return NoWords(all.substr(before.begin, entry->dates_begin - before.begin)) &&
         NoWords(all.substr(entry->dates_end, before.end - entry->dates_end));
}

}  // namespace tailorcore::detail
