#include <algorithm>
#include <cmath>

#include "compare/suggestions.h"
#include "data/embedded_data.h"
#include "engine/engine_impl.h"

namespace tailorcore {

SectionKind Document::Impl::SectionAt(std::uint32_t offset) const {
  // Sections are in order and do not overlap; the last one starting at or before `offset`.
  auto it = std::upper_bound(sections.begin(), sections.end(), offset,
                             [](std::uint32_t o, const Section& s) { return o < s.begin; });
  if (it == sections.begin()) return SectionKind::kOther;
  --it;
  return offset < it->end ? it->kind : SectionKind::kOther;
}

const detail::LineItem* Document::Impl::ItemAt(std::uint32_t offset) const {
  auto it =
      std::upper_bound(items.begin(), items.end(), offset,
                       [](std::uint32_t o, const detail::LineItem& i) { return o < i.begin; });
  if (it == items.begin()) return nullptr;
  --it;
  return offset < it->end ? &*it : nullptr;
}

const std::string& Document::text() const { return impl_->text; }
const AnalyzedText& Document::analyzed() const { return impl_->analyzed; }
const MatchResult& Document::matches() const { return impl_->matches; }
const std::vector<Section>& Document::sections() const { return impl_->sections; }

StatusOr<Engine> Engine::Create(const EngineOptions& options) {
  const ScoringOptions& s = options.scoring;
  for (double w :
       {s.required_weight, s.preferred_weight, s.mentioned_weight, s.title_factor, s.repeat_bonus,
        s.max_repeat_bonus, s.experience_credit, s.summary_credit, s.listed_credit}) {
    if (!std::isfinite(w) || w < 0) {
      return Status(StatusCode::kInvalidArgument,
                    "scoring weights must be finite and not negative");
    }
  }
  for (double c : {s.experience_credit, s.summary_credit, s.listed_credit}) {
    if (c > 1) return Status(StatusCode::kInvalidArgument, "credits must be between 0 and 1");
  }
  auto builder = options.bundled_lexicon ? LexiconBuilder::Bundled(options.analyzer)
                                         : LexiconBuilder::Empty(options.analyzer);
  if (!builder.ok()) return builder.status();
  for (const std::string& file : options.lexicon_files) {
    if (Status st = builder->AddFile(file); !st.ok()) return st;
  }
  auto lexicon = builder->Build();
  if (!lexicon.ok()) return lexicon.status();
  const Analyzer& analyzer = lexicon->analyzer();
  auto sections =
      detail::SectionFinder::Create(detail::EmbeddedData("structure/section-headings.tsv"),
                                    "data/structure/section-headings.tsv", analyzer);
  if (!sections.ok()) return sections.status();
  if (Status st = sections->AddPostingCues(detail::EmbeddedData("structure/section-cues.tsv"),
                                           "data/structure/section-cues.tsv");
      !st.ok()) {
    return st;
  }
  auto tiers = detail::TierRules::Create(detail::EmbeddedData("structure/tier-cues.tsv"),
                                         "data/structure/tier-cues.tsv", analyzer);
  if (!tiers.ok()) return tiers.status();
  auto bullets = detail::BulletRules::Create(
      detail::EmbeddedData("structure/action-verbs.txt"),
      detail::EmbeddedData("structure/weak-openers.txt"),
      detail::EmbeddedData("structure/measurable-results.txt"), analyzer);
  if (!bullets.ok()) return bullets.status();
  return Engine(std::make_shared<const Impl>(options, std::move(*lexicon), std::move(*sections),
                                             std::move(*tiers), std::move(*bullets)));
}

std::shared_ptr<const Document::Impl> Engine::Impl::Analyze(std::string_view text,
                                                            detail::DocumentType type) const {
  auto doc = std::make_shared<Document::Impl>();
  doc->type = type;
  doc->analyzed = lexicon.analyzer().Analyze(text);
  // Offsets are into the analyzed prefix when the input was too long (AnalyzedText::truncated).
  doc->text.assign(text.substr(0, doc->analyzed.input_bytes));
  doc->matches = lexicon.MatchWithCandidates(doc->analyzed, doc->text);
  doc->sections = sections.Find(doc->analyzed, doc->text, type);
  // Bullets matter only in a resume (evidence strength, the bullet review).
  if (type == detail::DocumentType::kResume) {
    doc->items = detail::SplitLineItems(doc->text);
    doc->bullets = detail::FindBullets(*this, *doc);
    const std::vector<Token>& tokens = doc->analyzed.tokens;
    for (std::uint32_t i = 0; i < tokens.size(); ++i) {
      if (!tokens[i].part) doc->word_positions[tokens[i].normalized].push_back(i);
    }
  }
  return doc;
}

Document Engine::AnalyzeResume(std::string_view text) const {
  return Document(impl_->Analyze(text, detail::DocumentType::kResume));
}

Document Engine::AnalyzePosting(std::string_view text) const {
  return Document(impl_->Analyze(text, detail::DocumentType::kPosting));
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

const Lexicon& Engine::lexicon() const { return impl_->lexicon; }
const EngineOptions& Engine::options() const { return impl_->options; }

}  // namespace tailorcore
