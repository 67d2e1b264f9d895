// The spoken languages a posting asks for, with their levels (docs/scoring.md, 5).
#ifndef TAILORCORE_LIB_PROFILE_LANGUAGES_ASKED_H_
#define TAILORCORE_LIB_PROFILE_LANGUAGES_ASKED_H_

#include <cstdint>
#include <utility>
#include <vector>

#include "structure/document.h"
#include "structure/language_levels.h"
#include "tailorcore/profile.h"

namespace tailorcore::detail {

// Each language of the lexicon's `spoken-languages` category the posting names with a level
// next to it ("English B2", "английский не ниже B1", "Upper-Intermediate English"), or names
// under a requirements or preferred heading; never in the description, benefits or title
// ("English courses for you and your family"). One per language, the highest level asked. With
// `level_words`, also where the words that said each level stand ("на уровне чтения технической
// документации"): no skill is asked there. Cost: linear in the posting's matches.
std::vector<LanguageAsked> FindLanguagesAsked(
    const AnalyzedDocument& posting, const LanguageLevels& levels,
    std::vector<std::pair<std::uint32_t, std::uint32_t>>* level_words = nullptr);

}  // namespace tailorcore::detail

#endif  // TAILORCORE_LIB_PROFILE_LANGUAGES_ASKED_H_
