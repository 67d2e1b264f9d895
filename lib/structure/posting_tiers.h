// Tier rules for posting keywords (docs/scoring.md): the section decides, then the wording of the
// sentence ("must", "обязательно", "a plus", "будет плюсом") overrides it.
#ifndef TAILORCORE_LIB_STRUCTURE_POSTING_TIERS_H_
#define TAILORCORE_LIB_STRUCTURE_POSTING_TIERS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "analysis/phrase_table.h"
#include "lang/languages.h"
#include "tailorcore/analyzer.h"
#include "tailorcore/section.h"
#include "tailorcore/status.h"

namespace tailorcore::detail {

class TierRules {
 public:
  // Loads every language's tier-cues.tsv (<tier> <TAB> <phrase>); kDataError with name:line,
  // kInternal when a file was not compiled in.
  static StatusOr<TierRules> Create(const Languages& languages, const Analyzer& analyzer);

  // The cue phrases a text holds: for each, the begin offsets of its first and last token.
  struct Cues {
    std::vector<std::pair<std::uint32_t, std::uint32_t>> required;  // by first offset
    std::vector<std::pair<std::uint32_t, std::uint32_t>> preferred;
  };
  // Finds every cue phrase in `text` (its words outside compound parts, in order). Linear.
  Cues FindCues(const AnalyzedText& text) const;

  // The tier of a keyword found in section `section` whose sentence is [sentence_begin,
  // sentence_end) of the text `cues` came from. The title always gives required. Otherwise a
  // preferred cue in the sentence makes it preferred, else a required cue makes it required,
  // else requirements give required, preferred gives preferred, anything else mentioned.
  PostingTier TierOf(SectionKind section, const Cues& cues, std::uint32_t sentence_begin,
                     std::uint32_t sentence_end) const;

 private:
  Status Add(std::string_view content, std::string_view name, const Analyzer& analyzer);

  PhraseTable cues_;  // value 1: preferred, 0: required
};

}  // namespace tailorcore::detail

#endif  // TAILORCORE_LIB_STRUCTURE_POSTING_TIERS_H_
