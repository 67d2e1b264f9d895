// The lexicon's forms, analyzed, indexed by their first word (and first stem).
#ifndef TAILORCORE_LIB_MATCH_PHRASE_INDEX_H_
#define TAILORCORE_LIB_MATCH_PHRASE_INDEX_H_

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "tailorcore/match.h"

namespace tailorcore::detail {

// One way of writing one form as a sequence of analyzed words. A form with a hyphenated word
// has two: the compound whole ("event-driven") and its parts ("event", "driven").
struct CompiledForm {
  std::uint32_t skill;            // index into the lexicon's skills
  std::uint32_t form;             // index into that skill's forms
  std::vector<std::string> words;  // normalized
  std::vector<std::string> stems;
  MatchKind kind;                  // what an exact occurrence is reported as
  bool stemmable;                  // may match inflected forms (word by word)
  bool ambiguous;                  // needs evidence in the text
};

class PhraseIndex {
 public:
  void Add(CompiledForm form);
  // Makes the form added last match only exactly (removes it from the stem index).
  void DisableStemming();
  // Sorts each bucket longest form first. Call once after the last Add().
  void Finish();

  const std::vector<CompiledForm>& forms() const { return forms_; }
  // One-word forms whose word is `word`, or nullptr.
  const std::vector<std::uint32_t>* ByWord(const std::string& word) const;
  // Stemmable one-word forms whose stem is `stem`, or nullptr.
  const std::vector<std::uint32_t>* ByStem(const std::string& stem) const;
  // Multi-word forms whose first two words are `first` `second` (normalized), or, for
  // stemmable forms, whose first two stems are. Keyed on two words because single words like
  // "use" or "data" begin hundreds of forms. `key` is TwoWordKey(first, second).
  const std::vector<std::uint32_t>* ByTwoWords(const std::string& key) const;
  static void TwoWordKey(const std::string& first, const std::string& second, std::string* key);

 private:
  std::vector<CompiledForm> forms_;
  std::unordered_map<std::string, std::vector<std::uint32_t>> by_word_;
  std::unordered_map<std::string, std::vector<std::uint32_t>> by_stem_;
  std::unordered_map<std::string, std::vector<std::uint32_t>> by_two_words_;
};

}  // namespace tailorcore::detail

#endif  // TAILORCORE_LIB_MATCH_PHRASE_INDEX_H_
