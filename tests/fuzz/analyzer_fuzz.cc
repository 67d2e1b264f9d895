// libFuzzer target: the analysis chain on any bytes. Checks the token invariants every later
// stage relies on (offsets in range, never backwards, non-empty forms).
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "tailorcore/analyzer.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const tailorcore::Analyzer analyzer = tailorcore::Analyzer::Create().value();
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const tailorcore::AnalyzedText text = analyzer.Analyze(input);
  std::uint32_t previous = 0;
  for (const tailorcore::Token& t : text.tokens) {
    if (t.begin >= t.end || t.end > input.size() || t.begin < previous || t.normalized.empty() ||
        t.stem.empty()) {
      std::abort();
    }
    previous = t.begin;
  }
  return 0;
}
