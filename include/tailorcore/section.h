// tailorcore/section.h: the parts of a document, and how much a posting keyword matters.
//
// Thread-safety: plain values.
#ifndef TAILORCORE_SECTION_H_
#define TAILORCORE_SECTION_H_

#include <cstdint>
#include <string>

namespace tailorcore {

// How important a posting keyword is (docs/scoring.md).
enum class PostingTier : std::uint8_t { kRequired, kPreferred, kMentioned };
// "required", "preferred", "mentioned". Never null (static storage).
const char* PostingTierName(PostingTier tier);

// A section of a document. Postings: requirements, preferred, responsibilities, about,
// benefits, title, other. Resumes: summary, skills, experience, projects, education,
// certifications, languages, other.
enum class SectionKind : std::uint8_t {
  kOther,
  kTitle,
  kRequirements,
  kPreferred,
  kResponsibilities,
  kAbout,
  kBenefits,
  kSummary,
  kSkills,
  kExperience,
  kProjects,
  kEducation,
  kCertifications,
  kLanguages,
};
// "requirements", "experience", ...; never null (static storage).
const char* SectionKindName(SectionKind kind);

// Sections where a resume shows work (experience, projects): evidence there, or in a bullet, is
// the strongest (docs/scoring.md).
inline bool IsWorkSection(SectionKind kind) {
  return kind == SectionKind::kExperience || kind == SectionKind::kProjects;
}
// Resume sections that list things (skills, languages, education, certifications): their lines
// are no bullets about work.
inline bool IsListSection(SectionKind kind) {
  return kind == SectionKind::kSkills || kind == SectionKind::kLanguages ||
         kind == SectionKind::kEducation || kind == SectionKind::kCertifications;
}

struct Section {
  SectionKind kind = SectionKind::kOther;
  std::uint32_t begin = 0;  // byte offsets of the whole section, heading included
  std::uint32_t end = 0;
  std::uint32_t heading_begin = 0;  // the heading's bytes; empty (== begin) when the section has
  std::uint32_t heading_end = 0;    // none (the text before the first heading, the title)
  std::string heading;              // the heading as written, "" when none

  bool operator==(const Section&) const = default;
};

}  // namespace tailorcore

#endif  // TAILORCORE_SECTION_H_
