// `tailorcore extract --jsonl`: skills of every document of a JSON Lines feed.
#ifndef TAILORCORE_TOOLS_CLI_EXTRACT_JSONL_H_
#define TAILORCORE_TOOLS_CLI_EXTRACT_JSONL_H_

#include <istream>
#include <ostream>
#include <string>

#include "tailorcore/lexicon.h"

namespace tailorcore::cli {

struct JsonlSummary {
  std::size_t documents = 0;  // lines read and matched
  std::size_t malformed = 0;  // lines skipped (the first 20 reported on `errors` by line number)
  std::string read_error;     // non-empty when reading stopped on an I/O error
};

// Reads one JSON object per line from `in` with a string field "text" (and optionally "id", a
// string or number), writes one JSON object per line to `out`:
//   {"line": 1, "id": ..., "matches": [{"skill", "name", "category", "begin", "end", "text",
//    "form", "kind", "ambiguous_form", "nested"}], "candidates": [{"text", "begin", "end",
//    "reason"}]}
// Offsets are bytes into "text" as UTF-8. A malformed line is reported on `errors` as
// "tailorcore: <source>:<line>: <what>" (the first 20; the count is in the summary) and skipped;
// it never stops the run. Blank lines are skipped. A read error stops the run and is returned.
JsonlSummary ExtractJsonl(const Lexicon& lexicon, std::istream& in, const std::string& source,
                          std::ostream& out, std::ostream& errors);

}  // namespace tailorcore::cli

#endif  // TAILORCORE_TOOLS_CLI_EXTRACT_JSONL_H_
