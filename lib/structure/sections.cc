#include "structure/sections.h"

#include <algorithm>
#include <array>
#include <limits>

#include <boost/algorithm/string/split.hpp>
#include <boost/algorithm/string/trim.hpp>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "analysis/phrase_table.h"
#include "base/word_list.h"
#include "structure/lines.h"

namespace tailorcore::detail {
namespace {

constexpr std::size_t kMaxTitleWords = 12;

bool ParseKind(std::string_view name, DocumentType type, SectionKind* kind) {
  struct Entry {
    std::string_view name;
    SectionKind kind;
    DocumentType type;
  };
  static constexpr Entry kKinds[] = {
      {"requirements", SectionKind::kRequirements, DocumentType::kPosting},
      {"preferred", SectionKind::kPreferred, DocumentType::kPosting},
      {"responsibilities", SectionKind::kResponsibilities, DocumentType::kPosting},
      {"about", SectionKind::kAbout, DocumentType::kPosting},
      {"benefits", SectionKind::kBenefits, DocumentType::kPosting},
      {"summary", SectionKind::kSummary, DocumentType::kResume},
      {"skills", SectionKind::kSkills, DocumentType::kResume},
      {"experience", SectionKind::kExperience, DocumentType::kResume},
      {"projects", SectionKind::kProjects, DocumentType::kResume},
      {"education", SectionKind::kEducation, DocumentType::kResume},
      {"certifications", SectionKind::kCertifications, DocumentType::kResume},
      {"languages", SectionKind::kLanguages, DocumentType::kResume},
  };
  for (const Entry& e : kKinds) {
    if (e.name == name && e.type == type) {
      *kind = e.kind;
      return true;
    }
  }
  return false;
}

// True when only spaces stand between `begin` and the start of its line (no bullet mark).
bool AtBareLineStart(std::string_view input, std::uint32_t begin) {
  std::size_t i = begin;
  while (i > 0 && (input[i - 1] == ' ' || input[i - 1] == '\t')) --i;
  return i == 0 || input[i - 1] == '\n' || input[i - 1] == '\r';
}

// True when two or more spaces (or a no-break space) follow `end`, then text ("Требования   3+
// лет опыта", "Требования  опыт работы").
bool WideGapAt(std::string_view input, std::size_t end) {
  std::size_t spaces = 0;
  while (end < input.size()) {
    if (input[end] == ' ' || input[end] == '\t') {
      ++end;
      ++spaces;
    } else if (input.substr(end, 2) == "\xC2\xA0") {
      end += 2;
      spaces += 2;
    } else {
      break;
    }
  }
  return spaces >= 2 && end < input.size() && input[end] != '\n' && input[end] != '\r';
}

// True when a skill match (in order of begin) lies in [begin, end).
bool SkillWithin(const std::vector<SkillMatch>& skills, std::uint32_t begin, std::uint32_t end) {
  auto it = std::lower_bound(skills.begin(), skills.end(), begin,
                             [](const SkillMatch& m, std::uint32_t o) { return m.begin < o; });
  return it != skills.end() && it->begin < end;
}

bool IsHorizontalSpace(char c) { return c == ' ' || c == '\t' || c == '\r'; }

// Whether a capital Cyrillic letter (А-Я, Ё) stands in token `t` after its first letter
// ("ОбязанностиДоработка"); a byte scan, no decoding.
bool InnerCyrillicCapital(std::string_view input, const Token& t) {
  for (std::uint32_t i = t.begin + 2; i + 1 < t.end; ++i) {
    const auto b = static_cast<unsigned char>(input[i + 1]);
    if (static_cast<unsigned char>(input[i]) == 0xD0 && (b == 0x81 || (b >= 0x90 && b <= 0xAF))) {
      return true;
    }
  }
  return false;
}

// True when nothing but spaces stands between `at` and the end of its line.
bool RestOfLineEmpty(std::string_view input, std::size_t at) {
  while (at < input.size() && IsHorizontalSpace(input[at])) ++at;
  return at >= input.size() || input[at] == '\n';
}

bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// True when the heading at `begin` starts a line, follows a bullet, or follows two or more
// spaces or a sentence end and a space, as headings inline in a flattened posting do
// ("…двойника клиента».  Требования:", "…to management\u00A0Required Skills:"). A no-break
// space counts as a line break: scraped postings put one where the line breaks were.
bool PrecededByBoundary(std::string_view input, std::uint32_t begin) {
  if (AtLineStart(input, begin)) return true;
  std::size_t i = begin;
  std::size_t spaces = 0;
  bool no_break_space = false;
  for (;;) {
    if (i > 0 && IsHorizontalSpace(input[i - 1])) {
      --i;
      ++spaces;
    } else if (i > 1 && input.substr(i - 2, 2) == "\xC2\xA0") {
      i -= 2;
      ++spaces;
      no_break_space = true;
    } else {
      break;
    }
  }
  // Scraped postings (Dice) put a no-break space where the line breaks were.
  if (i == 0 || input[i - 1] == '\n' || no_break_space) return true;
  if (spaces >= 2) return true;
  // A sentence end, a closing bracket or quote, then one space. (Compared as characters: "»"
  // is two bytes, and its second byte also ends Cyrillic "л".)
  if (spaces == 1 && (std::string_view(".!?;:)\"").find(input[i - 1]) != std::string_view::npos ||
                      (i >= 2 && input.substr(i - 2, 2) == "\xC2\xBB"))) {
    return true;
  }
  if (spaces != 0) return false;
  // No space at all after a full stop ("…pipelines.Requirements:") still ends a sentence; so
  // does a change of script where the tokenizer split a missing space ("MS SQLБудет плюсом").
  const auto before = static_cast<unsigned char>(input[i - 1]);
  const auto here = static_cast<unsigned char>(input[begin]);
  const bool latin_before = (before | 0x20) >= 'a' && (before | 0x20) <= 'z';
  if ((latin_before && here >= 0xD0 && here <= 0xD3) ||
      ((before & 0xC0) == 0x80 && i >= 2 && static_cast<unsigned char>(input[i - 2]) >= 0xD0 &&
       static_cast<unsigned char>(input[i - 2]) <= 0xD3 && here >= 'A' && here <= 'Z')) {
    return true;
  }
  return (input[i - 1] == '.' || input[i - 1] == ';') && i >= 2 && input[i - 2] != '.';
}

// The width of the character framing a plain-text heading that ends at byte `end` ("=",
// "#", "*", "—", "•" in "=== EXPERIENCE ===", "## Skills", "**Education**", "— Опыт —"), or
// 0.
std::size_t FrameCharEndingAt(std::string_view input, std::size_t end) {
  // The last bytes a frame character can end with: most bytes before a word are none, and fail
  // here (FindHeadings asks this of every word that follows no other boundary).
  static constexpr auto kLastBytes = [] {
    std::array<bool, 256> last{};
    for (unsigned char c : std::string_view("=-~*#_[]|<>+\x94\x93\xA2\xB7\xA0\xAA")) last[c] = true;
    return last;
  }();
  if (end == 0 || !kLastBytes[static_cast<unsigned char>(input[end - 1])]) return 0;
  if (std::string_view("=-~*#_[]|<>+").find(input[end - 1]) != std::string_view::npos) return 1;
  for (std::string_view mark : {"\xE2\x80\x94", "\xE2\x80\x93", "\xE2\x80\xA2", "\xC2\xB7",
                                "\xE2\x96\xA0", "\xE2\x96\xAA"}) {
    if (end >= mark.size() && input.substr(end - mark.size(), mark.size()) == mark) {
      return mark.size();
    }
  }
  return 0;
}

// How framed the start of the line before `begin` is: 0 when anything but spaces and frame
// characters stands there, 1 for one frame character (a bullet: "- Experience with Kafka" is
// an item), 2 for two or more or a '#' ("--- Experience ---", "## Experience").
int LineStartFrame(std::string_view input, std::uint32_t begin) {
  std::size_t i = begin;
  std::size_t marks = 0;
  bool hash = false;
  while (i > 0 && input[i - 1] != '\n') {
    if (IsHorizontalSpace(input[i - 1])) {
      --i;
    } else if (const std::size_t width = FrameCharEndingAt(input, i); width > 0) {
      hash = hash || input[i - 1] == '#';
      i -= width;
      ++marks;
    } else {
      return 0;
    }
  }
  return marks >= 2 || hash ? 2 : static_cast<int>(marks);
}

// Where the line after `end` ends, when only spaces and at least one frame character stand
// before its end ("EXPERIENCE ===", "Опыт работы —"); npos otherwise.
std::size_t FramedLineEnd(std::string_view input, std::size_t end) {
  std::size_t marks = 0;
  for (std::size_t i = end;;) {
    if (i >= input.size() || input[i] == '\n') return marks > 0 ? i : std::string_view::npos;
    if (IsHorizontalSpace(input[i])) {
      ++i;
      continue;
    }
    std::size_t width = 0;
    for (std::size_t w = 1; w <= 3 && i + w <= input.size() && width == 0; ++w) {
      if (FrameCharEndingAt(input, i + w) == w) width = w;
    }
    if (width == 0) return std::string_view::npos;
    i += width;
    ++marks;
  }
}

}  // namespace

StatusOr<SectionFinder> SectionFinder::Create(const Languages& languages,
                                              const Analyzer& analyzer) {
  SectionFinder finder;
  for (std::size_t i = 0; i < languages.size(); ++i) {
    const auto id = static_cast<LanguageId>(i);
    for (const char* file : {"section-headings.tsv", "section-cues.tsv"}) {
      auto content = languages.File(id, file);
      if (!content.ok()) return content.status();
      const std::string name = languages.FileName(id, file);
      Status s = std::string_view(file) == "section-cues.tsv"
                     ? finder.AddCues(*content, name)
                     : finder.AddHeadings(*content, name, analyzer);
      if (!s.ok()) return s;
    }
  }
  finder.posting_.Finish();
  finder.resume_.Finish();
  constexpr SectionKind kOrder[] = {SectionKind::kPreferred, SectionKind::kResponsibilities,
                                    SectionKind::kBenefits, SectionKind::kRequirements,
                                    SectionKind::kAbout};
  std::vector<std::pair<SectionKind, std::string>> cues;
  for (SectionKind kind : kOrder) {
    for (const auto& cue : finder.posting_cues_) {
      if (cue.first == kind) cues.push_back(cue);
    }
  }
  finder.posting_cues_ = std::move(cues);
  // A skills heading may name languages ("Programming languages"); a summary word may sit in
  // any heading ("Experience summary"): the general kinds come last.
  constexpr SectionKind kResumeOrder[] = {SectionKind::kSkills,         SectionKind::kProjects,
                                          SectionKind::kCertifications, SectionKind::kEducation,
                                          SectionKind::kLanguages,      SectionKind::kExperience,
                                          SectionKind::kSummary};
  cues.clear();
  for (SectionKind kind : kResumeOrder) {
    for (const auto& cue : finder.resume_cues_) {
      if (cue.first == kind) cues.push_back(cue);
    }
  }
  finder.resume_cues_ = std::move(cues);
  return finder;
}

Status SectionFinder::AddHeadings(std::string_view content, std::string_view name,
                                  const Analyzer& analyzer) {
  for (const WordListEntry& entry : ParseWordList(content)) {
    auto error = [&](const std::string& what) {
      return Status(StatusCode::kDataError,
                    std::string(name) + ":" + std::to_string(entry.line) + ": " + what);
    };
    std::vector<std::string> fields;
    boost::algorithm::split(fields, entry.text, [](char c) { return c == '\t'; });
    if (fields.size() != 3) return error("expected <document> <section> <heading>");
    for (auto& f : fields) boost::algorithm::trim(f);
    DocumentType type;
    if (fields[0] == "posting") {
      type = DocumentType::kPosting;
    } else if (fields[0] == "resume") {
      type = DocumentType::kResume;
    } else {
      return error("document must be posting or resume, got '" + fields[0] + "'");
    }
    SectionKind kind;
    if (!ParseKind(fields[1], type, &kind)) {
      return error("unknown " + fields[0] + " section '" + fields[1] + "'");
    }
    std::vector<std::string> words = PhraseTable::WordsOf(analyzer, fields[2]);
    if (words.empty()) return error("a heading needs words");
    (type == DocumentType::kPosting ? posting_ : resume_)
        .Add(std::move(words), static_cast<std::uint32_t>(kind));
  }
  return Status::Ok();
}

Status SectionFinder::AddCues(std::string_view content, std::string_view name) {
  for (const WordListEntry& entry : ParseWordList(content)) {
    std::vector<std::string> fields;
    boost::algorithm::split(fields, entry.text, [](char c) { return c == '\t'; });
    for (auto& f : fields) boost::algorithm::trim(f);
    SectionKind kind;
    if (fields.size() == 2 && !fields[1].empty() && fields[0] == "negation") {
      negations_.insert(fields[1]);
    } else if (fields.size() == 2 && !fields[1].empty() && fields[0] == "employer") {
      employer_words_.insert(fields[1]);
    } else if (fields.size() == 2 && !fields[1].empty() && fields[0] == "employer-not-after") {
      not_employer_after_.insert(fields[1]);
    } else if (fields.size() == 2 && !fields[1].empty() &&
               ParseKind(fields[0], DocumentType::kPosting, &kind)) {
      posting_cues_.emplace_back(kind, fields[1]);
    } else if (fields.size() == 2 && !fields[1].empty() &&
               ParseKind(fields[0], DocumentType::kResume, &kind)) {
      resume_cues_.emplace_back(kind, fields[1]);
    } else {
      return Status(StatusCode::kDataError, std::string(name) + ":" + std::to_string(entry.line) +
                                                ": expected <section> <word prefix>");
    }
  }
  return Status::Ok();
}

bool SectionFinder::Negated(const AnalyzedText& text, const std::vector<std::uint32_t>& primary,
                            std::size_t p, std::size_t j) const {
  return j > 0 && negations_.count(text.tokens[primary[p + j - 1]].normalized) > 0;
}

bool SectionFinder::CueHeading(const AnalyzedText& text, const std::vector<std::uint32_t>& primary,
                               std::size_t p, std::string_view input,
                               const std::vector<SkillMatch>& skills, SectionKind* kind,
                               std::size_t* last, std::uint32_t* body) const {
  constexpr std::size_t kMaxWords = 6;
  constexpr std::size_t kMaxOwnLineWords = 3;
  const Token& first = text.tokens[primary[p]];
  if (!CapitalAt(input, first.begin) || !PrecededByBoundary(input, first.begin)) return false;
  for (std::size_t k = 0; k < kMaxWords && p + k < primary.size(); ++k) {
    const Token& t = text.tokens[primary[p + k]];
    if (k > 0) {
      const std::string_view gap = input.substr(text.tokens[primary[p + k - 1]].end,
                                                t.begin - text.tokens[primary[p + k - 1]].end);
      if (gap.find_first_of("\n.;:!?") != std::string_view::npos) return false;
    }
    std::size_t after = t.end;
    while (after < input.size() && IsHorizontalSpace(input[after])) ++after;
    const bool colon = after < input.size() && input[after] == ':';
    const bool line_end = after >= input.size() || input[after] == '\n';
    // On a line of its own a heading has no bullet mark: "- Experience with Kafka" is an item.
    if (!colon && !(line_end && k < kMaxOwnLineWords && AtBareLineStart(input, first.begin))) {
      continue;
    }
    // A phrase that names a skill is a requirement, not a heading ("Kafka experience").
    if (SkillWithin(skills, first.begin, t.end)) return false;
    // A bullet item of a list that opens with a preferred cue and goes on after its colon: a
    // label of the item ("- Nice to have, but not required: Rust"), no heading for the items
    // after it. Other kinds stay headings ("- Skills we need: Go").
    const bool item_label =
        colon && LineStartFrame(input, first.begin) == 1 && !RestOfLineEmpty(input, after + 1);
    for (const auto& [cue_kind, prefix] : posting_cues_) {
      for (std::size_t j = 0; j <= k; ++j) {
        const std::string& word = text.tokens[primary[p + j]].normalized;
        if (word.compare(0, prefix.size(), prefix) == 0) {
          // "Not required: Linux", "Не требуется:" alone on its line: no heading; the posting
          // profile reads such a label for the lines under it (posting_profile.cc, LabelsOf).
          if (item_label && cue_kind == SectionKind::kPreferred) return false;
          if (cue_kind == SectionKind::kRequirements && Negated(text, primary, p, j)) return false;
          *kind = cue_kind;
          *last = p + k;
          *body = static_cast<std::uint32_t>(colon ? after + 1 : after);
          return true;
        }
      }
    }
    return false;
  }
  return false;
}

bool SectionFinder::ListedHeading(const AnalyzedText& text,
                                  const std::vector<std::uint32_t>& primary, std::size_t p,
                                  std::string_view input, DocumentType type, Found* found,
                                  std::size_t* last) const {
  const PhraseTable& headings = type == DocumentType::kPosting ? posting_ : resume_;
  auto word = [&](std::size_t q) -> std::string_view { return text.tokens[primary[q]].normalized; };
  return headings.ForEachAt(p, primary.size(), word, [&](const PhraseTable::Phrase& h) {
    const std::size_t n = h.words.size();
    const std::uint32_t begin = text.tokens[primary[p]].begin;
    const std::uint32_t end = text.tokens[primary[p + n - 1]].end;
    // What follows: ':' (an inline or line heading), the end of the line, or a bullet.
    std::size_t after = end;
    while (after < input.size() && IsHorizontalSpace(input[after])) ++after;
    const bool colon = after < input.size() && input[after] == ':';
    const bool line_end = after >= input.size() || input[after] == '\n';
    bool bullet_after = false;
    if (!colon && !line_end) {
      // "• Requirements • Python": a heading between bullets in a flattened posting.
      const auto items =
          SplitLineItems(input.substr(end, std::min<std::size_t>(8, input.size() - end)));
      bullet_after = !items.empty() && items.front().bullet && AtLineStart(input, begin);
    }
    // "Требования   Опыт ...": a flattened posting keeps a wide gap where the line broke.
    const bool wide_gap = !colon && !line_end && WideGapAt(input, end);
    // "…GPU.ТребованияPython": or none at all, a capital right after the heading's word.
    const bool glued = type == DocumentType::kPosting && !colon && !line_end && after == end &&
                       CapitalAt(input, end);
    // "=== EXPERIENCE ===", "## Skills", "**Education**": a plain-text heading in a frame.
    const int start_frame = LineStartFrame(input, begin);
    const std::size_t framed_end =
        line_end ? after : (colon ? std::string_view::npos : FramedLineEnd(input, end));
    const bool ends_line = line_end || framed_end != std::string_view::npos;
    // One mark before is a frame when marks close the line too ("[ Experience ]").
    const bool framed_start = start_frame == 2 || (start_frame == 1 && ends_line && !line_end);
    if (!((PrecededByBoundary(input, begin) || framed_start) &&
          (colon || ends_line || bullet_after || wide_gap || glued))) {
      return false;
    }
    // A capital first letter is expected of a heading word that is not on a line of its own
    // ("Требования:", not "... соответствует требованиям: ..."): headings are written so.
    const bool own_line = (AtLineStart(input, begin) || framed_start) && ends_line;
    if (!own_line && !CapitalAt(input, begin)) return false;
    const std::size_t body = colon ? after + 1 : (ends_line ? framed_end : after);
    *found = {begin, end, static_cast<std::uint32_t>(body), static_cast<SectionKind>(h.value)};
    *last = p + n - 1;
    return true;
  });
}

bool SectionFinder::GluedHeading(const AnalyzedText& text,
                                 const std::vector<std::uint32_t>& primary, std::size_t p,
                                 std::string_view input, Found* found) const {
  const Token& t = text.tokens[primary[p]];
  if (t.normalized.size() != t.end - t.begin) return false;
  const std::string_view source = input.substr(t.begin, t.end - t.begin);
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(source.data());
  const auto size = static_cast<std::int32_t>(source.size());
  std::int32_t at = 0;
  UChar32 previous = 0;
  UChar32 c = 0;
  U8_NEXT(bytes, at, size, previous);
  while (at < size) {
    const auto k = static_cast<std::uint32_t>(at);  // where `c` begins
    U8_NEXT(bytes, at, size, c);
    const bool glue = u_islower(previous) && u_isupper(c);
    previous = c;
    if (!glue || at >= size || k < 2) continue;
    std::int32_t next_at = at;
    UChar32 next = 0;
    U8_NEXT(bytes, next_at, size, next);
    if (!u_islower(next)) continue;
    const std::string_view head = std::string_view(t.normalized).substr(0, k);
    const std::string_view tail = std::string_view(t.normalized).substr(k);
    // A heading word of seven bytes or more is glued ("Requirements", "Обязанности"; not "Role"
    // of "RoleBinding", "Tasks" of "BackgroundTasks"), and a word in lower case before it
    // ("projectsRequirements"; not "ClusterRole").
    constexpr std::size_t kMinGlued = 7;
    // The heading ends at the glue, its text begins there: "ResponsibilitiesOperate", after a
    // boundary and with a capital, as headings inline in a flattened posting are.
    auto head_word = [&](std::size_t q) -> std::string_view {
      return q == p ? head : std::string_view(text.tokens[primary[q]].normalized);
    };
    for (std::size_t start = p >= 2 ? p - 2 : 0; start <= p; ++start) {
      const std::uint32_t begin = text.tokens[primary[start]].begin;
      if (!PrecededByBoundary(input, begin) || !CapitalAt(input, begin)) continue;
      const bool hit =
          posting_.ForEachAt(start, p + 1, head_word, [&](const PhraseTable::Phrase& h) {
            if (start + h.words.size() != p + 1 || (start == p && head.size() < kMinGlued)) {
              return false;
            }
            *found = {begin, t.begin + k, t.begin + k, static_cast<SectionKind>(h.value)};
            return true;
          });
      if (hit) return true;
    }
    // The heading begins at the glue and ends its line or a colon: "projectsRequirements:".
    std::size_t after = t.end;
    while (after < input.size() && IsHorizontalSpace(input[after])) ++after;
    const bool colon = after < input.size() && input[after] == ':';
    if ((!colon && !RestOfLineEmpty(input, t.end)) || tail.size() < kMinGlued ||
        CapitalAt(input, t.begin)) {
      continue;
    }
    const bool hit = posting_.ForEachAt(
        0, 1, [&](std::size_t) { return tail; },
        [&](const PhraseTable::Phrase& h) {
          if (h.words.size() != 1) return false;
          const auto body = static_cast<std::uint32_t>(colon ? after + 1 : after);
          *found = {t.begin + k, t.end, body, static_cast<SectionKind>(h.value)};
          return true;
        });
    if (hit) return true;
  }
  return false;
}

// In a resume's skills section, "Languages: Java, Kotlin" or "Tools: Git" labels a line of the
// list: a heading with the line's content after it starts no section there.
bool SectionFinder::SubLabel(std::string_view input, DocumentType type,
                             const std::vector<Found>& found, const Found& heading) {
  if (type != DocumentType::kResume || found.empty() || found.back().kind != SectionKind::kSkills) {
    return false;
  }
  for (std::size_t i = heading.body_begin; i < input.size() && input[i] != '\n'; ++i) {
    if (!IsHorizontalSpace(input[i])) return true;
  }
  return false;
}

std::vector<SectionFinder::Found> SectionFinder::FindHeadings(
    const AnalyzedText& text, std::string_view input, DocumentType type,
    const std::vector<SkillMatch>& skills) const {
  std::vector<std::uint32_t> primary;
  for (std::uint32_t i = 0; i < text.tokens.size(); ++i) {
    if (!text.tokens[i].part) primary.push_back(i);
  }
  std::vector<Found> found;
  for (std::size_t p = 0; p < primary.size(); ++p) {
    const Token& first = text.tokens[primary[p]];
    // Every heading, listed or found by a cue word, starts after a boundary: most words fail
    // here, before any lookup. The commonest case first: one space after a letter or digit.
    Found heading;
    if (type == DocumentType::kPosting &&
        (first.kind == TokenKind::kTech ||
         (first.script == Script::kCyrillic && InnerCyrillicCapital(input, first))) &&
        GluedHeading(text, primary, p, input, &heading)) {
      found.push_back(heading);
      continue;
    }
    if (first.begin >= 2 && input[first.begin - 1] == ' ' && IsAsciiAlnum(input[first.begin - 2])) {
      continue;
    }
    if (!PrecededByBoundary(input, first.begin) && LineStartFrame(input, first.begin) == 0) {
      continue;
    }
    std::size_t last;
    if (ListedHeading(text, primary, p, input, type, &heading, &last)) {
      if (!SubLabel(input, type, found, heading)) found.push_back(heading);
      p = last;
      continue;
    }
    SectionKind kind;
    std::uint32_t body;
    if (type == DocumentType::kPosting && !posting_cues_.empty() &&
        CueHeading(text, primary, p, input, skills, &kind, &last, &body)) {
      found.push_back({first.begin, text.tokens[primary[last]].end, body, kind});
      p = last;
    }
  }
  return found;
}

// What ends an employer's name in a title line and starts more of the title ("at Acme -
// Remote", "at Acme — Python").
constexpr std::string_view kNameBreaks[] = {" - ", " \u2013 ", " \u2014 "};

// The title of a posting: its first non-empty line, if short, whole and before any heading.
// Returns whether there is one, and its item.
bool SectionFinder::TitleLine(const AnalyzedText& text, std::string_view input,
                              const std::vector<Found>& found, LineItem* title) const {
  const auto items = SplitLineItems(input.substr(0, std::min<std::size_t>(input.size(), 400)));
  if (items.empty() || items.front().line != 0 ||
      (!found.empty() && found.front().heading_begin <= items.front().end)) {
    return false;
  }
  const LineItem& first = items.front();
  const std::size_t line_end = input.find('\n', first.begin);
  const bool whole_line = line_end != std::string_view::npos && first.end <= line_end &&
                          (items.size() < 2 || items[1].line > 0);
  std::size_t words = 0;
  // Where the employer's name starts, if the title names it: an employer word after two words
  // or more (not after an `employer-not-after` word: "Work at Home"), before a capitalized word
  // ("Data Analyst at Tableau"), or " @ "; only when nothing but the name follows it (not "at
  // Acme (Python, Kubernetes)", whose list is the title's).
  std::uint32_t employer = first.end;
  const Token* previous = nullptr;
  for (const Token& t : text.tokens) {
    if (t.begin >= first.end) break;
    if (t.part || t.begin < first.begin) continue;
    if (words >= 2 && employer == first.end && employer_words_.contains(t.normalized) &&
        (previous == nullptr || !not_employer_after_.contains(previous->normalized))) {
      std::size_t next = t.end;
      while (next < first.end && IsHorizontalSpace(input[next])) ++next;
      if (next < first.end && CapitalAt(input, next)) employer = t.begin;
    }
    previous = &t;
    ++words;
  }
  const std::size_t at_sign = input.substr(first.begin, employer - first.begin).find(" @ ");
  if (at_sign != std::string_view::npos && at_sign > 0) {
    employer = static_cast<std::uint32_t>(first.begin + at_sign + 1);
  }
  const std::string_view name = input.substr(employer, first.end - employer);
  if (name.find_first_of("(,|") != std::string_view::npos ||
      std::any_of(std::begin(kNameBreaks), std::end(kNameBreaks),
                  [&](std::string_view b) { return name.find(b) != std::string_view::npos; })) {
    employer = first.end;
  }
  *title = first;
  while (employer < first.end && employer > first.begin && IsHorizontalSpace(input[employer - 1])) {
    --employer;
  }
  title->end = employer;
  return whole_line && words > 0 && words <= kMaxTitleWords;
}

HeadingBlocks HeadingBlocksOf(const Extracted& document) {
  HeadingBlocks blocks;
  if (document.format == DocumentFormat::kText) return blocks;
  blocks.authored = document.format != DocumentFormat::kPdf;
  for (const Block& b : document.blocks) {
    if (b.kind == BlockKind::kHeading) blocks.headings.push_back(b);
  }
  return blocks;
}

bool SectionFinder::BlockCue(const AnalyzedText& text, const Block& block, DocumentType type,
                             SectionKind* kind) const {
  constexpr std::size_t kMaxWords = 4;  // "Where I have worked"; longer is a sentence or a role
  std::vector<const Token*> words;
  auto t_it = std::lower_bound(text.tokens.begin(), text.tokens.end(), block.begin,
                               [](const Token& t, std::uint32_t at) { return t.begin < at; });
  for (; t_it != text.tokens.end() && t_it->end <= block.end; ++t_it) {
    const Token& t = *t_it;
    if (t.part) continue;
    if (t.normalized.find_first_of("0123456789") != std::string::npos) return false;
    words.push_back(&t);
  }
  if (words.empty() || words.size() > kMaxWords) return false;
  for (const auto& [cue_kind, prefix] :
       type == DocumentType::kPosting ? posting_cues_ : resume_cues_) {
    for (const Token* t : words) {
      if (t->normalized.compare(0, prefix.size(), prefix) == 0) {
        *kind = cue_kind;
        return true;
      }
    }
  }
  return false;
}

void SectionFinder::AddBlockHeadings(const AnalyzedText& text, std::string_view input,
                                     DocumentType type, const HeadingBlocks& blocks,
                                     std::vector<Found>* found) const {
  auto named = [&](const Block& b) {
    return std::any_of(found->begin(), found->end(), [&](const Found& f) {
      return f.heading_begin >= b.begin && f.heading_begin < b.end;
    });
  };
  // Right under another heading, with nothing between ("## Experience" then "## Acme Corp"):
  // a sub-heading written at the same level, not a section of its own.
  auto right_under = [&](const Block& b) {
    for (const Found& f : *found) {
      if (f.body_begin <= b.begin &&
          input.substr(f.body_begin, b.begin - f.body_begin).find_first_not_of(" \t\r\n:") ==
              std::string_view::npos) {
        return true;
      }
    }
    return false;
  };
  // The level the document's recognized section headings are written at.
  constexpr std::uint32_t kUnknown = std::numeric_limits<std::uint32_t>::max();
  std::uint32_t top = kUnknown;
  for (const Block& b : blocks.headings) {
    if (b.end <= input.size() && named(b)) top = std::min(top, b.level);
  }
  std::vector<Found> added;
  for (const Block& b : blocks.headings) {
    // Blocks past a truncated text, empty ones and those the text already names count for nothing.
    if (b.end > input.size() || b.end <= b.begin || named(b)) continue;
    // Deeper than the section headings: a role or a company ("Senior Full Stack Developer").
    if (top != kUnknown && b.level > top) continue;
    SectionKind kind = SectionKind::kOther;
    if (BlockCue(text, b, type, &kind) || (blocks.authored && b.level == top && !right_under(b))) {
      added.push_back({b.begin, b.end, b.end, kind});
    }
  }
  if (added.empty()) return;
  found->insert(found->end(), added.begin(), added.end());
  std::sort(found->begin(), found->end(),
            [](const Found& a, const Found& b) { return a.heading_begin < b.heading_begin; });
}

std::vector<Section> SectionFinder::Find(const AnalyzedText& text, std::string_view input,
                                         DocumentType type, const std::vector<SkillMatch>& skills,
                                         const HeadingBlocks& blocks) const {
  std::vector<Found> found = FindHeadings(text, input, type, skills);
  if (!blocks.headings.empty()) AddBlockHeadings(text, input, type, blocks, &found);
  std::vector<Section> sections;
  std::uint32_t cursor = 0;
  LineItem title;
  if (type == DocumentType::kPosting && TitleLine(text, input, found, &title)) {
    sections.push_back({SectionKind::kTitle, title.begin, title.end, title.begin, title.begin, ""});
    cursor = title.end;
  }
  if (!found.empty() && found.front().heading_begin > cursor) {
    // Text before the first heading.
    sections.push_back(
        {SectionKind::kOther, cursor, found.front().heading_begin, cursor, cursor, ""});
  } else if (found.empty() && cursor < input.size()) {
    sections.push_back({SectionKind::kOther, cursor, static_cast<std::uint32_t>(input.size()),
                        cursor, cursor, ""});
  }
  for (std::size_t i = 0; i < found.size(); ++i) {
    const std::uint32_t end = i + 1 < found.size() ? found[i + 1].heading_begin
                                                   : static_cast<std::uint32_t>(input.size());
    sections.push_back({found[i].kind, found[i].heading_begin, end, found[i].heading_begin,
                        found[i].heading_end,
                        std::string(input.substr(found[i].heading_begin,
                                                 found[i].heading_end - found[i].heading_begin))});
  }
  return sections;
}

}  // namespace tailorcore::detail
