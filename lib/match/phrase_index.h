// The lexicon's forms, analyzed, indexed by their first word (and first stem), over word ids.
#ifndef TAILORCORE_LIB_MATCH_PHRASE_INDEX_H_
#define TAILORCORE_LIB_MATCH_PHRASE_INDEX_H_

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/flat_ids.h"
#include "base/string_hash.h"
#include "tailorcore/match.h"

namespace tailorcore::detail {

// One way of writing one form as a sequence of analyzed words. A form with a hyphenated word
// has two: the compound whole ("event-driven") and its parts ("event", "driven").
struct CompiledForm {
  std::uint32_t skill;             // index into the lexicon's skills
  std::uint32_t form;              // index into that skill's forms
  std::vector<std::string> words;  // normalized
  std::vector<std::string> stems;
  MatchKind kind;  // what an exact occurrence is reported as
  bool stemmable;  // may match inflected forms (word by word)
  bool ambiguous;  // needs evidence in the text
  // Filled by PhraseIndex::Add: the vocabulary ids of `words` and `stems`.
  std::vector<std::uint32_t> word_ids;
  std::vector<std::uint32_t> stem_ids;
};

// Every word and stem of every form has an id in one vocabulary; a text's words are looked up
// once each (WordId), and the index is searched by ids: a text word that no form uses has no
// id and starts no match.
class PhraseIndex {
 public:
  static constexpr std::uint32_t kNoWord = std::numeric_limits<std::uint32_t>::max();

  void Add(CompiledForm form);
  // Makes the form added last match only exactly (removes it from the stem index).
  void DisableStemming();
  // Sorts each bucket longest form first and builds the flat lookup tables. Call once after the
  // last Add().
  void Finish();

  const std::vector<CompiledForm>& forms() const { return forms_; }
  // The id of a word or stem some form uses, or kNoWord.
  std::uint32_t WordId(std::string_view word) const {
    static_assert(kNoWord == kNoId);
    return word_ids_.Find(word);
  }
  // Every word and stem of a form with its id (what WordId searches), for the analyzer to hand
  // out ids as it tokenizes.
  const FlatIds<std::string>& vocabulary() const { return word_ids_; }
  // One-word forms whose word is `word` (an id), or nullptr.
  const std::vector<std::uint32_t>* ByWord(std::uint32_t word) const;
  // Stemmable one-word forms whose stem is `stem`, or nullptr.
  const std::vector<std::uint32_t>* ByStem(std::uint32_t stem) const;
  // Multi-word forms whose first two words are `first` `second`, or, for stemmable forms,
  // whose first two stems are. Keyed on two words because single words like "use" or "data"
  // begin hundreds of forms.
  const std::vector<std::uint32_t>* ByTwoWords(std::uint32_t first, std::uint32_t second) const;
  // The most words of any form.
  std::size_t max_words() const { return max_words_; }

 private:
  std::uint32_t Intern(const std::string& word);
  static std::uint64_t PairKey(std::uint32_t first, std::uint32_t second) {
    return (static_cast<std::uint64_t>(first) << 32) | second;
  }

  std::vector<CompiledForm> forms_;
  StringMap<std::uint32_t> vocabulary_;
  std::vector<std::vector<std::uint32_t>> by_word_;  // by word id
  std::vector<std::vector<std::uint32_t>> by_stem_;  // by word id of the stem
  std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> by_two_words_;
  std::size_t max_words_ = 0;
  // Built by Finish(): vocabulary_ and by_two_words_ as flat tables, for the per-token lookups
  // (by_two_words_ is moved into two_word_lists_).
  FlatIds<std::string> word_ids_;
  FlatIds<std::uint64_t> two_word_ids_;  // pair key → index into two_word_lists_
  std::vector<std::vector<std::uint32_t>> two_word_lists_;
  std::vector<std::uint8_t> starts_pair_;  // by word id: 1 if some two-word key begins with it
};

}  // namespace tailorcore::detail

#endif  // TAILORCORE_LIB_MATCH_PHRASE_INDEX_H_
