// Requirements that are no keywords: years of experience, overall and per skill
// (docs/scoring.md, "Requirements").
#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

#include "compare/compare.h"
#include "tailorcore/lexicon.h"

namespace tailorcore::detail {
namespace {

// The months the entries cover together (overlaps counted once), "present" ending at `as_of`.
int MonthsCovered(const std::vector<const DatedEntry*>& entries, MonthIndex as_of) {
  std::vector<std::pair<MonthIndex, MonthIndex>> spans;
  for (const DatedEntry* e : entries) {
    const MonthIndex to = e->present ? as_of : e->to;
    if (to >= e->from) spans.emplace_back(e->from, to);
  }
  std::sort(spans.begin(), spans.end());
  int months = 0;
  MonthIndex covered_to = std::numeric_limits<MonthIndex>::min();  // the last month counted
  for (const auto& [from, to] : spans) {
    const MonthIndex start = std::max(from, covered_to + 1);
    if (to >= start) months += to - start + 1;
    covered_to = std::max(covered_to, to);
  }
  return months;
}

bool Shows(const AnalyzedDocument& resume, const std::string& skill, std::uint32_t begin,
           std::uint32_t end) {
  return std::any_of(resume.matches.matches.begin(), resume.matches.matches.end(),
                     [&](const SkillMatch& m) {
                       return m.skill->id == skill && m.begin >= begin && m.end <= end;
                     });
}

Requirement Check(const AnalyzedDocument& resume, const ExperienceAsked& asked, MonthIndex as_of) {
  Requirement r;
  r.skill = asked.skill;
  r.term = asked.term;
  r.years_required = asked.years;
  r.posting_sentence = asked.sentence;
  r.posting_begin = asked.begin;
  r.posting_end = asked.end;
  std::vector<const DatedEntry*> counted;
  for (const DatedEntry& e : resume.entries) {
    if (asked.skill.empty() || Shows(resume, asked.skill, e.begin, e.end)) counted.push_back(&e);
  }
  for (const DatedEntry* e : counted) {
    r.evidence.push_back({e->dates_begin, e->dates_end, MonthName(e->from),
                          MonthName(e->present ? as_of : e->to), e->present});
  }
  r.years_found = std::round(MonthsCovered(counted, as_of) / 12.0 * 10) / 10;
  // Unknown when the resume does not say: no dated entry, or the skill named only where no
  // dates are. A skill the resume never names is not met.
  const bool named = asked.skill.empty() ||
                     Shows(resume, asked.skill, 0, static_cast<std::uint32_t>(resume.text.size()));
  if (resume.entries.empty() || (counted.empty() && named)) {
    r.status = RequirementStatus::kUnknown;
  } else {
    r.status =
        r.years_found + 1e-9 >= asked.years ? RequirementStatus::kMet : RequirementStatus::kNotMet;
  }
  return r;
}

// A spoken language: the resume's highest stated level for it, else C2 when the resume is
// written in it. Unknown when the resume names the language with no level and a level is asked.
Requirement CheckLanguage(const AnalyzedDocument& resume, const LanguageAsked& asked) {
  Requirement r;
  r.kind = "language";
  r.skill = asked.skill;
  r.term = asked.term;
  r.required = asked.level;
  r.posting_sentence = asked.sentence;
  r.posting_begin = asked.begin;
  r.posting_end = asked.end;
  bool named = false;
  LanguageLevel best = 0;
  for (const AnalyzedDocument::Spoken& s : resume.spoken) {
    if (s.skill != asked.skill) continue;
    named = true;
    best = std::max(best, s.level);
  }
  // A resume written in the language shows it (C2) unless the resume states a level itself.
  if (resume.written_in == asked.skill && best == 0) best = 6;
  r.found = LevelName(best);
  if (!named && best == 0) {
    r.status = RequirementStatus::kNotMet;
  } else if (asked.level.empty() || (best > 0 && r.found >= asked.level)) {
    r.status = RequirementStatus::kMet;  // "A1" < "B2" < "C1" as text too
  } else {
    r.status = best == 0 ? RequirementStatus::kUnknown : RequirementStatus::kNotMet;
  }
  return r;
}

}  // namespace

void CheckRequirements(const AnalyzedDocument& resume, const PostingProfile& profile,
                       MonthIndex as_of, Report* report) {
  for (const ExperienceAsked& asked : profile.experience) {
    report->requirements.push_back(Check(resume, asked, as_of));
  }
  for (const LanguageAsked& asked : profile.languages) {
    report->requirements.push_back(CheckLanguage(resume, asked));
  }
}

}  // namespace tailorcore::detail
