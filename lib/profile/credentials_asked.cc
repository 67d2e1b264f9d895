#include "profile/credentials_asked.h"

#include <algorithm>
#include <string>
#include <vector>

#include "analysis/normalize.h"
#include "structure/lines.h"

namespace tailorcore::detail {
namespace {

constexpr std::uint32_t kEquivalentReach = 100;  // bytes after the last degree
constexpr int kSeekWords = 4;  // a level word at most this many words after a seek cue

bool AsksNothing(SectionKind section) {
  return section == SectionKind::kAbout || section == SectionKind::kBenefits ||
         section == SectionKind::kTitle;
}

// The byte where the `words`-th word after `from` ends (at most the line's end).
std::size_t WordsEnd(std::string_view text, std::size_t from, int words) {
  std::size_t stop = text.find('\n', from);
  if (stop == std::string_view::npos) stop = text.size();
  std::size_t end = from;
  for (int w = 0; w < words && end < stop; ++w) {
    while (end < stop && (text[end] == ' ' || text[end] == '\t')) ++end;
    while (end < stop && text[end] != ' ' && text[end] != '\t') ++end;
  }
  return end;
}

// The least level of `mentions`, and the first mention of it.
const LevelMention& Least(const std::vector<LevelMention>& mentions) {
  return *std::min_element(
      mentions.begin(), mentions.end(),
      [](const LevelMention& a, const LevelMention& b) { return a.level < b.level; });
}

// The sentence around degree mention `m`: [begin, end) in `text`. A degree's own dot is no
// sentence end ("B.S. or B.A. degree"): read on to the next.
std::pair<std::uint32_t, std::uint32_t> DegreeSentence(std::string_view text,
                                                       const LevelMention& m) {
  auto [s_begin, s_end] = SentenceAround(text, m.begin, m.end);
  if (s_end <= m.end + 1 && s_end < text.size()) {
    s_end = SentenceAround(text, m.begin, std::min<std::uint32_t>(s_end + 2, text.size())).second;
  }
  return {s_begin, s_end};
}

// Whether `gap`, between a degree and its first field, holds nothing but marks and lead words
// ("'s degree in ", " (preferably in ", " по специальности "): not "and 3+ years of
// experience in", not ", SQL and Excel,".
bool OnlyLeadWords(std::string_view gap, const CredentialRules& rules) {
  if (gap.find_first_of(",;:.!?\n0123456789") != std::string_view::npos) return false;
  std::size_t i = 0;
  while (i < gap.size()) {
    // ASCII marks only: a byte of '’' may be part of a Cyrillic letter ("р" is D1 80).
    const std::size_t end = gap.find_first_of(" \t()/'-", i);
    std::string_view word = gap.substr(i, end == std::string_view::npos ? end : end - i);
    if (word.ends_with("\u2019s")) word.remove_suffix(std::string_view("\u2019s").size());
    if (!word.empty() && !rules.FieldLeadWord(FoldCase(word))) return false;
    if (end == std::string_view::npos) break;
    i = end + 1;
  }
  return true;
}

// The end of the list of fields that follows a degree (`after` starts right after it): the
// first field after lead words only, each next within kFieldGap bytes of the one before with no
// clause mark between (", ", " or a ", " and/or "); 0 when none.
std::uint32_t FieldListEnd(std::string_view after, const std::vector<LevelMention>& fields,
                           const CredentialRules& rules) {
  constexpr std::uint32_t kFieldGap = 24;
  std::uint32_t end = 0;
  for (const LevelMention& f : fields) {
    const std::string_view gap = after.substr(end, f.begin > end ? f.begin - end : 0);
    if (end == 0
            ? !OnlyLeadWords(gap, rules)
            : f.begin > end + kFieldGap || gap.find_first_of(".;:!?\n") != std::string_view::npos) {
      break;
    }
    end = std::max(end, f.end);
  }
  return end;
}

}  // namespace

std::vector<std::pair<std::uint32_t, std::uint32_t>> DegreeFieldSpans(
    const AnalyzedDocument& posting, const CredentialRules& rules) {
  const std::string_view text = posting.text;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> spans;
  for (const LevelMention& m : rules.FindDegrees(text)) {
    if (AsksNothing(posting.SectionAt(m.begin))) continue;
    const auto [s_begin, s_end] = DegreeSentence(text, m);
    if (!spans.empty() && m.begin < spans.back().second) continue;  // "BS or MS in ..."
    const std::string_view after = text.substr(m.end, s_end - m.end);
    if (const std::uint32_t end = FieldListEnd(after, rules.FindFieldMentions(after), rules);
        end > 0) {
      spans.emplace_back(m.end, m.end + end);
    }
  }
  return spans;
}

std::optional<DegreeAsked> FindDegreeAsked(const AnalyzedDocument& posting,
                                           const CredentialRules& rules) {
  const std::string_view text = posting.text;
  for (const LevelMention& m : rules.FindDegrees(text)) {
    if (AsksNothing(posting.SectionAt(m.begin))) continue;
    const auto [s_begin, s_end] = DegreeSentence(text, m);
    const std::string_view sentence = text.substr(s_begin, s_end - s_begin);
    std::vector<LevelMention> in_sentence = rules.FindDegrees(sentence);
    if (in_sentence.empty()) in_sentence.push_back({m.begin - s_begin, m.end - s_begin, m.level});
    const LevelMention& least = Least(in_sentence);
    DegreeAsked d;
    d.level = DegreeName(least.level);
    d.begin = s_begin + least.begin;
    d.end = s_begin + least.end;
    for (std::string& field : rules.FindFields(sentence.substr(in_sentence.front().begin))) {
      if (std::find(d.fields.begin(), d.fields.end(), field) == d.fields.end()) {
        d.fields.push_back(std::move(field));
      }
    }
    const std::size_t last = in_sentence.back().end;
    d.equivalent = rules.AcceptsEquivalent(sentence.substr(
        in_sentence.front().begin, last + kEquivalentReach - in_sentence.front().begin));
    d.sentence = std::string(sentence);
    return d;
  }
  return std::nullopt;
}

std::optional<SeniorityAsked> FindSeniorityAsked(const AnalyzedDocument& posting,
                                                 const CredentialRules& rules) {
  const std::string_view text = posting.text;
  for (const Section& s : posting.sections) {
    if (s.kind != SectionKind::kTitle) continue;
    const std::string_view title = text.substr(s.begin, s.end - s.begin);
    // A first line that opens a search is a sentence, read as one below ("Компания — ведущий
    // разработчик ПО. Ищем Python-разработчика").
    if (rules.SeekEnd(title) != std::string_view::npos) break;
    const std::vector<LevelMention> found = rules.FindSeniority(title, false);
    if (found.empty()) break;
    const LevelMention& least = Least(found);
    return SeniorityAsked{SeniorityName(least.level), std::string(title), s.begin + least.begin,
                          s.begin + least.end};
  }
  // Else the first sentence that opens a search ("We are looking for a Senior ... developer").
  std::size_t from = 0;
  while (from < text.size()) {
    const std::size_t seek = rules.SeekEnd(text.substr(from));
    if (seek == std::string_view::npos) break;
    const std::size_t cue_end = from + seek;
    from = cue_end;
    const SectionKind section = posting.SectionAt(static_cast<std::uint32_t>(cue_end));
    if (section == SectionKind::kAbout || section == SectionKind::kBenefits) continue;
    const std::size_t window_end = WordsEnd(text, cue_end, kSeekWords);
    // A role noun may stand a few words past the window ("a Senior Backend Python Developer").
    const std::size_t role_end = WordsEnd(text, window_end, kSeekWords);
    const std::string_view window = text.substr(cue_end, role_end - cue_end);
    for (const LevelMention& m : rules.FindSeniority(window, true)) {
      if (cue_end + m.begin >= window_end) break;
      const auto begin = static_cast<std::uint32_t>(cue_end + m.begin);
      const auto [s_begin, s_end] = SentenceAround(text, begin, begin + (m.end - m.begin));
      return SeniorityAsked{SeniorityName(m.level),
                            std::string(text.substr(s_begin, s_end - s_begin)), begin,
                            static_cast<std::uint32_t>(cue_end + m.end)};
    }
  }
  return std::nullopt;
}

std::string FindJobTitle(const AnalyzedDocument& posting, const CredentialRules& rules) {
  constexpr std::size_t kMaxTitle = 60;
  const auto title_section =
      std::find_if(posting.sections.begin(), posting.sections.end(),
                   [](const Section& s) { return s.kind == SectionKind::kTitle; });
  if (title_section == posting.sections.end()) return "";
  const std::string_view title =
      std::string_view(posting.text)
          .substr(title_section->begin, title_section->end - title_section->begin);
  if (rules.SeekEnd(title) != std::string_view::npos) return "";
  // Keep the bytes outside parentheses and level words.
  std::string kept(title);
  for (const LevelMention& m : rules.FindSeniority(title, false)) {
    std::fill(kept.begin() + m.begin, kept.begin() + m.end, ' ');
  }
  int depth = 0;
  for (char& c : kept) {
    if (c == '(' || c == '[') ++depth;
    const bool inside = depth > 0;
    if ((c == ')' || c == ']') && depth > 0) --depth;
    if (inside) c = ' ';
  }
  // Collapse spaces; trim separators at the ends ("/ Python developer", "Engineer, ").
  std::string core;
  for (char c : kept) {
    if (c == ' ' || c == '\t') {
      if (!core.empty() && core.back() != ' ') core.push_back(' ');
    } else {
      core.push_back(c);
    }
  }
  const char* const kSeparators = " ,;:/|-+";
  const std::size_t first = core.find_first_not_of(kSeparators);
  if (first == std::string::npos) return "";
  core = core.substr(first, core.find_last_not_of(kSeparators) - first + 1);
  return core.size() >= 3 && core.size() <= kMaxTitle ? core : "";
}

}  // namespace tailorcore::detail
