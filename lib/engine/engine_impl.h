// The engine's immutable state, and an analyzed document's.
#ifndef TAILORCORE_LIB_ENGINE_ENGINE_IMPL_H_
#define TAILORCORE_LIB_ENGINE_ENGINE_IMPL_H_

#include <memory>
#include <mutex>
#include <string>
#include <string_view>

#include "compare/compare.h"
#include "profile/requirement_groups.h"
#include "structure/bullets.h"
#include "structure/credentials.h"
#include "structure/document.h"
#include "structure/experience.h"
#include "structure/posting_tiers.h"
#include "structure/sections.h"
#include "tailorcore/engine.h"

namespace tailorcore {

class Document::Impl : public detail::AnalyzedDocument {};

class Engine::Impl {
 public:
  // `blocks`: the document's heading blocks when it was extracted from DOCX, HTML, Markdown or
  // PDF (SectionFinder::Find).
  std::shared_ptr<const Document::Impl> Analyze(std::string_view text, detail::DocumentType type,
                                                const detail::HeadingBlocks& blocks = {}) const;
  PostingProfile Profile(const Document::Impl& posting) const;
  Report Compare(const Document::Impl& resume, const Document::Impl& posting,
                 detail::CompareDepth depth = detail::CompareDepth::kFull) const;
  Report Score(const Document::Impl& resume, const PostingProfile& profile,
               detail::CompareDepth depth = detail::CompareDepth::kFull) const;

  Tailored Tailor(const Document::Impl& resume, const PostingProfile& profile,
                  const TailorOptions& options) const;
  EngineOptions options;
  Lexicon lexicon;
  detail::SectionFinder sections;
  detail::TierRules tiers;
  detail::BulletRules bullets;
  detail::AlternativeRules alternatives;
  detail::Advice advice;
  detail::ExperienceRules experience;
  detail::LanguageLevels levels;
  detail::CredentialRules credentials;
  detail::MonthIndex as_of = 0;
  // IndexFingerprint's value, computed on first use (std::call_once: thread-safe).
  struct Lazy {
    Lazy() = default;
    Lazy(Lazy&&) noexcept {}  // moved only while the engine is built: nothing computed yet
    std::once_flag once;
    std::string value;
  };
  mutable Lazy fingerprint;
};

namespace detail {

struct EngineAccess {
  static const Engine::Impl& Of(const Engine& engine) { return *engine.impl_; }
  static const Document::Impl& Of(const Document& document) { return *document.impl_; }
};

}  // namespace detail
}  // namespace tailorcore

#endif  // TAILORCORE_LIB_ENGINE_ENGINE_IMPL_H_
