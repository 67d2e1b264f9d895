// `tailorcore rank RESUME POSTINGS.jsonl [--top K] [--threads N] [--json]`.
#ifndef TAILORCORE_TOOLS_CLI_RANK_COMMAND_H_
#define TAILORCORE_TOOLS_CLI_RANK_COMMAND_H_

#include <string>

#include "tailorcore/engine.h"

namespace tailorcore::cli {

struct RankCommand {
  std::string resume_path;
  std::string feed_path;  // JSON Lines with "text" and optional "id", "title"; "-" = stdin
  std::size_t top = 0;
  std::size_t threads = 0;
  bool json = false;
};

// Streams the feed with constant memory (top-k, or results printed as they are done); reports
// each malformed line with its line number on stderr and skips it; prints a summary, and a
// progress line with rate (and ETA for files) when stderr is a terminal. Returns the exit code.
int RunRank(const Engine& engine, const std::string& resume_text, const RankCommand& command);

}  // namespace tailorcore::cli

#endif  // TAILORCORE_TOOLS_CLI_RANK_COMMAND_H_
