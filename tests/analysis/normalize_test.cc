// The normalize stage through the public Analyzer::Normalize, plus the fold table's loader.
#include <catch2/catch.hpp>

#include "analysis/normalize.h"
#include "support/token_checks.h"

using tailorcore::StatusCode;
using tailorcore::detail::TypographyFolds;
using tailorcore::testing::AnalyzeChecked;
using tailorcore::testing::SharedAnalyzer;
using tailorcore::testing::Words;

namespace {
std::string Norm(const std::string& s) { return SharedAnalyzer().Normalize(s); }
}  // namespace

TEST_CASE("NFKC folds compatibility forms", "[normalize]") {
  CHECK(Norm("\uFF23\uFF0B\uFF0B") == "c++");      // fullwidth C++
  CHECK(Norm("\uFB01le") == "file");               // ﬁ ligature
  CHECK(Norm("Cafe\u0301") == Norm("Caf\u00E9"));  // combining acute = precomposed
  CHECK(Norm("\u2460") == "1");                    // circled digit one
}

TEST_CASE("full Unicode case folding, not just ASCII", "[normalize]") {
  CHECK(Norm("PYTHON") == "python");
  CHECK(Norm("Stra\u00DFe") == "strasse");  // ß folds to ss
  CHECK(Norm("\u041F\u0420\u041E\u0415\u041A\u0422") == "\u043F\u0440\u043E\u0435\u043A\u0442");
  CHECK(Norm("\u0391\u0392\u0393") == "\u03B1\u03B2\u03B3");  // Greek
}

TEST_CASE("yo folds to ye in both cases", "[normalize]") {
  CHECK(Norm("\u0451\u0436") == "\u0435\u0436");  // ёж → еж
  CHECK(Norm("\u0401\u0416") == "\u0435\u0436");  // ЁЖ → еж
  CHECK(Norm("\u0435\u0308") == "\u0435");        // е + combining diaeresis → е
}

TEST_CASE("typographic variants fold", "[normalize]") {
  CHECK(Norm("a\u00A0b") == "a b");                    // no-break space
  CHECK(Norm("a\u202Fb") == "a b");                    // narrow no-break space
  CHECK(Norm("a\u2014b\u2013c\u2212d") == "a-b-c-d");  // dashes and minus
  CHECK(Norm("\u201Cquoted\u201D \u2018it\u2019s\u2019") == "\"quoted\" 'it's'");
  CHECK(Norm("a\u200Bb\u200Dc\uFEFFd\u00ADe") == "abcde");  // zero-width, BOM, soft hyphen
  CHECK(Norm("\u25AA \u25E6 \u2023") == "\u2022 \u2022 \u2022");
  CHECK(Norm("Java\u2122") == "java ");  // not "javatm"
}

TEST_CASE("a trade mark sign does not glue onto the word", "[normalize]") {
  CHECK(Words(AnalyzeChecked("Java\u2122 and Windows\u00AE")) ==
        std::vector<std::string>{"java", "and", "windows"});
}

TEST_CASE("the fold table loader rejects bad lines with file:line", "[normalize]") {
  CHECK(TypographyFolds::Parse("# comment only\n\nU+00A0\tU+0020\n", "t.tsv").ok());
  auto bad_point = TypographyFolds::Parse("U+00A0\tU+0020\nU+XYZ\tU+0020\n", "t.tsv");
  REQUIRE_FALSE(bad_point.ok());
  CHECK(bad_point.status().code() == StatusCode::kDataError);
  CHECK(bad_point.status().message().rfind("t.tsv:2:", 0) == 0);
  auto twice = TypographyFolds::Parse("U+00A0 drop\nU+00A0 U+0020\n", "t.tsv");
  REQUIRE_FALSE(twice.ok());
  CHECK(twice.status().message().find("t.tsv:2:") == 0);
  CHECK_FALSE(TypographyFolds::Parse("U+00A0\n", "t.tsv").ok());
  CHECK_FALSE(TypographyFolds::Parse("U+110000 drop\n", "t.tsv").ok());
}
