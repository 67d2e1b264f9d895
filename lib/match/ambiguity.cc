#include "match/ambiguity.h"

#include <algorithm>

#include <boost/algorithm/string/split.hpp>
#include <boost/algorithm/string/trim.hpp>

#include "base/word_list.h"

namespace tailorcore::detail {

Status AmbiguityGuard::Load(std::string_view content, std::string_view name,
                            const Analyzer& analyzer) {
  for (const WordListEntry& entry : ParseWordList(content)) {
    auto error = [&](const std::string& what) {
      return Status(StatusCode::kDataError,
                    std::string(name) + ":" + std::to_string(entry.line) + ": " + what);
    };
    const std::string& line = entry.text;
    const auto open = line.find('[');
    const auto close = line.find(']');
    if (open == std::string::npos || close == std::string::npos || close < open ||
        line.find('[', open + 1) != std::string::npos) {
      return error("a trap needs exactly one [word] in brackets: '" + line + "'");
    }
    const std::string_view text = line;
    const std::vector<std::string> target =
        PhraseTable::WordsOf(analyzer, text.substr(open + 1, close - open - 1));
    if (target.size() != 1) return error("the bracketed part must be one word: '" + line + "'");
    std::vector<std::string> words = PhraseTable::WordsOf(analyzer, text.substr(0, open));
    const std::vector<std::string> after = PhraseTable::WordsOf(analyzer, text.substr(close + 1));
    if (words.empty() && after.empty()) {
      return error("a trap needs words around the bracketed one: '" + line + "'");
    }
    const std::size_t before = words.size();
    max_before_ = std::max(max_before_, before);
    targets_.insert(target[0]);
    words.push_back(target[0]);
    words.insert(words.end(), after.begin(), after.end());
    traps_.Add(std::move(words), static_cast<std::uint32_t>(before));
    ++size_;
  }
  return Status::Ok();
}

Status AmbiguityGuard::LoadProofs(std::string_view content, std::string_view name,
                                  const Analyzer& analyzer) {
  for (const WordListEntry& entry : ParseWordList(content)) {
    std::vector<std::string> fields;
    boost::algorithm::split(fields, entry.text, [](char c) { return c == '\t'; });
    for (auto& f : fields) boost::algorithm::trim(f);
    const std::vector<std::string> word =
        fields.size() == 3 ? PhraseTable::WordsOf(analyzer, fields[2]) : std::vector<std::string>{};
    if (fields.size() != 3 || fields[0].empty() ||
        (fields[1] != "before" && fields[1] != "after" && fields[1] != "joined") ||
        word.size() != 1) {
      return Status(StatusCode::kDataError, std::string(name) + ":" + std::to_string(entry.line) +
                                                ": expected <skill ids> <TAB> before|after|joined "
                                                "<TAB> one word");
    }
    std::vector<std::string> ids;
    boost::algorithm::split(ids, fields[0], [](char c) { return c == ','; });
    for (const std::string& id : ids) {
      proofs_.insert(id + "\t" + fields[1] + "\t" + word[0]);
      if (fields[1] == "joined") joinable_.insert(id);
    }
  }
  return Status::Ok();
}

bool AmbiguityGuard::Proves(std::string_view skill_id, const std::string* before,
                            const std::string* after) const {
  auto has = [&](std::string_view side, const std::string* word) {
    return word != nullptr &&
           proofs_.contains(std::string(skill_id) + "\t" + std::string(side) + "\t" + *word);
  };
  return has("before", before) || has("after", after);
}

bool AmbiguityGuard::Joins(std::string_view skill_id, std::string_view word) const {
  std::string key(skill_id);
  key += "\tjoined\t";
  key += word;
  return proofs_.contains(key);
}

bool AmbiguityGuard::InTrap(const std::vector<const std::string*>& words,
                            std::size_t position) const {
  if (!targets_.contains(*words[position])) return false;
  auto word = [&](std::size_t i) -> std::string_view { return *words[i]; };
  const std::size_t first = position >= max_before_ ? position - max_before_ : 0;
  for (std::size_t start = first; start <= position; ++start) {
    const std::size_t target = position - start;
    if (traps_.ForEachAt(start, words.size(), word,
                         [&](const PhraseTable::Phrase& trap) { return trap.value == target; })) {
      return true;
    }
  }
  return false;
}

}  // namespace tailorcore::detail
