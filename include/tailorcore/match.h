// tailorcore/match.h: what the matcher reports, a skill found in a text and how it was found.
//
// Thread-safety: plain values. A SkillMatch points at a Skill of the Lexicon that produced it and
// is valid as long as that Lexicon (or a copy of it) lives.
#ifndef TAILORCORE_MATCH_H_
#define TAILORCORE_MATCH_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace tailorcore {

struct Skill;

// How the text's words relate to the skill's display name.
enum class MatchKind : std::uint8_t {
  kExact,    // the display name, case-folded ("postgresql" for PostgreSQL)
  kVariant,  // another listed form ("Postgres")
  kAcronym,  // an acronym for the expanded name, or the expansion of an acronym name
  kStem,     // an inflected form of a listed form ("микросервисов", "databases")
  kTransliteration,  // a Cyrillic spelling of a Latin name, inflected or not ("Постгрес",
                     // "Кафкой"); a Russian name ("микросервисы") is a variant
  kImplied,  // reports only: the resume shows a narrower skill ("Kafka" for "message queues")
};

// "exact", "variant", "acronym", "stem", "transliteration", "implied".
const char* MatchKindName(MatchKind kind);

struct SkillMatch {
  const Skill* skill = nullptr;
  std::uint32_t begin = 0;  // byte offsets of the matched words in the input
  std::uint32_t end = 0;
  std::uint32_t first_token = 0;  // index into AnalyzedText::tokens
  std::uint32_t token_count = 0;  // tokens covered, parts of a compound included
  std::string form;               // the lexicon form that matched, as written there
  MatchKind kind = MatchKind::kExact;
  bool ambiguous_form = false;  // matched an ambiguous form that had evidence around it
  // Inside a longer match of another skill, which implies it ("SQL" in "SQL Server",
  // "JavaScript" in "JavaScript frameworks"). Only nested matches overlap another match.
  bool nested = false;
};

// A term that looks like a technology but is not in the lexicon (CamelCase, inner digits or
// dots, an all-capitals acronym, a capitalized name among skills).
struct CandidateTerm {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  std::string text;         // the input bytes at [begin, end)
  std::string normalized;   // as the analyzer normalized it
  const char* reason = "";  // "tech-shaped", "acronym", "name among skills"
};

struct MatchResult {
  std::vector<SkillMatch> matches;  // in order of begin; at one begin, the longest first
  std::vector<CandidateTerm> candidates;
};

}  // namespace tailorcore

#endif  // TAILORCORE_MATCH_H_
