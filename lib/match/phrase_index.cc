#include "match/phrase_index.h"

#include <algorithm>

namespace tailorcore::detail {

void PhraseIndex::TwoWordKey(const std::string& first, const std::string& second,
                             std::string* key) {
  key->assign(first);
  key->push_back('\x1f');  // a unit separator: never part of a normalized word
  key->append(second);
}

void PhraseIndex::Add(CompiledForm form) {
  const auto id = static_cast<std::uint32_t>(forms_.size());
  if (form.words.size() == 1) {
    by_word_[form.words.front()].push_back(id);
    if (form.stemmable) by_stem_[form.stems.front()].push_back(id);
  } else {
    std::string key;
    TwoWordKey(form.words[0], form.words[1], &key);
    by_two_words_[key].push_back(id);
    if (form.stemmable) {
      // Stems reach exact and inflected matches alike (a word's stem is its form's stem).
      std::string stem_key;
      TwoWordKey(form.stems[0], form.stems[1], &stem_key);
      if (stem_key != key) by_two_words_[stem_key].push_back(id);
    }
  }
  forms_.push_back(std::move(form));
}

const std::vector<std::uint32_t>* PhraseIndex::ByTwoWords(const std::string& key) const {
  auto it = by_two_words_.find(key);
  return it == by_two_words_.end() ? nullptr : &it->second;
}

void PhraseIndex::DisableStemming() {
  if (forms_.empty() || !forms_.back().stemmable) return;
  CompiledForm& form = forms_.back();
  form.stemmable = false;
  if (form.words.size() > 1) return;  // two-word keys check stemmable when matching
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
  for (auto* index : {&by_word_, &by_stem_, &by_two_words_}) {
    for (auto& [key, ids] : *index) {
      std::sort(ids.begin(), ids.end(), longest_first);
      ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    }
  }
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
