// One pattern for "any of" a language file's patterns (lib/structure/pattern_union.h): it
// matches where one of them does and nowhere else, whatever each one's own quoting.
#include <re2/re2.h>
#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <vector>

#include "structure/pattern_union.h"

using tailorcore::detail::UnionOf;

namespace {

std::shared_ptr<const re2::RE2> Pattern(const std::string& p) {
  RE2::Options options;
  options.set_case_sensitive(false);
  return std::make_shared<const re2::RE2>(p, options);
}

bool Matches(const re2::RE2& re, const std::string& text) { return RE2::PartialMatch(text, re); }

}  // namespace

TEST_CASE("a union matches where any of its patterns does, case aside") {
  const auto any = UnionOf({Pattern(R"(\bbachelor'?s?\b)"), Pattern("магистр")});
  REQUIRE(any->ok());
  CHECK(Matches(*any, "A Bachelor's degree in CS"));
  CHECK(Matches(*any, "степень МАГИСТРА"));
  CHECK_FALSE(Matches(*any, "a master of ceremonies"));
}

TEST_CASE("a pattern that ends inside \\Q quotes nothing of the next one") {
  const auto any =
      UnionOf({Pattern(R"(\bc\Q++)"), Pattern(R"(\bphd\b)"), Pattern(R"(\Q.NET\E\b)")});
  REQUIRE(any->ok());
  CHECK(Matches(*any, "c++ developer"));
  CHECK(Matches(*any, "a PhD in physics"));
  CHECK(Matches(*any, "ASP.NET Core"));
  CHECK_FALSE(Matches(*any, "cxx developer"));
  CHECK_FALSE(Matches(*any, "|(?:"));  // the union's own syntax is no text it looks for
}

TEST_CASE("a union of no pattern matches nothing") {
  const auto none = UnionOf({});
  REQUIRE(none->ok());
  CHECK_FALSE(Matches(*none, ""));
  CHECK_FALSE(Matches(*none, "anything at all"));
}
