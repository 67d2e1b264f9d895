// Phrases of normalized words looked up in a text's words: section headings, tier cues,
// weak openers, ambiguity traps. (The lexicon's forms have their own index, lib/match/
// phrase_index.h, over word ids and stems.)
#ifndef TAILORCORE_LIB_ANALYSIS_PHRASE_TABLE_H_
#define TAILORCORE_LIB_ANALYSIS_PHRASE_TABLE_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/string_hash.h"
#include "base/word_filter.h"
#include "tailorcore/analyzer.h"

namespace tailorcore::detail {

class PhraseTable {
 public:
  struct Phrase {
    std::vector<std::string> words;  // normalized
    std::uint32_t value;             // the caller's
  };

  // Adds a phrase; `words` must not be empty.
  void Add(std::vector<std::string> words, std::uint32_t value);
  // Call once after the last Add: each first word's phrases longest first, then in the order
  // added.
  void Finish();

  // The words of `text` as `analyzer` normalizes them, compound parts left out.
  static std::vector<std::string> WordsOf(const Analyzer& analyzer, std::string_view text);

  // Calls `visit(phrase)` for each phrase whose words are `word(pos)`, `word(pos + 1)`, ... with
  // `count` words available, longest first, until `visit` returns true. `word(i)` returns a
  // std::string_view. Returns whether a visit returned true. Cost: one hash lookup when the
  // first word starts a phrase, none for most words (a first-bytes filter rules them out).
  template <typename WordAt, typename Visit>
  bool ForEachAt(std::size_t pos, std::size_t count, WordAt word, Visit visit) const {
    const std::string_view first = word(pos);
    if (!first_words_.MayContain(first)) return false;
    auto it = by_first_word_.find(first);
    if (it == by_first_word_.end()) return false;
    for (std::uint32_t id : it->second) {
      const Phrase& phrase = phrases_[id];
      const std::size_t n = phrase.words.size();
      if (pos + n > count) continue;
      bool same = true;
      for (std::size_t k = 1; same && k < n; ++k) same = word(pos + k) == phrase.words[k];
      if (same && visit(phrase)) return true;
    }
    return false;
  }

  std::size_t size() const { return phrases_.size(); }
  std::size_t max_words() const { return max_words_; }

 private:
  std::vector<Phrase> phrases_;
  StringMap<std::vector<std::uint32_t>> by_first_word_;
  WordFilter first_words_;
  std::size_t max_words_ = 0;
};

}  // namespace tailorcore::detail

#endif  // TAILORCORE_LIB_ANALYSIS_PHRASE_TABLE_H_
