// libFuzzer target: the analysis chain on any bytes. Checks the token invariants every later
// stage relies on (offsets in range, never backwards, non-empty forms), and that the fast path
// gives exactly the tokens of the ICU reference path (docs/architecture.md), field by field.
// An input whose first byte is 0xFE is read as a string over the characters that matter to
// word breaks (each further byte picks one from kAlphabet), so the comparison also sees dense
// mixes of letters, digits, mid-word punctuation, marks, joiners and other scripts.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "analysis/analyzer_impl.h"
#include "tailorcore/analyzer.h"

namespace {

// One or more characters of each word-break class and of the tech-token rules.
constexpr std::string_view kAlphabet[] = {
    "a",      "Z",      "q",        "1",      "0",      "\u0416",     "\u0451",     "\u00E9",
    "\u00DF", "\u0131", " ",        "  ",     "\n",     "\r\n",       "\t",         "\u00A0",
    ".",      ",",      ";",        ":",      "'",      "\u2019",     "\"",         "_",
    "@",      "-",      "\u2013",   "+",      "#",      "/",          "(",          "!",
    "?",      "\u0301", "\u200D",   "\u200B", "\u00AD", "\uFE0F",     "\u05D0",     "\u05F3",
    "\u30A2", "\u3042", "\u4E2D",   "\u0E01", "\uAC00", "\U0001F600", "\U0001F1FA", "\u00B7",
    "\u2022", "\uFF21", "\uFB01",   "\u00BD", "\u2024", "\u066B",     "\u0660",     "\u202E",
    "\uFFFD", "\xFF",   "\xC0\x80", "++",     ".NET",   "C#",         "ci/cd",      "node.js"};

std::string FromAlphabet(const std::uint8_t* data, std::size_t size) {
  std::string text;
  for (std::size_t i = 0; i < size; ++i) {
    text += kAlphabet[data[i] % (sizeof(kAlphabet) / sizeof(kAlphabet[0]))];
  }
  return text;
}

bool SameToken(const tailorcore::Token& a, const tailorcore::Token& b) {
  return a.begin == b.begin && a.end == b.end && a.normalized == b.normalized && a.stem == b.stem &&
         a.script == b.script && a.kind == b.kind && a.stopword == b.stopword &&
         a.compound == b.compound && a.part == b.part;
}

[[noreturn]] void Fail(const char* what, std::size_t index) {
  std::fprintf(stderr, "analyzer_fuzz: %s (token #%zu)\n", what, index);
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const tailorcore::Analyzer analyzer = tailorcore::Analyzer::Create().value();
  std::string spelled;
  if (size > 0 && data[0] == 0xFE) spelled = FromAlphabet(data + 1, size - 1);
  const std::string_view input = spelled.empty() && !(size > 0 && data[0] == 0xFE)
                                     ? std::string_view(reinterpret_cast<const char*>(data), size)
                                     : std::string_view(spelled);
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
