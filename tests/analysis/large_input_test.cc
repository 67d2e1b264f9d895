// A 50 MB input is analyzed completely and correctly (checked, not timed: speed is measured in
// benchmarks/). Under a sanitizer, 10 MB: still 160 chunks of 64 KiB, at a fifth of the cost
// of an instrumented run.
#include <catch2/catch.hpp>

#include <cstddef>
#include <string>

#include "support/token_checks.h"

using tailorcore::AnalyzedText;
using tailorcore::testing::CheckSameAsReference;
using tailorcore::testing::CheckTokenInvariants;
using tailorcore::testing::SharedAnalyzer;

TEST_CASE("a 50 MB input yields every token of every paragraph", "[analyzer][large]") {
  constexpr std::size_t kSize = TAILORCORE_TEST_SANITIZED ? (10u << 20) : (50u << 20);
  // 12 tokens per paragraph (event-driven counts 3: the compound and its two parts).
  const std::string paragraph = "Built event-driven C++ services; Опыт с PostgreSQL и CI/CD #";
  std::string input;
  input.reserve(kSize);
  std::size_t paragraphs = 0;
  while (input.size() < kSize) {
    input += paragraph;
    input += std::to_string(paragraphs);
    input += '\n';
    ++paragraphs;
  }
  const AnalyzedText text = SharedAnalyzer().Analyze(input);
  CHECK_FALSE(text.truncated);
  CHECK(text.input_bytes == input.size());
  CHECK(text.invalid_sequences == 0);
  // 11 tokens from the paragraph text plus the paragraph number.
  REQUIRE(text.tokens.size() == paragraphs * 12);
  CHECK(text.tokens.back().normalized == std::to_string(paragraphs - 1));
  CHECK(text.tokens.back().end == input.size() - 1);
  CheckTokenInvariants(input, text, /*sample_every=*/997);
  CheckSameAsReference(input, text);
}

TEST_CASE("a long line without spaces or line breaks is not lost", "[analyzer][large]") {
  // 1 MB of comma-separated words on one line: the chunker must cut between words.
  std::string input;
  std::size_t words = 0;
  while (input.size() < (1u << 20)) {
    input += "kafka,";
    ++words;
  }
  const AnalyzedText text = SharedAnalyzer().Analyze(input);
  CHECK(text.tokens.size() == words);
  CheckTokenInvariants(input, text, 101);
  CheckSameAsReference(input, text);
}
