#include "structure/experience.h"

#include <re2/re2.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <map>

#include "base/word_list.h"
#include "structure/lines.h"
#include "structure/pattern_union.h"

namespace tailorcore::detail {
namespace {

// Each date: month word, month number before the year, year, month number after it (ISO
// "2018-03"). A range: its first and second dates, its present word.
constexpr int kDateGroups = 4;
constexpr int kRangeGroups = 2 * kDateGroups + 1;
constexpr int kYearsGroups = 2;  // least, most

std::string Lower(std::string_view text) {
  std::string out;
  icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())))
      .toLower()
      .toUTF8String(out);
  return out;
}

Status LineError(std::string_view name, std::size_t line, const std::string& what) {
  return Status(StatusCode::kDataError,
                std::string(name) + ":" + std::to_string(line) + ": " + what);
}

std::string Join(const std::vector<std::string>& alternatives) {
  std::string joined;
  for (const std::string& a : alternatives) joined += (joined.empty() ? "" : "|") + a;
  return joined;
}

}  // namespace

std::string MonthName(MonthIndex month) {
  const int year = month / 12;
  const int m = month % 12 + 1;
  return std::to_string(year) + (m < 10 ? "-0" : "-") + std::to_string(m);
}

StatusOr<MonthIndex> ParseIsoMonth(std::string_view date) {
  int year = 0;
  int month = 0;
  const bool shaped =
      (date.size() == 7 || (date.size() == 10 && date[7] == '-')) && date[4] == '-' &&
      std::from_chars(date.data(), date.data() + 4, year).ptr == date.data() + 4 &&
      std::from_chars(date.data() + 5, date.data() + 7, month).ptr == date.data() + 7;
  if (!shaped || year < 1900 || year > 2199 || month < 1 || month > 12) {
    return Status(StatusCode::kInvalidArgument,
                  "'" + std::string(date) + "' is no date (expected YYYY-MM-DD)");
  }
  return year * 12 + month - 1;
}

StatusOr<ExperienceRules> ExperienceRules::Create(const Languages& languages) {
  ExperienceRules rules;
  for (std::size_t i = 0; i < languages.size(); ++i) {
    const auto id = static_cast<LanguageId>(i);
    auto content = languages.File(id, "experience.tsv");
    if (!content.ok()) return content.status();
    if (Status s = rules.Add(*content, languages.FileName(id, "experience.tsv"), id); !s.ok()) {
      return s;
    }
  }
  if (Status s = rules.Compile(); !s.ok()) return s;
  return rules;
}

Status ExperienceRules::Add(std::string_view content, std::string_view name, LanguageId language) {
  for (const WordListEntry& entry : ParseWordList(content)) {
    const std::vector<std::string> f = SplitFields(entry.text);
    const std::string& kind = f[0];
    int n = 0;
    const bool numbered =
        f.size() == 3 &&
        std::from_chars(f[1].data(), f[1].data() + f[1].size(), n).ptr == f[1].data() + f[1].size();
    if ((kind == "month" && numbered && n >= 1 && n <= 12)) {
      months_.emplace_back(Lower(f[2]), n);
    } else if (kind == "number" && numbered && n > 0) {
      numbers_[Lower(f[2])] = n;
    } else if ((kind == "present" || kind == "to") && f.size() == 2 && !f[1].empty()) {
      (kind == "present" ? present_ : to_).push_back(f[1]);
    } else if (kind == "years" && (f.size() == 2 || (f.size() == 3 && f[2] == "before"))) {
      auto re = CaseInsensitive(f[1]);
      if (!re->ok()) return LineError(name, entry.line, re->error());
      if (re->NumberOfCapturingGroups() < 1) {
        return LineError(name, entry.line, "a years pattern needs a group for the number");
      }
      years_.push_back(std::move(re));
      years_before_.push_back(f.size() == 3);
      years_language_.push_back(language);
    } else if ((kind == "cue" || kind == "not" || kind == "not-phrase") && f.size() == 2 &&
               !f[1].empty()) {
      auto re = CaseInsensitive(f[1]);
      if (!re->ok()) return LineError(name, entry.line, re->error());
      (kind == "cue" ? cues_ : kind == "not" ? nots_ : phrase_nots_).push_back(std::move(re));
    } else {
      return LineError(name, entry.line,
                       "expected month|number <TAB> n <TAB> word, years <TAB> pattern [<TAB> "
                       "before], or present|to|cue|not|not-phrase <TAB> pattern");
    }
  }
  return Status::Ok();
}

