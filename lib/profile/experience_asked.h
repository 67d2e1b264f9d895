// The years of experience a posting asks for, overall and per skill (docs/scoring.md).
#ifndef TAILORCORE_LIB_PROFILE_EXPERIENCE_ASKED_H_
#define TAILORCORE_LIB_PROFILE_EXPERIENCE_ASKED_H_

#include <vector>

#include "structure/document.h"
#include "structure/experience.h"
#include "tailorcore/profile.h"

namespace tailorcore::detail {

// Each years phrase of the posting ("5+ years", "от 3 лет") under a requirements or preferred
// heading, or elsewhere in a sentence about experience; never in the description, benefits or
// title, nor next to a `not` pattern ("in business for 30 years"). It is with a skill when a
// technical skill of the lexicon (not a method or field: category `practices`) stands in its
// sentence at most 60 bytes after the phrase ("3+ years with Kubernetes"), or else before it
// ("опыт разработки на Java от 3 лет", "Golang: 5+ years"); overall otherwise ("5+ years of
// backend development", "опыт работы от 3 лет"). Cost: linear in the posting.
std::vector<ExperienceAsked> FindExperienceAsked(const AnalyzedDocument& posting,
                                                 const ExperienceRules& rules);

}  // namespace tailorcore::detail

#endif  // TAILORCORE_LIB_PROFILE_EXPERIENCE_ASKED_H_
