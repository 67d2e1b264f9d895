#include "report_text.h"

#include "report_words.h"

#include <sys/ioctl.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sstream>
#include <vector>

namespace tailorcore::cli {
namespace {

// The columns a code point takes on a terminal (ICU's East Asian width and general category):
// 2 for wide and full-width characters, 0 for combining marks and format characters, else 1.
std::size_t CodePointColumns(UChar32 c) {
  const auto width = static_cast<UEastAsianWidth>(u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH));
  if (width == U_EA_WIDE || width == U_EA_FULLWIDTH) return 2;
  const auto category = static_cast<UCharCategory>(u_charType(c));
  if (category == U_NON_SPACING_MARK || category == U_ENCLOSING_MARK || category == U_FORMAT_CHAR) {
    return 0;
  }
  return 1;
}

// Calls `f(begin, end, columns)` for each code point of `s`; ANSI colour sequences take none.
template <typename F>
void ForEachColumn(const std::string& s, F f) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  const auto length = static_cast<int32_t>(s.size());
  int32_t i = 0;
  while (i < length) {
    const int32_t begin = i;
    if (bytes[i] == 0x1B) {  // ESC [ ... m
      while (i < length && bytes[i] != 'm') ++i;
      f(begin, std::min(i + 1, length), std::size_t{0});
      i = std::min(i + 1, length);
      continue;
    }
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    f(begin, i, c < 0 ? std::size_t{1} : CodePointColumns(c));
  }
}

std::size_t Columns(const std::string& s) {
  std::size_t n = 0;
  ForEachColumn(s, [&](int32_t, int32_t, std::size_t columns) { n += columns; });
  return n;
}

