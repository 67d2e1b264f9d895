// The decode stage: every byte is accounted for, invalid sequences read as U+FFFD.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "analysis/decode.h"

using tailorcore::detail::DecodedCodePoint;
using tailorcore::detail::DecodeUtf8;

namespace {

std::vector<DecodedCodePoint> Decode(const std::string& bytes, std::size_t* invalid) {
  std::vector<DecodedCodePoint> out;
  *invalid = 0;
  DecodeUtf8(bytes, 0, &out, invalid);
  // The code points tile the input: no byte is skipped or read twice.
  std::uint32_t expected_begin = 0;
  for (const DecodedCodePoint& cp : out) {
    REQUIRE(cp.begin == expected_begin);
    REQUIRE(cp.end > cp.begin);
    expected_begin = cp.end;
  }
  REQUIRE(expected_begin == bytes.size());
  return out;
}

}  // namespace

TEST_CASE("valid UTF-8 decodes to its code points with byte offsets", "[decode]") {
  std::size_t invalid = 0;
  const auto cps = Decode("a\u00E9\u0416\u20AC\U0001F680", &invalid);
  REQUIRE(cps.size() == 5);
  CHECK(cps[1].code_point == 0xE9);
  CHECK(cps[2].code_point == 0x416);
  CHECK(cps[3].code_point == 0x20AC);
  CHECK(cps[4].code_point == 0x1F680);
  CHECK(cps[4].begin == 1 + 2 + 2 + 3);
  CHECK(invalid == 0);
}

TEST_CASE("each kind of invalid sequence becomes U+FFFD and is counted", "[decode]") {
  const std::vector<std::string> bad = {
      std::string("\0", 1),  // NUL
      "\xFF",                // never valid in UTF-8
      "\x80",                // lone continuation byte
      "\xC0\x80",            // overlong NUL
      "\xE0\x80\xAF",        // overlong '/'
      "\xED\xA0\x80",        // encoded lone surrogate U+D800
      "\xF4\x90\x80\x80",    // above U+10FFFF
      "\xE2\x82",            // truncated sequence
  };
  for (const std::string& b : bad) {
    INFO("bytes of length " << b.size());
    std::size_t invalid = 0;
    const auto cps = Decode("a" + b + "z", &invalid);
    CHECK(invalid >= 1);
    CHECK(cps.front().code_point == U'a');
    CHECK(cps.back().code_point == U'z');
    for (std::size_t i = 1; i + 1 < cps.size(); ++i) CHECK(cps[i].code_point == 0xFFFD);
  }
}

TEST_CASE("offsets are relative to the whole input", "[decode]") {
  std::vector<DecodedCodePoint> out;
  std::size_t invalid = 0;
  DecodeUtf8("ab", 1000, &out, &invalid);
  REQUIRE(out.size() == 2);
  CHECK(out[0].begin == 1000);
  CHECK(out[1].end == 1002);
}
