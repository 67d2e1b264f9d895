#include "compare/bullets.h"

#include <re2/re2.h>

#include "analysis/word_list.h"

namespace tailorcore::detail {

StatusOr<BulletRules> BulletRules::Create(std::string_view verbs, std::string_view openers,
                                          std::string_view patterns, const Analyzer& analyzer) {
  BulletRules rules;
  for (const WordListEntry& entry : ParseWordList(verbs)) {
    for (const Token& t : analyzer.Analyze(entry.text).tokens) {
      if (!t.part) rules.verb_stems_.insert(t.stem);
    }
  }
  for (const WordListEntry& entry : ParseWordList(openers)) {
    std::vector<std::string> words;
    for (const Token& t : analyzer.Analyze(entry.text).tokens) {
      if (!t.part) words.push_back(t.normalized);
    }
    if (!words.empty()) rules.openers_.push_back(std::move(words));
  }
  RE2::Options options;
  options.set_case_sensitive(false);
  options.set_log_errors(false);
  std::size_t line = 0;
  std::string_view rest = patterns;
  while (!rest.empty()) {
    ++line;
    const std::size_t nl = rest.find('\n');
    std::string pattern(rest.substr(0, nl));
    rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
    if (!pattern.empty() && pattern.back() == '\r') pattern.pop_back();
    if (pattern.empty() || pattern[0] == '#') continue;
    auto re = std::make_shared<const RE2>(pattern, options);
    if (!re->ok()) {
      return Status(StatusCode::kDataError, "data/structure/measurable-results.txt:" +
                                                std::to_string(line) + ": " + re->error());
    }
    rules.patterns_.push_back(std::move(re));
  }
  return rules;
}

BulletFlags BulletRules::Review(std::string_view text,
                                const std::vector<const Token*>& words) const {
  BulletFlags flags;
  if (!words.empty() && words.front()->kind == TokenKind::kWord) {
    flags.action_verb = verb_stems_.count(words.front()->stem) > 0;
  }
  for (const auto& opener : openers_) {
    if (opener.size() > words.size()) continue;
    bool same = true;
    for (std::size_t k = 0; same && k < opener.size(); ++k) {
      same = words[k]->normalized == opener[k];
    }
    if (same) {
      flags.weak_opener = true;
      flags.action_verb = false;  // "Helped" is a verb, but not an action that shows a result
      break;
    }
  }
  const re2::StringPiece piece(text.data(), text.size());
  for (const auto& re : patterns_) {
    if (RE2::PartialMatch(piece, *re)) {
      flags.measurable = true;
      break;
    }
  }
  return flags;
}

}  // namespace tailorcore::detail
