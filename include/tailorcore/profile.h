// tailorcore/profile.h: everything a job posting asks, computed once, as a plain value.
//
//   tailorcore::PostingProfile profile = engine->Profile(posting_text);     // analyze once
//   std::string bytes = profile.Serialize();                                // store it
//   auto back = tailorcore::PostingProfile::Deserialize(bytes);             // later
//   tailorcore::Report report = engine->Score(resume, *back);               // per resume
//
// A comparison is Score(resume, Profile(posting)): the profile holds the posting's keywords with
// their tier, weight and category, the forms the posting wrote, the sentence that asks for each,
// and the posting's sections. It refers to skills by their stable lexicon ids, never by pointer,
// so it outlives the engine that made it; score it with an engine built with the same lexicon
// and scoring options (anything else scores the posting as that engine would not have read it).
//
// Thread-safety: a plain value; const access from many threads is safe.
#ifndef TAILORCORE_PROFILE_H_
#define TAILORCORE_PROFILE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tailorcore/section.h"
#include "tailorcore/status.h"

namespace tailorcore {

// One keyword the posting asks for.
struct PostingKeyword {
  std::string id;        // the lexicon skill id, or "term:<normalized>" for a candidate keyword
  std::string term;      // display name ("PostgreSQL"), or the candidate as the posting writes it
  std::string category;  // lexicon category id; "unknown" for candidates
  PostingTier tier = PostingTier::kMentioned;  // the strongest of its occurrences
  double weight = 0;                           // docs/scoring.md, with the engine's options
  std::uint32_t occurrences = 0;               // in the posting
  bool in_title = false;
  std::vector<std::string> forms;  // as the posting writes it, distinct, in order of appearance
  std::string sentence;            // the sentence of its strongest occurrence
  std::uint32_t begin = 0;         // offsets of that occurrence in the posting
  std::uint32_t end = 0;
  // What a literal ATS and the match kinds compare with (docs/scoring.md), each distinct and
  // sorted: the normalized words of each occurrence ("rest api"), their stems, and the lexicon
  // forms that matched.
  std::vector<std::string> keys;
  std::vector<std::string> stem_keys;
  std::vector<std::string> lexicon_forms;
  bool acronym = false;  // some occurrence is an acronym or an expansion form
  // The posting says it is no requirement ("Docker is not required", "не обязательно") wherever
  // it names it: weight 0, reported apart, never missing.
  bool not_required = false;
  // Its requirement group (1, 2, ...): skills offered as alternatives ("Kafka or RabbitMQ"), one
  // requirement that any member satisfies; 0 when it stands alone.
  std::uint32_t group = 0;
  // False for a skill of a non-technical category (soft skills, business and domain, spoken
  // languages): its weight has ScoringOptions::non_technical_factor in it.
  bool technical = true;

  bool operator==(const PostingKeyword&) const = default;
};

// Years of experience the posting asks for ("5+ years of Python", "от 3 лет"): overall, or with
// one skill when a skill of the posting stands next to the phrase.
struct ExperienceAsked {
  std::string skill;        // a lexicon skill id, or "" for experience overall
  std::string term;         // its display name, "" overall
  double years = 0;         // the least asked
  double max_years = 0;     // the most, for a range ("3-5 years"); 0 otherwise
  std::string sentence;     // the sentence that asks
  std::uint32_t begin = 0;  // the phrase's bytes in the posting ("5+ years")
  std::uint32_t end = 0;
  bool preferred = false;  // under a preferred heading or with a preferred cue ("is a plus")

  bool operator==(const ExperienceAsked&) const = default;
};

// A spoken language the posting asks for, with the least level when it names one ("English
// B2", "английский не ниже B1"; CEFR codes as in docs/scoring.md).
struct LanguageAsked {
  std::string skill;        // the lexicon skill of the language ("english")
  std::string term;         // its display name ("English")
  std::string level;        // "A1" ... "C2", or "" when the posting names none
  std::string sentence;     // the sentence that asks
  std::uint32_t begin = 0;  // the language's name in the posting
  std::uint32_t end = 0;
  bool preferred = false;  // under a preferred heading or with a preferred cue

  bool operator==(const LanguageAsked&) const = default;
};

// The degree a posting asks for ("Bachelor's degree in Computer Science or equivalent
// experience", "высшее техническое образование"); docs/scoring.md, 5.
struct DegreeAsked {
  // The least level its sentence names: "secondary", "associate" (also "неоконченное высшее"),
  // "bachelor" (also "высшее"), "master", "phd".
  std::string level;
  std::vector<std::string> fields;  // the fields of study as written, in order; may be empty
  bool equivalent = false;          // "or equivalent experience": experience may stand in
  bool preferred = false;           // under a preferred heading or with a preferred cue
  std::string sentence;             // the sentence that asks
  std::uint32_t begin = 0;          // the degree's name in the posting
  std::uint32_t end = 0;

  bool operator==(const DegreeAsked&) const = default;
};

// The seniority of the job, from the posting's title ("Senior Backend Engineer", "Ведущий
// аналитик") or its first sentence ("We are looking for a Senior Python developer").
struct SeniorityAsked {
  // The least level named: "intern", "junior", "middle", "senior", "lead" (also staff),
  // "principal".
  std::string level;
  std::string sentence;     // the title or sentence
  std::uint32_t begin = 0;  // the level's word in the posting
  std::uint32_t end = 0;

  bool operator==(const SeniorityAsked&) const = default;
};

struct PostingProfile {
  std::vector<PostingKeyword> keywords;     // in order of first occurrence in the posting
  std::vector<Section> sections;            // the posting's sections, in order
  std::vector<ExperienceAsked> experience;  // in posting order
  std::vector<LanguageAsked> languages;     // in posting order, one per language
  std::optional<DegreeAsked> degree;        // the first sentence that names a degree
  std::optional<SeniorityAsked> seniority;
  // The job's title as the posting names it, without its level words and parentheses ("Backend
  // Engineer" for "Senior Backend Engineer (Python)"); "" when it has no title line.
  std::string title;

  // The profile as bytes: a versioned, self-checking binary form (magic "TCPP", format
  // version, then the fields). Never fails. Cost: linear in the profile.
  std::string Serialize() const;
  // Reads what Serialize() wrote. kDataError, with what is wrong, for bytes that are not a
  // profile, a profile of another format version, or a truncated or corrupt one; never a
  // crash on any input. Cost: linear in the input.
  static StatusOr<PostingProfile> Deserialize(std::string_view bytes);

  bool operator==(const PostingProfile&) const = default;
};

}  // namespace tailorcore

#endif  // TAILORCORE_PROFILE_H_