Status ExperienceRules::Compile() {
  // A date: an optional month (a name, or a number before / or .) and a year.
  // A year may carry the Russian "г." ("с 2019 г. по н.в.").
  // An ISO date names its month after the year ("2018-03", "2018.03", "2018-03-01").
  // A month's name is Latin or Cyrillic letters: \pL{3,12} is 12 copies of \pL to compile
  // (0.6 ms each, every engine's start-up).
  const std::string date =
      R"((?:([\p{Latin}\p{Cyrillic}]{3,12})\.?,?\s*|(\d{1,2})\s*[./]\s*)?((?:19|20|21)\d\d))"
      R"((?:[-./](0?[1-9]|1[0-2])\b(?:[-./]\d{1,2}\b)?)?(?:\s*г(?:\.|ода?)?)?)";
  // Between the two dates: dashes (an arrow too: "2021/03 -> now"), or a `to` word.
  const std::string range = date + R"(\s*(?:[-–—−]+>?|→|\s(?:)" + Join(to_) + R"()\s)\s*(?:)" +
                            date + "|(" + Join(present_) + "))";
  any_cue_ = UnionOf(cues_);
  any_not_ = UnionOf(nots_);
  if (!any_cue_->ok() || !any_not_->ok()) {
    return Status(StatusCode::kDataError,
                  "experience.tsv: the cue or not patterns do not combine: " +
                      (any_cue_->ok() ? any_not_ : any_cue_)->error());
  }
  range_ = CaseInsensitive(range);
  if (!range_->ok() || range_->NumberOfCapturingGroups() != kRangeGroups) {
    return Status(
        StatusCode::kDataError,
        "experience.tsv: the present and to words make no date range: " + range_->error());
  }
  return Status::Ok();
}

bool ExperienceRules::Month(std::string_view word, int* month) const {
  const std::string lower = Lower(word);
  for (const auto& [start, m] : months_) {
    if (lower.rfind(start, 0) == 0) {
      *month = m;
      return true;
    }
  }
  return false;
}

bool ExperienceRules::Number(std::string_view word, double* value) const {
  std::string digits(word);
  std::replace(digits.begin(), digits.end(), ',', '.');  // "1,5 года"
  double n = 0;
  if (!digits.empty() && std::from_chars(digits.data(), digits.data() + digits.size(), n).ptr ==
                             digits.data() + digits.size()) {
    *value = n;
    return n > 0 && n < 50;
  }
  auto it = numbers_.find(Lower(word));
  if (it == numbers_.end()) return false;
  *value = it->second;
  return true;
}

// A `not` pattern within kNotReach bytes of the phrase, in its sentence: "in business for 30
// years", "20 лет на рынке".
bool ExperienceRules::Excluded(std::string_view text, std::uint32_t sentence_begin,
                               std::uint32_t sentence_end, const YearsPhrase& phrase) const {
  constexpr std::uint32_t kNotReach = 40;
  const std::uint32_t from =
      std::max(sentence_begin, phrase.begin - std::min(phrase.begin, kNotReach));
  const std::uint32_t to = std::min(sentence_end, phrase.end + kNotReach);
  const re2::StringPiece piece(text.data() + from, to - from);
  if (RE2::PartialMatch(piece, *any_not_)) return true;
  // A phrase that is no experience by its own shape ("a 4-year degree", "degree (4 year)").
  re2::StringPiece match;
  for (const auto& re : phrase_nots_) {
    std::size_t at = 0;
    while (at < piece.size() && re->Match(piece, at, piece.size(), RE2::UNANCHORED, &match, 1)) {
      const auto begin = static_cast<std::uint32_t>(match.data() - text.data());
      const auto end = static_cast<std::uint32_t>(begin + match.size());
      if (begin < phrase.end && phrase.begin < end) return true;
      at = static_cast<std::size_t>(match.data() - piece.data()) +
           std::max<std::size_t>(match.size(), 1);
    }
  }
  return false;
}

