#include "report_text.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sstream>
#include <vector>

namespace tailorcore::cli {
namespace {

constexpr std::size_t kWidth = 80;

std::size_t Columns(const std::string& s) {
  std::size_t n = 0;
  for (char c : s) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  }
  return n;
}

// Word-wraps `text` to kWidth with `first` before the first line and `indent` spaces before the
// others.
std::string Wrap(const std::string& text, const std::string& first, std::size_t indent) {
  std::istringstream words(text);
  std::string word;
  std::string out = first;
  std::size_t column = Columns(first);
  bool line_empty = true;
  while (words >> word) {
    const std::size_t w = Columns(word);
    if (!line_empty && column + 1 + w > kWidth) {
      out += "\n" + std::string(indent, ' ');
      column = indent;
      line_empty = true;
    }
    if (!line_empty) {
      out += ' ';
      ++column;
    }
    out += word;
    column += w;
    line_empty = false;
  }
  return out + "\n";
}

std::string Fixed(double value, int decimals) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  return buffer;
}

std::string Bar(double fraction, std::size_t width) {
  const auto filled = static_cast<std::size_t>(std::lround(fraction * static_cast<double>(width)));
  std::string out;
  for (std::size_t i = 0; i < width; ++i) out += i < filled ? "\u2588" : "\u2591";
  return out;
}

struct Colors {
  bool on;
  std::string Green(const std::string& s) const { return on ? "\033[32m" + s + "\033[0m" : s; }
  std::string Red(const std::string& s) const { return on ? "\033[31m" + s + "\033[0m" : s; }
  std::string Bold(const std::string& s) const { return on ? "\033[1m" + s + "\033[0m" : s; }
  std::string Dim(const std::string& s) const { return on ? "\033[2m" + s + "\033[0m" : s; }
};

std::string WhereShown(const Keyword& k) {
  bool experience = false;
  bool listed = false;
  bool summary = false;
  for (const Evidence& e : k.evidence) {
    experience = experience || e.bullet || IsWorkSection(e.section);
    summary = summary || e.section == SectionKind::kSummary;
    listed = listed || e.section == SectionKind::kSkills;
  }
  std::string where = experience ? "in experience"
                      : summary  ? "in summary"
                      : listed   ? "listed only"
                                 : "mentioned";
  if (!k.literal && !k.resume_forms.empty()) {
    where += std::string(", as \u201C") + k.resume_forms.front() + "\u201D (" +
             MatchKindName(k.match) + ")";
  }
  return where;
}

// The keyword as the table names it: a requirement group's carrier with its alternatives
// ("Kafka (or RabbitMQ)").
std::string DisplayTerm(const Report& report, const Keyword& k) {
  std::string term = k.term;
  std::string others;
  for (const std::string& id : k.alternatives) {
    for (const Keyword& o : report.keywords) {
      if (o.id == id) others += (others.empty() ? "" : ", ") + o.term;
    }
  }
  return others.empty() ? term : term + " (or " + others + ")";
}

// The names of the skills the posting says it does not require.
std::string NotRequiredLine(const Report& report) {
  std::string names;
  for (const Keyword& k : report.not_required) names += (names.empty() ? "" : ", ") + k.term;
  return names;
}

// "3 years", "1 year", "2.5 years"; with `plus`, "3+ years".
std::string YearsText(double years, bool plus = false) {
  const std::string text = Fixed(years, years == static_cast<int>(years) ? 0 : 1);
  return text + (plus ? "+" : "") + (years == 1 ? " year" : " years");
}

// What the posting asks besides keywords, and what the resume's dated entries show: above the
// keyword tables, not scored.
void RenderRequirements(std::ostringstream& out, const Report& report, const Colors& c) {
  if (report.requirements.empty()) return;
  out << "\n" << c.Bold("Requirements (shown, not scored)") << "\n";
  for (const Requirement& r : report.requirements) {
    const std::string asked = YearsText(r.years_required, true) + " " +
                              (r.skill.empty() ? std::string("overall") : "with " + r.term);
    std::string mark = c.Green("\u2713");
    std::string found = "found " + YearsText(r.years_found);
    if (r.status == RequirementStatus::kNotMet) mark = c.Red("\u2717");
    if (r.status == RequirementStatus::kUnknown) {
      mark = "?";
      found = r.evidence.empty() && !r.skill.empty() ? "unknown: named in no dated entry"
                                                     : "unknown: no dated experience entries";
    }
    out << "  " << mark << " " << Pad(Cut(asked, 30), 30) << " " << found << "\n";
  }
}

// The missing technical keywords, one a line; then the soft, business and domain skills the
// posting asks for on a line of their own: they weigh a quarter and are no technology to add.
void RenderMissing(std::ostringstream& out, const Report& report, const Colors& c) {
  out << "\n" << c.Bold("Missing, most important first") << "\n";
  std::string other;
  std::size_t technical = 0;
  for (const Keyword& k : report.keywords) {
    if (k.matched || k.alternative) continue;
    if (!k.technical) {
      other += (other.empty() ? "" : ", ") + DisplayTerm(report, k) + " (" +
               std::string(PostingTierName(k.tier)) + ")";
      continue;
    }
    ++technical;
    out << "  " << c.Red("\u2717") << " " << Pad(Cut(DisplayTerm(report, k), 24), 24) << " "
        << Pad(PostingTierName(k.tier), 10) << " weight " << Fixed(k.weight, 2) << "\n";
  }
  if (technical == 0) out << "  (none)\n";
  if (!other.empty()) {
    out << Wrap(other, "  " + c.Bold("Also asked, not technical (a quarter of the weight)") + ": ",
                4);
  }
}

