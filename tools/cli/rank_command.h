// `tailorcore rank RESUME POSTINGS.jsonl [--top K | --input-order] [--threads N] [--json]
// [--quiet]`.
#ifndef TAILORCORE_TOOLS_CLI_RANK_COMMAND_H_
#define TAILORCORE_TOOLS_CLI_RANK_COMMAND_H_

#include <string>

#include "tailorcore/engine.h"

namespace tailorcore::cli {

struct RankCommand {
  std::string resume_path;
  std::string feed_path;     // JSON Lines with "text" and optional "id", "title"; "-" = stdin
  std::size_t top = 20;      // the best K by score; 0: every posting, by score
  bool input_order = false;  // every posting in input order, printed as it is done
  std::size_t threads = 0;
  bool json = false;
  bool quiet = false;  // no progress line
};

// Ranks the feed by score (the best `top` with constant memory, or all of them held and sorted),
// or streams every posting in input order; reports
// each malformed line with its line number on stderr and skips it; prints a summary, and a
// progress line with rate (and ETA for files) when stderr is a terminal and not `quiet`.
// Returns the exit code: 0, or 1 when the feed cannot be read or holds no posting.
int RunRank(const Engine& engine, const Extracted& resume_document, const RankCommand& command);

}  // namespace tailorcore::cli

#endif  // TAILORCORE_TOOLS_CLI_RANK_COMMAND_H_
