// Tier rules for posting keywords (docs/scoring.md): the section decides, then the wording of the
// sentence ("must", "обязательно", "a plus", "будет плюсом") overrides it.
#ifndef TAILORCORE_LIB_STRUCTURE_POSTING_TIERS_H_
#define TAILORCORE_LIB_STRUCTURE_POSTING_TIERS_H_

#include <string>
#include <string_view>
#include <vector>

#include "tailorcore/analyzer.h"
#include "tailorcore/report.h"
#include "tailorcore/status.h"

namespace tailorcore::detail {

class TierRules {
 public:
  // Parses data/structure/tier-cues.tsv (<tier> <TAB> <phrase>); kDataError with name:line.
  static StatusOr<TierRules> Create(std::string_view content, std::string_view name,
                                    const Analyzer& analyzer);

  // The tier of a keyword found in section `section` whose sentence has the normalized words
  // `sentence` (in order). The title always gives required. Otherwise requirements give
  // required, preferred gives preferred, anything else mentioned; then a preferred cue in the sentence makes it preferred, else a
  // required cue makes it required.
  PostingTier TierOf(SectionKind section, const std::vector<std::string>& sentence) const;

 private:
  static bool Contains(const std::vector<std::string>& words,
                       const std::vector<std::vector<std::string>>& phrases);
  std::vector<std::vector<std::string>> required_;
  std::vector<std::vector<std::string>> preferred_;
};

}  // namespace tailorcore::detail

#endif  // TAILORCORE_LIB_STRUCTURE_POSTING_TIERS_H_
