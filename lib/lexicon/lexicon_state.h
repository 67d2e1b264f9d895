// The mutable contents of a LexiconBuilder.
#ifndef TAILORCORE_LIB_LEXICON_LEXICON_STATE_H_
#define TAILORCORE_LIB_LEXICON_LEXICON_STATE_H_

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "tailorcore/analyzer.h"
#include "tailorcore/lexicon.h"

namespace tailorcore {

class LexiconBuilder::State {
 public:
  explicit State(Analyzer analyzer) : analyzer(std::move(analyzer)) {}

  // The lookup key of a form as the analyzer reads it: its normalized words joined by spaces
  // ("postgre sql"); empty when the form has no words.
  static std::string FormKey(const AnalyzedText& analyzed);

  Status AddCategory(const Category& category, bool technical);
  Status AddSkill(std::string_view id, std::string_view name, std::string_view category,
                  const std::vector<SkillForm>& more_forms);
  Status AddForm(std::size_t skill, const SkillForm& form);
  // AddForm with the form's text already analyzed: `analyzed` is analyzer.Analyze(form.text).
  Status AddForm(std::size_t skill, const SkillForm& form, AnalyzedText analyzed);
  // Records that skill `member` implies skill `broader` and, when `kind`, is a kind of it
  // (LexiconBuilder::AddImplies). Precondition: they differ (the callers say how they do not).
  // Adding one twice is a no-op; a kind recorded over a plain relation makes it a kind.
  void Relate(std::size_t member, std::size_t broader, bool kind);

  Analyzer analyzer;
  std::vector<Category> categories;
  std::unordered_map<std::string, std::size_t> category_index;
  std::unordered_set<std::string> non_technical_categories;
  std::vector<Skill> skills;
  std::unordered_map<std::string, std::size_t> skill_index;
  std::unordered_map<std::string, std::size_t> form_owner;  // FormKey → skill
  // analyzed[s][f] is skills[s].forms[f].text analyzed: the builder reads each form once, to
  // find its owner, and Lexicon::Impl::Compile indexes that reading.
  std::vector<std::vector<AnalyzedText>> analyzed;
  std::size_t form_count = 0;
  std::vector<std::pair<std::size_t, std::size_t>> implies;  // (member, umbrella) skill indexes
  std::vector<std::pair<std::size_t, std::size_t>> kinds;    // the part of `implies` that are kinds
};

// True for ids made of lower-case ASCII letters, digits and . _ + # - (starting with a letter
// or digit), at most 100 bytes.
bool IsValidId(std::string_view id);

// Parses a lexicon file into `state` (docs/lexicon-format.md). Stops at the first error and
// returns it as "<name>:<line>: <what>"; `state` may then be partly changed (callers parse into
// a copy).
Status ParseLexiconText(std::string_view content, std::string_view name,
                        LexiconBuilder::State* state);

}  // namespace tailorcore

#endif  // TAILORCORE_LIB_LEXICON_LEXICON_STATE_H_
