#include "match/phrase_index.h"

#include <algorithm>

namespace tailorcore::detail {

void PhraseIndex::Add(CompiledForm form) {
  const auto id = static_cast<std::uint32_t>(forms_.size());
  by_word_[form.words.front()].push_back(id);
  if (form.stemmable) by_stem_[form.stems.front()].push_back(id);
  forms_.push_back(std::move(form));
}

void PhraseIndex::DisableStemming() {
  if (forms_.empty() || !forms_.back().stemmable) return;
  CompiledForm& form = forms_.back();
  form.stemmable = false;
  auto& bucket = by_stem_[form.stems.front()];
  bucket.erase(std::remove(bucket.begin(), bucket.end(), static_cast<std::uint32_t>(forms_.size() - 1)),
               bucket.end());
}

void PhraseIndex::Finish() {
  auto longest_first = [this](std::uint32_t a, std::uint32_t b) {
    if (forms_[a].words.size() != forms_[b].words.size()) {
      return forms_[a].words.size() > forms_[b].words.size();
    }
    return a < b;
  };
  for (auto& [word, ids] : by_word_) std::sort(ids.begin(), ids.end(), longest_first);
  for (auto& [stem, ids] : by_stem_) std::sort(ids.begin(), ids.end(), longest_first);
}

const std::vector<std::uint32_t>* PhraseIndex::ByWord(const std::string& word) const {
  auto it = by_word_.find(word);
  return it == by_word_.end() ? nullptr : &it->second;
}

const std::vector<std::uint32_t>* PhraseIndex::ByStem(const std::string& stem) const {
  auto it = by_stem_.find(stem);
  return it == by_stem_.end() ? nullptr : &it->second;
}

}  // namespace tailorcore::detail
