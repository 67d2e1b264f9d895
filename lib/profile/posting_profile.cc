#include "profile/posting_profile.h"

#include <algorithm>

#include "base/word_filter.h"

namespace tailorcore::detail {
namespace {

int TierRank(PostingTier tier) { return static_cast<int>(tier); }  // required 0 ... mentioned 2

// Appends `value` unless `list` has it (lists of a few items: a scan beats a set).
void AddDistinct(std::string_view value, std::vector<std::string>* list) {
  if (std::find(list->begin(), list->end(), value) == list->end()) list->emplace_back(value);
}

// One occurrence of a keyword in the posting, while the profile is built.
struct Occurrence {
  PostingTier tier;
  SectionKind section;
  std::uint32_t begin;
  std::uint32_t end;
  std::uint32_t sentence_begin;
  std::uint32_t sentence_end;
  std::string key;
  std::string stem_key;
  bool acronym;  // the lexicon lists the form as an acronym or an expansion
  std::string lexicon_form;
};

struct Asked {
  std::string id;
  std::string term;
  std::string category;
  std::vector<Occurrence> occurrences;
};

class ProfileBuilder {
 public:
  ProfileBuilder(const AnalyzedDocument& posting, const TierRules& tiers)
      : posting_(posting), tiers_(tiers), cues_(tiers.FindCues(posting.analyzed)) {}

  void AddSkills();
  void AddCandidates();
  PostingProfile Finish(const ScoringOptions& scoring) const;

 private:
  void Add(std::string_view id, std::string_view term, std::string_view category,
           std::uint32_t begin, std::uint32_t end, std::string key, std::string stem_key,
           bool acronym, std::string lexicon_form);
  PostingKeyword KeywordOf(const Asked& asked, const ScoringOptions& scoring) const;

