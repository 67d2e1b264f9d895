// Requirements that are no keywords: years of experience, overall and per skill, spoken
// languages, the degree and the seniority (docs/scoring.md, 5), and what unmet ones cost.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>
#include <optional>
#include <string>
#include <utility>

#include "compare/compare.h"
#include "tailorcore/lexicon.h"

namespace tailorcore::detail {
namespace {

// Whether the resume names `skill` in [begin, end), or a narrower skill that is a kind of it or
// implies it (data/lexicon/relations.tsv): a role that built FastAPI services is time with
// Python, one on PostgreSQL time with SQL.
bool Shows(const AnalyzedDocument& resume, const std::string& skill, std::uint32_t begin,
           std::uint32_t end) {
  return std::any_of(
      resume.matches.matches.begin(), resume.matches.matches.end(), [&](const SkillMatch& m) {
        return m.begin >= begin && m.end <= end &&
               (m.skill->id == skill || std::find(m.skill->implies.begin(), m.skill->implies.end(),
                                                  skill) != m.skill->implies.end());
      });
}

Requirement Check(const AnalyzedDocument& resume, const ExperienceAsked& asked, MonthIndex as_of) {
  Requirement r;
  r.skill = asked.skill;
  r.term = asked.term;
  r.years_required = asked.years;
  r.years_max = asked.max_years;
  r.soft = asked.preferred;
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

// Whether `text` holds `word` with no letter or digit right before or after it ("Go" is not in
// "Google").
bool ContainsWord(std::string_view text, std::string_view word) {
  auto word_byte = [](char c) {
    return static_cast<unsigned char>(c) >= 0x80 || std::isalnum(static_cast<unsigned char>(c));
  };
  for (std::size_t at = text.find(word); at != std::string_view::npos;
       at = text.find(word, at + 1)) {
    const std::size_t end = at + word.size();
    if ((at == 0 || !word_byte(text[at - 1])) && (end == text.size() || !word_byte(text[end]))) {
      return true;
    }
  }
  return false;
}

// Whether `a` shows the asked years better than `b`: met over unknown over not met, then more.
bool Better(const Requirement& a, const Requirement& b) {
  auto rank = [](RequirementStatus s) {
    return s == RequirementStatus::kMet ? 2 : s == RequirementStatus::kUnknown ? 1 : 0;
  };
  if (rank(a.status) != rank(b.status)) return rank(a.status) > rank(b.status);
  return a.years_found > b.years_found;
}

// Years with a skill that the posting offers with alternatives in the same sentence ("5+ years
// with Python or Go"): the member the resume shows best answers it.
Requirement CheckYears(const AnalyzedDocument& resume, const PostingProfile& profile,
                       const ExperienceAsked& asked, MonthIndex as_of) {
  Requirement best = Check(resume, asked, as_of);
  if (asked.skill.empty()) return best;
  const auto own = std::find_if(profile.keywords.begin(), profile.keywords.end(),
                                [&](const PostingKeyword& k) { return k.id == asked.skill; });
  if (own == profile.keywords.end() || own->group == 0) return best;
  for (const PostingKeyword& k : profile.keywords) {
    if (k.group != own->group || k.id == asked.skill) continue;
    const bool in_sentence = std::any_of(k.forms.begin(), k.forms.end(), [&](const std::string& f) {
      return ContainsWord(asked.sentence, f);
    });
    if (!in_sentence) continue;
    ExperienceAsked alternative = asked;
    alternative.skill = k.id;
    alternative.term = k.term;
    Requirement r = Check(resume, alternative, as_of);
    if (Better(r, best)) best = std::move(r);
  }
  return best;
}

// A spoken language: the resume's highest stated level for it, else C2 when the resume is
// written in it. Unknown when the resume names the language with no level and a level is asked.
Requirement CheckLanguage(const AnalyzedDocument& resume, const LanguageAsked& asked) {
  Requirement r;
  r.kind = "language";
  r.skill = asked.skill;
  r.term = asked.term;
  r.required = asked.level;
  r.soft = asked.preferred;
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
  } else if (asked.level.empty() || (best > 0 && best >= LevelOfName(asked.level))) {
    r.status = RequirementStatus::kMet;
  } else {
    r.status = best == 0 ? RequirementStatus::kUnknown : RequirementStatus::kNotMet;
  }
  return r;
}

// Met at the level asked or above, not met below it, unknown when the resume shows no level.
RequirementStatus Compare(CredentialLevel found, CredentialLevel asked) {
  if (found == 0) return RequirementStatus::kUnknown;
  return found >= asked ? RequirementStatus::kMet : RequirementStatus::kNotMet;
}

// A degree or seniority requirement: the level asked, the posting's words, and the resume's
// level (`shown`, named by `name`) with its status.
Requirement CheckLevel(std::string kind, const std::string& required, const std::string& sentence,
                       std::uint32_t begin, std::uint32_t end, const LevelMention& shown,
                       std::string (*name)(CredentialLevel), CredentialLevel asked_level) {
  Requirement r;
  r.kind = std::move(kind);
  r.required = required;
  r.posting_sentence = sentence;
  r.posting_begin = begin;
  r.posting_end = end;
  r.found = name(shown.level);
  r.found_begin = shown.begin;
  r.found_end = shown.end;
  r.status = Compare(shown.level, asked_level);
  return r;
}

Requirement CheckDegree(const AnalyzedDocument& resume, const DegreeAsked& asked) {
  Requirement r = CheckLevel("degree", asked.level, asked.sentence, asked.begin, asked.end,
                             resume.credentials.degree, DegreeName, DegreeLevel(asked.level));
  r.fields = asked.fields;
  r.found_fields = resume.credentials.fields;
  r.soft = asked.preferred || asked.equivalent;
  return r;
}

// The share of the keyword score an unmet requirement takes, before the cap.
double CostOf(const Requirement& r, const ScoringOptions& scoring) {
  if (r.status != RequirementStatus::kNotMet || r.soft) return 0;
  if (r.kind == "experience") {
    // A skill the resume never names costs its keyword's points already, not these too.
    if (!r.skill.empty() && r.years_found == 0) return 0;
    const double lacking = r.years_required > 0 ? 1 - r.years_found / r.years_required : 0;
    return scoring.experience_cost * std::clamp(lacking, 0.0, 1.0);
  }
  if (r.kind == "language") {
    const LanguageLevel asked = LevelOfName(r.required);
    if (asked == 0) return scoring.language_cost;  // any level, and the resume names none
    const double lacking = static_cast<double>(asked - LevelOfName(r.found)) / asked;
    return scoring.language_cost * std::clamp(lacking, 0.0, 1.0);
  }
  return r.kind == "degree" ? scoring.degree_cost : scoring.seniority_cost;
}

}  // namespace

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

void CostRequirements(const ScoringOptions& scoring, Report* report) {
  double total = 0;
  for (const Requirement& r : report->requirements) total += CostOf(r, scoring);
  const double scale =
      total > scoring.max_requirements_cost ? scoring.max_requirements_cost / total : 1.0;
  double points = 0;
  for (Requirement& r : report->requirements) {
    const double cost = CostOf(r, scoring);
    r.points = cost > 0 ? -report->keyword_score * cost * scale : 0;  // never -0
    points += r.points;
  }
  report->score = std::round((report->keyword_score + points) * 100) / 100;
}

void CheckRequirements(const AnalyzedDocument& resume, const PostingProfile& profile,
                       MonthIndex as_of, Report* report) {
  for (const ExperienceAsked& asked : profile.experience) {
    report->requirements.push_back(CheckYears(resume, profile, asked, as_of));
  }
  for (const LanguageAsked& asked : profile.languages) {
    report->requirements.push_back(CheckLanguage(resume, asked));
  }
  if (profile.degree) report->requirements.push_back(CheckDegree(resume, *profile.degree));
  if (const std::optional<SeniorityAsked>& s = profile.seniority; s) {
    report->requirements.push_back(CheckLevel("seniority", s->level, s->sentence, s->begin, s->end,
                                              resume.credentials.seniority, SeniorityName,
                                              SeniorityLevel(s->level)));
  }
}

}  // namespace tailorcore::detail
