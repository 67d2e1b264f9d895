// The summary: one sentence naming the required skills the resume's work shows.
#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "tailor/tailor_steps.h"

namespace tailorcore::detail {
namespace {

constexpr std::size_t kMostNamed = 5;

bool ShownInWork(const Keyword& keyword) {
  return std::any_of(keyword.evidence.begin(), keyword.evidence.end(), [](const Evidence& e) {
    return IsWorkSection(e.section) && e.kind != MatchKind::kImplied;
  });
}

bool NamedIn(const Keyword& keyword, const Section& section) {
  return std::any_of(keyword.evidence.begin(), keyword.evidence.end(), [&](const Evidence& e) {
    return e.begin >= section.begin && e.end <= section.end;
  });
}

std::string List(const Messages& messages, const std::vector<std::string>& names) {
  std::string list;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) list += i + 1 == names.size() ? " " + messages.Format("and") + " " : ", ";
    list += names[i];
  }
  return list;
}

}  // namespace

StepPlan PlanSummary(const TailorInput& in) {
  StepPlan plan;
  const auto section =
      std::find_if(in.resume.sections.begin(), in.resume.sections.end(),
                   [](const Section& s) { return s.kind == SectionKind::kSummary; });
  if (section == in.resume.sections.end()) return plan;
  std::vector<std::string> names;
  for (const Keyword& keyword : in.report.keywords) {
    if (keyword.tier != PostingTier::kRequired || !keyword.technical || names.size() == kMostNamed)
      continue;
    if (keyword.id.rfind("term:", 0) == 0 || keyword.match == MatchKind::kImplied ||
        !ShownInWork(keyword) || NamedIn(keyword, *section))
      continue;
    std::string name = NameFor(keyword);
    if (!name.empty()) names.push_back(std::move(name));
  }
  std::uint32_t end = section->end;
  while (end > section->heading_end &&
         std::isspace(static_cast<unsigned char>(in.resume.text[end - 1])))
    --end;
  if (names.empty() || end == section->heading_end) return plan;
  const std::string sentence =
      in.messages.Format("tailor-summary", {{"skills", List(in.messages, names)}});
  const char last = in.resume.text[end - 1];
  const std::string after = (last == '.' || last == '!' || last == '?' ? " " : ". ") + sentence;
  plan.edits.push_back(
      {EditKind::kSummary, "", after,
       in.messages.Format("tailor-summary-reason", {{"skills", List(in.messages, names)}}), end,
       end, ""});
  plan.replacements.push_back({end, end, after});
  plan.inserted = names;
  plan.inserted.push_back(sentence);
  return plan;
}

}  // namespace tailorcore::detail
