#include "match/phrase_index.h"

#include <algorithm>

namespace tailorcore::detail {

std::uint32_t PhraseIndex::Intern(const std::string& word) {
  auto [it, inserted] =
      vocabulary_.try_emplace(word, static_cast<std::uint32_t>(vocabulary_.size()));
  if (inserted) {
    by_word_.emplace_back();
    by_stem_.emplace_back();
  }
  return it->second;
}

void PhraseIndex::Add(CompiledForm form) {
  const auto id = static_cast<std::uint32_t>(forms_.size());
  form.word_ids.clear();
  form.stem_ids.clear();
  form.word_ids.reserve(form.words.size());
  form.stem_ids.reserve(form.stems.size());
  for (const std::string& w : form.words) form.word_ids.push_back(Intern(w));
  for (const std::string& s : form.stems) form.stem_ids.push_back(Intern(s));
  max_words_ = std::max(max_words_, form.words.size());
  if (form.words.size() == 1) {
    by_word_[form.word_ids.front()].push_back(id);
    if (form.stemmable) by_stem_[form.stem_ids.front()].push_back(id);
  } else {
    const std::uint64_t key = PairKey(form.word_ids[0], form.word_ids[1]);
    by_two_words_[key].push_back(id);
    if (form.stemmable) {
      // Stems reach exact and inflected matches alike (a word's stem is its form's stem).
      const std::uint64_t stem_key = PairKey(form.stem_ids[0], form.stem_ids[1]);
      if (stem_key != key) by_two_words_[stem_key].push_back(id);
    }
  }
  forms_.push_back(std::move(form));
}

void PhraseIndex::DisableStemming() {
  if (forms_.empty() || !forms_.back().stemmable) return;
  CompiledForm& form = forms_.back();
  form.stemmable = false;
  if (form.words.size() > 1) return;  // two-word keys check stemmable when matching
  auto& bucket = by_stem_[form.stem_ids.front()];
  bucket.erase(
      std::remove(bucket.begin(), bucket.end(), static_cast<std::uint32_t>(forms_.size() - 1)),
      bucket.end());
}

void PhraseIndex::Finish() {
  auto longest_first = [this](std::uint32_t a, std::uint32_t b) {
    if (forms_[a].words.size() != forms_[b].words.size()) {
      return forms_[a].words.size() > forms_[b].words.size();
    }
    return a < b;
  };
  auto finish = [&](std::vector<std::uint32_t>& ids) {
    std::sort(ids.begin(), ids.end(), longest_first);
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  };
  for (auto& ids : by_word_) finish(ids);
  for (auto& ids : by_stem_) finish(ids);
  for (auto& [key, ids] : by_two_words_) finish(ids);
  std::vector<std::string> words;
  std::vector<std::uint32_t> word_ids;
  for (const auto& [word, id] : vocabulary_) {
    words.push_back(word);
    word_ids.push_back(id);
  }
  word_ids_.Build(std::move(words), word_ids);
  std::vector<std::uint64_t> pairs;
  std::vector<std::uint32_t> lists;
  starts_pair_.assign(vocabulary_.size(), 0);
  for (auto& [key, ids] : by_two_words_) {
    starts_pair_[key >> 32] = 1;
    pairs.push_back(key);
    lists.push_back(static_cast<std::uint32_t>(two_word_lists_.size()));
    two_word_lists_.push_back(std::move(ids));
  }
  by_two_words_.clear();
  two_word_ids_.Build(std::move(pairs), lists);
}

const std::vector<std::uint32_t>* PhraseIndex::ByWord(std::uint32_t word) const {
  if (word >= by_word_.size() || by_word_[word].empty()) return nullptr;
  return &by_word_[word];
}

const std::vector<std::uint32_t>* PhraseIndex::ByStem(std::uint32_t stem) const {
  if (stem >= by_stem_.size() || by_stem_[stem].empty()) return nullptr;
  return &by_stem_[stem];
}

const std::vector<std::uint32_t>* PhraseIndex::ByTwoWords(std::uint32_t first,
                                                          std::uint32_t second) const {
  // Most words begin no multi-word form: one byte read spares them the hash.
  if (first == kNoWord || second == kNoWord || starts_pair_[first] == 0) return nullptr;
  const std::uint32_t list = two_word_ids_.Find(PairKey(first, second));
  return list == kNoId ? nullptr : &two_word_lists_[list];
}

}  // namespace tailorcore::detail
