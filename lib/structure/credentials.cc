#include "structure/credentials.h"

#include <re2/re2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cctype>

#include "analysis/normalize.h"
#include "base/word_list.h"
#include "structure/pattern_union.h"

namespace tailorcore::detail {
namespace {

constexpr std::array<std::string_view, 5> kDegrees = {"secondary", "associate", "bachelor",
                                                      "master", "phd"};
constexpr std::array<std::string_view, 6> kSeniority = {"intern", "junior", "middle",
                                                        "senior", "lead",   "principal"};
constexpr int kRoleWords = 3;  // a role noun within this many words after a seniority word

template <std::size_t N>
CredentialLevel LevelOf(const std::array<std::string_view, N>& names, std::string_view name) {
  const auto it = std::find(names.begin(), names.end(), name);
  return it == names.end() ? 0 : static_cast<CredentialLevel>(it - names.begin() + 1);
}

template <std::size_t N>
std::string NameOf(const std::array<std::string_view, N>& names, CredentialLevel level) {
  return level >= 1 && level <= static_cast<CredentialLevel>(N) ? std::string(names[level - 1])
                                                                : std::string();
}

// Whether any of `patterns` matches somewhere in `text`.
bool AnyMatches(const std::vector<std::shared_ptr<const RE2>>& patterns, std::string_view text) {
  const re2::StringPiece piece(text.data(), text.size());
  return std::any_of(patterns.begin(), patterns.end(),
                     [&](const auto& re) { return RE2::PartialMatch(piece, *re); });
}

bool Separator(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u < 0x80 && std::isalnum(u) == 0;
}

// Reads one file's lines: <kind> <TAB> [level <TAB>] pattern, adding each to `add`.
template <typename Add>
Status ReadFile(const Languages& languages, LanguageId id, std::string_view file, Add add) {
  auto content = languages.File(id, file);
  if (!content.ok()) return content.status();
  const std::string name = languages.FileName(id, file);
  RE2::Options options;
  options.set_case_sensitive(false);
  options.set_log_errors(false);
  for (const WordListEntry& entry : ParseWordList(*content)) {
    const std::vector<std::string> f = SplitFields(entry.text);
    auto re = std::make_shared<const RE2>(f.empty() ? "" : f.back(), options);
    std::string what = f.size() < 2 || re->pattern().empty() ? "expected <kind> <TAB> pattern"
                       : !re->ok()                           ? re->error()
                                                             : add(f, std::move(re));
    if (!what.empty()) {
      return Status(StatusCode::kDataError,
                    name + ":" + std::to_string(entry.line) + ": " + std::move(what));
    }
  }
  return Status::Ok();
}

std::size_t LineStart(std::string_view text, std::size_t at) {
  if (at == 0) return 0;
  const std::size_t line_break = text.rfind('\n', at - 1);
  return line_break == std::string_view::npos ? 0 : line_break + 1;
}

// Up to `count` lines from the one holding byte `at`, each [begin, end), appended to `lines`.
void AddLines(std::string_view text, std::size_t at, int count,
              std::vector<std::pair<std::size_t, std::size_t>>* lines) {
  for (std::size_t begin = LineStart(text, at); count > 0 && begin < text.size(); --count) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    lines->emplace_back(begin, end);
    begin = end + 1;
  }
}

// A line that may be a title: no bullet mark, at most kTitleWords words (runs of characters
// between spaces that hold a letter or a digit: "—", "|" and "·" between the parts of a role
// header are no words).
bool TitleLike(std::string_view line) {
  constexpr int kTitleWords = 10;
  const std::size_t first = line.find_first_not_of(" \t");
  if (first == std::string_view::npos) return false;
  const std::string_view rest = line.substr(first);
  for (std::string_view mark : {"-", "*", "\u2022", "\u2013", "\u2014", "\u25AA", "\u25CF"}) {
    if (rest.substr(0, mark.size()) == mark) return false;
  }
  int words = 0;
  bool in_word = false;  // inside a run that already counted
  const auto* s = reinterpret_cast<const std::uint8_t*>(rest.data());
  const auto length = static_cast<std::int32_t>(rest.size());
  for (std::int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    if (c == ' ' || c == '\t') {
      in_word = false;
    } else if (!in_word && c >= 0 && u_isalnum(c)) {
      in_word = true;
      ++words;
    }
  }
  return words <= kTitleWords;
}

// The entry a resume's most recent role heads: an ongoing one first, else the latest end.
const DatedEntry* MostRecent(const std::vector<DatedEntry>& entries) {
  const DatedEntry* best = nullptr;
  for (const DatedEntry& e : entries) {
    if (best == nullptr || (e.present && !best->present) ||
        (e.present == best->present && !e.present && e.to > best->to)) {
      best = &e;
    }
  }
  return best;
}

}  // namespace

