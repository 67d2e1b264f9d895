// The advice part of a report: bullet review, section check, suggestions. None of it writes
// content for the applicant: it names gaps and the posting's own words.
#ifndef TAILORCORE_LIB_COMPARE_SUGGESTIONS_H_
#define TAILORCORE_LIB_COMPARE_SUGGESTIONS_H_

#include "engine/engine_impl.h"

namespace tailorcore::detail {

// Fills report->bullets: the resume's bullets (list items outside the skills, languages,
// education and certifications sections, and the lines of experience and projects that are not
// role headers), ranked by the weight of the posting keywords they show.
void ReviewBullets(const Engine::Impl& engine, const Document::Impl& resume, Report* report);

// Fills report->sections: summary, skills, experience, education present or not.
void CheckSections(const Document::Impl& resume, Report* report);

// Fills report->suggestions from the keywords, bullets and sections already in the report.
void Suggest(const Engine::Impl& engine, Report* report);

}  // namespace tailorcore::detail

#endif  // TAILORCORE_LIB_COMPARE_SUGGESTIONS_H_
