#include "support/token_checks.h"

#include <catch2/catch.hpp>

#include "analysis/analyzer_impl.h"

namespace tailorcore::testing {

const Analyzer& SharedAnalyzer() {
  static const Analyzer analyzer = [] {
    auto created = Analyzer::Create();
    if (!created.ok()) FAIL("Analyzer::Create failed: " << created.status().message());
    return std::move(created).value();
  }();
  return analyzer;
}

void CheckTokenInvariants(std::string_view input, const AnalyzedText& text,
                          std::size_t sample_every) {
  std::uint32_t previous_begin = 0;
  const Token* compound = nullptr;
  for (std::size_t i = 0; i < text.tokens.size(); ++i) {
    const Token& t = text.tokens[i];
    INFO("token #" << i << " '" << t.normalized << "' at [" << t.begin << ", " << t.end << ")");
    REQUIRE(t.begin < t.end);
    REQUIRE(t.end <= input.size());
    REQUIRE(t.begin >= previous_begin);
    previous_begin = t.begin;
    REQUIRE(!t.normalized.empty());
    REQUIRE(!t.stem.empty());
    if (t.compound) compound = &t;
    if (t.part) {
      REQUIRE(compound != nullptr);
      REQUIRE(t.begin >= compound->begin);
      REQUIRE(t.end <= compound->end);
    } else if (!t.compound) {
      compound = nullptr;
    }
    if (sample_every > 1 && i % sample_every != 0) continue;
    const std::string renormalized =
        SharedAnalyzer().Normalize(input.substr(t.begin, t.end - t.begin));
    INFO("source bytes normalize to '" << renormalized << "'");
    if (renormalized != t.normalized) {
      CHECK(renormalized.find(t.normalized) != std::string::npos);
    }
  }
}

void CheckSameAsReference(std::string_view input, const AnalyzedText& text) {
  const AnalyzedText reference = detail::AnalyzeReference(SharedAnalyzer(), input);
  REQUIRE(text.input_bytes == reference.input_bytes);
  REQUIRE(text.invalid_sequences == reference.invalid_sequences);
  REQUIRE(text.oversized_words == reference.oversized_words);
  REQUIRE(text.truncated == reference.truncated);
  REQUIRE(text.tokens.size() == reference.tokens.size());
  for (std::size_t i = 0; i < text.tokens.size(); ++i) {
    const Token& a = text.tokens[i];
    const Token& b = reference.tokens[i];
    INFO("token #" << i << " fast '" << a.normalized << "' [" << a.begin << ", " << a.end
                   << "), reference '" << b.normalized << "' [" << b.begin << ", " << b.end << ")");
    REQUIRE(a.begin == b.begin);
    REQUIRE(a.end == b.end);
    REQUIRE(a.normalized == b.normalized);
    REQUIRE(a.stem == b.stem);
    REQUIRE(a.script == b.script);
    REQUIRE(a.kind == b.kind);
    REQUIRE(a.stopword == b.stopword);
    REQUIRE(a.compound == b.compound);
    REQUIRE(a.part == b.part);
  }
}

AnalyzedText AnalyzeChecked(std::string_view input) {
  AnalyzedText text = SharedAnalyzer().Analyze(input);
  CheckTokenInvariants(input, text);
  CheckSameAsReference(input, text);
  return text;
}

std::vector<std::string> Words(const AnalyzedText& text) {
  std::vector<std::string> words;
  for (const Token& t : text.tokens) {
    if (!t.part) words.push_back(t.normalized);
  }
  return words;
}

std::vector<std::string> AllTokens(const AnalyzedText& text) {
  std::vector<std::string> all;
  for (const Token& t : text.tokens) all.push_back(t.normalized);
  return all;
}

}  // namespace tailorcore::testing
