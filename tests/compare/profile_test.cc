// The posting profile: Compare(resume, posting) is Score(resume, Profile(posting)), and a
// profile written to bytes and read back scores the same; bytes that are not a profile are
// refused with a clear error, never a crash.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>

#include "support/engine_fixture.h"
#include "tailorcore/engine.h"

using tailorcore::Engine;
using tailorcore::PostingProfile;
using tailorcore::PostingTier;
using tailorcore::ReportToJson;

namespace {

const Engine& SharedEngine() { return tailorcore::testing::BundledEngine(); }

std::string ReadExample(const std::string& name) {
  std::ifstream in(std::string(TAILORCORE_EXAMPLES_DIR) + "/" + name, std::ios::binary);
  REQUIRE(in);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

}  // namespace

TEST_CASE("comparing is scoring against the posting's profile, in both languages") {
  const Engine& engine = SharedEngine();
  for (const char* lang : {"en", "ru"}) {
    const auto resume = engine.AnalyzeResume(ReadExample(std::string("resume-") + lang + ".txt"));
    const std::string posting = ReadExample(std::string("posting-") + lang + ".txt");
    const PostingProfile profile = engine.Profile(posting);
    CHECK_FALSE(profile.keywords.empty());
    CHECK(ReportToJson(engine.Score(resume, profile)) ==
          ReportToJson(engine.Compare(resume, posting)));
  }
}

TEST_CASE("a profile keeps what the posting asks: tier, forms, sentence") {
  const Engine& engine = SharedEngine();
  const PostingProfile profile = engine.Profile(
      "Backend developer\n\nRequirements:\n- Strong Postgres skills\n\nNice to have:\n- Kafka\n");
  const tailorcore::PostingKeyword* postgres = nullptr;
  const tailorcore::PostingKeyword* kafka = nullptr;
  for (const auto& k : profile.keywords) {
    if (k.id == "postgresql") postgres = &k;
    if (k.id == "kafka") kafka = &k;
  }
  REQUIRE(postgres != nullptr);
  REQUIRE(kafka != nullptr);
  CHECK(postgres->tier == PostingTier::kRequired);
  CHECK(postgres->forms == std::vector<std::string>{"Postgres"});
  CHECK(postgres->sentence == "Strong Postgres skills");
  CHECK(kafka->tier == PostingTier::kPreferred);
  CHECK(postgres->weight > kafka->weight);
}

TEST_CASE("a profile round-trips through bytes and scores the same") {
  const Engine& engine = SharedEngine();
  for (const char* lang : {"en", "ru"}) {
    const auto resume = engine.AnalyzeResume(ReadExample(std::string("resume-") + lang + ".txt"));
    const PostingProfile profile =
        engine.Profile(ReadExample(std::string("posting-") + lang + ".txt"));
    const std::string bytes = profile.Serialize();
    auto back = PostingProfile::Deserialize(bytes);
    REQUIRE(back.ok());
    CHECK(*back == profile);
    CHECK(back->Serialize() == bytes);
    CHECK(ReportToJson(engine.Score(resume, *back)) == ReportToJson(engine.Score(resume, profile)));
  }
  auto empty = PostingProfile::Deserialize(PostingProfile().Serialize());
  REQUIRE(empty.ok());
  CHECK(empty->keywords.empty());
}

TEST_CASE("bytes that are not a whole profile are refused, never a crash") {
  const Engine& engine = SharedEngine();
  const std::string bytes = engine.Profile(ReadExample("posting-en.txt")).Serialize();
  SECTION("every truncation") {
    for (std::size_t n = 0; n < bytes.size(); ++n) {
      auto r = PostingProfile::Deserialize(std::string_view(bytes).substr(0, n));
      REQUIRE_FALSE(r.ok());
      CHECK(r.status().code() == tailorcore::StatusCode::kDataError);
    }
  }
  SECTION("other files and other versions") {
    CHECK_FALSE(PostingProfile::Deserialize("").ok());
    CHECK_FALSE(PostingProfile::Deserialize("{\"keywords\": []}").ok());
    std::string future = bytes;
    future[4] = 9;  // the format version after the magic
    auto r = PostingProfile::Deserialize(future);
    REQUIRE_FALSE(r.ok());
    CHECK_THAT(r.status().message(), Catch::Contains("format 9"));
    CHECK_FALSE(PostingProfile::Deserialize(bytes + "x").ok());
  }
  SECTION("any single corrupted byte is read safely") {
    std::size_t refused = 0;
    for (std::size_t i = 0; i < bytes.size(); ++i) {
      std::string corrupt = bytes;
      corrupt[i] = static_cast<char>(corrupt[i] ^ 0xA5);
      // A changed weight or letter still reads; a broken header, count or tier is refused.
      // Either way no crash (the sanitizer builds watch this loop).
      if (!PostingProfile::Deserialize(corrupt).ok()) ++refused;
    }
    CHECK(refused >= 8);  // at least the magic and the version
  }
}
