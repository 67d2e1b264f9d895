// Dates and years of experience, as data: each language's data/lang/<code>/experience.tsv says how
// it writes months, "until now", ranges and "5+ years". The resume side: experience entries with
// their date ranges. The posting side: the years a sentence asks for.
#ifndef TAILORCORE_LIB_STRUCTURE_EXPERIENCE_H_
#define TAILORCORE_LIB_STRUCTURE_EXPERIENCE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/string_hash.h"
#include "lang/languages.h"
#include "tailorcore/section.h"
#include "tailorcore/status.h"

namespace re2 {
class RE2;
}

namespace tailorcore::detail {

// A calendar month as one number: year × 12 + (month − 1). "2019-03" is 2019 × 12 + 2.
using MonthIndex = std::int32_t;

// "2019-03" for a month index.
std::string MonthName(MonthIndex month);

// The month of an ISO date "YYYY-MM-DD" (or "YYYY-MM"); kInvalidArgument naming the text when
// it is no such date (years 1900-2199).
StatusOr<MonthIndex> ParseIsoMonth(std::string_view date);

// A date range in a resume and the entry it heads: from its line to the next dated line or the
// end of its section.
struct DatedEntry {
  std::uint32_t begin = 0;  // the entry's bytes
  std::uint32_t end = 0;
  std::uint32_t dates_begin = 0;  // the range as written ("Jan 2019 – present")
  std::uint32_t dates_end = 0;
  MonthIndex from = 0;   // its first month
  MonthIndex to = 0;     // its last month (unused when `present`)
  bool present = false;  // "until now": ends at the reference date
};

// A phrase asking for years of experience ("5+ years", "от 3 лет", "3-5 years").
struct YearsPhrase {
  std::uint32_t begin = 0;  // the phrase's bytes in the text searched
  std::uint32_t end = 0;
  double years = 0;      // the least asked
  double max_years = 0;  // the most, for a range; 0 otherwise
  bool cued = false;     // its sentence speaks of experience (a `cue`: "experience", "опыт")
  // The language names the skill before the years too ("на Java от 3 лет"): its pattern says
  // `before`. Otherwise only a label or a parenthesis may ("Golang: 5+ years", "Java (5 years)").
  bool skill_before = false;
};

class ExperienceRules {
 public:
  // Loads every language's experience.tsv; kDataError "name:line: what" for a bad line or
  // pattern. Cost: milliseconds.
  static StatusOr<ExperienceRules> Create(const Languages& languages);

  // The dated entries of a resume in reading order: date ranges in its experience and projects
  // sections (anywhere but education and certifications when it has neither). Cost: linear in
  // the text. Thread-safe.
  std::vector<DatedEntry> FindEntries(std::string_view text,
                                      const std::vector<Section>& sections) const;

  // The years phrases of `text` (a posting), offsets into `text`, each saying whether its
  // sentence speaks of experience. Each language's patterns are searched only when `written`
  // holds it (the languages of the posting's words): an English posting is not scanned for
  // "от 3 лет". Cost: linear in the text per language searched. Thread-safe.
  std::vector<YearsPhrase> FindYears(std::string_view text, const LanguageSet& written) const;

 private:
  Status Add(std::string_view content, std::string_view name, LanguageId language);
  Status Compile();
  bool Month(std::string_view word, int* month) const;
  bool Number(std::string_view word, double* value) const;
  bool HasCue(std::string_view sentence) const;
  bool Excluded(std::string_view text, std::uint32_t sentence_begin, std::uint32_t sentence_end,
                const YearsPhrase& phrase) const;
  bool ParseRange(const std::vector<std::string_view>& groups, DatedEntry* entry) const;
  static std::vector<std::vector<std::string_view>> MatchesOf(const re2::RE2& re,
                                                              std::string_view text, int groups);

  std::vector<std::pair<std::string, int>> months_;  // lower-case name starts
  StringMap<double> numbers_;
  std::vector<std::string> present_;  // RE2 alternatives
  std::vector<std::string> to_;
  std::vector<std::shared_ptr<const re2::RE2>> years_;
  std::vector<bool> years_before_;          // per years_ pattern: `before`
  std::vector<LanguageId> years_language_;  // per years_ pattern: the language it came from
  std::vector<std::shared_ptr<const re2::RE2>> cues_;
  std::vector<std::shared_ptr<const re2::RE2>> nots_;
  std::vector<std::shared_ptr<const re2::RE2>> phrase_nots_;  // must overlap the phrase
  std::shared_ptr<const re2::RE2> any_cue_;                   // the union of cues_, of nots_
  std::shared_ptr<const re2::RE2> any_not_;
  std::shared_ptr<const re2::RE2> range_;
};

}  // namespace tailorcore::detail

#endif  // TAILORCORE_LIB_STRUCTURE_EXPERIENCE_H_
