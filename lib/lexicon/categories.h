// The lexicon categories that the code itself names (data/lexicon/sources/categories.tsv holds
// them all): a category named here changes what a stage does with its skills.
#ifndef TAILORCORE_LIB_LEXICON_CATEGORIES_H_
#define TAILORCORE_LIB_LEXICON_CATEGORIES_H_

#include <string_view>

namespace tailorcore::detail {

// Spoken languages: asked with a level (structure, profile), and no anchor that makes a line a
// list of skills for an ambiguous name ("Languages: English, Spanish, Go"; match).
inline constexpr std::string_view kSpokenLanguages = "spoken-languages";
// Soft skills: no anchor for such a list either ("Our values: Integrity, Unity, Teamwork").
inline constexpr std::string_view kSoftSkills = "soft-skills";

}  // namespace tailorcore::detail

#endif  // TAILORCORE_LIB_LEXICON_CATEGORIES_H_
