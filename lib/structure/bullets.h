// A resume's bullets, and how each reads: an action verb, a measurable result, a weak opener
// (data/lang/<code>/action-verbs.txt: verbs, and verb endings with their exceptions;
// weak-openers.txt, measurable-results.txt, and the
// language-neutral data/structure/measurable-results.txt).
#ifndef TAILORCORE_LIB_STRUCTURE_BULLETS_H_
#define TAILORCORE_LIB_STRUCTURE_BULLETS_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/phrase_table.h"
#include "base/string_hash.h"
#include "lang/languages.h"
#include "tailorcore/analyzer.h"
#include "tailorcore/status.h"

namespace re2 {
class RE2;
}

namespace tailorcore::detail {

struct AnalyzedDocument;

struct BulletFlags {
  bool action_verb = false;
  bool measurable = false;
  bool weak_opener = false;
  LanguageId opener_language = kNoLanguage;  // the weak opener's language
};

// One bullet of a resume: a line about work.
struct BulletFacts {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  std::string text;
  BulletFlags flags;
};

class BulletRules {
 public:
  // Loads every language's action verbs, weak openers and result patterns, and the neutral
  // patterns. kDataError with name:line for a pattern RE2 rejects, kInternal when a file was
  // not compiled in.
  static StatusOr<BulletRules> Create(const Languages& languages, const Analyzer& analyzer);

  // Reviews one bullet: `text` is its bytes, `words` its primary tokens in order.
  // Thread-safe (RE2 objects are). Cost: linear in the bullet per pattern.
  BulletFlags Review(std::string_view text, const std::vector<const Token*>& words) const;

 private:
  Status AddWords(std::string_view verbs, std::string_view openers, LanguageId language,
                  const Analyzer& analyzer, std::string_view verbs_name);
  Status AddPatterns(std::string_view patterns, std::string_view name);
  // Whether `word` (a bullet's first token) is an action verb: its stem is listed, or its
  // normalized text has a listed verb ending ("…ed", "…ил") and is not listed as no verb.
  bool IsActionVerb(const Token& word) const;

  StringSet verb_stems_;
  std::vector<std::shared_ptr<const re2::RE2>> verb_endings_;  // full match on the word
  StringSet not_verbs_;  // normalized words with a verb ending that are no verb ("need")
  PhraseTable openers_;  // value: the opener's LanguageId
  std::vector<std::shared_ptr<const re2::RE2>> patterns_;
};

// The bullets of an analyzed resume, in order: list items outside the list sections (skills,
// languages, education, certifications) and the title, and the lines of experience and
// projects, except role headers, headings and fragments of fewer than three words. Never fails;
// linear in the document.
std::vector<BulletFacts> FindBullets(const BulletRules& rules, const AnalyzedDocument& resume);

}  // namespace tailorcore::detail

#endif  // TAILORCORE_LIB_STRUCTURE_BULLETS_H_
