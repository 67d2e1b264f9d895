// Levels of spoken languages, as data: each language's data/lang/<code>/language-levels.tsv
// names levels in words ("upper-intermediate", "выше среднего"); CEFR codes (A1-C2) are read
// in any language.
#ifndef TAILORCORE_LIB_STRUCTURE_LANGUAGE_LEVELS_H_
#define TAILORCORE_LIB_STRUCTURE_LANGUAGE_LEVELS_H_

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lang/languages.h"
#include "lexicon/categories.h"
#include "tailorcore/status.h"

namespace re2 {
class RE2;
}

namespace tailorcore::detail {

// A CEFR level as a number: A1 = 1 ... C2 = 6; 0 for none.
using LanguageLevel = int;

// "B2" for 4; "" for 0.
std::string LevelName(LanguageLevel level);
// 4 for "B2" (or "b2"); 0 for anything else.
LanguageLevel LevelOfName(std::string_view name);

class LanguageLevels {
 public:
  // Loads every language's language-levels.tsv; kDataError "name:line: what" for a bad line.
  static StatusOr<LanguageLevels> Create(const Languages& languages);

  // The level said next to a language's name at [begin, end) of `text`: after it up to the end
  // of its line or list item ("," ";" "|"; at most 60 bytes), else in the 40 bytes before it
  // back to such a mark ("Upper-Intermediate English"). A CEFR code first ("не ниже B1", "B1-B2":
  // B1), then words in file order. 0 when none. With `words`, also appends where in `text` every
  // level's words in that window stand ("good enough to read technical documentation": "good",
  // "technical documentation"). Cost: linear in the window. Thread-safe.
  LanguageLevel LevelNear(
      std::string_view text, std::uint32_t begin, std::uint32_t end,
      std::vector<std::pair<std::uint32_t, std::uint32_t>>* words = nullptr) const;

 private:
  LanguageLevel LevelIn(std::string_view window) const;
  // Appends the spans of `window` (a part of `text`) that any level's pattern matches.
  void WordsIn(std::string_view text, std::string_view window,
               std::vector<std::pair<std::uint32_t, std::uint32_t>>* words) const;

  std::vector<std::pair<LanguageLevel, std::shared_ptr<const re2::RE2>>> words_;
  std::shared_ptr<const re2::RE2> cefr_;
};

}  // namespace tailorcore::detail

#endif  // TAILORCORE_LIB_STRUCTURE_LANGUAGE_LEVELS_H_
