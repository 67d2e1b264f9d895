#include "report_markdown.h"

#include <algorithm>
#include <sstream>
#include <string_view>
#include <vector>

#include "report_words.h"

namespace tailorcore::cli {
namespace {

constexpr std::size_t kMaxBullets = 12;

// `text` with Markdown's special characters escaped and line breaks as spaces: it reads as
// written in a paragraph, a list item or a table cell.
std::string Escape(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '\n' || c == '\r' || c == '\t') {
      out += ' ';
    } else if (std::string_view("\\`*_[]<>|#!~").find(c) != std::string_view::npos) {
      out += '\\';
      out += c;
    } else {
      out += c;
    }
  }
  return out;
}

std::string Mark(RequirementStatus status) {
  return status == RequirementStatus::kMet      ? "\u2713"
         : status == RequirementStatus::kNotMet ? "\u2717"
                                                : "?";
}

void Scores(std::ostringstream& out, const Report& report) {
  out << "**Score " << Fixed(report.score, 1) << " / 100** \u00B7 literal ATS score "
      << Fixed(report.literal_score, 1) << " / 100";
  if (report.score < report.keyword_score) {
    out << " (keywords " << Fixed(report.keyword_score, 1) << ", unmet requirements "
        << Fixed(report.score - report.keyword_score, 1) << ")";
  }
  out << "\n\n## Coverage by tier\n\n| tier | matched | coverage |\n|---|---|---|\n";
  for (const Coverage& c : report.tiers) {
    if (c.total == 0) {
      out << "| " << c.name << " | \u2014 | \u2014 |\n";
    } else {
      out << "| " << c.name << " | " << c.matched << "/" << c.total << " | "
          << Fixed(100 * c.coverage, 0) << "% |\n";
    }
  }
}

void Requirements(std::ostringstream& out, const Report& report) {
  if (report.requirements.empty()) return;
  out << "\n## Requirements\n\n| | asked | the resume | points |\n|---|---|---|---|\n";
  for (const Requirement& r : report.requirements) {
    const std::string points = r.points < -0.005 ? Fixed(r.points, 1)
                               : r.soft && r.status == RequirementStatus::kNotMet ? "soft: 0"
                                                                                  : "";
    out << "| " << Mark(r.status) << " | " << Escape(AskedText(r)) << " | " << Escape(FoundText(r))
        << " | " << points << " |\n";
  }
}

void Keywords(std::ostringstream& out, const Report& report) {
  out << "\n## Matched, by points\n\n| keyword | tier | points | where |\n|---|---|---|---|\n";
  std::vector<const Keyword*> matched;
  for (const Keyword& k : report.keywords) {
    if (k.matched && !k.alternative) matched.push_back(&k);
  }
  std::stable_sort(matched.begin(), matched.end(),
                   [](const Keyword* a, const Keyword* b) { return a->points > b->points; });
  for (const Keyword* m : matched) {
    const Keyword& k = *m;
    out << "| " << Escape(DisplayTerm(report, k)) << " | " << PostingTierName(k.tier) << " | "
        << Fixed(k.points, 1) << " | " << Escape(WhereShown(k)) << " |\n";
  }
  out << "\n## Missing, most important first\n\n"
      << "| keyword | tier | would add, if shown in work |\n|---|---|---|\n";
  const MissingKeywords missing = SplitMissing(report);
  for (const Keyword* k : missing.technical) {
    out << "| " << Escape(DisplayTerm(report, *k)) << " | " << PostingTierName(k->tier) << " | +"
        << Fixed(PointsIfShown(report, *k), 1) << " |\n";
  }
  std::string other;
  for (const Keyword* k : missing.other)
    other += (other.empty() ? "" : ", ") + DisplayTerm(report, *k);
  if (!other.empty()) out << "\n**Also asked, not technical:** " << Escape(other) << "\n";
  if (!report.not_required.empty()) {
    out << "\n**Named as not required:** " << Escape(NotRequiredLine(report)) << "\n";
  }
}

void Advice(std::ostringstream& out, const Report& report, bool with_posting) {
  if (!report.suggestions.empty()) out << "\n## Suggestions\n\n";
  for (const Suggestion& s : report.suggestions) out << "- " << Escape(s.message) << "\n";
  out << "\n## Bullets, " << (with_posting ? "most relevant to this posting first" : "in order")
      << "\n\n";
  if (report.bullets.empty()) out << "(no bullets found)\n";
  std::size_t n = 0;
  for (const BulletReview& b : report.bullets) {
    if (++n > kMaxBullets) {
      out << "\n\u2026 and " << report.bullets.size() - kMaxBullets << " more\n";
      break;
    }
    out << n << ". " << Escape(b.text) << " \u2014 action verb "
        << (b.action_verb ? "\u2713" : "\u2717") << ", result "
        << (b.measurable ? "\u2713" : "\u2717") << (b.weak_opener ? ", weak opener" : "")
        << (b.duplicate ? ", duplicate" : "")
        << (with_posting ? ", relevance " + Fixed(b.relevance, 1) : std::string()) << "\n";
  }
  std::string sections;
  for (const SectionCheck& s : report.sections) {
    sections += std::string(sections.empty() ? "" : ", ") + s.section + " " +
                (s.present ? "\u2713" : "\u2717");
  }
  out << "\n**Sections:** " << sections << "\n";
}

}  // namespace

std::string EscapeMarkdown(const std::string& text) { return Escape(text); }

std::string RenderMarkdown(const Report& report, const std::string& resume_name,
                           const std::string& posting_name) {
  std::ostringstream out;
  out << "# " << Escape(resume_name) << " vs " << Escape(posting_name) << "\n\n";
  if (report.keywords.empty()) {
    out << "No skills found in the posting, so there is nothing to score. Is it a job posting "
           "in English or Russian, given second (RESUME first, then POSTING)?\n";
    Requirements(out, report);
    Advice(out, report, true);
    return out.str();
  }
  Scores(out, report);
  Requirements(out, report);
  Keywords(out, report);
  Advice(out, report, true);
  return out.str();
}

}  // namespace tailorcore::cli
