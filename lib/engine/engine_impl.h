// The engine's immutable state, and an analyzed document's.
#ifndef TAILORCORE_LIB_ENGINE_ENGINE_IMPL_H_
#define TAILORCORE_LIB_ENGINE_ENGINE_IMPL_H_

#include <string>
#include <vector>

#include "common/string_hash.h"
#include "compare/bullets.h"
#include "structure/lines.h"
#include "structure/posting_tiers.h"
#include "structure/sections.h"
#include "tailorcore/engine.h"

namespace tailorcore {

namespace detail {
// How much of a report Compare fills: everything, or the score, literal score, tier coverage,
// keywords (with tier, weight, credit, match) and missing list alone (what ranking keeps).
enum class CompareDepth { kFull, kScore };
}  // namespace detail

class Document::Impl {
 public:
  std::string text;
  AnalyzedText analyzed;
  MatchResult matches;
  std::vector<Section> sections;
  std::vector<detail::LineItem> items;  // resumes only
  std::vector<BulletReview> bullets;    // resumes only: reviewed, relevance 0
  // Resumes only: each normalized word (outside compound parts) → its tokens, in order.
  detail::StringMap<std::vector<std::uint32_t>> word_positions;
  detail::DocumentType type = detail::DocumentType::kResume;

  // The section holding byte `offset` (kOther when none).
  SectionKind SectionAt(std::uint32_t offset) const;
  // The line item holding byte `offset`, or nullptr.
  const detail::LineItem* ItemAt(std::uint32_t offset) const;
};

class Engine::Impl {
 public:
  Impl(EngineOptions o, Lexicon l, detail::SectionFinder s, detail::TierRules t,
       detail::BulletRules b)
      : options(std::move(o)),
        lexicon(std::move(l)),
        sections(std::move(s)),
        tiers(std::move(t)),
        bullets(std::move(b)) {}

  std::shared_ptr<const Document::Impl> Analyze(std::string_view text,
                                                detail::DocumentType type) const;
  Report Compare(const Document::Impl& resume, const Document::Impl& posting,
                 detail::CompareDepth depth = detail::CompareDepth::kFull) const;

  EngineOptions options;
  Lexicon lexicon;
  detail::SectionFinder sections;
  detail::TierRules tiers;
  detail::BulletRules bullets;
};

namespace detail {

struct EngineAccess {
  static const Engine::Impl& Of(const Engine& engine) { return *engine.impl_; }
  static const Document::Impl& Of(const Document& document) { return *document.impl_; }
};

}  // namespace detail
}  // namespace tailorcore

#endif  // TAILORCORE_LIB_ENGINE_ENGINE_IMPL_H_
