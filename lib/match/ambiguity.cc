#include "match/ambiguity.h"

#include "base/word_list.h"

namespace tailorcore::detail {
namespace {

std::vector<std::string> WordsOf(const Analyzer& analyzer, std::string_view text) {
  std::vector<std::string> words;
  for (const Token& t : analyzer.Analyze(text).tokens) {
    if (!t.part) words.push_back(t.normalized);
  }
  return words;
}

}  // namespace

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
    const std::vector<std::string> target =
        WordsOf(analyzer, std::string_view(line).substr(open + 1, close - open - 1));
    if (target.size() != 1) return error("the bracketed part must be one word: '" + line + "'");
    Trap trap{WordsOf(analyzer, std::string_view(line).substr(0, open)),
              WordsOf(analyzer, std::string_view(line).substr(close + 1))};
    if (trap.before.empty() && trap.after.empty()) {
      return error("a trap needs words around the bracketed one: '" + line + "'");
    }
    traps_[target[0]].push_back(std::move(trap));
    ++size_;
  }
  return Status::Ok();
}

bool AmbiguityGuard::InTrap(const std::vector<const std::string*>& words,
                            std::size_t position) const {
  auto it = traps_.find(*words[position]);
  if (it == traps_.end()) return false;
  for (const Trap& trap : it->second) {
    if (trap.before.size() > position || position + trap.after.size() >= words.size()) continue;
    bool match = true;
    for (std::size_t k = 0; match && k < trap.before.size(); ++k) {
      match = *words[position - trap.before.size() + k] == trap.before[k];
    }
    for (std::size_t k = 0; match && k < trap.after.size(); ++k) {
      match = *words[position + 1 + k] == trap.after[k];
    }
    if (match) return true;
  }
  return false;
}

}  // namespace tailorcore::detail
