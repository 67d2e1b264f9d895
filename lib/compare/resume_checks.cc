// Checks a screener makes of the resume itself (docs/scoring.md, "Resume checks"): contact
// details, dates written one way, length, and the posting's job title.
#include <re2/re2.h>

#include <algorithm>
#include <string>
#include <vector>

#include "analysis/normalize.h"
#include "compare/compare.h"
#include "tailorcore/lexicon.h"

namespace tailorcore::detail {
namespace {

// A page holds about 500-650 words of a resume; the guides ask for one page under ten years of
// experience and two at most.
constexpr std::size_t kOnePageWords = 650;
constexpr std::size_t kTwoPagesWords = 1300;
constexpr int kOnePageMonths = 10 * 12;
constexpr std::size_t kMaxDateExamples = 2;

Suggestion Make(SuggestionKind kind, std::string message) {
  Suggestion s;
  s.kind = kind;
  s.message = std::move(message);
  return s;
}

bool Has(std::string_view text, const RE2& re) {
  return RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), re);
}

// A phone number: nine digits or more, with the spaces, dashes, dots and parentheses people
// put between them ("+7 (999) 123-45-67", "(555) 123-4567"); a date range has fewer.
bool HasPhone(std::string_view text) {
  static const RE2 kPhone(R"((\+?\d[\d \t().-]{7,}\d))");
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece found;
  while (RE2::FindAndConsume(&input, kPhone, &found)) {
    if (std::count_if(found.begin(), found.end(), [](char c) { return c >= '0' && c <= '9'; }) >=
        9) {
      return true;
    }
  }
  return false;
}

// Whether the resume is a developer's, for whom the guides ask for a code link: it names two
// programming languages, or one and a framework ("Python, Django"). One language alone is often
// another trade's tool ("1С" for a storekeeper, SQL for an accountant), and the advice would be
// wrong there.
bool Developer(const AnalyzedDocument& resume) {
  std::vector<const Skill*> languages;
  bool framework = false;
  for (const SkillMatch& m : resume.matches.matches) {
    framework = framework || m.skill->category == "frameworks";
    if (m.skill->category == "languages" &&
        std::find(languages.begin(), languages.end(), m.skill) == languages.end()) {
      languages.push_back(m.skill);
    }
  }
  return languages.size() >= 2 || (languages.size() == 1 && framework);
}

void CheckContacts(const Messages& m, const AnalyzedDocument& resume, Report* report) {
  static const RE2 kEmail(R"([A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})");
  static const RE2 kProfile(R"((?i)linkedin\.com/|xing\.com/|hh\.ru/resume)");
  static const RE2 kCode(R"((?i)github\.com/|gitlab\.com/|bitbucket\.org/)");
  std::vector<std::string> missing;
  if (!Has(resume.text, kEmail)) missing.push_back(m.Format("contact-email"));
  if (!HasPhone(resume.text)) missing.push_back(m.Format("contact-phone"));
  if (!Has(resume.text, kProfile)) missing.push_back(m.Format("contact-profile"));
  const bool code = Developer(resume) && !Has(resume.text, kCode);
  if (code) missing.push_back(m.Format("contact-code"));
  if (missing.empty()) return;
  std::string items;
  for (const std::string& item : missing) items += (items.empty() ? "" : ", ") + item;
  report->suggestions.push_back(
      Make(SuggestionKind::kResume,
           m.Format(code ? "contact-missing-code" : "contact-missing", {{"items", items}})));
}

// How a date range is written: its first date by month name, by month number, or by year alone.
int DateShape(std::string_view range) {
  const std::size_t digit = range.find_first_of("0123456789");
  if (digit == std::string_view::npos || digit > 0) return 0;  // "Jan 2019", "март 2021"
  const std::size_t after = range.find_first_not_of("0123456789");
  const bool numeric_month = after != std::string_view::npos && after <= 2 &&
                             (range[after] == '/' || range[after] == '.' || range[after] == '-') &&
                             after + 1 < range.size() && range[after + 1] >= '0' &&
                             range[after + 1] <= '9';
  return numeric_month ? 1 : 2;  // "03/2019", "06.2019"; "2018"
}

void CheckDates(const Messages& m, const AnalyzedDocument& resume, Report* report) {
  std::vector<int> shapes;
  std::string examples;
  for (const DatedEntry& e : resume.entries) {
    const std::string_view range =
        std::string_view(resume.text).substr(e.dates_begin, e.dates_end - e.dates_begin);
    const int shape = DateShape(range);
    if (std::find(shapes.begin(), shapes.end(), shape) != shapes.end()) continue;
    shapes.push_back(shape);
    if (shapes.size() <= kMaxDateExamples) {
      examples += (examples.empty() ? "" : ", ") + m.Quote(range);
    }
  }
  if (shapes.size() < 2) return;
  report->suggestions.push_back(Make(
      SuggestionKind::kResume,
      m.Format("dates-mixed", {{"count", std::to_string(shapes.size())}, {"examples", examples}})));
}

