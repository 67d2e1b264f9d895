#include "structure/posting_tiers.h"

#include <algorithm>

#include <boost/algorithm/string/split.hpp>
#include <boost/algorithm/string/trim.hpp>

#include "base/word_list.h"

namespace tailorcore::detail {

StatusOr<TierRules> TierRules::Create(const Languages& languages, const Analyzer& analyzer) {
  TierRules rules;
  for (std::size_t i = 0; i < languages.size(); ++i) {
    const auto id = static_cast<LanguageId>(i);
    auto content = languages.File(id, "tier-cues.tsv");
    if (!content.ok()) return content.status();
    const std::string name = languages.FileName(id, "tier-cues.tsv");
    if (Status s = rules.Add(*content, name, analyzer); !s.ok()) return s;
  }
  rules.cues_.Finish();
  return rules;
}

Status TierRules::Add(std::string_view content, std::string_view name, const Analyzer& analyzer) {
  for (const WordListEntry& entry : ParseWordList(content)) {
    std::vector<std::string> fields;
    boost::algorithm::split(fields, entry.text, [](char c) { return c == '\t'; });
    for (auto& f : fields) boost::algorithm::trim(f);
    auto error = [&](const std::string& what) {
      return Status(StatusCode::kDataError,
                    std::string(name) + ":" + std::to_string(entry.line) + ": " + what);
    };
    if (fields.size() != 2) return error("expected <tier> <phrase>");
    std::vector<std::string> words = PhraseTable::WordsOf(analyzer, fields[1]);
    if (words.empty()) return error("a cue needs words");
    if (fields[0] != "required" && fields[0] != "preferred") {
      return error("tier must be required or preferred, got '" + fields[0] + "'");
    }
    cues_.Add(std::move(words), fields[0] == "preferred" ? 1 : 0);
  }
  return Status::Ok();
}

TierRules::Cues TierRules::FindCues(const AnalyzedText& text) const {
  Cues cues;
  std::vector<std::uint32_t> primary;
  primary.reserve(text.tokens.size());
  for (std::uint32_t i = 0; i < text.tokens.size(); ++i) {
    if (!text.tokens[i].part) primary.push_back(i);
  }
  auto word = [&](std::size_t q) -> std::string_view { return text.tokens[primary[q]].normalized; };
  for (std::size_t p = 0; p < primary.size(); ++p) {
    cues_.ForEachAt(p, primary.size(), word, [&](const PhraseTable::Phrase& phrase) {
      const std::size_t n = phrase.words.size();
      (phrase.value == 1 ? cues.preferred : cues.required)
          .emplace_back(text.tokens[primary[p]].begin, text.tokens[primary[p + n - 1]].begin);
      return false;  // every cue that starts here
    });
  }
  return cues;
}

namespace {

// True when one of `cues` lies wholly among the tokens that begin in [begin, end).
bool AnyWithin(const std::vector<std::pair<std::uint32_t, std::uint32_t>>& cues,
               std::uint32_t begin, std::uint32_t end) {
  auto it =
      std::lower_bound(cues.begin(), cues.end(), begin,
                       [](const auto& cue, std::uint32_t offset) { return cue.first < offset; });
  for (; it != cues.end() && it->first < end; ++it) {
    if (it->second < end) return true;
  }
  return false;
}

}  // namespace

PostingTier TierRules::TierOf(SectionKind section, const Cues& cues, std::uint32_t sentence_begin,
                              std::uint32_t sentence_end) const {
  if (section == SectionKind::kTitle) return PostingTier::kRequired;
  if (AnyWithin(cues.preferred, sentence_begin, sentence_end)) return PostingTier::kPreferred;
  if (AnyWithin(cues.required, sentence_begin, sentence_end)) return PostingTier::kRequired;
  switch (section) {
    case SectionKind::kTitle:
    case SectionKind::kRequirements:
      return PostingTier::kRequired;
    case SectionKind::kPreferred:
      return PostingTier::kPreferred;
    default:
      return PostingTier::kMentioned;
  }
}

}  // namespace tailorcore::detail
