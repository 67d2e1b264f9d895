// `tailorcore rank RESUME POSTINGS.jsonl [--top K | --input-order] [--threads N] [--json]
// [--quiet]`.
#ifndef TAILORCORE_TOOLS_CLI_RANK_COMMAND_H_
#define TAILORCORE_TOOLS_CLI_RANK_COMMAND_H_

#include <string>
#include <vector>

#include "tailorcore/batch.h"
#include "tailorcore/engine.h"

namespace tailorcore::cli {

struct RankCommand {
  std::string resume_path;
  std::string feed_path;     // JSON Lines with "text" and optional "id", "title"; "-" = stdin
  std::string index_path;    // instead of a feed: a posting index (tailorcore/index.h)
  PostingFields where;       // with an index: keep postings whose kept fields match (--where)
  std::size_t top = 20;      // the best K by score; 0: every posting, by score
  bool input_order = false;  // every posting in input order, printed as it is done
  std::size_t threads = 0;
  bool json = false;
  bool quiet = false;  // no progress line
  // rank-resumes: resume_path names a posting, index_path an index of resumes (index build
  // --resumes), ranked for it.
  bool resumes = false;
};

// Ranks the feed by score (the best `top` with constant memory, or all of them held and sorted),
// or streams every posting in input order; reports
// each malformed line with its line number on stderr and skips it; prints a summary, and a
// progress line with rate (and ETA for files) when stderr is a terminal and not `quiet`.
// Returns the exit code: 0, or 1 when the feed cannot be read or holds no posting.
// With `index_path`, ranks the index's stored postings instead, printing exactly what ranking
// the feed it was built from prints (kDataError and exit 1 for an index that cannot be used).
int RunRank(const Engine& engine, const Extracted& resume_document, const RankCommand& command);

// `tailorcore index build -o DIR FEED.jsonl...` (and, with `add`, `index add DIR FEED...`): the
// postings of the feeds ('-': stdin) into a new index at `directory` (or a new segment of it),
// analyzed on `threads` threads, a progress line on a terminal unless `quiet`; malformed lines
// are reported and skipped as rank does. Exit 0, or 1 when a feed cannot be read, holds no
// posting, or the index cannot be written (then it is unchanged). `keep_fields`: the feeds' other
// fields to keep with each posting (--field), returned with results and filtered on (--where).
// With `resumes` (index build --resumes), the feeds hold resumes ("text", optional "id" and
// "title": a name or headline) and the index ranks them for a posting (rank-resumes).
int RunIndexWrite(const Engine& engine, const std::vector<std::string>& feeds,
                  const std::string& directory, std::size_t threads, bool quiet, bool add,
                  const std::vector<std::string>& keep_fields, bool resumes);

// `tailorcore rank-resumes POSTING --index INDEX [--top K | --input-order] [--json]
// [--threads N] [--where NAME=VALUE]`: the resumes of an index built with --resumes, ranked for
// the posting (`posting_document`), as comparing it with each resume would score them. Exit 0,
// or 1 for an index that cannot be used (one of postings among them) or holds no resume.
int RunRankResumes(const Engine& engine, const Extracted& posting_document,
                   const RankCommand& command);
// `tailorcore index remove DIR --id ID...`: how many postings were removed. Exit 0, or 1 when
// the index cannot be used or written.
int RunIndexRemove(const Engine& engine, const std::string& directory,
                   const std::vector<std::string>& ids);
// `tailorcore index compact DIR`: the index as one segment of its live postings. Exit 0 or 1.
int RunIndexCompact(const Engine& engine, const std::string& directory);
// `tailorcore index info DIR [--json]`: postings, removed, segments, size, format, fingerprint
// and what built it. Exit 0, or 1 when this engine (its options) cannot use it.
int RunIndexInfo(const Engine& engine, const std::string& directory, bool json, bool verify);

}  // namespace tailorcore::cli

#endif  // TAILORCORE_TOOLS_CLI_RANK_COMMAND_H_