std::string DegreeName(CredentialLevel level) { return NameOf(kDegrees, level); }
std::string SeniorityName(CredentialLevel level) { return NameOf(kSeniority, level); }
CredentialLevel DegreeLevel(std::string_view name) { return LevelOf(kDegrees, name); }
CredentialLevel SeniorityLevel(std::string_view name) { return LevelOf(kSeniority, name); }

StatusOr<CredentialRules> CredentialRules::Create(const Languages& languages) {
  CredentialRules rules;
  std::vector<Pattern> seeks;
  for (std::size_t i = 0; i < languages.size(); ++i) {
    const auto id = static_cast<LanguageId>(i);
    Status st = ReadFile(languages, id, "degrees.tsv", [&](const auto& f, Pattern re) {
      if (f[0] == "degree" && f.size() == 3) {
        const CredentialLevel level = LevelOf(kDegrees, f[1]);
        if (level == 0) return "unknown degree '" + f[1] + "'";
        rules.degrees_.emplace_back(level, std::move(re));
      } else if (f[0] == "equivalent" && f.size() == 2) {
        rules.equivalent_.push_back(std::move(re));
      } else if (f[0] == "field-common-word" && f.size() == 2) {
        rules.common_field_words_.insert(FoldCase(f[1]));
      } else if (f[0] == "field-lead" && f.size() == 2) {
        rules.field_lead_words_.insert(FoldCase(f[1]));
      } else if ((f[0] == "field" || f[0] == "field-broad") && f.size() == 2) {
        if (f[0] == "field-broad") rules.broad_fields_.push_back(re);
        rules.fields_.emplace_back(1, std::move(re));
      } else {
        return std::string(
            "expected degree, equivalent, field, field-broad, field-common-word or field-lead");
      }
      return std::string();
    });
    if (!st.ok()) return st;
    st = ReadFile(languages, id, "seniority.tsv", [&](const auto& f, Pattern re) {
      if (f[0] == "level" && f.size() == 3) {
        const CredentialLevel level = LevelOf(kSeniority, f[1]);
        if (level == 0) return "unknown seniority '" + f[1] + "'";
        rules.seniority_.emplace_back(level, std::move(re));
      } else if (f[0] == "role" && f.size() == 2) {
        rules.roles_.push_back(std::move(re));
      } else if (f[0] == "seek" && f.size() == 2) {
        seeks.push_back(std::move(re));
      } else {
        return std::string("expected level, role or seek");
      }
      return std::string();
    });
    if (!st.ok()) return st;
  }
  std::vector<Pattern> degrees;
  for (const auto& [level, re] : rules.degrees_) degrees.push_back(re);
  rules.any_degree_ = UnionOf(degrees);
  rules.any_seek_ = UnionOf(seeks);
  for (const auto& any : {rules.any_degree_, rules.any_seek_}) {
    if (!any->ok()) {
      return Status(StatusCode::kDataError,
                    "degrees.tsv, seniority.tsv: the degree or seek patterns do not combine: " +
                        any->error());
    }
  }
  return rules;
}

