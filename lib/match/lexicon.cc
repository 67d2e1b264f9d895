// The public face of a compiled lexicon (tailorcore/lexicon.h), and LexiconBuilder::Build,
// which compiles the builder's contents here, in the match stage, so the lexicon stage needs
// nothing from this one.
#include "lexicon/lexicon_state.h"
#include "match/lexicon_impl.h"

namespace tailorcore {

StatusOr<Lexicon> LexiconBuilder::Build() const {
  auto impl = Lexicon::Impl::Compile(*state_);
  if (!impl.ok()) return impl.status();
  return Lexicon(std::move(*impl));
}

const std::vector<Skill>& Lexicon::skills() const { return impl_->skills; }
const std::vector<Category>& Lexicon::categories() const { return impl_->categories; }
const Analyzer& Lexicon::analyzer() const { return impl_->analyzer; }

const Skill* Lexicon::FindSkill(std::string_view id) const {
  auto it = impl_->skill_index.find(std::string(id));
  return it == impl_->skill_index.end() ? nullptr : &impl_->skills[it->second];
}

std::string Lexicon::CategoryName(const std::string& id) const {
  auto it = impl_->category_index.find(id);
  return it == impl_->category_index.end() ? id : impl_->categories[it->second].name;
}

std::vector<SkillMatch> Lexicon::Match(const AnalyzedText& text, std::string_view input) const {
  return impl_->Match(text, input, false).matches;
}

MatchResult Lexicon::MatchWithCandidates(const AnalyzedText& text, std::string_view input) const {
  return impl_->Match(text, input, true);
}

MatchResult Lexicon::Extract(std::string_view input) const {
  detail::TokenIds ids;
  const AnalyzedText text = impl_->Analyze(input, &ids);
  if (text.truncated) input = input.substr(0, text.input_bytes);
  return impl_->Match(text, input, true, &ids);
}

}  // namespace tailorcore
