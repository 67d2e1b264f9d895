// The degree and the seniority a posting asks for (docs/scoring.md, 5).
#ifndef TAILORCORE_LIB_PROFILE_CREDENTIALS_ASKED_H_
#define TAILORCORE_LIB_PROFILE_CREDENTIALS_ASKED_H_

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include "structure/credentials.h"
#include "structure/document.h"
#include "tailorcore/profile.h"

namespace tailorcore::detail {

// The first sentence outside the description, benefits and title that names a degree: the
// least level it names ("Bachelor's or Master's": bachelor), the fields after the first
// degree, and whether it accepts equivalent experience (within 100 bytes of its last degree).
// `preferred` is left false (the profile builder sets it). nullopt when none. Cost: linear in
// the posting. Thread-safe.
std::optional<DegreeAsked> FindDegreeAsked(const AnalyzedDocument& posting,
                                           const CredentialRules& rules);

// Where the posting's degree sentences name fields of study: from the end of each sentence's
// first degree, through lead words only (degrees.tsv field-lead: "in", "по специальности"), to
// the end of the list of fields that follows ("Bachelor's degree [in Finance, Accounting or
// Economics]"; not "Bachelor's degree and 3+ years in accounting"), outside the description,
// benefits and title; posting offsets, in order. A keyword named only there belongs to the degree,
// not to the keywords. Cost: linear in the posting. Thread-safe.
std::vector<std::pair<std::uint32_t, std::uint32_t>> DegreeFieldSpans(
    const AnalyzedDocument& posting, const CredentialRules& rules);

// The least seniority the title names ("Middle/Senior Python developer": middle), unless the
// title opens a search (then it is a sentence); else the
// first seniority word, within four words after a `seek` cue ("We are looking for a Senior
// Python developer", "Ищем ведущего аналитика"), a role noun after it, outside the description
// and benefits. nullopt when none. Cost: linear in the posting. Thread-safe.
std::optional<SeniorityAsked> FindSeniorityAsked(const AnalyzedDocument& posting,
                                                 const CredentialRules& rules);

// The job's title without its level words, parentheses and the separators they leave ("Backend
// Engineer" for "Senior Backend Engineer (Python)", "Python developer" for "Middle/Senior Python
// developer"); "" when the posting has no title line, or it opens a search or is longer than a
// title (60 bytes). Cost: linear in the title. Thread-safe.
std::string FindJobTitle(const AnalyzedDocument& posting, const CredentialRules& rules);

}  // namespace tailorcore::detail

#endif  // TAILORCORE_LIB_PROFILE_CREDENTIALS_ASKED_H_
