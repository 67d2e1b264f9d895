// Unknown salient terms: words that look like technologies but are not in the lexicon.
#ifndef TAILORCORE_LIB_MATCH_CANDIDATES_H_
#define TAILORCORE_LIB_MATCH_CANDIDATES_H_

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "base/string_hash.h"
#include "tailorcore/match.h"
#include "tailorcore/token.h"

namespace tailorcore::detail {

// Tokens outside every match that are technology-shaped (kTech with at least two letters:
// CamelCase, inner digits or dots), all-capital acronyms of 3-6 letters on a line that is not
// all capitals (SOX, HIPAA), or capitalized words (not starting a sentence) next to a matched
// skill with a list separator (, / | ;) between them. E-mail addresses and domains never qualify,
// nor words a flattened page glued together ("requirementsExperience", "deserve.TAD",
// "equivalent4"), nor shouted words (capitals the document also writes in lower case, or runs of
// three: "HUGE PLUS", "NO THIRD PARTY AGENCIES"). Stopwords, numbers and `generic_words` never
// qualify. One entry per distinct normalized term, at its first occurrence, in input order.
// Cost: linear in the tokens, plus a set of the document's lower-case words.
std::vector<CandidateTerm> FindCandidateTerms(const AnalyzedText& text, std::string_view input,
                                              const std::vector<SkillMatch>& matches,
                                              const StringSet& generic_words);

}  // namespace tailorcore::detail

#endif  // TAILORCORE_LIB_MATCH_CANDIDATES_H_
