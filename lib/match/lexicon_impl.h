// The compiled lexicon: skills, the phrase index over their analyzed forms, and the data the
// matcher's guards need.
#ifndef TAILORCORE_LIB_MATCH_LEXICON_IMPL_H_
#define TAILORCORE_LIB_MATCH_LEXICON_IMPL_H_

#include <algorithm>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "analysis/analyzer_impl.h"
#include "lexicon/lexicon_state.h"
#include "match/ambiguity.h"
#include "match/candidates.h"
#include "match/inflection.h"
#include "match/phrase_index.h"
#include "tailorcore/lexicon.h"

namespace tailorcore {

class Lexicon::Impl {
 public:
  static StatusOr<std::shared_ptr<const Impl>> Compile(const LexiconBuilder::State& state);

  // Lexicon::Match, with candidate terms when `candidates`. `ids`, when given, are the tokens'
  // ids in index.vocabulary() from Analyze() below, so no token is looked up again.
  MatchResult Match(const AnalyzedText& text, std::string_view input, bool candidates,
                    const detail::TokenIds* ids = nullptr) const;
  // analyzer.Analyze(input), filling `ids` (not null) for Match(): the one pass the engine and
  // Extract use. Thread-safe; linear in the input; the tokens are those of analyzer.Analyze.
  AnalyzedText Analyze(std::string_view input, detail::TokenIds* ids) const {
    return detail::AnalyzerAccess::Of(analyzer).Analyze(input, detail::AnalysisPath::kFast,
                                                        &index.vocabulary(), ids);
  }

  Analyzer analyzer;
  std::vector<Category> categories;
  std::unordered_map<std::string, std::size_t> category_index;
  std::vector<Skill> skills;
  std::unordered_map<std::string, std::size_t> skill_index;
  // Categories flagged non-technical (soft skills, spoken languages): no generated
  // transliterations, and their skills are no evidence for an ambiguous form.
  std::unordered_set<std::string> non_technical_categories;
  detail::PhraseIndex index;
  detail::AmbiguityGuard guard;
  detail::CandidateVocabulary candidate_words;
  // By LanguageId: how a one-word form meets an inflected word (data/lang/<code>/inflection.tsv).
  std::vector<detail::InflectionRule> inflection;

  // Whether a token of `language` whose stem equals a one-word form's may match it.
  bool InflectionAllows(LanguageId language, std::string_view word, std::string_view form) const {
    return language >= inflection.size() || inflection[language].Allows(word, form);
  }
  // Whether `word` (normalized) names a group of people in `language` ("team").
  bool GroupNoun(LanguageId language, std::string_view word) const {
    if (language >= inflection.size()) return false;
    return detail::InflectionRule::Lists(inflection[language].group_nouns, word);
  }
  // Whether a token of `language` whose stem equals a form's word may match it (any form).
  bool StemAllows(LanguageId language, std::string_view word, std::string_view form_word) const {
    return language >= inflection.size() || inflection[language].AllowsStem(word, form_word);
  }

  explicit Impl(Analyzer a) : analyzer(std::move(a)) {}
};

namespace detail {

struct LexiconAccess {
  static const Lexicon::Impl& Of(const Lexicon& lexicon) { return *lexicon.impl_; }
};

}  // namespace detail

}  // namespace tailorcore

#endif  // TAILORCORE_LIB_MATCH_LEXICON_IMPL_H_
