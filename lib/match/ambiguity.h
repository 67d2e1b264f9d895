// Guards for ambiguous forms ("Go", "C", "Spring", "Express"): data-driven traps, and the
// evidence rules in docs/matching.md.
#ifndef TAILORCORE_LIB_MATCH_AMBIGUITY_H_
#define TAILORCORE_LIB_MATCH_AMBIGUITY_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "analysis/phrase_table.h"
#include "base/string_hash.h"
#include "tailorcore/analyzer.h"
#include "tailorcore/status.h"

namespace tailorcore::detail {

class AmbiguityGuard {
 public:
  // Parses data/lexicon/traps.txt: one phrase per line with the target word in [brackets], a
  // phrase in which the word is not a skill: "[go] to market", "grade [c]", "[spring] semester".
  Status Load(std::string_view content, std::string_view name, const Analyzer& analyzer);

  // True when the word at `position` of `words` (normalized, one line of primary tokens or the
  // whole text) sits inside a listed trap.
  bool InTrap(const std::vector<const std::string*>& words, std::size_t position) const;

  // Parses data/lexicon/proofs.txt: "<skill ids, comma-separated> <TAB> before|after|joined
  // <TAB> word", a word that, right before or right after an ambiguous name of one of those
  // skills, shows the name is the skill ("written in [Go]", "[Go] services", "знание [R]"), or
  // that joins it to another technical name ("[Go] or Rust"). kDataError
  // with name:line for a malformed line.
  Status LoadProofs(std::string_view content, std::string_view name, const Analyzer& analyzer);
  // True when `before` (the normalized word right before the name, or null) or `after` (right
  // after, or null) proves a name of skill `skill_id`. Cost: two hash lookups.
  bool Proves(std::string_view skill_id, const std::string* before, const std::string* after) const;
  // True when `word` (normalized), standing between an ambiguous name of skill `skill_id` and
  // another technical name, joins them ("joined" lines: "Go or Rust", "Go или Rust"). Cost: one
  // hash lookup.
  bool Joins(std::string_view skill_id, std::string_view word) const;
  // True when any "joined" line names skill `skill_id`: a list mark alone joins its names too.
  bool Joinable(std::string_view skill_id) const { return joinable_.contains(skill_id); }

  std::size_t size() const { return size_; }
  // Call once after Load.
  void Finish() { traps_.Finish(); }

 private:
  PhraseTable traps_;   // each trap's words; value: the target's position in them
  StringSet targets_;   // the bracketed words: any other word is in no trap
  StringSet proofs_;    // "<skill id>\t<before|after|joined>\t<word>"
  StringSet joinable_;  // skill ids with a "joined" line
  std::size_t max_before_ = 0;
  std::size_t size_ = 0;
};

}  // namespace tailorcore::detail

#endif  // TAILORCORE_LIB_MATCH_AMBIGUITY_H_
