#include "structure/posting_tiers.h"

#include <boost/algorithm/string/split.hpp>
#include <boost/algorithm/string/trim.hpp>

#include "analysis/word_list.h"

namespace tailorcore::detail {

StatusOr<TierRules> TierRules::Create(std::string_view content, std::string_view name,
                                      const Analyzer& analyzer) {
  TierRules rules;
  for (const WordListEntry& entry : ParseWordList(content)) {
    std::vector<std::string> fields;
    boost::algorithm::split(fields, entry.text, [](char c) { return c == '\t'; });
    for (auto& f : fields) boost::algorithm::trim(f);
    auto error = [&](const std::string& what) {
      return Status(StatusCode::kDataError,
                    std::string(name) + ":" + std::to_string(entry.line) + ": " + what);
    };
    if (fields.size() != 2) return error("expected <tier> <phrase>");
    std::vector<std::string> words;
    for (const Token& t : analyzer.Analyze(fields[1]).tokens) {
      if (!t.part) words.push_back(t.normalized);
    }
    if (words.empty()) return error("a cue needs words");
    if (fields[0] == "required") {
      rules.required_.push_back(std::move(words));
    } else if (fields[0] == "preferred") {
      rules.preferred_.push_back(std::move(words));
    } else {
      return error("tier must be required or preferred, got '" + fields[0] + "'");
    }
  }
  return rules;
}

bool TierRules::Contains(const std::vector<std::string>& words,
                         const std::vector<std::vector<std::string>>& phrases) {
  for (const auto& phrase : phrases) {
    for (std::size_t i = 0; i + phrase.size() <= words.size(); ++i) {
      bool same = true;
      for (std::size_t k = 0; same && k < phrase.size(); ++k) same = words[i + k] == phrase[k];
      if (same) return true;
    }
  }
  return false;
}

PostingTier TierRules::TierOf(SectionKind section, const std::vector<std::string>& sentence) const {
  if (section == SectionKind::kTitle) return PostingTier::kRequired;
  if (Contains(sentence, preferred_)) return PostingTier::kPreferred;
  if (Contains(sentence, required_)) return PostingTier::kRequired;
  switch (section) {
    case SectionKind::kTitle:
    case SectionKind::kRequirements: return PostingTier::kRequired;
    case SectionKind::kPreferred: return PostingTier::kPreferred;
    default: return PostingTier::kMentioned;
  }
}

}  // namespace tailorcore::detail
