#include "structure/document.h"

#include <algorithm>

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

}  // namespace tailorcore::detail