std::vector<LevelMention> CredentialRules::Find(
    std::string_view text, const std::vector<std::pair<CredentialLevel, Pattern>>& patterns) {
  std::vector<LevelMention> all;
  for (const auto& [level, re] : patterns) {
    re2::StringPiece m;
    std::size_t pos = 0;
    while (pos <= text.size() && re->Match(re2::StringPiece(text.data(), text.size()), pos,
                                           text.size(), RE2::UNANCHORED, &m, 1)) {
      auto begin = static_cast<std::uint32_t>(m.data() - text.data());
      auto end = static_cast<std::uint32_t>(begin + m.size());
      pos = m.empty() ? end + 1 : end;
      while (begin < end && Separator(text[begin])) ++begin;
      while (end > begin && Separator(text[end - 1])) --end;
      if (begin < end) all.push_back({begin, end, level});
    }
  }
  // Of overlapping mentions, the longer wins; ties go to the pattern listed first.
  std::stable_sort(all.begin(), all.end(), [](const LevelMention& a, const LevelMention& b) {
    return a.end - a.begin > b.end - b.begin;
  });
  std::vector<LevelMention> kept;
  for (const LevelMention& m : all) {
    const bool overlaps = std::any_of(kept.begin(), kept.end(), [&](const LevelMention& k) {
      return m.begin < k.end && k.begin < m.end;
    });
    if (!overlaps) kept.push_back(m);
  }
  std::sort(kept.begin(), kept.end(),
            [](const LevelMention& a, const LevelMention& b) { return a.begin < b.begin; });
  return kept;
}

std::vector<LevelMention> CredentialRules::FindDegrees(std::string_view text) const {
  if (!RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), *any_degree_)) return {};
  return Find(text, degrees_);
}

bool CredentialRules::RoleWithin(std::string_view text) const {
  std::size_t stop = text.find_first_of("\n;|");
  if (stop == std::string_view::npos) stop = text.size();
  // Up to kRoleWords words: the end of the kRoleWords-th word.
  std::size_t end = 0;
  for (int words = 0; words < kRoleWords && end < stop; ++words) {
    while (end < stop && (text[end] == ' ' || text[end] == '\t')) ++end;
    while (end < stop && text[end] != ' ' && text[end] != '\t') ++end;
  }
  return HasRole(text.substr(0, end));
}

std::vector<LevelMention> CredentialRules::FindSeniority(std::string_view text,
                                                         bool role_after) const {
  std::vector<LevelMention> found = Find(text, seniority_);
  if (role_after) {
    std::erase_if(found, [&](const LevelMention& m) { return !RoleWithin(text.substr(m.end)); });
  }
  return found;
}

std::size_t CredentialRules::SeekEnd(std::string_view text) const {
  re2::StringPiece m;
  if (!any_seek_->Match(re2::StringPiece(text.data(), text.size()), 0, text.size(), RE2::UNANCHORED,
                        &m, 1)) {
    return std::string_view::npos;
  }
  return static_cast<std::size_t>(m.data() - text.data() + m.size());
}

namespace {

// Where an education section names its fields of study: the line of each degree and the lines
// before and after it ("B.E Information Technology", "Bachelor of Science\nComputer Science"), or
// the section's first four lines (its heading, a school, a field, dates) when it names no degree.
// Not the rest: a section that runs on (a flattened resume) names words of work ("marketing
// department") that are no field of the person's.
std::vector<std::string_view> FieldLines(std::string_view section,
                                         const std::vector<LevelMention>& degrees) {
  constexpr int kLinesWithoutDegree = 4;
  if (degrees.empty()) {
    std::size_t end = 0;
    for (int i = 0; i < kLinesWithoutDegree && end != std::string_view::npos; ++i) {
      end = section.find('\n', end == 0 && i == 0 ? 0 : end + 1);
    }
    return {section.substr(0, end == std::string_view::npos ? section.size() : end)};
  }
  std::vector<std::string_view> lines;
  for (const LevelMention& m : degrees) {
    // The line before too: "Computer Science\nBachelor of Science, Stanford, 2019".
    std::size_t nl = section.rfind('\n', m.begin);
    if (nl != std::string_view::npos && nl > 0) nl = section.rfind('\n', nl - 1);
    const std::size_t begin = nl == std::string_view::npos ? 0 : nl + 1;
    std::size_t end = section.find('\n', m.end);
    if (end != std::string_view::npos) end = section.find('\n', end + 1);
    lines.push_back(
        section.substr(begin, (end == std::string_view::npos ? section.size() : end) - begin));
  }
  return lines;
}

}  // namespace

