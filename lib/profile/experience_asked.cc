#include "profile/experience_asked.h"

#include <algorithm>
#include <cctype>
#include <cstdint>

#include "structure/lines.h"
#include "tailorcore/lexicon.h"

namespace tailorcore::detail {
namespace {

constexpr std::uint32_t kSkillReach = 60;  // bytes between the phrase and its skill, at most

// Whether the text between a phrase and a skill ends a clause (". ; * •" and line breaks; after
// the phrase also an opening parenthesis: "от 2 лет (работа с Gitlab)").
// After the phrase, also more than kMaxWordsAfter words ("5+ years of experience in a related
// field OR MS in Computer Engineering" is about no skill).
// A dot inside a version or a name ("1С:Предприятие 8.3 от 3 лет", "Node.js") ends nothing;
// one before a capital does, spaced or not (flattened postings: "Java.Опыт от 3 лет").
bool Separated(std::string_view gap, bool after) {
  constexpr int kMaxWordsAfter = 4;
  const char* ends = after ? ".;*!?\n(" : ".;*!?\n";
  for (std::size_t i = gap.find_first_of(ends); i != gap.npos; i = gap.find_first_of(ends, i + 1)) {
    const auto next = i + 1 < gap.size() ? static_cast<unsigned char>(gap[i + 1]) : ' ';
    const bool inner_dot = gap[i] == '.' && i > 0 && gap[i - 1] != ' ' &&
                           (std::isdigit(next) != 0 || (next >= 'a' && next <= 'z'));
    if (!inner_dot) return true;
  }
  if (gap.find("\u2022") != std::string_view::npos) return true;
  int words = 0;
  for (std::size_t i = 0; i < gap.size(); ++i) {
    if (gap[i] != ' ' && gap[i] != '\t' && (i == 0 || gap[i - 1] == ' ' || gap[i - 1] == '\t'))
      ++words;
  }
  return after && words > kMaxWordsAfter;
}

// The skill a years phrase is about: the first match after it within reach ("3+ years with
// Kubernetes", "5+ years of C++ development"), else the last one before it within reach where the
// language puts it there ("опыт разработки на Java от 3 лет") or a label or parenthesis does
// ("Golang: 5+ years", "Java (5+ years)", "| React | 2+ years |"), inside [begin, end); nullptr
// when none is or when it names a method or field (category `practices`) or a non-technical skill.
// `next`: the phrase after this one, if any.
const SkillMatch* SkillOf(const AnalyzedDocument& posting, const YearsPhrase& phrase,
                          const YearsPhrase* next, std::uint32_t begin, std::uint32_t end) {
  const std::string_view text = posting.text;
  const SkillMatch* after = nullptr;
  const SkillMatch* before = nullptr;
  // A skill that the next phrase takes as its own, standing before it ("от 5 лет, из них на Go
  // — от 2 лет"), is that phrase's: this one asks for years overall.
  auto next_ones = [&](const SkillMatch& m) {
    return next != nullptr && next->skill_before && m.end <= next->begin &&
           next->begin - m.end <= kSkillReach &&
           !Separated(text.substr(m.end, next->begin - m.end), false);
  };
  // The matches are in order of begin: only those from `begin` on are read, up to `end`.
  const std::vector<SkillMatch>& matches = posting.matches.matches;
  const auto first =
      std::lower_bound(matches.begin(), matches.end(), begin,
                       [](const SkillMatch& m, std::uint32_t offset) { return m.begin < offset; });
  for (auto it = first; it != matches.end() && it->begin < end; ++it) {
    const SkillMatch& m = *it;
    if (m.nested || m.end > end) continue;
    if (m.begin >= phrase.end && m.begin - phrase.end <= kSkillReach && after == nullptr &&
        !Separated(text.substr(phrase.end, m.begin - phrase.end), true) && !next_ones(m)) {
      after = &m;
    } else if (m.end <= phrase.begin && phrase.begin - m.end <= kSkillReach) {
      const std::string_view gap = text.substr(m.end, phrase.begin - m.end);
      const bool labelled = gap.find_first_of(":(|") != std::string_view::npos;
      if ((phrase.skill_before || labelled) && !Separated(gap, false)) before = &m;
    }
  }
  // Where the language puts the skill first, the one before wins ("Data Scientist от 3 лет").
  const SkillMatch* chosen = phrase.skill_before ? (before != nullptr ? before : after)
                                                 : (after != nullptr ? after : before);
  if (chosen == nullptr || !chosen->skill->technical || chosen->skill->category == "practices") {
    return nullptr;
  }
  return chosen;
}

// Where the skill of a phrase may stand: its sentence, and the line's start when the sentence
// begins after a short label and a colon ("Golang: minimum of 5 years").
std::uint32_t ScopeBegin(std::string_view text, std::uint32_t sentence_begin) {
  constexpr std::uint32_t kMaxLabel = 40;
  const std::size_t colon = ColonBefore(text, sentence_begin);
  if (colon == std::string_view::npos) return sentence_begin;
  const std::size_t line_break = text.rfind('\n', colon);
  const auto line_begin =
      line_break == std::string_view::npos ? 0U : static_cast<std::uint32_t>(line_break + 1);
  return sentence_begin - line_begin <= kMaxLabel ? line_begin : sentence_begin;
}

}  // namespace

std::vector<ExperienceAsked> FindExperienceAsked(const AnalyzedDocument& posting,
                                                 const ExperienceRules& rules) {
  std::vector<ExperienceAsked> asked;
  const std::vector<YearsPhrase> phrases =
      rules.FindYears(posting.text, LanguagesOf(posting.analyzed));
  for (std::size_t i = 0; i < phrases.size(); ++i) {
    const YearsPhrase& phrase = phrases[i];
    const YearsPhrase* next = i + 1 < phrases.size() ? &phrases[i + 1] : nullptr;
    // The company's description, its benefits and the title ask for nothing ("founded 10 years
    // ago", "2 years of free gym").
    // Under a requirements heading years are experience ("Go: minimum of 5 years"); elsewhere
    // only in a sentence that says so.
    const SectionKind section = posting.SectionAt(phrase.begin);
    if (section == SectionKind::kAbout || section == SectionKind::kBenefits ||
        section == SectionKind::kTitle) {
      continue;
    }
    const bool asking = section == SectionKind::kRequirements || section == SectionKind::kPreferred;
    if (!asking && !phrase.cued) continue;
    const auto [s_begin, s_end] = SentenceAround(posting.text, phrase.begin, phrase.end);
    ExperienceAsked a;
    if (const SkillMatch* m =
            SkillOf(posting, phrase, next, ScopeBegin(posting.text, s_begin), s_end);
        m != nullptr) {
      a.skill = m->skill->id;
      a.term = m->skill->name;
    }
    const bool repeated = std::any_of(asked.begin(), asked.end(), [&](const ExperienceAsked& e) {
      return e.skill == a.skill && e.years == phrase.years;
    });
    if (repeated) continue;  // "5+ years" said twice is one requirement
    a.years = phrase.years;
    a.max_years = phrase.max_years;
    a.sentence = posting.text.substr(s_begin, s_end - s_begin);
    a.begin = phrase.begin;
    a.end = phrase.end;
    asked.push_back(std::move(a));
  }
  return asked;
}

}  // namespace tailorcore::detail
