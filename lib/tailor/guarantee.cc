// The guarantee a tailored resume keeps: nothing the original does not say.
#include <string>
#include <vector>

#include "base/string_hash.h"
#include "tailor/tailor_steps.h"
#include "tailorcore/lexicon.h"

namespace tailorcore::detail {
namespace {

StringSet SkillIds(const AnalyzedDocument& doc) {
  StringSet ids;
  for (const SkillMatch& m : doc.matches.matches) ids.insert(m.skill->id);
  return ids;
}

StringSet Words(const AnalyzedDocument& doc) {
  StringSet words;
  for (const Token& token : doc.analyzed.tokens) words.insert(token.normalized);
  return words;
}

}  // namespace

std::vector<std::string> CheckGuarantee(const AnalyzedDocument& original,
                                        const AnalyzedDocument& tailored,
                                        const std::vector<std::string>& allowed_words,
                                        std::size_t dropped) {
  std::vector<std::string> broken;
  const StringSet ids = SkillIds(original);
  for (const SkillMatch& m : tailored.matches.matches) {
    if (ids.count(m.skill->id) == 0) broken.push_back("a new skill: " + m.skill->id);
  }
  StringSet words = Words(original);
  const StringSet numbers = [&] {
    StringSet set;
    for (const Token& t : original.analyzed.tokens) {
      if (t.kind == TokenKind::kNumber) set.insert(t.normalized);
    }
    return set;
  }();
  words.insert(allowed_words.begin(), allowed_words.end());
  for (const Token& token : tailored.analyzed.tokens) {
    if (token.kind == TokenKind::kNumber && numbers.count(token.normalized) == 0) {
      broken.push_back("a new number: " + token.normalized);
    } else if (words.count(token.normalized) == 0) {
      broken.push_back("a new word: " + token.normalized);
    }
  }
  if (tailored.bullets.size() + dropped != original.bullets.size()) {
    broken.push_back("bullets: " + std::to_string(original.bullets.size()) + " became " +
                     std::to_string(tailored.bullets.size()) + " with " + std::to_string(dropped) +
                     " dropped");
  }
  return broken;
}

}  // namespace tailorcore::detail
