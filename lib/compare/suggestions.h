// The advice part of a report: bullet review, section check, suggestions. None of it writes
// content for the applicant: it names gaps and the posting's own words.
#ifndef TAILORCORE_LIB_COMPARE_SUGGESTIONS_H_
#define TAILORCORE_LIB_COMPARE_SUGGESTIONS_H_

#include <vector>

#include "engine/engine_impl.h"

namespace tailorcore::detail {

// The resume's bullets (list items outside the skills, languages, education and
// certifications sections, and the lines of experience and projects that are not role headers),
// each reviewed for an action verb, a measurable result and a weak opener; relevance 0. Done
// once per resume (Engine::Impl::Analyze).
std::vector<BulletReview> FindBullets(const Engine::Impl& engine, const Document::Impl& resume);

// Fills report->bullets: the resume's bullets ranked by the weight of the posting keywords they
// show (report->keywords must be filled).
void ReviewBullets(const Document::Impl& resume, Report* report);

// Fills report->sections: summary, skills, experience, education present or not.
void CheckSections(const Document::Impl& resume, Report* report);

// Fills report->suggestions from the keywords, bullets and sections already in the report.
void Suggest(const Engine::Impl& engine, Report* report);

}  // namespace tailorcore::detail

#endif  // TAILORCORE_LIB_COMPARE_SUGGESTIONS_H_
