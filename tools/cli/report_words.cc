#include "report_words.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <cstdio>

namespace tailorcore::cli {

std::string Fixed(double value, int decimals) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  return buffer;
}

namespace {

// Where a piece of evidence is in a PDF or DOCX resume (LocateEvidence): " (page 2)",
// " (page 1, column 2)", " (paragraph 14)"; "" for a text resume.
std::string Location(const Evidence& e) {
  if (e.page > 0) {
    return " (page " + std::to_string(e.page) +
           (e.column > 1 ? ", column " + std::to_string(e.column) : std::string()) + ")";
  }
  return e.paragraph > 0 ? " (paragraph " + std::to_string(e.paragraph) + ")" : std::string();
}

}  // namespace

std::string WhereShown(const Keyword& k) {
  const Evidence* experience = nullptr;
  const Evidence* listed = nullptr;
  const Evidence* summary = nullptr;
  for (const Evidence& e : k.evidence) {
    if (experience == nullptr && (e.bullet || IsWorkSection(e.section))) experience = &e;
    if (summary == nullptr && e.section == SectionKind::kSummary) summary = &e;
    if (listed == nullptr && e.section == SectionKind::kSkills) listed = &e;
  }
  const Evidence* at = experience != nullptr ? experience
                       : summary != nullptr  ? summary
                       : listed != nullptr   ? listed
                       : k.evidence.empty()  ? nullptr
                                             : &k.evidence.front();
  std::string where = experience != nullptr ? "in experience"
                      : summary != nullptr  ? "in summary"
                      : listed != nullptr   ? "listed only"
                                            : "mentioned";
  if (at != nullptr) where += Location(*at);
  if (!k.literal && !k.resume_forms.empty()) {
    where += std::string(", as \u201C") + k.resume_forms.front() + "\u201D (" +
             MatchKindName(k.match) + ")";
  }
  return where;
}

// The keyword as the table names it: as the posting wrote it, with the lexicon's name beside it
// when that differs ("schema design (Database design)"), and a requirement group's carrier with
// its alternatives ("Kafka (or RabbitMQ)").
std::string DisplayTerm(const Report& report, const Keyword& k) {
  std::string term = k.term;
  if (!k.posting_forms.empty()) {
    icu::UnicodeString written = icu::UnicodeString::fromUTF8(k.posting_forms.front());
    if (written.caseCompare(icu::UnicodeString::fromUTF8(k.term), U_FOLD_CASE_DEFAULT) != 0) {
      term = k.posting_forms.front() + " (" + k.term + ")";
    }
  }
  std::string others;
  for (const std::string& id : k.alternatives) {
    for (const Keyword& o : report.keywords) {
      if (o.id == id) others += (others.empty() ? "" : ", ") + o.term;
    }
  }
  return others.empty() ? term : term + " (or " + others + ")";
}

double TotalWeight(const Report& report) {
  double total = 0;
  for (const Keyword& k : report.keywords) total += k.alternative ? 0 : k.weight;
  return total;
}

MissingKeywords SplitMissing(const Report& report) {
  MissingKeywords out;
  for (const Keyword& k : report.keywords) {
    if (k.matched || k.alternative) continue;
    (k.technical ? out.technical : out.other).push_back(&k);
  }
  return out;
}

double PointsIfShown(const Report& report, const Keyword& k) {
  return 100 * k.weight / TotalWeight(report);
}

// The names of the skills the posting says it does not require.
std::string NotRequiredLine(const Report& report) {
  std::string names;
  for (const Keyword& k : report.not_required) names += (names.empty() ? "" : ", ") + k.term;
  return names;
}

// "3 years", "1 year", "2.5 years"; with `plus`, "3+ years".
std::string YearsText(double years, bool plus) {
  const std::string text = Fixed(years, years == static_cast<int>(years) ? 0 : 1);
  return text + (plus ? "+" : "") + (years == 1 ? " year" : " years");
}

// What a requirement asks, in a few words: "5+ years with Kubernetes", "English B2 or better",
// "a bachelor degree (Computer Science)", "senior level".
std::string AskedText(const Requirement& r) {
  if (r.kind == "language") {
    return r.term + (r.required.empty() ? "" : " " + r.required + " or better");
  }
  if (r.kind == "degree") {
    return r.required + " degree" + (r.fields.empty() ? "" : " (" + r.fields.front() + ")");
  }
  if (r.kind == "seniority") return r.required + " level";
  std::string years = r.years_max > 0 ? Fixed(r.years_required, 0) + "-" + YearsText(r.years_max)
                                      : YearsText(r.years_required, true);
  return years + " " + (r.skill.empty() ? std::string("overall") : "with " + r.term);
}

// What the resume shows for it, or why that is unknown.
std::string FoundText(const Requirement& r) {
  const bool level = r.kind != "experience";
  if (r.status == RequirementStatus::kUnknown) {
    if (r.kind == "language") return "unknown: the resume names it with no level";
    if (r.kind == "degree") return "unknown: no degree named in an education section";
    if (r.kind == "seniority") return "unknown: the latest title names no level";
    return r.evidence.empty() && !r.skill.empty() ? "unknown: named in no dated entry"
                                                  : "unknown: no dated experience entries";
  }
  if (r.kind == "language" && r.found.empty()) {
    return r.status == RequirementStatus::kNotMet ? "not in the resume" : "named";
  }
  std::string found = "found " + (level ? r.found : YearsText(r.years_found));
  if (!r.found_fields.empty()) found += " (" + r.found_fields.front() + ")";
  return found;
}

}  // namespace tailorcore::cli
