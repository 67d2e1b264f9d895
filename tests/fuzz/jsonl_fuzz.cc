// libFuzzer target: the JSON Lines batch reader of `tailorcore extract --jsonl`. Malformed lines
// are counted, never fatal.
#include <cstdint>
#include <sstream>
#include <string>

#include "extract_jsonl.h"
#include "tailorcore/lexicon.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const tailorcore::Lexicon lexicon =
      tailorcore::LexiconBuilder::Bundled().value().Build().value();
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  std::ostringstream out;
  std::ostringstream errors;
  tailorcore::cli::ExtractJsonl(lexicon, in, "fuzz", out, errors);
  return 0;
}