void CheckLength(const Messages& m, const AnalyzedDocument& resume, MonthIndex as_of,
                 Report* report) {
  std::size_t words = 0;
  const std::string& text = resume.text;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const bool space = text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r';
    const bool after_space = i == 0 || text[i - 1] == ' ' || text[i - 1] == '\t' ||
                             text[i - 1] == '\n' || text[i - 1] == '\r';
    if (!space && after_space) ++words;
  }
  std::vector<const DatedEntry*> entries;
  for (const DatedEntry& e : resume.entries) entries.push_back(&e);
  const int months = MonthsCovered(entries, as_of);
  if (words > kTwoPagesWords) {
    report->suggestions.push_back(
        Make(SuggestionKind::kResume, m.Format("length-long", {{"words", std::to_string(words)}})));
  } else if (words > kOnePageWords && !entries.empty() && months < kOnePageMonths) {
    const std::string years = m.Format("years", {{"n", std::to_string((months + 6) / 12)}});
    report->suggestions.push_back(
        Make(SuggestionKind::kResume,
             m.Format("length-one-page", {{"words", std::to_string(words)},
                                          {"years", years},
                                          {"limit", std::to_string(kOnePageWords)}})));
  }
}

std::string Folded(std::string_view text) { return FoldCase(text); }

// Whether a resume line names the title or a close one: every word of it that is no role noun,
// and a role noun when the title has one ("Backend Developer" for "Backend Engineer"); a title
// of role nouns only ("QA-инженер", "DevOps Engineer") by all of its words.
bool NamesTitle(const std::string& line, const std::vector<std::string>& words, bool has_role,
                const CredentialRules& rules) {
  const bool roles_only = std::all_of(words.begin(), words.end(),
                                      [&](const std::string& w) { return rules.HasRole(w); });
  bool any = false;
  for (const std::string& w : words) {
    if (!roles_only && rules.HasRole(w)) continue;
    if (line.find(w) == std::string::npos) return false;
    any = true;
  }
  return any && (!has_role || rules.HasRole(line));
}

void CheckTitle(const Messages& m, const Advice& advice, const AnalyzedDocument& resume,
                const std::string& title, Report* report) {
  if (title.empty() || advice.credentials == nullptr) return;
  const std::string resume_folded = Folded(resume.text);
  const std::string title_folded = Folded(title);
  // Any of the titles a slash joins counts ("Data Engineer / ETL Developer"), and the title
  // before a comma, a dash or a bar, which names the team or the place after it ("Data Analyst
  // — Growth Team", "Python Developer | Remote", "Machine Learning Engineer, MLOps — Fraud").
  std::vector<std::string> parts;
  for (std::size_t begin = 0; begin <= title_folded.size();) {
    std::size_t end = title_folded.find('/', begin);
    if (end == std::string::npos) end = title_folded.size();
    parts.push_back(title_folded.substr(begin, end - begin));
    begin = end + 1;
  }
  std::size_t head = std::string::npos;
  for (std::string_view mark : {" \u2014 ", " \u2013 ", " - ", " | ", "|", ", "}) {
    head = std::min(head, title_folded.find(mark));
  }
  // A head of two words or more: one word ("Manager – Data Engineering", "Lead — Platform")
  // names no role of its own.
  if (head != std::string::npos && head > 0 &&
      FoldedWords(title_folded.substr(0, head)).size() >= 2) {
    parts.push_back(title_folded.substr(0, head));
  }
  for (const std::string& part : parts) {
    const std::vector<std::string> words = FoldedWords(part);
    const bool has_role = advice.credentials->HasRole(part);
    for (std::size_t line = 0; line < resume_folded.size();) {
      std::size_t line_end = resume_folded.find('\n', line);
      if (line_end == std::string::npos) line_end = resume_folded.size();
      if (NamesTitle(resume_folded.substr(line, line_end - line), words, has_role,
                     *advice.credentials)) {
        return;
      }
      line = line_end + 1;
    }
  }
  report->suggestions.push_back(
      Make(SuggestionKind::kTitle, m.Format("title-missing", {{"title", m.Quote(title)}})));
}

}  // namespace

void CheckResume(const Advice& advice, const AnalyzedDocument& resume, const std::string& title,
                 MonthIndex as_of, Report* report) {
  if (resume.text.find_first_not_of(" \t\r\n") == std::string::npos) return;
  const Messages& m = advice.For(resume);
  CheckContacts(m, resume, report);
  CheckDates(m, resume, report);
  CheckLength(m, resume, as_of, report);
  CheckTitle(m, advice, resume, title, report);
}

std::vector<std::string> FoldedWords(const std::string& folded) {
  std::vector<std::string> words;
  std::string word;
  for (char c : folded + " ") {
    if (c == ' ' || c == '-' || c == ',' || c == '\t') {
      if (word.size() >= 2) words.push_back(word);
      word.clear();
    } else {
      word.push_back(c);
    }
  }
  return words;
}

}  // namespace tailorcore::detail
