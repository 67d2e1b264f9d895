// Building a posting's profile (tailorcore/profile.h) from its analysis: every keyword it asks
// for, with tier, weight, the forms it wrote and the keys a literal ATS would search for.
#ifndef TAILORCORE_LIB_PROFILE_POSTING_PROFILE_H_
#define TAILORCORE_LIB_PROFILE_POSTING_PROFILE_H_

#include <string>
#include <string_view>

#include "profile/requirement_groups.h"
#include "structure/credentials.h"
#include "structure/document.h"
#include "structure/experience.h"
#include "structure/language_levels.h"
#include "structure/posting_tiers.h"
#include "tailorcore/lexicon.h"
#include "tailorcore/profile.h"
#include "tailorcore/scoring.h"

namespace tailorcore::detail {

// Candidate keywords (terms the lexicon lacks) have ids "term:<normalized>".
inline constexpr std::string_view kCandidatePrefix = "term:";

// The normalized words of tokens [first, first + count), parts left out unless the match is one
// part: the lookup key of the text a match covers ("postgres", "google cloud").
std::string KeyOf(const AnalyzedText& text, std::uint32_t first, std::uint32_t count);
// The same with stems: equal stem keys mean the two texts differ only by inflection.
std::string StemKeyOf(const AnalyzedText& text, std::uint32_t first, std::uint32_t count);

// How the lexicon lists the form a match found (kVariant when it is not listed).
FormKind FormKindOf(const SkillMatch& match);

// The profile of an analyzed posting: skills in order of first occurrence (nested matches left
// out), then (when scoring.candidate_keywords) candidate terms in order of first occurrence
// (only from requirement sections, never a name the posting uses in its title, description or
// benefits); weights from `scoring`, tiers and "not required" from `tiers`, requirement groups
// from `alternatives`; the years, languages, degree and seniority it asks for, each marked
// preferred where its tier is (docs/scoring.md). Never fails; linear in the posting's matches
// and tokens.
struct PostingRules {
  const TierRules& tiers;
  const AlternativeRules& alternatives;
  const ExperienceRules& experience;
  const LanguageLevels& levels;
  const CredentialRules& credentials;
};
PostingProfile BuildPostingProfile(const AnalyzedDocument& posting, const PostingRules& rules,
                                   const ScoringOptions& scoring);

}  // namespace tailorcore::detail

#endif  // TAILORCORE_LIB_PROFILE_POSTING_PROFILE_H_
