// The one place for the names of the public enums and of the scoring weights, as they appear in
// JSON, the C API, Python, the command line and messages.
#include <cmath>
#include <string>

#include "tailorcore/match.h"
#include "tailorcore/report.h"
#include "tailorcore/scoring.h"
#include "tailorcore/section.h"
#include "tailorcore/tailor.h"
#include "tailorcore/token.h"

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
    case SuggestionKind::kImplied:
      return "implied";
    case SuggestionKind::kRequirement:
      return "requirement";
    case SuggestionKind::kResume:
      return "resume";
    case SuggestionKind::kTitle:
      return "title";
    case SuggestionKind::kLayout:
      return "layout";
  }
  return "missing";
}

const char* EditKindName(EditKind kind) {
  switch (kind) {
    case EditKind::kExactForm:
      return "exact_form";
    case EditKind::kSkillsOrder:
      return "skills_order";
    case EditKind::kAddSkill:
      return "add_skill";
    case EditKind::kBulletOrder:
      return "bullet_order";
    case EditKind::kDropBullet:
      return "drop_bullet";
    case EditKind::kSummary:
      return "summary";
  }
  return "exact_form";
}

const char* RequirementStatusName(RequirementStatus status) {
  switch (status) {
    case RequirementStatus::kMet:
      return "met";
    case RequirementStatus::kNotMet:
      return "not_met";
    case RequirementStatus::kUnknown:
      return "unknown";
  }
  return "unknown";
}

const char* MatchKindName(MatchKind kind) {
  switch (kind) {
    case MatchKind::kExact:
      return "exact";
    case MatchKind::kVariant:
      return "variant";
    case MatchKind::kAcronym:
      return "acronym";
    case MatchKind::kStem:
      return "stem";
    case MatchKind::kTransliteration:
      return "transliteration";
    case MatchKind::kImplied:
      return "implied";
  }
  return "unknown";
}

const char* TokenKindName(TokenKind kind) {
  switch (kind) {
    case TokenKind::kWord:
      return "word";
    case TokenKind::kNumber:
      return "number";
    case TokenKind::kTech:
      return "tech";
  }
  return "word";
}

const char* ScriptName(Script script) {
  switch (script) {
    case Script::kLatin:
      return "latin";
    case Script::kCyrillic:
      return "cyrillic";
    case Script::kOther:
      return "other";
  }
  return "other";
}

namespace {

struct WeightField {
  std::string_view name;
  double ScoringOptions::*field;
};

constexpr WeightField kWeights[] = {
    {"required_weight", &ScoringOptions::required_weight},
    {"preferred_weight", &ScoringOptions::preferred_weight},
    {"mentioned_weight", &ScoringOptions::mentioned_weight},
    {"title_factor", &ScoringOptions::title_factor},
    {"repeat_bonus", &ScoringOptions::repeat_bonus},
    {"max_repeat_bonus", &ScoringOptions::max_repeat_bonus},
    {"experience_credit", &ScoringOptions::experience_credit},
    {"summary_credit", &ScoringOptions::summary_credit},
    {"listed_credit", &ScoringOptions::listed_credit},
    {"implied_credit", &ScoringOptions::implied_credit},
    {"non_technical_factor", &ScoringOptions::non_technical_factor},
    {"experience_cost", &ScoringOptions::experience_cost},
    {"language_cost", &ScoringOptions::language_cost},
    {"degree_cost", &ScoringOptions::degree_cost},
    {"seniority_cost", &ScoringOptions::seniority_cost},
    {"max_requirements_cost", &ScoringOptions::max_requirements_cost},
};

const WeightField* FindWeight(std::string_view name) {
  for (const WeightField& w : kWeights) {
    if (w.name == name) return &w;
  }
  return nullptr;
}

Status UnknownWeight(std::string_view name) {
  std::string known;
  for (const WeightField& w : kWeights) known += (known.empty() ? "" : ", ") + std::string(w.name);
  return Status(StatusCode::kInvalidArgument,
                "unknown weight '" + std::string(name) + "' (known: " + known + ")");
}

}  // namespace

const std::vector<std::string_view>& ScoringWeightNames() {
  static const std::vector<std::string_view> names = [] {
    std::vector<std::string_view> n;
    for (const WeightField& w : kWeights) n.push_back(w.name);
    return n;
  }();
  return names;
}

Status SetScoringWeight(ScoringOptions* options, std::string_view name, double value) {
  const WeightField* w = FindWeight(name);
  if (w == nullptr) return UnknownWeight(name);
  options->*(w->field) = value;
  return Status::Ok();
}

StatusOr<double> GetScoringWeight(const ScoringOptions& options, std::string_view name) {
  const WeightField* w = FindWeight(name);
  if (w == nullptr) return UnknownWeight(name);
  return options.*(w->field);
}

Status CheckScoringOptions(const ScoringOptions& options) {
  for (const WeightField& w : kWeights) {
    const double value = options.*(w.field);
    if (!std::isfinite(value) || value < 0) {
      return Status(StatusCode::kInvalidArgument,
                    "scoring weights must be finite and not negative");
    }
  }
  for (double c : {options.experience_credit, options.summary_credit, options.listed_credit,
                   options.implied_credit}) {
    if (c > 1) return Status(StatusCode::kInvalidArgument, "credits must be between 0 and 1");
  }
  for (double c : {options.experience_cost, options.language_cost, options.degree_cost,
                   options.seniority_cost, options.max_requirements_cost}) {
    if (c > 1) return Status(StatusCode::kInvalidArgument, "costs must be between 0 and 1");
  }
  return Status::Ok();
}

}  // namespace tailorcore