bool ExperienceRules::HasCue(std::string_view sentence) const {
  const re2::StringPiece piece(sentence.data(), sentence.size());
  return RE2::PartialMatch(piece, *any_cue_);
}

// groups: the start's month word, month number before the year, year and month number after it;
// the same of the end; the present word (kDateGroups each, then one).
bool ExperienceRules::ParseRange(const std::vector<std::string_view>& g, DatedEntry* entry) const {
  auto month_of = [&](std::size_t date, int fallback) {
    int m = 0;
    if (!g[date].empty() && Month(g[date], &m)) return m;
    for (std::string_view number : {g[date + 1], g[date + 3]}) {
      if (!number.empty() &&
          std::from_chars(number.data(), number.data() + number.size(), m).ptr ==
              number.data() + number.size() &&
          m >= 1 && m <= 12) {
        return m;
      }
    }
    return fallback;
  };
  auto year_of = [](std::string_view y) {
    int v = 0;
    std::from_chars(y.data(), y.data() + y.size(), v);
    return v;
  };
  constexpr std::size_t kEnd = kDateGroups;
  const int from_year = year_of(g[2]);
  entry->from = from_year * 12 + month_of(0, 1) - 1;
  entry->present = !g[2 * kDateGroups].empty();
  if (entry->present) return true;
  const int to_year = year_of(g[kEnd + 2]);
  // A year alone ends where the next begins: "2018 - 2021" is three years, "2021 - 2021" one.
  const bool year_only = month_of(kEnd, 0) == 0;
  entry->to = year_only ? std::max(entry->from, to_year * 12 - (to_year > from_year ? 1 : -11))
                        : to_year * 12 + month_of(kEnd, 1) - 1;
  return entry->to >= entry->from;
}

// Every match of `re` in `text`, its whole span first, then `groups` groups (empty when absent).
std::vector<std::vector<std::string_view>> ExperienceRules::MatchesOf(const RE2& re,
                                                                      std::string_view text,
                                                                      int groups) {
  std::vector<std::vector<std::string_view>> found;
  const re2::StringPiece input(text.data(), text.size());
  std::vector<re2::StringPiece> g(static_cast<std::size_t>(groups) + 1);
  std::size_t at = 0;
  while (at < text.size() &&
         re.Match(input, at, text.size(), RE2::UNANCHORED, g.data(), groups + 1)) {
    at =
        static_cast<std::size_t>(g[0].data() - text.data()) + std::max<std::size_t>(g[0].size(), 1);
    auto& one = found.emplace_back();
    for (const re2::StringPiece& piece : g) one.emplace_back(piece.data(), piece.size());
  }
  return found;
}

