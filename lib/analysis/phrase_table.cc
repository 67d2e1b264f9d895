#include "analysis/phrase_table.h"

#include <algorithm>

namespace tailorcore::detail {

void PhraseTable::Add(std::vector<std::string> words, std::uint32_t value) {
  const auto id = static_cast<std::uint32_t>(phrases_.size());
  first_words_.Add(words.front());
  by_first_word_[words.front()].push_back(id);
  max_words_ = std::max(max_words_, words.size());
  phrases_.push_back({std::move(words), value});
}

void PhraseTable::Finish() {
  for (auto& [word, ids] : by_first_word_) {
    std::stable_sort(ids.begin(), ids.end(), [this](std::uint32_t a, std::uint32_t b) {
      return phrases_[a].words.size() > phrases_[b].words.size();
    });
  }
}

std::vector<std::string> PhraseTable::WordsOf(const Analyzer& analyzer, std::string_view text) {
  std::vector<std::string> words;
  for (const Token& t : analyzer.Analyze(text).tokens) {
    if (!t.part) words.push_back(t.normalized);
  }
  return words;
}

}  // namespace tailorcore::detail
