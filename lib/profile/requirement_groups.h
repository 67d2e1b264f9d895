// Requirement groups: skills a posting offers as alternatives ("Kafka or RabbitMQ", "one of:
// AWS, GCP, Azure", "PostgreSQL/MySQL", "любой из фреймворков: Spring Boot, Quarkus или
// Micronaut"), one requirement that any member satisfies (docs/scoring.md). The words that make
// a choice are data: data/lang/<code>/alternatives.tsv.
#ifndef TAILORCORE_LIB_PROFILE_REQUIREMENT_GROUPS_H_
#define TAILORCORE_LIB_PROFILE_REQUIREMENT_GROUPS_H_

#include <string>
#include <vector>

#include "analysis/phrase_table.h"
#include "base/string_hash.h"
#include "lang/languages.h"
#include "structure/document.h"
#include "tailorcore/status.h"

namespace tailorcore::detail {

// One run of alternatives: its skill ids (distinct, in order) and the begin offsets of the
// matches that make it.
struct RequirementGroup {
  std::vector<std::string> ids;
  std::vector<std::uint32_t> begins;
  // Where a platform written right before a member that is its product begins ("AWS" of "AWS
  // SageMaker or GCP Vertex AI"): part of that member's name there, no requirement of its own.
  std::vector<std::uint32_t> qualifiers;
};

// A word of a posting (no compound part) that is one of its candidate terms (CandidateTerm).
struct CandidateToken {
  const Token* token;
  const CandidateTerm* term;  // an element of posting.matches.candidates
};

// Every such word of `posting`, in order: one pass over the tokens that hashes only the words a
// filter lets through (most are no candidate). What the keyword list and the groups both read.
// Linear. Thread-safe.
std::vector<CandidateToken> FindCandidateTokens(const AnalyzedDocument& posting);

class AlternativeRules {
 public:
  // Loads every language's alternatives.tsv; kDataError with name:line for a bad line, kInternal
  // when a file was not compiled in.
  static StatusOr<AlternativeRules> Create(const Languages& languages, const Analyzer& analyzer);

  // The groups of a posting (docs/scoring.md, 1a): skills with a joiner word between them ("or",
  // "или", "and/or", "PostgreSQL (or MySQL)") or a slash; a comma list of one category when it
  // ends in such a pair, follows an opener ("one of", "любой из", "e.g.") in its sentence, ends
  // in a closer ("or similar", "или аналоги") or fills the parentheses after a word that is no
  // skill of another category ("message queues (RabbitMQ, Kafka)"); a skill with a note in
  // parentheses and a joiner after it ("Java (JUnit 5, Selenide) или Kotlin"). A run never crosses
  // a line or sentence end. Nested matches take no part. Never fails; linear in the posting's
  // matches (each run looks at most a few dozen bytes and twelve words around it).
  // `terms`: FindCandidateTokens(posting); a term is a member at each of its words outside a
  // skill's match.
  std::vector<RequirementGroup> Find(const AnalyzedDocument& posting,
                                     const std::vector<CandidateToken>& terms) const;
  // Skills linked by commas, slashes and joiners, within one sentence: [first, last] indexes
  // into `matches`. Whether it holds a joiner; commas and slashes only between skills of one
  // category (an unknown term, "term:...", takes any). `terms_at`: where unknown terms may join
  // by commas a list marked as a choice (Find): at its start after an opener ("одним из:
  // Reatom, Valtio, Zustand"), at its end before a closer ("Dagster, Kestra or similar").
  struct Terms {
    bool leading;
    bool trailing;
  };
  std::size_t RunEnd(const AnalyzedDocument& posting, const std::vector<const SkillMatch*>& matches,
                     std::size_t first, bool* joiner, Terms terms_at = {false, false}) const;

 private:
  enum class Link { kNone, kComma, kSlash, kJoiner };
  Status Add(std::string_view content, std::string_view name, const Analyzer& analyzer);
  Link LinkBetween(const AnalyzedDocument& posting, const SkillMatch& a, const SkillMatch& b) const;
  bool OpenerBefore(const AnalyzedDocument& posting, std::uint32_t begin) const;
  bool CloserAfter(const AnalyzedDocument& posting, std::uint32_t end) const;
  void AddNotedChoices(const AnalyzedDocument& posting,
                       const std::vector<const SkillMatch*>& matches,
                       std::vector<RequirementGroup>* groups) const;
  // Whether matches[first..last] fill parentheses as examples of the word before them
  // ("message queues (e.g. Kafka, RabbitMQ)"); whether example words mark them ("e.g.", "etc");
  // the skill they are examples of, when that word is one of their kind (Skill::kind_of).
  struct Examples {
    bool found = false;
    bool marked = false;
    const SkillMatch* host = nullptr;
  };
  Examples ExamplesInParentheses(const AnalyzedDocument& posting,
                                 const std::vector<const SkillMatch*>& matches, std::size_t first,
                                 std::size_t last) const;
  std::size_t AddGroupAt(const AnalyzedDocument& posting,
                         const std::vector<const SkillMatch*>& matches, std::size_t i,
                         std::vector<RequirementGroup>* groups) const;
  const SkillMatch* SkillBefore(const AnalyzedDocument& posting, std::uint32_t at,
                                bool* after_noun) const;
  const SkillMatch* KindBefore(const AnalyzedDocument& posting,
                               const std::vector<const SkillMatch*>& matches, std::size_t first,
                               std::size_t last) const;
  void AddAcceptedChoices(const AnalyzedDocument& posting,
                          const std::vector<const SkillMatch*>& matches,
                          std::vector<RequirementGroup>* groups) const;

  StringSet joiners_;    // normalized words joined by ' ': "or", "and or"
  PhraseTable openers_;  // value unused
  static constexpr std::size_t kMaxCloserWords = 3;
  StringSet closers_;         // words after a list that make it a choice: "or similar"
  StringSet abbreviations_;   // words whose dot ends no sentence: "напр" (an initialism, "e.g",
                              // is one anyway)
  StringSet example_before_;  // words between "(" and a list of examples: "e.g", "such as"
  StringSet example_after_;   // words between a list of examples and ")": "etc"
  StringSet accepted_before_;  // words between "(" and a skill accepted instead: "or even"
  StringSet accepted_after_;  // words between such a skill and ")": "is fine too", "тоже подойдёт"
  StringSet kind_nouns_;  // a word between a skill and the examples of it: "tools", "системы"
  StringSet kind_examples_;  // words before examples of a kind: "e.g.", "such as", "например"
};

}  // namespace tailorcore::detail

#endif  // TAILORCORE_LIB_PROFILE_REQUIREMENT_GROUPS_H_