void RenderBullets(std::ostringstream& out, const Report& report, const Colors& c) {
  out << "\n" << c.Bold("Bullets, most relevant to this posting first") << "\n";
  if (report.bullets.empty()) out << "  (no bullets found)\n";
  std::size_t n = 0;
  for (const BulletReview& b : report.bullets) {
    if (++n > 12) {
      out << "  \u2026 and " << report.bullets.size() - 12 << " more\n";
      break;
    }
    std::string flags = std::string("action verb ") +
                        (b.action_verb ? c.Green("\u2713") : c.Red("\u2717")) + "  result " +
                        (b.measurable ? c.Green("\u2713") : c.Red("\u2717")) +
                        (b.weak_opener ? "  " + c.Red("weak opener") : "");
    out << Wrap(Cut(b.text, 150), "  " + Pad(std::to_string(n) + ".", 4), 6);
    out << "      " << flags << c.Dim("  relevance " + Fixed(b.relevance, 1)) << "\n";
  }
  std::string sections;
  for (const SectionCheck& s : report.sections) {
    sections += " " + s.section + " " + (s.present ? c.Green("\u2713") : c.Red("\u2717"));
  }
  out << "\n" << c.Bold("Sections") << ":" << sections << "\n";
}

}  // namespace

std::string Pad(const std::string& s, std::size_t width) {
  const std::size_t c = Columns(s);
  return c >= width ? s : s + std::string(width - c, ' ');
}

std::string Cut(const std::string& s, std::size_t columns) {
  if (Columns(s) <= columns) return s;
  std::string out;
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
      if (++n > columns - 1) break;
    }
    out += s[i];
  }
  return out + "\u2026";
}
std::string RenderReport(const Report& report, const std::string& resume_name,
                         const std::string& posting_name, bool color) {
  const Colors c{color};
  std::ostringstream out;
  out << Wrap(resume_name + " vs " + posting_name, "", 0);
  out << c.Bold("Score " + Fixed(report.score, 1) + " / 100") << "    literal ATS score "
      << Fixed(report.literal_score, 1) << " / 100\n";
  out << c.Dim("(the literal score counts only the posting's exact words)") << "\n\n";

  out << c.Bold("Coverage by tier") << "\n";
  for (const Coverage& t : report.tiers) {
    out << "  " << Pad(t.name, 10) << " "
        << Pad(std::to_string(t.matched) + "/" + std::to_string(t.total), 6) << " "
        << Bar(t.coverage, 20) << " " << Fixed(100 * t.coverage, 0) << "%\n";
  }

  out << c.Dim("(% weighs each keyword; one only listed, not shown in work, counts 70%)") << "\n";
  RenderRequirements(out, report, c);
  out << "\n" << c.Bold("Matched, by points") << "\n";
  std::size_t matched = 0;
  std::vector<const Keyword*> by_points;
  for (const Keyword& k : report.keywords) {
    if (k.matched && !k.alternative) by_points.push_back(&k);
  }
  std::stable_sort(by_points.begin(), by_points.end(),
                   [](const Keyword* a, const Keyword* b) { return a->points > b->points; });
  for (const Keyword* kp : by_points) {
    const Keyword& k = *kp;
    ++matched;
    out << Wrap(WhereShown(k),
                "  " + c.Green("\u2713") + " " + Pad(Cut(DisplayTerm(report, k), 24), 24) + " " +
                    Pad(PostingTierName(k.tier), 10) + " " + Pad(Fixed(k.points, 1), 5),
                46);
  }
  if (matched == 0) out << "  (none)\n";

  RenderMissing(out, report, c);

  if (!report.not_required.empty()) {
    out << Wrap(NotRequiredLine(report), "\n" + c.Bold("Not required by the posting") + ": ", 4);
  }

  out << "\n" << c.Bold("Suggestions") << "\n";
  if (report.suggestions.empty()) out << "  (none)\n";
  for (const Suggestion& s : report.suggestions) out << Wrap(s.message, "  - ", 4);

  RenderBullets(out, report, c);
  return out.str();
}

std::string RenderLint(const Report& report, const std::string& resume_name, bool color) {
  const Colors c{color};
  std::ostringstream out;
  out << Wrap(resume_name + ": bullet and section review", "", 0);
  RenderBullets(out, report, c);
  bool any = false;
  for (const Suggestion& s : report.suggestions) {
    if (s.kind != SuggestionKind::kBullet && s.kind != SuggestionKind::kSection) continue;
    if (!any) out << "\n" << c.Bold("Suggestions") << "\n";
    any = true;
    out << Wrap(s.message, "  - ", 4);
  }
  return out.str();
}

}  // namespace tailorcore::cli
