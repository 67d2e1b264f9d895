// Batch ranking: chunks of postings compared by a pool of threads, results in input order or
// kept in a bounded heap for top-k.
#include <algorithm>
#include <atomic>
#include <thread>

#include "tailorcore/batch.h"

#include "engine/engine_impl.h"

namespace tailorcore {
namespace {

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

// Better first: higher score, then earlier input.
bool Better(const RankedPosting& a, const RankedPosting& b) {
  return a.score != b.score ? a.score > b.score : a.index < b.index;
}

}  // namespace

RankSummary RankStream(const Engine& engine, const Document& resume,
                       const std::function<bool(PostingInput*)>& next,
                       const std::function<void(RankedPosting&&)>& sink,
                       const RankOptions& options) {
  const std::size_t threads = ThreadCount(options);
  const std::size_t chunk_size = options.chunk > 0 ? options.chunk : 64 * threads;
  RankSummary summary;
  // top-k: a heap (std::push_heap) whose front is the worst kept result.
  auto worse_on_top = [](const RankedPosting& a, const RankedPosting& b) { return Better(a, b); };
  std::vector<RankedPosting> heap;

  std::vector<PostingInput> chunk;
  std::vector<std::optional<RankedPosting>> results;
  bool more = true;
  while (more) {
    chunk.clear();
    while (chunk.size() < chunk_size) {
      PostingInput input;
      if (!next(&input)) {
        more = false;
        break;
      }
      chunk.push_back(std::move(input));
    }
    if (chunk.empty()) break;
    results.assign(chunk.size(), std::nullopt);
    const std::size_t base = summary.postings;
    std::atomic<std::size_t> cursor{0};
    auto work = [&] {
      for (std::size_t i = cursor++; i < chunk.size(); i = cursor++) {
        PostingInput& p = chunk[i];
        std::string text = p.title.empty() ? std::move(p.text) : p.title + "\n" + p.text;
        std::string title = std::move(p.title);
        // Without full reports, only the score part of the comparison is done.
        const Engine::Impl& impl = detail::EngineAccess::Of(engine);
        const auto analyzed = impl.Analyze(text, detail::DocumentType::kPosting);
        results[i] = Summarize(impl.Compare(detail::EngineAccess::Of(resume), *analyzed,
                                            options.keep_reports ? detail::CompareDepth::kFull
                                                                 : detail::CompareDepth::kScore),
                               base + i, std::move(p.id), std::move(title), options);
      }
    };
    const std::size_t workers = std::min(threads, chunk.size());
    std::vector<std::thread> pool;
    pool.reserve(workers > 0 ? workers - 1 : 0);
    for (std::size_t t = 1; t < workers; ++t) pool.emplace_back(work);
    work();
    for (std::thread& t : pool) t.join();
    summary.postings += chunk.size();
    for (auto& r : results) {
      if (options.top_k == 0) {
        sink(std::move(*r));
        ++summary.kept;
      } else if (heap.size() < options.top_k) {
        heap.push_back(std::move(*r));
        std::push_heap(heap.begin(), heap.end(), worse_on_top);
      } else if (Better(*r, heap.front())) {
        std::pop_heap(heap.begin(), heap.end(), worse_on_top);
        heap.back() = std::move(*r);
        std::push_heap(heap.begin(), heap.end(), worse_on_top);
      }
    }
  }
  if (options.top_k > 0) {
    std::sort(heap.begin(), heap.end(), Better);
    for (RankedPosting& r : heap) {
      sink(std::move(r));
      ++summary.kept;
    }
  }
  return summary;
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
