#include "profile/languages_asked.h"

#include <algorithm>

#include "structure/lines.h"
#include "tailorcore/lexicon.h"

namespace tailorcore::detail {

std::vector<LanguageAsked> FindLanguagesAsked(
    const AnalyzedDocument& posting, const LanguageLevels& levels,
    std::vector<std::pair<std::uint32_t, std::uint32_t>>* level_words) {
  std::vector<LanguageAsked> asked;
  for (const SkillMatch& m : posting.matches.matches) {
    if (m.nested || m.skill->category != kSpokenLanguages) continue;
    const SectionKind section = posting.SectionAt(m.begin);
    if (section == SectionKind::kAbout || section == SectionKind::kBenefits ||
        section == SectionKind::kTitle) {
      continue;
    }
    const LanguageLevel level = levels.LevelNear(posting.text, m.begin, m.end, level_words);
    const bool listed = section == SectionKind::kRequirements || section == SectionKind::kPreferred;
    if (level == 0 && !listed) continue;
    auto same = std::find_if(asked.begin(), asked.end(),
                             [&](const LanguageAsked& a) { return a.skill == m.skill->id; });
    const std::string name = LevelName(level);
    if (same != asked.end()) {
      if (level > LevelOfName(same->level)) same->level = name;
      continue;
    }
    const auto [s_begin, s_end] = SentenceAround(posting.text, m.begin, m.end);
    asked.push_back({m.skill->id, m.skill->name, name,
                     posting.text.substr(s_begin, s_end - s_begin), m.begin, m.end});
  }
  return asked;
}

}  // namespace tailorcore::detail