std::vector<DatedEntry> ExperienceRules::FindEntries(std::string_view text,
                                                     const std::vector<Section>& sections) const {
  const bool has_work = std::any_of(sections.begin(), sections.end(),
                                    [](const Section& s) { return IsWorkSection(s.kind); });
  auto section_at = [&](std::size_t offset) -> const Section* {
    for (const Section& s : sections) {
      if (s.begin <= offset && offset < s.end) return &s;
    }
    return nullptr;
  };
  auto offset = [&](std::string_view part) {
    return static_cast<std::uint32_t>(part.data() - text.data());
  };
  const std::vector<std::vector<std::string_view>> found = MatchesOf(*range_, text, kRangeGroups);
  std::vector<DatedEntry> entries;
  for (const auto& m : found) {
    const std::size_t begin = offset(m[0]);
    const Section* section = section_at(begin);
    const SectionKind kind = section != nullptr ? section->kind : SectionKind::kOther;
    if (has_work ? !IsWorkSection(kind)
                 : kind == SectionKind::kEducation || kind == SectionKind::kCertifications) {
      continue;
    }
    const std::vector<std::string_view> g(m.begin() + 1, m.end());
    DatedEntry entry;
    if (!ParseRange(g, &entry)) continue;
    // A word before the year that names no month is no part of the range ("GmbH, 2021 - now").
    int month = 0;
    const bool month_word = g[0].empty() || Month(g[0], &month);
    entry.dates_begin = month_word ? static_cast<std::uint32_t>(begin) : offset(g[2]);
    entry.dates_end = static_cast<std::uint32_t>(begin + m[0].size());
    const std::size_t line = text.rfind('\n', begin);
    entry.begin = line == std::string_view::npos ? 0 : static_cast<std::uint32_t>(line + 1);
    entry.end = section != nullptr ? section->end : static_cast<std::uint32_t>(text.size());
    if (!entries.empty() && entries.back().end > entry.begin) entries.back().end = entry.begin;
    entries.push_back(entry);
  }
  return entries;
}

std::vector<YearsPhrase> ExperienceRules::FindYears(std::string_view text,
                                                    const LanguageSet& written) const {
  std::vector<YearsPhrase> found;
  // The spans of the phrases found and of those a `not` pattern excluded, by begin: a shorter
  // phrase inside either is no phrase ("2 лет" of "стаж вождения не менее 2 лет" is excluded
  // with it, though the pattern may lie beyond its reach). None overlaps another (each was taken
  // only if it overlapped none), so a span overlaps one of them iff it overlaps the last that
  // begins before its end: a large posting's thousands of phrases cost no quadratic check.
  std::map<std::uint32_t, std::uint32_t> taken;
  auto overlaps_taken = [&](std::uint32_t begin, std::uint32_t end) {
    const auto after = taken.lower_bound(end);
    return after != taken.begin() && std::prev(after)->second > begin;
  };
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece groups[kYearsGroups + 1];
  for (std::size_t k = 0; k < years_.size(); ++k) {
    if (!written.test(years_language_[k])) continue;
    const auto& re = years_[k];
    const int n = std::min(re->NumberOfCapturingGroups(), kYearsGroups) + 1;
    std::size_t at = 0;
    while (at < text.size() && re->Match(input, at, text.size(), RE2::UNANCHORED, groups, n)) {
      const auto begin = static_cast<std::uint32_t>(groups[0].data() - text.data());
      const auto end = static_cast<std::uint32_t>(begin + groups[0].size());
      // The digits after a version's dot are no years ("Python 3.11 - 4+ years").
      if (begin >= 2 && text[begin - 1] == '.' &&
          std::isdigit(static_cast<unsigned char>(text[begin - 2])) != 0) {
        at = begin + 1;
        continue;
      }
      YearsPhrase phrase{begin, end, 0, 0, false, years_before_[k]};
      // A word that is no number ("Requirements - 5 years") may hide a phrase after it.
      if (!Number({groups[1].data(), groups[1].size()}, &phrase.years)) {
        at = begin + 1;
        continue;
      }
      at = end > begin ? end : begin + 1;
      if (n > 2 && groups[2].data() != nullptr) {
        Number({groups[2].data(), groups[2].size()}, &phrase.max_years);
        if (phrase.max_years < phrase.years) phrase.max_years = 0;
      }
      if (overlaps_taken(begin, end)) continue;
      const auto [s_begin, s_end] = SentenceAround(text, begin, end);
      taken.emplace(begin, end);
      if (Excluded(text, s_begin, s_end, phrase)) continue;
      phrase.cued = HasCue(text.substr(s_begin, s_end - s_begin));
      found.push_back(phrase);
    }
  }
  std::sort(found.begin(), found.end(),
            [](const YearsPhrase& a, const YearsPhrase& b) { return a.begin < b.begin; });
  return found;
}

}  // namespace tailorcore::detail
