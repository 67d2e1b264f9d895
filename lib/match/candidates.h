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

// The words the candidate rule reads (lib/match/compile.cc loads them).
struct CandidateVocabulary {
  StringSet generic;        // data/lexicon/generic-words.txt: never a candidate on their own
  StringSet company_forms;  // data/lexicon/company-forms.txt: "inc", "llc", "gmbh"
  std::vector<std::string> company_cues;  // data/lexicon/company-cues.txt: "is currently seeking"
  std::string company_cue_starts;         // each cue's first letter, once
};

// Tokens outside every match that are technology-shaped (kTech with at least two letters:
// CamelCase, inner digits or dots), all-capital acronyms of 3-6 letters on a line that is not
// all capitals (SOX, HIPAA), or capitalized words (not starting a sentence) next to a matched
// skill with a list separator (, / | ;) between them. E-mail addresses and domains never qualify,
// nor words a flattened page glued together ("requirementsExperience", "deserve.TAD",
// "equivalent4"), nor shouted words (capitals the document also writes in lower case, or runs of
// capitals holding such a word or a stopword: "HUGE PLUS", "NO THIRD PARTY AGENCIES"), nor the
// words of a company's name (the capitalized words right before a legal form, "TAD PGS, Inc.", or
// before a phrase only an employer is the subject of, "Genesis10 is currently seeking", anywhere in
// the document). Stopwords, numbers and `vocabulary.generic` never qualify. One entry per distinct
// normalized term, at its first occurrence, in input order. Cost: linear in the tokens (a word
// shaped like a candidate is looked for among the document's words; past 16 such words, in a
// set of them).
std::vector<CandidateTerm> FindCandidateTerms(const AnalyzedText& text, std::string_view input,
                                              const std::vector<SkillMatch>& matches,
                                              const CandidateVocabulary& vocabulary);

}  // namespace tailorcore::detail

#endif  // TAILORCORE_LIB_MATCH_CANDIDATES_H_
