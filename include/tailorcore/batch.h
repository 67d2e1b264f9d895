// tailorcore/batch.h: one resume against many postings, in parallel, whole or top-k.
//
//   tailorcore::RankOptions options;
//   options.top_k = 20;                                  // 0 keeps every result
//   std::vector<tailorcore::RankedPosting> best =
//       tailorcore::Rank(engine, resume, postings, options);
//
// Results are identical whatever the thread count: each posting is compared on its own and
// results are put in input order (or score order for top-k, ties by input order).
//
// Thread-safety: the functions are thread-safe; they run `threads` worker threads of their own.
#ifndef TAILORCORE_BATCH_H_
#define TAILORCORE_BATCH_H_

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "tailorcore/engine.h"

namespace tailorcore {

// A feed's other fields, kept as name and value (a posting index keeps those it is told to:
// tailorcore/index.h); they play no part in the score.
using PostingFields = std::vector<std::pair<std::string, std::string>>;

struct PostingInput {
  std::string id;     // the caller's id, returned as is
  std::string title;  // optional: put before the text as its first line (the title tier)
  std::string text;
  PostingFields fields = {};  // optional: returned with the result by a posting index
};

struct RankOptions {
  std::size_t threads = 0;      // worker threads; 0 = all cores (std::thread::hardware_concurrency)
  std::size_t top_k = 0;        // keep the best k by score (a bounded heap); 0 = keep all
  bool keep_reports = false;    // keep each full Report in RankedPosting::report
  std::size_t top_missing = 5;  // missing keywords listed per result
  std::size_t chunk = 0;        // postings per parallel step; 0 = 64 per thread
};

struct RankedPosting {
  std::size_t index = 0;  // position in the input, from 0
  std::string id;
  std::string title;  // PostingInput::title, as given
  double score = 0;
  double literal_score = 0;
  std::vector<Coverage> tiers;                 // required, preferred, mentioned
  std::vector<std::string> top_missing;        // ids of the most important missing keywords
  std::vector<std::string> top_missing_terms;  // their names ("PostgreSQL"), in the same order
  std::optional<Report> report;                // when RankOptions::keep_reports
  PostingFields fields;                        // as stored in a posting index; empty otherwise
};

struct RankSummary {
  std::size_t postings = 0;  // compared
  std::size_t kept = 0;      // results delivered
  // Postings scored in full: all of them, except in a posting index's sparse pass
  // (PostingIndex::Rank with top_k), which skips those that cannot reach the best k.
  std::size_t scored = 0;
};

// Compares `resume` with every posting. Results in input order, or, with top_k, the best k by
// score (ties: earlier input first). Never fails. Cost: linear in the postings' total size,
// divided among the threads; memory: the results kept (k with top_k).
std::vector<RankedPosting> Rank(const Engine& engine, const Document& resume,
                                const std::vector<PostingInput>& postings,
                                const RankOptions& options = {});

// The streaming form, for feeds larger than memory: `next` fills its argument and returns
// true, or returns false at the end of the feed; it is called from the calling thread only, a
// chunk at a time. `sink` receives results from the calling thread: in input order as they are
// done, or, with top_k, the best k in score order once the feed ends. Memory: one chunk of
// postings plus the results kept for top-k, whatever the feed's length.
RankSummary RankStream(const Engine& engine, const Document& resume,
                       const std::function<bool(PostingInput*)>& next,
                       const std::function<void(RankedPosting&&)>& sink,
                       const RankOptions& options = {});

}  // namespace tailorcore

#endif  // TAILORCORE_BATCH_H_
