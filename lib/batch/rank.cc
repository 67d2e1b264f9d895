// Batch ranking from text: each posting analyzed and compared on the pool (batch/rank_pool.h).
#include "batch/rank_pool.h"
#include "engine/engine_impl.h"
#include "tailorcore/batch.h"

namespace tailorcore {
namespace detail {

std::size_t ThreadCount(const RankOptions& options) {
  if (options.threads > 0) return options.threads;
  const unsigned hardware = std::thread::hardware_concurrency();
  return hardware == 0 ? 1 : hardware;
}

RankedPosting Summarize(Report report, std::size_t index, std::string id, std::string title,
                        const RankOptions& options) {
  RankedPosting r;
  r.index = index;
  r.id = std::move(id);
  r.title = std::move(title);
  r.score = report.score;
  r.literal_score = report.literal_score;
  r.tiers = report.tiers;
  for (std::size_t i = 0; i < report.missing.size() && i < options.top_missing; ++i) {
    r.top_missing.push_back(report.missing[i]);
    for (const Keyword& k : report.keywords) {
      if (k.id == report.missing[i]) r.top_missing_terms.push_back(k.term);
    }
  }
  if (options.keep_reports) r.report = std::move(report);
  return r;
}

}  // namespace detail

RankSummary RankStream(const Engine& engine, const Document& resume,
                       const std::function<bool(PostingInput*)>& next,
                       const std::function<void(RankedPosting&&)>& sink,
                       const RankOptions& options) {
  const Engine::Impl& impl = detail::EngineAccess::Of(engine);
  const Document::Impl& analyzed_resume = detail::EngineAccess::Of(resume);
  return detail::RankPool<PostingInput>(
      next,
      [&](PostingInput& p, std::size_t index) {
        std::string text = p.title.empty() ? std::move(p.text) : p.title + "\n" + p.text;
        // Without full reports, only the score part of the comparison is done.
        const auto analyzed = impl.Analyze(text, detail::DocumentType::kPosting);
        return detail::Summarize(impl.Compare(analyzed_resume, *analyzed,
                                              options.keep_reports ? detail::CompareDepth::kFull
                                                                   : detail::CompareDepth::kScore),
                                 index, std::move(p.id), std::move(p.title), options);
      },
      sink, options);
}

std::vector<RankedPosting> Rank(const Engine& engine, const Document& resume,
                                const std::vector<PostingInput>& postings,
                                const RankOptions& options) {
  std::size_t i = 0;
  std::vector<RankedPosting> out;
  RankStream(
      engine, resume,
      [&](PostingInput* p) {
        if (i >= postings.size()) return false;
        *p = postings[i++];
        return true;
      },
      [&](RankedPosting&& r) { out.push_back(std::move(r)); }, options);
  return out;
}

}  // namespace tailorcore
