// libFuzzer target: the analysis chain on any bytes. Checks the token invariants every later
// stage relies on (offsets in range, never backwards, non-empty forms), and that the fast path
// gives exactly the tokens of the ICU reference path (docs/architecture.md), field by field.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "analysis/analyzer_impl.h"
#include "tailorcore/analyzer.h"

namespace {

bool SameToken(const tailorcore::Token& a, const tailorcore::Token& b) {
  return a.begin == b.begin && a.end == b.end && a.normalized == b.normalized &&
         a.stem == b.stem && a.script == b.script && a.kind == b.kind &&
         a.stopword == b.stopword && a.compound == b.compound && a.part == b.part;
}

[[noreturn]] void Fail(const char* what, std::size_t index) {
  std::fprintf(stderr, "analyzer_fuzz: %s (token #%zu)\n", what, index);
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const tailorcore::Analyzer analyzer = tailorcore::Analyzer::Create().value();
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const tailorcore::AnalyzedText text = analyzer.Analyze(input);
  std::uint32_t previous = 0;
  for (std::size_t i = 0; i < text.tokens.size(); ++i) {
    const tailorcore::Token& t = text.tokens[i];
    if (t.begin >= t.end || t.end > input.size() || t.begin < previous || t.normalized.empty() ||
        t.stem.empty()) {
      Fail("token invariant broken", i);
    }
    previous = t.begin;
  }
  const tailorcore::AnalyzedText reference = tailorcore::detail::AnalyzeReference(analyzer, input);
  if (text.input_bytes != reference.input_bytes ||
      text.invalid_sequences != reference.invalid_sequences ||
      text.oversized_words != reference.oversized_words || text.truncated != reference.truncated) {
    Fail("fast and reference paths disagree on the counts", 0);
  }
  if (text.tokens.size() != reference.tokens.size()) {
    Fail("fast and reference paths give different token counts", text.tokens.size());
  }
  for (std::size_t i = 0; i < text.tokens.size(); ++i) {
    if (!SameToken(text.tokens[i], reference.tokens[i])) {
      Fail("fast and reference paths give different tokens", i);
    }
  }
  return 0;
}