ResumeCredentials CredentialRules::FindInResume(std::string_view text,
                                                const std::vector<Section>& sections,
                                                const std::vector<DatedEntry>& entries) const {
  ResumeCredentials found;
  for (const Section& s : sections) {
    if (s.kind != SectionKind::kEducation) continue;
    found.has_education = true;
    const std::string_view section = text.substr(s.begin, s.end - s.begin);
    for (const std::string_view where : FieldLines(section, FindDegrees(section))) {
      for (std::string& field : FindFields(where)) {
        if (std::find(found.fields.begin(), found.fields.end(), field) == found.fields.end()) {
          found.fields.push_back(std::move(field));
        }
      }
    }
    for (const LevelMention& m : FindDegrees(section)) {
      if (m.level > found.degree.level) {
        found.degree = {s.begin + m.begin, s.begin + m.end, m.level};
      }
    }
  }
  // The most recent role's header: the line before its dates, their line and the two after.
  std::vector<std::pair<std::size_t, std::size_t>> lines;
  if (const DatedEntry* recent = MostRecent(entries); recent != nullptr) {
    const std::size_t line = LineStart(text, recent->dates_begin);
    if (line > 0) AddLines(text, line - 1, 1, &lines);
    AddLines(text, line, 3, &lines);
  }
  AddLines(text, 0, 3, &lines);  // then the headline
  for (const auto& [begin, end] : lines) {
    const std::string_view line = text.substr(begin, end - begin);
    if (!TitleLike(line)) continue;
    const std::vector<LevelMention> levels = FindSeniority(line, false);
    if (levels.empty()) continue;
    const LevelMention& m = levels.front();
    found.seniority = {static_cast<std::uint32_t>(begin + m.begin),
                       static_cast<std::uint32_t>(begin + m.end), m.level};
    break;
  }
  return found;
}

bool CredentialRules::HasRole(std::string_view text) const { return AnyMatches(roles_, text); }

bool CredentialRules::BroadField(std::string_view field) const {
  // The whole field, not a word of it: "Computer Engineering" is no "engineering".
  return std::any_of(broad_fields_.begin(), broad_fields_.end(), [&](const Pattern& re) {
    return RE2::FullMatch(re2::StringPiece(field.data(), field.size()), *re);
  });
}

bool CredentialRules::CommonFieldWord(std::string_view folded_word) const {
  return common_field_words_.contains(folded_word);
}

bool CredentialRules::FieldLeadWord(std::string_view folded_word) const {
  return field_lead_words_.contains(folded_word);
}

bool CredentialRules::AcceptsEquivalent(std::string_view sentence) const {
  return AnyMatches(equivalent_, sentence);
}

std::vector<std::string> CredentialRules::FindFields(std::string_view text) const {
  std::vector<std::string> fields;
  std::vector<std::string> seen;  // ASCII lower case: "Engineering" and "engineering" are one
  for (const LevelMention& m : FindFieldMentions(text)) {
    std::string field(text.substr(m.begin, m.end - m.begin));
    std::string key = field;
    for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (std::find(seen.begin(), seen.end(), key) != seen.end()) continue;
    seen.push_back(std::move(key));
    fields.push_back(std::move(field));
  }
  return fields;
}

std::vector<LevelMention> CredentialRules::FindFieldMentions(std::string_view text) const {
  return Find(text, fields_);
}

}  // namespace tailorcore::detail
