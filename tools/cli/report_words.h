// How the reports name things, in words, for every human format (text, Markdown): where a
// keyword is shown, its display name, what a requirement asks and what the resume shows.
#ifndef TAILORCORE_TOOLS_CLI_REPORT_WORDS_H_
#define TAILORCORE_TOOLS_CLI_REPORT_WORDS_H_

#include <string>
#include <vector>

#include "tailorcore/report.h"

namespace tailorcore::cli {

// `value` with `decimals` digits after the point ("82.1").
std::string Fixed(double value, int decimals);
// Where the resume shows a keyword at best: "in experience", "in summary", "listed only",
// "mentioned"; with the resume's form when it is not the posting's ("as “Postgres” (variant)").
std::string WhereShown(const Keyword& k);
// The keyword as the posting wrote it, with the lexicon's name beside it when that differs
// ("schema design (Database design)"), and a group's alternatives ("Kafka (or RabbitMQ)").
std::string DisplayTerm(const Report& report, const Keyword& k);
// Σ weight of the keywords that count (no alternatives): a missing keyword shown in work would
// add 100 × its weight / this many points.
double TotalWeight(const Report& report);
// The missing keywords that count (no alternatives), in report order: the technical ones (a
// table row each) and the others (soft, business and domain skills, spoken languages: named on
// a line of their own, a quarter of the weight).
struct MissingKeywords {
  std::vector<const Keyword*> technical;
  std::vector<const Keyword*> other;
};
MissingKeywords SplitMissing(const Report& report);
// The points a missing keyword would add if shown in work: 100 × weight / TotalWeight.
double PointsIfShown(const Report& report, const Keyword& k);
// The names of the skills the posting says it does not require, joined by ", ".
std::string NotRequiredLine(const Report& report);
// "3 years", "1 year", "2.5 years"; with `plus`, "3+ years".
std::string YearsText(double years, bool plus = false);
// What a requirement asks: "5+ years with Kubernetes", "English B2 or better", "master degree
// (Computer Science)", "senior level".
std::string AskedText(const Requirement& r);
// What the resume shows for it ("found 4 years", "found bachelor (Physics)"), or why that is
// unknown.
std::string FoundText(const Requirement& r);

}  // namespace tailorcore::cli

#endif  // TAILORCORE_TOOLS_CLI_REPORT_WORDS_H_