  const AnalyzedDocument& posting_;
  const TierRules& tiers_;
  const TierRules::Cues cues_;
  std::vector<Asked> asked_;  // in order of first occurrence
  StringMap<std::size_t> asked_by_id_;
};

void ProfileBuilder::Add(std::string_view id, std::string_view term, std::string_view category,
                         std::uint32_t begin, std::uint32_t end, std::string key,
                         std::string stem_key, bool acronym, std::string lexicon_form) {
  const SectionKind section = posting_.SectionAt(begin);
  const auto [sentence_begin, sentence_end] = SentenceAround(posting_.text, begin, end);
  const PostingTier tier = tiers_.TierOf(section, cues_, sentence_begin, sentence_end);
  auto it = asked_by_id_.find(id);
  if (it == asked_by_id_.end()) {
    it = asked_by_id_.emplace(std::string(id), asked_.size()).first;
    asked_.push_back({std::string(id), std::string(term), std::string(category), {}});
  }
  asked_[it->second].occurrences.push_back({tier, section, begin, end, sentence_begin, sentence_end,
                                            std::move(key), std::move(stem_key), acronym,
                                            std::move(lexicon_form)});
}

void ProfileBuilder::AddSkills() {
  for (const SkillMatch& m : posting_.matches.matches) {
    const FormKind kind = FormKindOf(m);
    Add(m.skill->id, m.skill->name, m.skill->category, m.begin, m.end,
        KeyOf(posting_.analyzed, m.first_token, m.token_count),
        StemKeyOf(posting_.analyzed, m.first_token, m.token_count),
        kind == FormKind::kAcronym || kind == FormKind::kExpansion, m.form);
  }
}

// Every occurrence of each candidate term, in one pass over the tokens.
void ProfileBuilder::AddCandidates() {
  if (posting_.matches.candidates.empty()) return;
  StringMap<const CandidateTerm*> candidates;
  WordFilter filter;  // most words are no candidate: ruled out before hashing
  for (const CandidateTerm& c : posting_.matches.candidates) {
    candidates.emplace(c.normalized, &c);
    filter.Add(c.normalized);
  }
  for (const Token& t : posting_.analyzed.tokens) {
    if (t.part || !filter.MayContain(t.normalized)) continue;
    auto it = candidates.find(t.normalized);
    if (it == candidates.end()) continue;
    const CandidateTerm& c = *it->second;
    Add(std::string(kCandidatePrefix) + c.normalized, c.text, "unknown", t.begin, t.end,
        t.normalized, t.stem, false, c.text);
  }
}

PostingKeyword ProfileBuilder::KeywordOf(const Asked& asked, const ScoringOptions& scoring) const {
  PostingKeyword k;
  k.id = asked.id;
  k.term = asked.term;
  k.category = asked.category;
  k.occurrences = static_cast<std::uint32_t>(asked.occurrences.size());
  const Occurrence* strongest = &asked.occurrences.front();
  const std::string_view text = posting_.text;
  for (const Occurrence& o : asked.occurrences) {
    if (TierRank(o.tier) < TierRank(strongest->tier)) strongest = &o;
    k.in_title = k.in_title || o.section == SectionKind::kTitle;
    k.acronym = k.acronym || o.acronym;
    AddDistinct(o.key, &k.keys);
    AddDistinct(o.stem_key, &k.stem_keys);
    AddDistinct(o.lexicon_form, &k.lexicon_forms);
    AddDistinct(text.substr(o.begin, o.end - o.begin), &k.forms);
  }
  for (auto* sorted : {&k.keys, &k.stem_keys, &k.lexicon_forms}) {
    std::sort(sorted->begin(), sorted->end());
  }
  k.tier = strongest->tier;
  k.begin = strongest->begin;
  k.end = strongest->end;
  k.sentence =
      text.substr(strongest->sentence_begin, strongest->sentence_end - strongest->sentence_begin);
  const double base = k.tier == PostingTier::kRequired    ? scoring.required_weight
                      : k.tier == PostingTier::kPreferred ? scoring.preferred_weight
                                                          : scoring.mentioned_weight;
  const double bonus = std::min(scoring.max_repeat_bonus,
                                scoring.repeat_bonus * static_cast<double>(k.occurrences - 1));
  k.weight = base * (1 + bonus) * (k.in_title ? scoring.title_factor : 1.0);
  return k;
}

PostingProfile ProfileBuilder::Finish(const ScoringOptions& scoring) const {
  PostingProfile profile;
  profile.sections = posting_.sections;
  profile.keywords.reserve(asked_.size());
  for (const Asked& asked : asked_) profile.keywords.push_back(KeywordOf(asked, scoring));
  return profile;
}

}  // namespace

std::string KeyOf(const AnalyzedText& text, std::uint32_t first, std::uint32_t count) {
  std::string key;
  for (std::uint32_t i = first; i < first + count && i < text.tokens.size(); ++i) {
    const Token& t = text.tokens[i];
    if (t.part && count > 1) continue;
    if (!key.empty()) key.push_back(' ');
    key += t.normalized;
  }
  return key;
}

std::string StemKeyOf(const AnalyzedText& text, std::uint32_t first, std::uint32_t count) {
  std::string key;
  for (std::uint32_t i = first; i < first + count && i < text.tokens.size(); ++i) {
    const Token& t = text.tokens[i];
    if (t.part && count > 1) continue;
    if (!key.empty()) key.push_back(' ');
    key += t.stem;
  }
  return key;
}

FormKind FormKindOf(const SkillMatch& m) {
  for (const SkillForm& f : m.skill->forms) {
    if (f.text == m.form) return f.kind;
  }
  return FormKind::kVariant;
}

PostingProfile BuildPostingProfile(const AnalyzedDocument& posting, const TierRules& tiers,
                                   const ScoringOptions& scoring) {
  ProfileBuilder builder(posting, tiers);
  builder.AddSkills();
  if (scoring.candidate_keywords) builder.AddCandidates();
  return builder.Finish(scoring);
}

}  // namespace tailorcore::detail
