// tailorcore/report.h: the result of comparing a resume with a job posting.
//
// Every point of `score` is traceable: score == the sum of Keyword::points over `keywords`
// (up to rounding), and each keyword says where the posting asked for it and where the resume
// shows it. The JSON form (ReportToJson) is the stable interface for other languages; its schema
// is docs/report-schema.md, versioned by the "schema" field ("tailorcore.report/1").
//
// Thread-safety: plain values.
#ifndef TAILORCORE_REPORT_H_
#define TAILORCORE_REPORT_H_

#include <cstdint>
#include <string>
#include <vector>

#include "tailorcore/match.h"
#include "tailorcore/section.h"

namespace tailorcore {

inline constexpr const char* kReportSchema = "tailorcore.report/1";

// One place a keyword occurs in the resume.
struct Evidence {
  SectionKind section = SectionKind::kOther;
  bool bullet = false;      // inside a bullet of experience or projects
  std::uint32_t begin = 0;  // byte offsets into the resume
  std::uint32_t end = 0;
  std::string text;  // the resume's words there
  MatchKind kind = MatchKind::kExact;
  // Where it is in the resume's document, when it was a PDF or DOCX (LocateEvidence): the PDF
  // page (from 1) and column (from 1); the DOCX paragraph (from 1, in reading order: page headers
  // first, each table row counting as one). 0 when unknown (a text resume); the JSON has them only
  // when known.
  std::uint32_t page = 0;
  std::uint32_t column = 0;
  std::uint32_t paragraph = 0;
};

struct Keyword {
  std::string id;        // the lexicon skill id, or "term:<normalized>" for a candidate keyword
  std::string term;      // display name ("PostgreSQL"), or the candidate as the posting writes it
  std::string category;  // lexicon category id; "unknown" for candidates
  PostingTier tier = PostingTier::kMentioned;
  double weight = 0;     // tier base weight × frequency and title factors (docs/scoring.md)
  bool matched = false;  // the resume shows it in any form
  bool literal = false;  // the resume has one of the posting's own forms (case-insensitive)
  // How the resume's best evidence relates to the posting's wording: exact (the same form),
  // variant, acronym, stem, transliteration; "none" when not matched.
  MatchKind match = MatchKind::kExact;
  double credit = 0;              // 0..1: 1 shown in experience or projects, less when only listed
  double points = 0;              // this keyword's share of `score`
  double literal_points = 0;      // its share of `literal_score`
  std::uint32_t occurrences = 0;  // in the posting
  bool in_title = false;          // appears in the posting's title
  std::vector<std::string> posting_forms;  // as the posting writes it, distinct
  std::vector<std::string> resume_forms;   // as the resume writes it, distinct
  std::string posting_sentence;            // the sentence of its strongest posting occurrence
  std::uint32_t posting_begin = 0;         // offsets of that occurrence in the posting
  std::uint32_t posting_end = 0;
  std::vector<Evidence> evidence;  // resume occurrences, in resume order
  // The other skills of its requirement group ("Kafka or RabbitMQ"), ids in posting order; empty
  // when it stands alone. A group is one requirement: the member the resume shows best (else
  // the first) carries it with the group's tier and heaviest weight; the others are
  // `alternative`, count for nothing and are never missing.
  std::vector<std::string> alternatives;
  bool alternative = false;
  // False for a soft, business or domain skill, or a spoken language (a non-technical lexicon
  // category): it weighs ScoringOptions::non_technical_factor of a technical one.
  bool technical = true;
};

struct Coverage {
  std::string name;         // tier name or category id
  std::uint32_t total = 0;  // keywords
  std::uint32_t matched = 0;
  double total_weight = 0;
  double matched_weight = 0;  // sum of weight × credit
  double coverage = 0;        // matched_weight / total_weight, 0 when there are none
};

enum class SuggestionKind : std::uint8_t {
  kMissing,                // a posting keyword the resume does not show
  kExactForm,              // shown, but not in the posting's words: use them
  kAcronym,                // the posting and resume use the acronym and the expansion: use both
  kListedNotDemonstrated,  // a required keyword only in the skills list: show it in a bullet
  kBullet,                 // a bullet without an action verb or a measurable result, or with a
                           // weak opener
  kSection,                // a standard resume section is missing
  kImplied,                // a broader keyword shown only by a narrower skill: name it too
  kRequirement,            // a requirement the resume leaves unknown or short (what to show)
  kResume,                 // the resume alone: contact details, date formats, length
  kTitle,                  // the posting's job title is not in the resume
  kLayout,                 // a document's layout hides a keyword from a naive ATS
                           // (Engine::ReadingAdvice, docs/documents.md)
};
const char* SuggestionKindName(SuggestionKind kind);  // "missing", "exact_form", ...

struct Suggestion {
  SuggestionKind kind = SuggestionKind::kMissing;
  std::string keyword_id;  // the keyword it is about, "" for bullet and section advice
  std::string message;     // one readable sentence; never invents experience
};

struct BulletReview {
  std::uint32_t begin = 0;  // byte offsets of the bullet in the resume (mark excluded)
  std::uint32_t end = 0;
  std::string text;
  double relevance = 0;               // sum of the weights of posting keywords it shows
  std::vector<std::string> keywords;  // ids of those keywords
  bool action_verb = false;           // opens with an action verb (data/structure/action-verbs.txt)
  bool measurable = false;            // holds a number, %, $, ×, "1M+", "в 3 раза"
  bool weak_opener = false;  // opens with "Responsible for", "Worked on", "Участвовал в" ...
  bool duplicate = false;  // the same words as a bullet earlier in the resume
};

struct SectionCheck {
  std::string section;  // "summary", "skills", "experience", "education"
  bool present = false;
};

enum class RequirementStatus : std::uint8_t { kMet, kNotMet, kUnknown };

// "met", "not_met", "unknown"; never null (static storage).
const char* RequirementStatusName(RequirementStatus status);

// A dated resume entry that counts towards a requirement.
struct ExperienceEvidence {
  std::uint32_t begin = 0;  // the date range's bytes in the resume ("Jan 2019 – present")
  std::uint32_t end = 0;
  std::string from;  // "2019-01"
  std::string to;    // "2021-03", or the reference month for "present"
  bool present = false;
};

// A requirement that is no keyword (docs/scoring.md, 5): years of experience, overall or with a
// skill ("experience"), a spoken language and its level ("language"), a degree ("degree"), the
// job's seniority ("seniority").
struct Requirement {
  std::string kind = "experience";  // "experience", "language", "degree" or "seniority"
  std::string skill;                // experience, language: a skill id, or "" overall
  std::string term;                 // its display name, "" overall
  double years_required = 0;        // experience: the years asked (the least of a range)
  double years_max = 0;             // experience: the most of a range ("3-5 years"), else 0
  double years_found = 0;           // the union of the dated entries that count, in years (0.1)
  // language: the least CEFR level asked ("B2"), "" for any; degree: "secondary", "associate",
  // "bachelor", "master", "phd"; seniority: "intern", "junior", "middle", "senior", "lead",
  // "principal".
  std::string required;
  // The same scale, what the resume shows: language: the highest level it states, else "C2"
  // when it is written in the language; degree: the highest in its education section;
  // seniority: its most recent title's. "" when it shows none.
  std::string found;
  std::vector<std::string> fields;  // degree: the fields of study the posting names, as written
  // degree: the fields the resume's education names, as written (shown; the status reads the
  // level alone: "a related field" is open-ended)
  std::vector<std::string> found_fields;
  // Experience: met when years_found ≥ years_required, not_met when fewer, unknown when the
  // resume does not say (no dated entry, or the skill only outside dated entries): never
  // not_met for lack of dates. Language: met at the level asked or above (any level when none
  // is asked), not_met below it or when the resume never names the language, unknown when it
  // names it with no level. Degree, seniority: met at the level asked or above, not_met below
  // it, unknown when the resume shows none (no education section or no degree named in it; no
  // level in its most recent title).
  RequirementStatus status = RequirementStatus::kUnknown;
  // Preferred ("is a plus", under Nice to have), or a degree the posting accepts equivalent
  // experience for: reported, never costs points.
  bool soft = false;
  double points = 0;  // ≤ 0: what it takes from the score (docs/scoring.md, 5)
  std::string posting_sentence;
  std::uint32_t posting_begin = 0;  // the phrase's bytes in the posting ("5+ years")
  std::uint32_t posting_end = 0;
  std::vector<ExperienceEvidence> evidence;  // experience: the dated entries, in resume order
  std::uint32_t found_begin = 0;  // degree, seniority: the resume's words that show `found`
  std::uint32_t found_end = 0;
};

struct Report {
  std::string schema = kReportSchema;
  // 0-100: keyword_score plus the requirements' points (docs/scoring.md, 4 and 5).
  double score = 0;
  double keyword_score = 0;          // 0-100, weighted coverage with evidence credit
  double literal_score = 0;          // 0-100, the same counting only the posting's exact forms
  std::vector<Coverage> tiers;       // required, preferred, mentioned (always all three)
  std::vector<Coverage> categories;  // those with at least one keyword, by total weight
  std::vector<Keyword> keywords;     // most important first: tier, then weight, then name
  std::vector<std::string> missing;  // ids of unmatched keywords, in the same order
  // Skills the posting names as no requirement ("Docker is not required"), in posting order:
  // not scored, never missing (id, term, category, posting forms and sentence are filled).
  std::vector<Keyword> not_required;
  std::vector<Requirement> requirements;  // in posting order
  std::vector<Suggestion> suggestions;
  std::vector<BulletReview> bullets;  // most relevant first
  std::vector<SectionCheck> sections;
  std::vector<Section> posting_sections;
  std::vector<Section> resume_sections;
};

// The report as JSON (docs/report-schema.md): UTF-8, keys in a fixed order, numbers rounded
// to 0.01 for scores and 0.001 for weights. `indent` < 0 gives one line. Never fails.
std::string ReportToJson(const Report& report, int indent = 2);

}  // namespace tailorcore

#endif  // TAILORCORE_REPORT_H_
