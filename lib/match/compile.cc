// Lexicon::Impl::Compile: analyzes every form of every skill into the phrase index.
#include <string>
#include <unordered_set>

#include "base/embedded_data.h"
#include "base/text.h"
#include "base/word_list.h"
#include "lang/languages.h"
#include "lexicon/transliteration.h"
#include "match/lexicon_impl.h"

namespace tailorcore {
namespace {

// Generated transliterations shorter than this collide with ordinary Russian words too often
// ("жира" from Jira is a form of "жир", fat).
constexpr std::size_t kMinTransliteratedLetters = 5;
constexpr std::size_t kMinInflectedStem = 5;  // letters a generated spelling keeps to inflect

MatchKind ExactKind(FormKind kind) {
  switch (kind) {
    case FormKind::kName:
      return MatchKind::kExact;
    case FormKind::kVariant:
      return MatchKind::kVariant;
    case FormKind::kAcronym:
    case FormKind::kExpansion:
      return MatchKind::kAcronym;
    case FormKind::kTransliteration:
      return MatchKind::kTransliteration;
  }
  return MatchKind::kVariant;
}

bool IsAsciiLetters(std::string_view s) {
  for (char c : s) {
    if (c < 'a' || c > 'z') return false;
  }
  return !s.empty();
}

// Adds the one or two word sequences of a form (the compound whole, and its parts when it has
// any) to the index. Returns false when the form has no words.
bool AddToIndex(const AnalyzedText& analyzed, std::uint32_t skill, std::uint32_t form,
                const SkillForm& skill_form, detail::PhraseIndex* index) {
  detail::CompiledForm whole{
      skill, form, {}, {}, ExactKind(skill_form.kind), false, skill_form.ambiguous, {}, {}};
  const std::size_t n = analyzed.tokens.size();
  for (auto* v : {&whole.words, &whole.stems}) v->reserve(n);
  detail::CompiledForm parts = whole;
  for (auto* v : {&parts.words, &parts.stems}) v->reserve(n);
  bool has_parts = false;
  for (const Token& t : analyzed.tokens) {
    // Inflected matches need an ordinary word to inflect ("A/B тестов" for "A/B тесты"); tech
    // tokens and numbers keep their form as their stem, so they still match only exactly.
    if (!t.part && t.kind == TokenKind::kWord && t.script != Script::kOther) {
      whole.stemmable = true;
    }
    if (!t.part) {
      whole.words.push_back(t.normalized);
      whole.stems.push_back(t.stem);
    }
    if (t.compound) continue;  // replaced by its parts in the parts sequence, if it has any
    if (t.part) has_parts = true;
    parts.words.push_back(t.normalized);
    parts.stems.push_back(t.stem);
  }
  if (whole.words.empty()) return false;
  // An ambiguous form matches only as written: "Go" must not find "going".
  if (skill_form.ambiguous) whole.stemmable = false;
  parts.stemmable = whole.stemmable;
  if (has_parts) index->Add(std::move(parts));
  index->Add(std::move(whole));
  return true;
}

// Each skill's broader skills through any chain of `relations`, nearest first.
std::vector<std::vector<std::size_t>> Closure(
    const std::vector<std::pair<std::size_t, std::size_t>>& relations, std::size_t skills) {
  std::vector<std::vector<std::size_t>> broader(skills);
  for (const auto& [member, umbrella] : relations) broader[member].push_back(umbrella);
  std::vector<std::vector<std::size_t>> closure(skills);
  for (std::size_t s = 0; s < skills; ++s) {
    if (broader[s].empty()) continue;
    std::vector<bool> seen(skills, false);
    seen[s] = true;
    std::vector<std::size_t> queue = broader[s];
    for (std::size_t q = 0; q < queue.size(); ++q) {
      const std::size_t u = queue[q];
      if (seen[u]) continue;
      seen[u] = true;
      closure[s].push_back(u);
      queue.insert(queue.end(), broader[u].begin(), broader[u].end());
    }
  }
  return closure;
}

// Skill::implies and Skill::kind_of of every skill.
void AddImplied(const LexiconBuilder::State& state, Lexicon::Impl* impl) {
  const std::size_t n = impl->skills.size();
  const auto implies = Closure(state.implies, n);
  const auto kinds = Closure(state.kinds, n);
  for (std::size_t s = 0; s < n; ++s) {
    for (std::size_t u : implies[s]) impl->skills[s].implies.push_back(impl->skills[u].id);
    for (std::size_t u : kinds[s]) impl->skills[s].kind_of.push_back(impl->skills[u].id);
  }
}

// The guards' data: ambiguity traps, generic words, each language's inflection rule.
Status LoadMatchData(Lexicon::Impl* impl) {
  auto traps = detail::EmbeddedData("lexicon/traps.txt");
  if (!traps.ok()) return traps.status();
  if (Status s = impl->guard.Load(*traps, "data/lexicon/traps.txt", impl->analyzer); !s.ok()) {
    return s;
  }
  auto proofs = detail::EmbeddedData("lexicon/proofs.txt");
  if (!proofs.ok()) return proofs.status();
  if (Status s = impl->guard.LoadProofs(*proofs, "data/lexicon/proofs.txt", impl->analyzer);
      !s.ok()) {
    return s;
  }
  impl->guard.Finish();
  for (const auto& [file, words] :
       {std::pair{"lexicon/generic-words.txt", &impl->candidate_words.generic},
        std::pair{"lexicon/company-forms.txt", &impl->candidate_words.company_forms}}) {
    auto content = detail::EmbeddedData(file);
    if (!content.ok()) return content.status();
    for (const auto& entry : detail::ParseWordList(*content)) {
      words->insert(impl->analyzer.Normalize(entry.text));
    }
  }
  auto cues = detail::EmbeddedData("lexicon/company-cues.txt");
  if (!cues.ok()) return cues.status();
  for (const auto& entry : detail::ParseWordList(*cues)) {
    impl->candidate_words.company_cues.push_back(entry.text);
    impl->candidate_words.company_cue_starts += entry.text.substr(0, 1);
  }
  auto languages = detail::Languages::Bundled();
  if (!languages.ok()) return languages.status();
  for (std::size_t i = 0; i < (*languages)->size(); ++i) {
    const auto id = static_cast<LanguageId>(i);
    auto content = (*languages)->File(id, "inflection.tsv");
    if (!content.ok()) return content.status();
    auto rule =
        detail::InflectionRule::Parse(*content, (*languages)->FileName(id, "inflection.tsv"));
    if (!rule.ok()) return rule.status();
    impl->inflection.push_back(std::move(*rule));
  }
  return Status();
}

// A Cyrillic spelling of a Latin name inflects as a Russian noun on the spelling itself
// ("Графана" → "Графане", "Графаной"; "Кибана" → "Кибане"), where Snowball, taking the name for
// an adjective or participle, stems it shorter than its inflections ("графана" → "графа",
// "графане" → "графан"). So a one-word transliteration is also found by its base, the spelling
// without a final "а" or "я": when that base is Snowball's stem of nothing it already is, has
// at least kMinInflectedStem letters and is no native word's stem.
void AddInflectedBase(const Token& t, std::uint32_t skill, std::uint32_t form,
                      const std::unordered_set<std::string>& native_stems,
                      detail::PhraseIndex* index) {
  std::string base = t.normalized;
  for (std::string_view vowel : {"\u0430", "\u044F"}) {  // а, я
    if (base.ends_with(vowel)) base.resize(base.size() - vowel.size());
  }
  if (base == t.normalized || base == t.stem || detail::CodePointCount(base) < kMinInflectedStem ||
      native_stems.contains(base)) {
    return;
  }
  index->Add(detail::CompiledForm{
      skill, form, {t.normalized}, {base}, MatchKind::kTransliteration, true, false, {}, {}});
}

// What generating transliterations needs across skills: the transform, the spellings already
// taken (the languages' native words among them: inflection.tsv `native-word`), and the
// native words' stems.
struct Transliteration {
  explicit Transliteration(std::string_view table) : transform(table) {}
  detail::LatinToCyrillic transform;
  std::unordered_set<std::string> taken;
  std::unordered_set<std::string> native_stems;
};

// Adds every language's native words to `state`: as taken spellings, and their stems.
void AddNativeWords(const Lexicon::Impl& impl, Transliteration* state) {
  for (const detail::InflectionRule& rule : impl.inflection) {
    for (const std::string& word : rule.native_words) {
      const AnalyzedText analyzed = impl.analyzer.Analyze(word);
      if (analyzed.tokens.size() != 1) continue;
      state->taken.insert(analyzed.tokens[0].normalized);
      state->native_stems.insert(analyzed.tokens[0].stem);
    }
  }
}

// Latin → Cyrillic for a single-word name of a technical skill ("kafka" → "кафка"), added as a
// generated form of skill `s` when its spelling is free.
void AddTransliteration(Lexicon::Impl* impl, std::uint32_t s, const SkillForm& form,
                        const AnalyzedText& analyzed, Transliteration* state) {
  if (form.ambiguous || (form.kind != FormKind::kName && form.kind != FormKind::kVariant) ||
      analyzed.tokens.size() != 1 || !IsAsciiLetters(analyzed.tokens[0].normalized) ||
      analyzed.tokens[0].normalized.size() < kMinTransliteratedLetters) {
    return;
  }
  const std::string cyrillic = state->transform.Transliterate(analyzed.tokens[0].normalized);
  if (cyrillic.empty()) return;
  const AnalyzedText translit = impl->analyzer.Analyze(cyrillic);
  if (translit.tokens.size() != 1 || translit.tokens[0].stopword ||
      !state->taken.insert(translit.tokens[0].normalized).second) {
    return;
  }
  Skill& skill = impl->skills[s];
  skill.forms.push_back(SkillForm{cyrillic, FormKind::kTransliteration, false, true});
  detail::PhraseIndex& index = impl->index;
  AddToIndex(translit, s, static_cast<std::uint32_t>(skill.forms.size() - 1), skill.forms.back(),
             &index);
  // A generated spelling inflects only if Snowball takes at most one letter off it and leaves
  // five or more ("кубернетес" finds "Кубернетесом"): "ревит" → "рев" would find "ревью",
  // "стата" → "стат" would find "статьи"; and only if no native word has its stem: "модула"
  // (Modula) would find "модули".
  const Token& t = translit.tokens[0];
  const std::size_t stem = detail::CodePointCount(t.stem);
  if (detail::CodePointCount(t.normalized) > stem + 1 || stem < kMinInflectedStem ||
      state->native_stems.contains(t.stem)) {
    index.DisableStemming();
  }
  if (!state->native_stems.contains(t.stem)) {
    AddInflectedBase(t, s, static_cast<std::uint32_t>(skill.forms.size() - 1), state->native_stems,
                     &index);
  }
}

}  // namespace

StatusOr<std::shared_ptr<const Lexicon::Impl>> Lexicon::Impl::Compile(
    const LexiconBuilder::State& state) {
  auto impl = std::make_shared<Impl>(state.analyzer);
  impl->categories = state.categories;
  impl->category_index = state.category_index;
  impl->non_technical_categories = state.non_technical_categories;
  impl->skills = state.skills;
  impl->skill_index = state.skill_index;
  if (Status s = LoadMatchData(impl.get()); !s.ok()) return s;
  AddImplied(state, impl.get());

  // ICU's spellings of the bundled lexicon's words, made at its build
  // (lib/lexicon/transliteration.h).
  auto table = detail::EmbeddedData("lexicon/transliterations.tsv");
  if (!table.ok()) return table.status();
  Transliteration transliteration(*table);
  AddNativeWords(*impl, &transliteration);
  for (const auto& [key, owner] : state.form_owner) transliteration.taken.insert(key);
  for (std::uint32_t s = 0; s < impl->skills.size(); ++s) {
    const std::size_t written_forms = impl->skills[s].forms.size();
    const bool technical = impl->non_technical_categories.count(impl->skills[s].category) == 0;
    impl->skills[s].technical = technical;
    for (std::uint32_t f = 0; f < written_forms; ++f) {
      const SkillForm form = impl->skills[s].forms[f];
      const AnalyzedText& analyzed = state.analyzed[s][f];
      if (!AddToIndex(analyzed, s, f, form, &impl->index)) continue;
      if (form.kind == FormKind::kTransliteration && !form.ambiguous &&
          analyzed.tokens.size() == 1 && analyzed.tokens[0].script == Script::kCyrillic) {
        AddInflectedBase(analyzed.tokens[0], s, f, transliteration.native_stems, &impl->index);
      }
      if (technical) AddTransliteration(impl.get(), s, form, analyzed, &transliteration);
    }
  }
  impl->index.Finish();
  return std::shared_ptr<const Impl>(std::move(impl));
}

}  // namespace tailorcore
