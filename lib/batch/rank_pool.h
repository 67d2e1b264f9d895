// The batch machinery shared by ranking from text (RankStream) and from stored profiles (the
// posting index): chunks of items scored by a pool of threads, results in input order or the
// best k in a bounded heap.
#ifndef TAILORCORE_LIB_BATCH_RANK_POOL_H_
#define TAILORCORE_LIB_BATCH_RANK_POOL_H_

#include <algorithm>
#include <atomic>
#include <exception>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "tailorcore/batch.h"

namespace tailorcore::detail {

// The result line of a report: scores, tiers, the first `options.top_missing` missing keywords
// (ids and names), and the report itself when `options.keep_reports`.
RankedPosting Summarize(Report report, std::size_t index, std::string id, std::string title,
                        const RankOptions& options);

// Better first: higher score, then earlier input.
inline bool Better(const RankedPosting& a, const RankedPosting& b) {
  return a.score != b.score ? a.score > b.score : a.index < b.index;
}

// The best k results seen (Better), in a heap whose front is the worst kept.
class TopK {
 public:
  explicit TopK(std::size_t k) : k_(k) {}
  // Keeps `r` when fewer than k are kept or it is better than the worst kept.
  void Push(RankedPosting&& r) {
    auto worse_on_top = [](const RankedPosting& a, const RankedPosting& b) { return Better(a, b); };
    if (heap_.size() < k_) {
      heap_.push_back(std::move(r));
      std::push_heap(heap_.begin(), heap_.end(), worse_on_top);
    } else if (Better(r, heap_.front())) {
      std::pop_heap(heap_.begin(), heap_.end(), worse_on_top);
      heap_.back() = std::move(r);
      std::push_heap(heap_.begin(), heap_.end(), worse_on_top);
    }
  }
  bool full() const { return heap_.size() >= k_; }
  // The worst result kept; precondition: full() (or at least one kept).
  const RankedPosting& worst() const { return heap_.front(); }
  // The kept results, best first; leaves it empty.
  std::vector<RankedPosting> Take() {
    std::sort(heap_.begin(), heap_.end(), Better);
    return std::move(heap_);
  }

 private:
  std::size_t k_;
  std::vector<RankedPosting> heap_;
};

// `options.threads` worker threads, or all cores for 0.
std::size_t ThreadCount(const RankOptions& options);

// Reads items with `next` (calling thread only) a chunk of `chunk_size` at a time, maps each
// with `work(item, index)` on `threads` threads (index: its position in the input, from 0;
// `work` is called from any worker thread, so it must be thread-safe), and hands the results to
// `sink` from the calling thread, in input order. Returns the number of items. An exception
// thrown by `work` on any thread stops the workers and is rethrown on the calling thread.
template <typename Item, typename Result>
std::size_t MapInOrder(const std::function<bool(Item*)>& next,
                       const std::function<Result(Item&, std::size_t)>& work,
                       const std::function<void(Result&&)>& sink, std::size_t threads,
                       std::size_t chunk_size) {
  std::size_t count = 0;
  std::vector<Item> chunk;
  std::vector<std::optional<Result>> results;
  for (bool more = true; more;) {
    chunk.clear();
    while (chunk.size() < chunk_size) {
      Item item{};
      if (!next(&item)) {
        more = false;
        break;
      }
      chunk.push_back(std::move(item));
    }
    if (chunk.empty()) break;
    results.assign(chunk.size(), std::nullopt);
    std::atomic<std::size_t> cursor{0};
    std::exception_ptr failure;  // the first exception a worker met (out of memory, ...)
    std::mutex failure_mutex;
    auto run = [&] {
      try {
        for (std::size_t i = cursor++; i < chunk.size(); i = cursor++) {
          results[i] = work(chunk[i], count + i);
        }
      } catch (...) {
        const std::lock_guard<std::mutex> lock(failure_mutex);
        if (!failure) failure = std::current_exception();
        cursor = chunk.size();  // the other workers stop too
      }
    };
    const std::size_t workers = std::min(threads, chunk.size());
    std::vector<std::thread> pool;
    pool.reserve(workers > 0 ? workers - 1 : 0);
    for (std::size_t t = 1; t < workers; ++t) pool.emplace_back(run);
    run();
    for (std::thread& t : pool) t.join();
    if (failure) std::rethrow_exception(failure);  // on the calling thread, never terminate
    count += chunk.size();
    for (auto& r : results) sink(std::move(*r));
  }
  return count;
}

// Ranks the items of `next` scored by `score` (MapInOrder): results to `sink` in input order,
// or with top_k the best k in score order once the input ends (a bounded heap).
template <typename Item>
RankSummary RankPool(const std::function<bool(Item*)>& next,
                     const std::function<RankedPosting(Item&, std::size_t)>& score,
                     const std::function<void(RankedPosting&&)>& sink, const RankOptions& options) {
  const std::size_t threads = ThreadCount(options);
  RankSummary summary;
  TopK best(options.top_k);
  summary.postings = MapInOrder<Item, RankedPosting>(
      next, score,
      [&](RankedPosting&& r) {
        if (options.top_k == 0) {
          sink(std::move(r));
          ++summary.kept;
        } else {
          best.Push(std::move(r));
        }
      },
      threads, options.chunk > 0 ? options.chunk : 64 * threads);
  summary.scored = summary.postings;
  for (RankedPosting& r : best.Take()) {
    sink(std::move(r));
    ++summary.kept;
  }
  return summary;
}

}  // namespace tailorcore::detail

#endif  // TAILORCORE_LIB_BATCH_RANK_POOL_H_
