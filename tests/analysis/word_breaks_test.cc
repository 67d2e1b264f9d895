// The fast path of word boundaries and of the analysis gives what ICU gives: on every character
// the fast path covers, in every context of the word-break rules; on every short string over
// the rules' classes; on random text mixing covered and uncovered characters; and on the
// bundled example documents. (Every other analysis test checks the same through
// AnalyzeChecked.)
#include <catch2/catch.hpp>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "analysis/word_breaks.h"
#include "support/token_checks.h"

namespace {

using tailorcore::detail::AnalysisPath;
using tailorcore::detail::Segment;
using tailorcore::detail::WordBreaker;
using tailorcore::detail::WordBreakScratch;

const WordBreaker& Breaker() {
  static const WordBreaker breaker = [] {
    auto created = WordBreaker::Create();
    if (!created.ok()) FAIL(created.status().message());
    return std::move(created).value();
  }();
  return breaker;
}

std::string Utf8(UChar32 c) {
  std::uint8_t bytes[4];
  std::int32_t length = 0;
  UBool error = false;
  U8_APPEND(bytes, length, 4, c, error);
  REQUIRE_FALSE(error);
  return std::string(reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(length));
}

std::string Show(const std::vector<Segment>& segments) {
  std::ostringstream out;
  for (const Segment& s : segments) out << "[" << s.begin << "," << s.end << ") ";
  return out.str();
}

// Counts the texts whose segments differ between the paths; reports the first few.
class Differ {
 public:
  void Check(const std::string& text) {
    fast_.clear();
    reference_.clear();
    Breaker().Find(text, AnalysisPath::kFast, &scratch_, &fast_);
    Breaker().Find(text, AnalysisPath::kReference, &scratch_, &reference_);
    ++checked_;
    const bool same = fast_.size() == reference_.size() &&
                      std::equal(fast_.begin(), fast_.end(), reference_.begin(),
                                 [](const Segment& a, const Segment& b) {
                                   return a.begin == b.begin && a.end == b.end;
                                 });
    if (!same && ++differences_ <= 10) {
      UNSCOPED_INFO("'" << text << "': fast " << Show(fast_) << "reference " << Show(reference_));
    }
  }
  std::size_t checked() const { return checked_; }
  std::size_t differences() const { return differences_; }

 private:
  WordBreakScratch scratch_;
  std::vector<Segment> fast_;
  std::vector<Segment> reference_;
  std::size_t checked_ = 0;
  std::size_t differences_ = 0;
};

// One character of each class the rules tell apart, and of some the fast path leaves to ICU.
const std::vector<std::string> kRepresentatives = {
    "a", "1", ".", ":", ",", ";", "_",      "-",
    "'", "@", "/", "+", "я", "é", "\u2022",  // letters of other blocks, a bullet
};

}  // namespace

TEST_CASE("fast word boundaries equal ICU's for every covered character in context",
          "[word_breaks]") {
  Differ differ;
  std::size_t covered = 0;
  for (UChar32 c = 1; c < static_cast<UChar32>(WordBreaker::kTableLimit); ++c) {
    if (U_IS_SURROGATE(c)) continue;
    ++covered;
    const std::string x = Utf8(c);
    differ.Check(x);
    differ.Check(x + x);
    for (const std::string& a : kRepresentatives) {
      differ.Check(a + x);
      differ.Check(x + a);
      for (const std::string& b : {std::string("a"), std::string("1")}) {
        differ.Check(b + a + x);
        differ.Check(b + x + a + b);
        differ.Check(x + a + b);
      }
    }
  }
  INFO(differ.checked() << " texts over " << covered << " characters");
  CHECK(differ.differences() == 0);
}

TEST_CASE("fast word boundaries equal ICU's on every short string over the classes",
          "[word_breaks]") {
  Differ differ;
  const std::vector<std::string> alphabet = {"a", "1", ".", ":", ",", "_", "-", "'", "я", ";", "@"};
  std::vector<std::size_t> index;
  for (std::size_t length = 1; length <= 5; ++length) {
    index.assign(length, 0);
    for (;;) {
      std::string text;
      for (std::size_t k : index) text += alphabet[k];
      differ.Check(text);
      std::size_t p = length;
      while (p > 0 && ++index[p - 1] == alphabet.size()) index[--p] = 0;
      if (p == 0) break;
    }
  }
  INFO(differ.checked() << " strings");
  CHECK(differ.differences() == 0);
}

TEST_CASE("fast word boundaries equal ICU's on random mixed text", "[word_breaks]") {
  // Covered characters, white space, and characters the fast path hands to ICU: combining
  // marks, format characters, Hebrew, kana, ideographs, Thai, emoji and regional indicators.
  const std::vector<std::string> pieces = {"a",
                                           "Z",
                                           "1",
                                           ".",
                                           ":",
                                           ",",
                                           "_",
                                           "-",
                                           "'",
                                           "@",
                                           "я",
                                           "é",
                                           "ß",
                                           "\u2022",
                                           " ",
                                           "  ",
                                           "\t",
                                           "\n",
                                           "\r\n",
                                           "\u0301",
                                           "\u00AD",
                                           "\u200D",
                                           "\u05D0",
                                           "\u05F3",
                                           "\u30A2",
                                           "\u4E2D",
                                           "\u0E01\u0E32",
                                           "\U0001F600",
                                           "\U0001F1FA\U0001F1F8",
                                           "\"",
                                           "\u2018",
                                           "#",
                                           "+",
                                           "\u00B7",
                                           "\u0660",
                                           "\uFF10"};
  std::mt19937 random(20261122);
  Differ differ;
  for (int round = 0; round < 50000; ++round) {
    std::string text;
    const std::size_t length = 1 + random() % 24;
    for (std::size_t k = 0; k < length; ++k) text += pieces[random() % pieces.size()];
    differ.Check(text);
  }
  CHECK(differ.differences() == 0);
}

TEST_CASE("the fast analysis equals the reference analysis on the example documents",
          "[word_breaks][analyzer]") {
  for (const char* name : {"resume-en.txt", "posting-en.txt", "resume-ru.txt", "posting-ru.txt"}) {
    std::ifstream file(std::string(TAILORCORE_EXAMPLES_DIR) + "/" + name);
    REQUIRE(file);
    std::stringstream content;
    content << file.rdbuf();
    INFO(name);
    (void)tailorcore::testing::AnalyzeChecked(content.str());
  }
}
