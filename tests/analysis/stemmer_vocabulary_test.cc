// The stem stage reproduces the official Snowball vocabularies (Debian's snowball-data): every
// word of voc.txt yields the stem on the same line of output.txt.
#include <catch2/catch.hpp>

#include <fstream>
#include <string>

#include "analysis/stemmer.h"

using tailorcore::detail::SnowballStemmer;

namespace {

void CheckVocabulary(const std::string& language, std::size_t minimum_words) {
  const std::string dir = std::string(TAILORCORE_SNOWBALL_DATA_DIR) + "/" + language;
  std::ifstream voc(dir + "/voc.txt");
  std::ifstream output(dir + "/output.txt");
  INFO("vocabulary at " << dir << " (Debian package snowball-data)");
  REQUIRE(voc.good());
  REQUIRE(output.good());
  SnowballStemmer stemmer(language.c_str());
  REQUIRE(stemmer.ok());
  std::size_t words = 0;
  std::size_t mismatches = 0;
  std::string word;
  std::string expected;
  while (std::getline(voc, word)) {
    REQUIRE(std::getline(output, expected));
    ++words;
    const std::string stem = stemmer.Stem(word);
    if (stem != expected) {
      if (++mismatches <= 10) WARN(word << " -> " << stem << ", expected " << expected);
    }
  }
  CHECK_FALSE(std::getline(output, expected));  // both files end together
  CHECK(words >= minimum_words);
  CHECK(mismatches == 0);
}

}  // namespace

TEST_CASE("English stems match the Snowball vocabulary, every word", "[stemmer]") {
  CheckVocabulary("english", 29000);
}

TEST_CASE("Russian stems match the Snowball vocabulary, every word", "[stemmer]") {
  CheckVocabulary("russian", 49000);
}
