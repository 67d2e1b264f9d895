// Shared lexicons for matcher tests: the bundled one (built once) and small custom ones.
#ifndef TAILORCORE_TESTS_SUPPORT_LEXICON_FIXTURE_H_
#define TAILORCORE_TESTS_SUPPORT_LEXICON_FIXTURE_H_

#include <string>
#include <string_view>
#include <vector>

#include "tailorcore/lexicon.h"

namespace tailorcore::testing {

// The bundled lexicon, built once for the test binary.
const Lexicon& BundledLexicon();

// Builds a lexicon from lexicon-file text on top of an empty builder; fails the test on error.
Lexicon CustomLexicon(std::string_view content);

// Skill ids found in `text` by `lexicon`, in order (duplicates kept).
std::vector<std::string> SkillIds(const Lexicon& lexicon, std::string_view text);

// The match for `skill_id` in `text`, or fails the test.
SkillMatch FindMatch(const Lexicon& lexicon, std::string_view text, std::string_view skill_id);

}  // namespace tailorcore::testing

#endif  // TAILORCORE_TESTS_SUPPORT_LEXICON_FIXTURE_H_
