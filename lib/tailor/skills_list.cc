// The skills list: what the posting requires first, and what the resume's work shows added.
#include <algorithm>
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "tailor/tailor_steps.h"

namespace tailorcore::detail {
namespace {

constexpr int kUnasked = 3;            // after required (0), preferred (1), mentioned (2)
constexpr std::size_t kLabelMax = 40;  // "Programming languages:" fits
constexpr int kProseWords = 5;         // an entry of this many words is a sentence, not a skill

struct Rank {
  int tier = kUnasked;
  int category = 1 << 20;
  double weight = 0;
};

bool Before(const Rank& a, const Rank& b) {
  return std::tie(a.tier, a.category, b.weight) < std::tie(b.tier, b.category, a.weight);
}

struct Entry {
  std::uint32_t begin = 0;  // offsets in the original; an added entry has none
  std::uint32_t end = 0;
  std::string text;
  Rank rank;
  std::string category;
  std::string skill;  // an added entry: the keyword's id
};

struct SkillLine {
  std::uint32_t begin = 0;          // the line's first byte
  std::uint32_t end = 0;            // before its line break
  std::uint32_t entries_begin = 0;  // after the bullet mark and a label ("Languages: ")
  std::string separator;            // between entries, as the line writes it (", ")
  std::string terminator;           // a final "." taken off the last entry
  std::vector<Entry> entries;
  bool prose = false;     // an entry reads like a sentence: the line's order is kept
  bool labelled = false;  // "Languages: ..."
};

// A keyword of the posting shown at [begin, end) of the skills section.
struct Listed {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  Rank rank;
  std::string category;
};

bool IsSeparatorAt(std::string_view text, std::size_t at, std::size_t* length) {
  static constexpr std::string_view kMarks[] = {",",      ";",      "|",      "\u2022",
                                                "\u00B7", "\u25AA", "\u25CF", "\u25E6"};
  for (std::string_view mark : kMarks) {
    if (text.substr(at, mark.size()) == mark) {
      *length = mark.size();
      return true;
    }
  }
  return false;
}

std::uint32_t SkipSpaces(std::string_view text, std::uint32_t at, std::uint32_t end) {
  while (at < end && (text[at] == ' ' || text[at] == '\t')) ++at;
  return at;
}

std::uint32_t TrimEnd(std::string_view text, std::uint32_t begin, std::uint32_t end) {
  while (end > begin && (text[end - 1] == ' ' || text[end - 1] == '\t' || text[end - 1] == '\r'))
    --end;
  return end;
}

// After a label that ends in ':' near the line's start, with no list between.
std::uint32_t AfterLabel(std::string_view text, std::uint32_t begin, std::uint32_t end) {
  for (std::uint32_t at = begin; at < end && at - begin < kLabelMax; ++at) {
    const char c = text[at];
    if (c == ',' || c == ';' || c == '(') return begin;
    if (c == ':') return SkipSpaces(text, at + 1, end);
  }
  return begin;
}

void AddEntry(std::string_view text, std::uint32_t begin, std::uint32_t end, SkillLine* line) {
  begin = SkipSpaces(text, begin, end);
  end = TrimEnd(text, begin, end);
  if (begin == end) return;
  Entry entry;
  entry.begin = begin;
  entry.end = end;
  if (std::count(text.begin() + begin, text.begin() + end, ' ') + 1 >= kProseWords)
    line->prose = true;
  line->entries.push_back(entry);
}

void SplitEntries(std::string_view text, SkillLine* line) {
  int depth = 0;
  std::uint32_t start = line->entries_begin;
  for (std::uint32_t at = start; at < line->end; ++at) {
    const char c = text[at];
    if (c == '(' || c == '[') ++depth;
    if ((c == ')' || c == ']') && depth > 0) --depth;
    std::size_t length = 0;
    if (depth > 0 || !IsSeparatorAt(text, at, &length)) continue;
    const std::uint32_t entry_end = TrimEnd(text, start, at);
    AddEntry(text, start, at, line);
    const std::uint32_t next = SkipSpaces(text, at + static_cast<std::uint32_t>(length), line->end);
    if (line->separator.empty())
      line->separator = std::string(text.substr(entry_end, next - entry_end));
    start = next;
    at = next - 1;
  }
  AddEntry(text, start, line->end, line);
  if (!line->entries.empty() && text[line->entries.back().end - 1] == '.') {
    line->terminator.assign(1, '.');
    --line->entries.back().end;
  }
}

// The posting's categories by their place in the report (heaviest first).
std::map<std::string, int> CategoryOrder(const Report& report) {
  std::map<std::string, int> order;
  for (std::size_t i = 0; i < report.categories.size(); ++i)
    order.emplace(report.categories[i].name, static_cast<int>(i));
  return order;
}

std::vector<Listed> ListedKeywords(const TailorInput& in, const Section& section) {
  std::map<std::string, int> category_order = CategoryOrder(in.report);
  std::vector<Listed> listed;
  for (const Keyword& keyword : in.report.keywords) {
    for (const Evidence& evidence : keyword.evidence) {
      if (evidence.begin < section.begin || evidence.end > section.end) continue;
      const Rank rank{static_cast<int>(keyword.tier), category_order[keyword.category],
                      keyword.weight};
      listed.push_back({evidence.begin, evidence.end, rank, keyword.category});
    }
  }
  std::sort(listed.begin(), listed.end(),
            [](const Listed& a, const Listed& b) { return a.begin < b.begin; });
  return listed;
}

// `listed` is in order of begin. O(log listed) per entry, plus the keywords inside it.
void RankEntries(const std::vector<Listed>& listed, SkillLine* line) {
  for (Entry& entry : line->entries) {
    auto at =
        std::lower_bound(listed.begin(), listed.end(), entry.begin,
                         [](const Listed& l, std::uint32_t offset) { return l.begin < offset; });
    for (; at != listed.end() && at->begin < entry.end; ++at) {
      if (at->end > entry.end || !Before(at->rank, entry.rank)) continue;
      entry.rank = at->rank;
      entry.category = at->category;
    }
  }
}

std::vector<SkillLine> ReadLines(const TailorInput& in, const Section& section) {
  const std::string_view text = in.resume.text;
  const std::vector<Listed> listed = ListedKeywords(in, section);
  std::vector<SkillLine> lines;
  std::uint32_t at = section.heading_end;
  if (at < section.end && text[at] == '\n') ++at;
  while (at < section.end) {
    SkillLine line;
    line.begin = at;
    line.end = static_cast<std::uint32_t>(std::min<std::size_t>(text.find('\n', at), section.end));
    // A section that ends inside a line (a heading run into the text) ends before that line.
    if (line.end < text.size() && text[line.end] != '\n') break;
    std::uint32_t content = SkipSpaces(text, line.begin, line.end);
    const auto item =
        std::lower_bound(in.resume.items.begin(), in.resume.items.end(), line.begin,
                         [](const LineItem& i, std::uint32_t offset) { return i.begin < offset; });
    if (item != in.resume.items.end() && item->begin <= line.end) content = item->begin;
    line.entries_begin = AfterLabel(text, content, line.end);
    line.labelled = line.entries_begin != content;
    SplitEntries(text, &line);
    RankEntries(listed, &line);
    lines.push_back(std::move(line));
    at = lines.back().end + 1;
  }
  // Blank lines around the list, and the rest of the heading's line when it holds no skill
  // ("Skills:"), are no part of it.
  while (!lines.empty() && lines.back().entries.empty()) lines.pop_back();
  const auto first = std::find_if(lines.begin(), lines.end(),
                                  [](const SkillLine& l) { return !l.entries.empty(); });
  lines.erase(lines.begin(), first);
  return lines;
}

// The posting's skills the resume's work shows and its skills list does not name.
std::vector<Entry> SkillsToAdd(const TailorInput& in, const Section& section) {
  std::map<std::string, int> category_order = CategoryOrder(in.report);
  std::vector<Entry> added;
  for (const Keyword& keyword : in.report.keywords) {
    if (!keyword.technical || keyword.match == MatchKind::kImplied ||
        keyword.id.rfind("term:", 0) == 0)
      continue;
    bool listed = false;
    bool worked = false;
    for (const Evidence& evidence : keyword.evidence) {
      listed = listed || (evidence.begin >= section.begin && evidence.end <= section.end);
      worked = worked || (IsWorkSection(evidence.section) && evidence.kind != MatchKind::kImplied);
    }
    if (listed || !worked) continue;
    Entry entry;
    entry.text = NameFor(keyword);
    if (entry.text.empty()) continue;
    entry.rank = {static_cast<int>(keyword.tier), category_order[keyword.category], keyword.weight};
    entry.category = keyword.category;
    entry.skill = keyword.id;
    added.push_back(std::move(entry));
  }
  return added;
}

// One skill per line, no labels: an added skill gets a line of its own.
bool OnePerLine(const std::vector<SkillLine>& lines) {
  return lines.size() >= 2 && std::all_of(lines.begin(), lines.end(), [&](const SkillLine& l) {
           return l.entries.size() <= 1 && !l.labelled;
         });
}

// The line an added skill joins: one with a skill of its category, else the longest list.
SkillLine* LineFor(std::vector<SkillLine>& lines, const Entry& entry) {
  SkillLine* best = nullptr;
  for (SkillLine& line : lines) {
    if (line.prose || line.entries.empty()) continue;
    for (const Entry& e : line.entries) {
      if (e.category == entry.category) return &line;
    }
    if (best == nullptr || line.entries.size() > best->entries.size()) best = &line;
  }
  return best;
}

// Places each of `added` in `lines`; returns those placed (a list of sentences takes none).
std::vector<Entry> AddSkills(const std::vector<Entry>& added, std::vector<SkillLine>* lines) {
  const bool one_per_line = OnePerLine(*lines);
  std::vector<Entry> placed;
  for (const Entry& entry : added) {
    if (one_per_line) {
      SkillLine line = lines->front();
      line.entries = {entry};
      line.terminator.clear();
      lines->push_back(std::move(line));
    } else if (SkillLine* line = LineFor(*lines, entry)) {
      line->entries.push_back(entry);
    } else {
      continue;
    }
    placed.push_back(entry);
  }
  return placed;
}

bool Sorted(const std::vector<SkillLine>& lines, bool move_lines) {
  for (const SkillLine& line : lines) {
    if (!line.prose &&
        !std::is_sorted(line.entries.begin(), line.entries.end(),
                        [](const Entry& a, const Entry& b) { return Before(a.rank, b.rank); }))
      return false;
  }
  return !move_lines ||
         std::is_sorted(lines.begin(), lines.end(), [](const SkillLine& a, const SkillLine& b) {
           return Before(a.entries.front().rank, b.entries.front().rank);
         });
}

void SortLines(std::vector<SkillLine>* lines, bool move_lines) {
  for (SkillLine& line : *lines) {
    if (line.prose) continue;
    std::stable_sort(line.entries.begin(), line.entries.end(),
                     [](const Entry& a, const Entry& b) { return Before(a.rank, b.rank); });
  }
  if (!move_lines) return;
  std::stable_sort(lines->begin(), lines->end(), [](const SkillLine& a, const SkillLine& b) {
    return Before(a.entries.front().rank, b.entries.front().rank);
  });
}

std::string Write(const TailorInput& in, const std::vector<SkillLine>& lines) {
  std::string out;
  for (const SkillLine& line : lines) {
    if (!out.empty()) out += '\n';
    if (line.entries.empty()) {
      out += Renamed(in, line.begin, line.end);
      continue;
    }
    out += Renamed(in, line.begin, line.entries_begin);
    for (std::size_t i = 0; i < line.entries.size(); ++i) {
      const Entry& e = line.entries[i];
      if (i > 0) out += line.separator.empty() ? std::string(", ") : line.separator;
      out += e.end > e.begin ? Renamed(in, e.begin, e.end) : e.text;
    }
    out += line.terminator;
  }
  return out;
}

std::string Names(const TailorInput& in, const std::vector<SkillLine>& lines) {
  std::string names;
  int count = 0;
  for (const SkillLine& line : lines) {
    for (const Entry& e : line.entries) {
      if (e.rank.tier != static_cast<int>(PostingTier::kRequired) || count == 5) continue;
      if (count++ > 0) names += ", ";
      names += e.end > e.begin ? Renamed(in, e.begin, e.end) : e.text;
    }
  }
  return names;
}

}  // namespace

StepPlan PlanSkillsList(const TailorInput& in) {
  StepPlan plan;
  const auto section =
      std::find_if(in.resume.sections.begin(), in.resume.sections.end(),
                   [](const Section& s) { return s.kind == SectionKind::kSkills; });
  if (section == in.resume.sections.end()) return plan;
  std::vector<SkillLine> lines = ReadLines(in, *section);
  if (lines.empty()) return plan;
  // Lines apart by blank lines are groups the resume made, a sentence is no list, and a first
  // line that shares the heading's line stays after it: entries move, the lines stay.
  const bool move_lines =
      std::none_of(lines.begin(), lines.end(),
                   [](const SkillLine& l) { return l.entries.empty() || l.prose; }) &&
      (lines.front().begin == 0 || in.resume.text[lines.front().begin - 1] == '\n');
  const bool reorder = !Sorted(lines, move_lines);
  const std::uint32_t begin = lines.front().begin;
  const std::uint32_t end = lines.back().end;
  const std::vector<Entry> added = AddSkills(SkillsToAdd(in, *section), &lines);
  for (const Entry& entry : added) {
    plan.edits.push_back(
        Edit{EditKind::kAddSkill, "", entry.text,
             in.messages.Format("tailor-add-skill", {{"term", in.messages.Quote(entry.text)}}), end,
             end, entry.skill});
    plan.inserted.push_back(entry.text);
  }
  if (!reorder && added.empty()) return plan;
  SortLines(&lines, move_lines);
  const std::string after = Write(in, lines);
  if (reorder) {
    plan.edits.insert(
        plan.edits.begin(),
        Edit{EditKind::kSkillsOrder, in.resume.text.substr(begin, end - begin), after,
             in.messages.Format("tailor-skills-order", {{"skills", Names(in, lines)}}), begin, end,
             ""});
  }
  plan.replacements.push_back({begin, end, after});
  return plan;
}

}  // namespace tailorcore::detail
