#include "structure/document.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <functional>

#include "structure/lines.h"

namespace tailorcore::detail {

const Section* AnalyzedDocument::SectionHolding(std::uint32_t offset) const {
  // Sections are in order and do not overlap; the last one starting at or before `offset`.
  auto it = std::upper_bound(sections.begin(), sections.end(), offset,
                             [](std::uint32_t o, const Section& s) { return o < s.begin; });
  if (it == sections.begin()) return nullptr;
  --it;
  return offset < it->end ? &*it : nullptr;
}

SectionKind AnalyzedDocument::SectionAt(std::uint32_t offset) const {
  const Section* section = SectionHolding(offset);
  return section != nullptr ? section->kind : SectionKind::kOther;
}

const LineItem* AnalyzedDocument::ItemAt(std::uint32_t offset) const {
  auto it = std::upper_bound(items.begin(), items.end(), offset,
                             [](std::uint32_t o, const LineItem& i) { return o < i.begin; });
  if (it == items.begin()) return nullptr;
  --it;
  return offset < it->end ? &*it : nullptr;
}

namespace {

// True when `line` holds no letter or digit (ICU), but for a parenthesized part at its end:
// spaces, punctuation and dashes, or a duration after a date range ("(4 года 6 месяцев)").
bool NoWords(std::string_view line) {
  const std::size_t open = line.find('(');
  if (open != std::string_view::npos && line.find_last_not_of(" \t\r") == line.rfind(')')) {
    line = line.substr(0, open);
  }
  const auto* s = reinterpret_cast<const std::uint8_t*>(line.data());
  const auto length = static_cast<std::int32_t>(line.size());
  for (std::int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    if (c >= 0 && u_isalnum(c)) return false;
  }
  return true;
}

}  // namespace

bool AnalyzedDocument::HeadingOn(const LineItem& item) const {
  auto it = std::lower_bound(
      sections.begin(), sections.end(), item.begin,
      [](const Section& s, std::uint32_t offset) { return s.heading_begin < offset; });
  return it != sections.end() && it->heading_begin < item.end &&
         it->heading_end > it->heading_begin;
}

bool AnalyzedDocument::DatesAlone(const LineItem& item) const {
  auto entry = std::lower_bound(
      entries.begin(), entries.end(), item.begin,
      [](const DatedEntry& e, std::uint32_t offset) { return e.dates_begin < offset; });
  if (entry == entries.end() || entry->dates_end > item.end) return false;
  const std::string_view all(text);
  return NoWords(all.substr(item.begin, entry->dates_begin - item.begin)) &&
         NoWords(all.substr(entry->dates_end, item.end - entry->dates_end));
}

bool AnalyzedDocument::RoleLine(const LineItem& item) const {
  const std::string_view all(text);
  if (LooksLikeRoleHeader(all.substr(item.begin, item.end - item.begin))) return true;
  const std::less<const LineItem*> before_of;
  if (item.bullet || items.empty() || before_of(&item, items.data()) ||
      !before_of(&item, items.data() + items.size())) {
    return false;
  }
  const auto index = static_cast<std::size_t>(&item - items.data());
  // Adjacent lines: [index - 2], [index - 1], [index], [index + 1].
  auto adjacent = [&](std::size_t a, std::size_t b) { return items[a].line + 1 == items[b].line; };
  // Above a line of dates alone: "Financial Analyst, Acme" then "Jan 2020 – Present".
  if (index + 1 < items.size() && adjacent(index, index + 1) && DatesAlone(items[index + 1])) {
    return true;
  }
  // Under one that no role line stands above: "Июнь 2020 — настоящее время" then "Кладовщик,
  // ООО «ТрансСклад»" (when a role line stands above the dates, this line is the first of the
  // work: "Analyst, Acme" / "2020 – 2024" / "Built the pricing model").
  if (index == 0 || !adjacent(index - 1, index) || !DatesAlone(items[index - 1])) return false;
  if (index < 2 || !adjacent(index - 2, index - 1)) return true;
  const LineItem& above = items[index - 2];
  return above.bullet || HeadingOn(above);
}

void AnalyzedDocument::AdoptRoleLinesAbove() {
  constexpr std::uint32_t kMaxRoleLine = 100;
  for (std::size_t e = 0; e < entries.size(); ++e) {
    const LineItem* dates = ItemAt(entries[e].dates_begin);
    if (dates == nullptr || !DatesAlone(*dates)) continue;
    const auto index = static_cast<std::size_t>(dates - items.data());
    if (index == 0) continue;
    const LineItem& above = items[index - 1];
    if (above.line + 1 != dates->line || above.bullet || HeadingOn(above) ||
        above.end - above.begin > kMaxRoleLine || text[above.end - 1] == '.' ||
        (index >= 2 && items[index - 2].line + 1 == above.line && DatesAlone(items[index - 2]))) {
      continue;
    }
    const std::size_t line_break = std::string_view(text).rfind('\n', above.begin);
    const auto line_start =
        line_break == std::string_view::npos ? 0U : static_cast<std::uint32_t>(line_break + 1);
    entries[e].begin = line_start;
    if (e > 0 && entries[e - 1].end > line_start) entries[e - 1].end = line_start;
  }
}

}  // namespace tailorcore::detail