// Word-wraps `text` to `width` columns with `first` before the first line and `indent` spaces
// before the others.
std::string Wrap(const std::string& text, const std::string& first, std::size_t indent,
                 std::size_t width) {
  std::istringstream words(text);
  std::string word;
  std::string out = first;
  std::size_t column = Columns(first);
  bool line_empty = true;
  while (words >> word) {
    const std::size_t w = Columns(word);
    if (!line_empty && column + 1 + w > width) {
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

std::string Bar(double fraction, std::size_t width) {
  const auto filled = static_cast<std::size_t>(std::lround(fraction * static_cast<double>(width)));
  std::string out;
  for (std::size_t i = 0; i < width; ++i) out += i < filled ? "\u2588" : "\u2591";
  return out;
}

// Colour (ANSI, only when asked) and the width to wrap to.
struct Style {
  bool on;
  std::size_t width;
  std::string Green(const std::string& s) const { return on ? "\033[32m" + s + "\033[0m" : s; }
  std::string Red(const std::string& s) const { return on ? "\033[31m" + s + "\033[0m" : s; }
  std::string Bold(const std::string& s) const { return on ? "\033[1m" + s + "\033[0m" : s; }
  std::string Dim(const std::string& s) const { return on ? "\033[2m" + s + "\033[0m" : s; }
  // The keyword column of the tables: 24 at 80 columns, up to 20 more on a wider terminal.
  std::size_t NameColumns() const {
    return 24 + std::min<std::size_t>(width > 80 ? width - 80 : 0, 20);
  }
};

// What the posting asks besides keywords, what the resume shows, and the points an unmet one
// takes from the score: above the keyword tables.
void RenderRequirements(std::ostringstream& out, const Report& report, const Style& c) {
  if (report.requirements.empty()) return;
  out << "\n" << c.Bold("Requirements") << "\n";
  for (const Requirement& r : report.requirements) {
    const std::string mark = r.status == RequirementStatus::kMet      ? c.Green("\u2713")
                             : r.status == RequirementStatus::kNotMet ? c.Red("\u2717")
                                                                      : std::string("?");
    std::string found = FoundText(r);
    if (r.points < -0.005) {
      found += "  " + Fixed(r.points, 1);
    } else if (r.soft && r.status == RequirementStatus::kNotMet) {
      found += "  (soft: costs nothing)";
    }
    out << "  " << mark << " " << Pad(Cut(AskedText(r), 30), 30) << " " << found << "\n";
  }
}

// The missing technical keywords, one a line; then the soft, business and domain skills the
// posting asks for on a line of their own: they weigh a quarter and are no technology to add.
void RenderMissing(std::ostringstream& out, const Report& report, const Style& c) {
  out << "\n" << c.Bold("Missing, most important first") << "\n";
  const MissingKeywords missing = SplitMissing(report);
  for (const Keyword* k : missing.technical) {
    out << "  " << c.Red("\u2717") << " "
        << Pad(Cut(DisplayTerm(report, *k), c.NameColumns()), c.NameColumns()) << " "
        << Pad(PostingTierName(k->tier), 10) << " +" << Pad(Fixed(PointsIfShown(report, *k), 1), 5)
        << c.Dim("if shown in work") << "\n";
  }
  if (missing.technical.empty()) out << "  (none)\n";
  std::string other;
  for (const Keyword* k : missing.other) {
    other += (other.empty() ? "" : ", ") + DisplayTerm(report, *k) + " (" +
             std::string(PostingTierName(k->tier)) + ")";
  }
  if (!other.empty()) {
    out << Wrap(other, "  " + c.Bold("Also asked, not technical (a quarter of the weight)") + ": ",
                4, c.width);
  }
}

// The bullet review; `with_posting` false (lint) lists the bullets in resume order, with no
// word of a posting or of relevance.
void RenderBullets(std::ostringstream& out, const Report& report, const Style& c,
                   bool with_posting = true) {
  out << "\n"
      << c.Bold(with_posting ? "Bullets, most relevant to this posting first"
                             : "Bullets, in resume order")
      << "\n";
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
                        (b.weak_opener ? "  " + c.Red("weak opener") : "") +
                        (b.duplicate ? "  " + c.Red("duplicate") : "");
    out << Wrap(Cut(b.text, 150), "  " + Pad(std::to_string(n) + ".", 4), 6, c.width);
    out << "      " << flags
        << (with_posting ? c.Dim("  relevance " + Fixed(b.relevance, 1)) : std::string()) << "\n";
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
  std::size_t used = 0;
  std::size_t keep = 0;  // bytes that fit with "…" after them
  bool full = false;
  ForEachColumn(s, [&](int32_t, int32_t end, std::size_t w) {
    if (full || used + w > columns - 1) {
      full = true;
      return;
    }
    used += w;
    keep = static_cast<std::size_t>(end);
  });
  return s.substr(0, keep) + "\u2026";
}

std::size_t TerminalWidth() {
  constexpr unsigned short kMinWidth = 40;
  winsize size{};
  if (isatty(fileno(stdout)) != 0 && ioctl(fileno(stdout), TIOCGWINSZ, &size) == 0 &&
      size.ws_col >= kMinWidth) {
    return size.ws_col;
  }
  return 80;
}
std::string RenderReport(const Report& report, const std::string& resume_name,
                         const std::string& posting_name, bool color, std::size_t width) {
  const Style c{color, width};
  std::ostringstream out;
  out << Wrap(resume_name + " vs " + posting_name, "", 0, c.width);
  if (report.keywords.empty()) {
    out << Wrap(
        "No skills found in the posting, so there is nothing to score. Is it a job "
        "posting in English or Russian, given second (RESUME first, then POSTING)?",
        "", 0, c.width);
    RenderRequirements(out, report, c);
    RenderBullets(out, report, c);
    return out.str();
  }
  out << c.Bold("Score " + Fixed(report.score, 1) + " / 100") << "    literal ATS score "
      << Fixed(report.literal_score, 1) << " / 100\n";
  out << c.Dim("(the literal score counts only the posting's exact words)") << "\n";
  if (report.score < report.keyword_score) {
    out << c.Dim("(keywords " + Fixed(report.keyword_score, 1) + ", unmet requirements " +
                 Fixed(report.score - report.keyword_score, 1) + ")")
        << "\n";
  }
  out << "\n";

  out << c.Bold("Coverage by tier") << "\n";
  for (const Coverage& t : report.tiers) {
    out << "  " << Pad(t.name, 10) << " ";
    if (t.total == 0) {
      out << "\u2014  (the posting names none)\n";
      continue;
    }
    out << Pad(std::to_string(t.matched) + "/" + std::to_string(t.total), 6) << " "
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
                "  " + c.Green("\u2713") + " " +
                    Pad(Cut(DisplayTerm(report, k), c.NameColumns()), c.NameColumns()) + " " +
                    Pad(PostingTierName(k.tier), 10) + " " + Pad(Fixed(k.points, 1), 4) + " ",
                c.NameColumns() + 22, c.width);
  }
  if (matched == 0) out << "  (none)\n";

  RenderMissing(out, report, c);

  if (!report.not_required.empty()) {
    out << Wrap(NotRequiredLine(report), "\n" + c.Bold("Not required by the posting") + ": ", 4,
                c.width);
  }

  out << "\n" << c.Bold("Suggestions") << "\n";
  if (report.suggestions.empty()) out << "  (none)\n";
  for (const Suggestion& s : report.suggestions) out << Wrap(s.message, "  - ", 4, c.width);

  RenderBullets(out, report, c);
  return out.str();
}

std::string RenderLint(const Report& report, const std::string& resume_name, bool color,
                       std::size_t width) {
  const Style c{color, width};
  std::ostringstream out;
  out << Wrap(resume_name + ": bullet and section review", "", 0, c.width);
  RenderBullets(out, report, c, false);
  bool any = false;
  for (const Suggestion& s : report.suggestions) {
    if (s.kind != SuggestionKind::kBullet && s.kind != SuggestionKind::kSection &&
        s.kind != SuggestionKind::kResume) {
      continue;
    }
    if (!any) out << "\n" << c.Bold("Suggestions") << "\n";
    any = true;
    out << Wrap(s.message, "  - ", 4, c.width);
  }
  return out.str();
}

}  // namespace tailorcore::cli
