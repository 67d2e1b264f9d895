// Names of the report's enums, as they appear in JSON and messages.
#include "tailorcore/report.h"

namespace tailorcore {

const char* PostingTierName(PostingTier tier) {
  switch (tier) {
    case PostingTier::kRequired:
      return "required";
    case PostingTier::kPreferred:
      return "preferred";
    case PostingTier::kMentioned:
      return "mentioned";
  }
  return "mentioned";
}

const char* SectionKindName(SectionKind kind) {
  switch (kind) {
    case SectionKind::kOther:
      return "other";
    case SectionKind::kTitle:
      return "title";
    case SectionKind::kRequirements:
      return "requirements";
    case SectionKind::kPreferred:
      return "preferred";
    case SectionKind::kResponsibilities:
      return "responsibilities";
    case SectionKind::kAbout:
      return "about";
    case SectionKind::kBenefits:
      return "benefits";
    case SectionKind::kSummary:
      return "summary";
    case SectionKind::kSkills:
      return "skills";
    case SectionKind::kExperience:
      return "experience";
    case SectionKind::kProjects:
      return "projects";
    case SectionKind::kEducation:
      return "education";
    case SectionKind::kCertifications:
      return "certifications";
    case SectionKind::kLanguages:
      return "languages";
  }
  return "other";
}

const char* SuggestionKindName(SuggestionKind kind) {
  switch (kind) {
    case SuggestionKind::kMissing:
      return "missing";
    case SuggestionKind::kExactForm:
      return "exact_form";
    case SuggestionKind::kAcronym:
      return "acronym";
    case SuggestionKind::kListedNotDemonstrated:
      return "listed_not_demonstrated";
    case SuggestionKind::kBullet:
      return "bullet";
    case SuggestionKind::kSection:
      return "section";
  }
  return "missing";
}

}  // namespace tailorcore
