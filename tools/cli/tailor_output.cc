#include "tailor_output.h"

#include <algorithm>
#include <cstdio>
#include <sstream>

#include "report_markdown.h"

namespace tailorcore::cli {
namespace {

std::string Fixed(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", value);
  return buffer;
}

// The first line of a multi-line text, with "…" when there is more.
std::string FirstLine(const std::string& text) {
  const std::size_t eol = text.find('\n');
  return eol == std::string::npos ? text : text.substr(0, eol) + " \u2026";
}

std::string Change(const Edit& e) {
  switch (e.kind) {
    case EditKind::kExactForm:
      return "\"" + e.before + "\" \u2192 \"" + e.after + "\"";
    case EditKind::kAddSkill:
      return "+ " + e.after;
    case EditKind::kDropBullet:
      return "- " + FirstLine(e.before);
    case EditKind::kSummary:
      return "+ " + FirstLine(e.after.substr(e.after.find_first_not_of(". ")));
    default:
      return "";
  }
}

// Bytes of bullet marks a line may start with (lib/structure/lines.cc has the full list).
std::size_t BulletMark(const std::string& line) {
  static constexpr std::string_view kMarks[] = {"\u2022", "\u25AA", "\u25E6", "\u25CF",
                                                "\u25A0", "\u27A2", "\u2713", "\u2013",
                                                "\u2014", "-",      "*"};
  const std::size_t start = line.find_first_not_of(" \t");
  if (start == std::string::npos) return std::string::npos;
  for (std::string_view mark : kMarks) {
    if (line.compare(start, mark.size(), mark) == 0 && line.size() > start + mark.size() &&
        line[start + mark.size()] == ' ')
      return start + mark.size();
  }
  return std::string::npos;
}

}  // namespace

std::string RenderTailorSummary(const Tailored& t, const std::string& resume_name,
                                const std::string& posting_name) {
  std::ostringstream out;
  out << "Tailored " << resume_name << " for " << posting_name << "\n";
  out << "Score " << Fixed(t.score_before) << " \u2192 " << Fixed(t.score_after)
      << "  (literal ATS " << Fixed(t.literal_before) << " \u2192 " << Fixed(t.literal_after)
      << ")\n\n";
  if (t.edits.empty())
    out << "Nothing to change: the resume already leads with what the posting asks.\n";
  if (!t.edits.empty()) out << "Edits (" << t.edits.size() << "), each a move or a renaming:\n";
  for (const Edit& e : t.edits) {
    out << "  " << EditKindName(e.kind);
    const std::string change = Change(e);
    if (!change.empty()) out << "  " << change;
    out << "\n      " << e.reason << "\n";
  }
  if (!t.gap_terms.empty()) {
    out << "\nNot closed by tailoring (only real experience closes these): ";
    for (std::size_t i = 0; i < t.gap_terms.size(); ++i) out << (i ? ", " : "") << t.gap_terms[i];
    out << "\n";
  }
  for (const std::string& step : t.withheld) {
    out << "\nLeft out: the " << step
        << " step, whose result would add what the resume does not say.\n";
  }
  out << "\nThe tailored resume: --format text (or -o FILE); every change: --format diff.\n";
  return out.str();
}

std::string TailoredMarkdown(const std::string& text, const std::vector<Section>& sections) {
  std::ostringstream out;
  std::size_t start = 0;
  bool first = true;
  while (start < text.size()) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    const std::string line = text.substr(start, end - start);
    const bool heading = std::any_of(sections.begin(), sections.end(), [&](const Section& s) {
      return s.heading_end > s.heading_begin && s.heading_begin >= start && s.heading_begin < end;
    });
    const std::size_t mark = BulletMark(line);
    if (line.find_first_not_of(" \t\r") == std::string::npos) {
      out << "\n";
    } else if (first) {
      out << "# " << EscapeMarkdown(line) << "\n\n";
      first = false;
    } else if (heading) {
      out << "\n## " << EscapeMarkdown(line) << "\n\n";
    } else if (mark != std::string::npos) {
      out << "- " << EscapeMarkdown(line.substr(line.find_first_not_of(' ', mark))) << "\n";
    } else {
      out << EscapeMarkdown(line) << "  \n";
    }
    start = end + 1;
  }
  return out.str();
}

}  // namespace tailorcore::cli
