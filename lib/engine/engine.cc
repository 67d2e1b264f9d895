#include "engine/engine_impl.h"

#include <ctime>

#include "match/lexicon_impl.h"
#include "profile/posting_profile.h"

namespace tailorcore {
namespace {

// Every language's advice sentences; the report is written in `advice_language`, or in the
// resume's language when it is empty.
StatusOr<detail::Advice> LoadAdvice(const detail::Languages& languages,
                                    const std::string& advice_language) {
  detail::Advice advice;
  advice.languages = &languages;
  for (std::size_t i = 0; i < languages.size(); ++i) {
    const auto id = static_cast<LanguageId>(i);
    auto content = languages.File(id, "messages.tsv");
    if (!content.ok()) return content.status();
    auto messages = detail::Messages::Parse(*content, languages.FileName(id, "messages.tsv"));
    if (!messages.ok()) return messages.status();
    advice.messages.push_back(std::move(*messages));
  }
  advice.fallback = languages.Find("en");
  if (advice.fallback == kNoLanguage) {
    return Status(StatusCode::kInternal, "the fallback advice language (en) is not registered");
  }
  if (!advice_language.empty()) {
    advice.report_language = languages.Find(advice_language);
    if (advice.report_language == kNoLanguage) {
      std::string known;
      for (const auto& l : languages.all()) known += (known.empty() ? "" : ", ") + l.code;
      return Status(StatusCode::kInvalidArgument,
                    "unknown advice language '" + advice_language + "' (known: " + known + ")");
    }
  }
  return advice;
}

StatusOr<Lexicon> BuildLexicon(const EngineOptions& options) {
  auto builder = options.bundled_lexicon ? LexiconBuilder::Bundled(options.analyzer)
                                         : LexiconBuilder::Empty(options.analyzer);
  if (!builder.ok()) return builder.status();
  for (const std::string& file : options.lexicon_files) {
    if (Status st = builder->AddFile(file); !st.ok()) return st;
  }
  return builder->Build();
}

// A resume's spoken languages with their levels, and the language it is written in (the
// registry's name of the language of most of its words, as a skill id: "english").
void FindSpoken(const detail::LanguageLevels& levels, detail::AnalyzedDocument* doc) {
  for (const SkillMatch& m : doc->matches.matches) {
    if (m.nested || m.skill->category != detail::kSpokenLanguages) continue;
    doc->spoken.push_back({m.skill->id, levels.LevelNear(doc->text, m.begin, m.end)});
  }
  auto languages = detail::Languages::Bundled();
  if (!languages.ok()) return;
  std::vector<std::size_t> words((*languages)->size(), 0);
  for (const Token& t : doc->analyzed.tokens) {
    if (t.language < words.size()) ++words[t.language];
  }
  const auto most = std::max_element(words.begin(), words.end());
  if (most == words.end() || *most == 0) return;
  std::string name = (*languages)->all()[static_cast<std::size_t>(most - words.begin())].name;
  for (char& ch : name) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  doc->written_in = name;
  doc->language = static_cast<LanguageId>(most - words.begin());
}

// The month of options.as_of, or of today (UTC) when it is empty.
StatusOr<detail::MonthIndex> AsOf(const EngineOptions& options) {
  if (!options.as_of.empty()) return detail::ParseIsoMonth(options.as_of);
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  return (utc.tm_year + 1900) * 12 + utc.tm_mon;
}

}  // namespace

const char* Version() { return TAILORCORE_VERSION_STRING; }

const std::string& Document::text() const { return impl_->text; }
const AnalyzedText& Document::analyzed() const { return impl_->analyzed; }
const MatchResult& Document::matches() const { return impl_->matches; }
const std::vector<Section>& Document::sections() const { return impl_->sections; }

StatusOr<Engine> Engine::Create(const EngineOptions& options) {
  if (Status s = CheckScoringOptions(options.scoring); !s.ok()) return s;
  auto languages = detail::Languages::Bundled();
  if (!languages.ok()) return languages.status();
  auto lexicon = BuildLexicon(options);
  if (!lexicon.ok()) return lexicon.status();
  const Analyzer& analyzer = lexicon->analyzer();
  auto sections = detail::SectionFinder::Create(**languages, analyzer);
  if (!sections.ok()) return sections.status();
  auto tiers = detail::TierRules::Create(**languages, analyzer);
  if (!tiers.ok()) return tiers.status();
  auto bullets = detail::BulletRules::Create(**languages, analyzer);
  if (!bullets.ok()) return bullets.status();
  auto alternatives = detail::AlternativeRules::Create(**languages, analyzer);
  if (!alternatives.ok()) return alternatives.status();
  auto advice = LoadAdvice(**languages, options.advice_language);
  if (!advice.ok()) return advice.status();
  auto experience = detail::ExperienceRules::Create(**languages);
  if (!experience.ok()) return experience.status();
  auto as_of = AsOf(options);
  if (!as_of.ok()) return as_of.status();
  auto levels = detail::LanguageLevels::Create(**languages);
  if (!levels.ok()) return levels.status();
  auto credentials = detail::CredentialRules::Create(**languages);
  if (!credentials.ok()) return credentials.status();
  auto impl = std::make_shared<Impl>(Impl{options,
                                          std::move(*lexicon),
                                          std::move(*sections),
                                          std::move(*tiers),
                                          std::move(*bullets),
                                          std::move(*alternatives),
                                          std::move(*advice),
                                          std::move(*experience),
                                          std::move(*levels),
                                          std::move(*credentials),
                                          *as_of,
                                          {}});
  impl->advice.credentials = &impl->credentials;  // the engine's own, for as long as it lives
  return Engine(std::shared_ptr<const Impl>(std::move(impl)));
}

std::shared_ptr<const Document::Impl> Engine::Impl::Analyze(
    std::string_view text, detail::DocumentType type, const detail::HeadingBlocks& blocks) const {
  auto doc = std::make_shared<Document::Impl>();
  doc->type = type;
  // One pass: the analyzer hands the matcher each token's vocabulary ids.
  const Lexicon::Impl& lex = detail::LexiconAccess::Of(lexicon);
  thread_local detail::TokenIds ids;  // reused, not reallocated, posting after posting
  doc->analyzed = lex.Analyze(text, &ids);
  // Offsets are into the analyzed prefix when the input was too long (AnalyzedText::truncated).
  doc->text.assign(text.substr(0, doc->analyzed.input_bytes));
  doc->matches = lex.Match(doc->analyzed, doc->text, true, &ids);
  // A huge document's ids are not kept for the thread's life (8 bytes a token).
  constexpr std::size_t kKeptIds = std::size_t{1} << 20;
  if (ids.word.capacity() > kKeptIds) ids = {};
  doc->sections = sections.Find(doc->analyzed, doc->text, type, doc->matches.matches, blocks);
  // Bullets matter only in a resume (evidence strength, the bullet review).
  if (type == detail::DocumentType::kResume) {
    doc->items = detail::SplitLineItems(doc->text);
    doc->entries = experience.FindEntries(doc->text, doc->sections);
    doc->AdoptRoleLinesAbove();
    doc->bullets = detail::FindBullets(bullets, *doc);  // after the entries: RoleLine reads them
    doc->credentials = credentials.FindInResume(doc->text, doc->sections, doc->entries);
    FindSpoken(levels, doc.get());
    const std::vector<Token>& tokens = doc->analyzed.tokens;
    for (std::uint32_t i = 0; i < tokens.size(); ++i) {
      if (!tokens[i].part) doc->word_positions[tokens[i].normalized].push_back(i);
    }
  }
  return doc;
}

PostingProfile Engine::Impl::Profile(const Document::Impl& posting) const {
  return detail::BuildPostingProfile(
      posting, {tiers, alternatives, experience, levels, credentials}, options.scoring);
}

Report Engine::Impl::Score(const Document::Impl& resume, const PostingProfile& profile,
                           detail::CompareDepth depth) const {
  return detail::Score(resume, profile, options.scoring, depth, advice, as_of);
}

Report Engine::Impl::Compare(const Document::Impl& resume, const Document::Impl& posting,
                             detail::CompareDepth depth) const {
  return Score(resume, Profile(posting), depth);
}

Document Engine::AnalyzeResume(std::string_view text) const {
  return Document(impl_->Analyze(text, detail::DocumentType::kResume));
}

Document Engine::AnalyzePosting(std::string_view text) const {
  return Document(impl_->Analyze(text, detail::DocumentType::kPosting));
}

Document Engine::AnalyzeResume(const Extracted& document) const {
  return Document(impl_->Analyze(document.text, detail::DocumentType::kResume,
                                 detail::HeadingBlocksOf(document)));
}

Document Engine::AnalyzePosting(const Extracted& document) const {
  return Document(impl_->Analyze(document.text, detail::DocumentType::kPosting,
                                 detail::HeadingBlocksOf(document)));
}

Report Engine::Compare(const Document& resume, const Document& posting) const {
  return impl_->Compare(*resume.impl_, *posting.impl_);
}

Report Engine::Compare(const Document& resume, std::string_view posting) const {
  return impl_->Compare(*resume.impl_, *impl_->Analyze(posting, detail::DocumentType::kPosting));
}

Report Engine::Compare(std::string_view resume, std::string_view posting) const {
  return impl_->Compare(*impl_->Analyze(resume, detail::DocumentType::kResume),
                        *impl_->Analyze(posting, detail::DocumentType::kPosting));
}

PostingProfile Engine::Profile(const Document& posting) const {
  return impl_->Profile(*posting.impl_);
}

PostingProfile Engine::Profile(std::string_view posting) const {
  return impl_->Profile(*impl_->Analyze(posting, detail::DocumentType::kPosting));
}

Report Engine::Score(const Document& resume, const PostingProfile& profile) const {
  return impl_->Score(*resume.impl_, profile);
}

const Lexicon& Engine::lexicon() const { return impl_->lexicon; }
const EngineOptions& Engine::options() const { return impl_->options; }

}  // namespace tailorcore
