// Tokenizer behaviour a user would notice: tech tokens kept whole, slashes and hyphens, versions,
// punctuation, mixed scripts, and hostile input. Every case goes through AnalyzeChecked, which
// also checks the offsets of every token.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/token_checks.h"

using tailorcore::AnalyzedText;
using tailorcore::Script;
using tailorcore::Token;
using tailorcore::TokenKind;
using tailorcore::testing::AllTokens;
using tailorcore::testing::AnalyzeChecked;
using tailorcore::testing::Words;
using Strings = std::vector<std::string>;

namespace {

const Token& Find(const AnalyzedText& text, const std::string& normalized) {
  for (const Token& t : text.tokens) {
    if (t.normalized == normalized) return t;
  }
  FAIL("no token '" << normalized << "'");
  throw;  // unreachable: FAIL throws
}

}  // namespace

TEST_CASE("each tech token stays one token with its own offsets", "[tokenizer]") {
  const Strings tech = {"C++",    "C#",      "F#",     ".NET",   "ASP.NET",     "Node.js", "Vue.js",
                        "CI/CD",  "TCP/IP",  "PL/SQL", "k8s",    "S3",          "EC2",     "gRPC",
                        "OAuth2", "Python3", "UTF-8",  "x86-64", "Objective-C", "A/B"};
  for (const std::string& term : tech) {
    for (const std::string& context : {std::string("Skills: ") + term + ", more", "(" + term + ")",
                                       term + ".", "use " + term + " daily"}) {
      INFO("term '" << term << "' in '" << context << "'");
      const AnalyzedText text = AnalyzeChecked(context);
      bool found = false;
      for (const Token& t : text.tokens) {
        if (t.part) continue;
        if (context.substr(t.begin, t.end - t.begin) == term) {
          found = true;
          CHECK(t.kind == TokenKind::kTech);
        }
      }
      CHECK(found);
    }
  }
}

TEST_CASE("tech tokens normalize to lower case", "[tokenizer]") {
  CHECK(Words(AnalyzeChecked("C++ C# .NET Node.js gRPC")) ==
        Strings{"c++", "c#", ".net", "node.js", "grpc"});
}

TEST_CASE("a slash between ordinary words splits", "[tokenizer]") {
  CHECK(Words(AnalyzeChecked("REST/GraphQL")) == Strings{"rest", "graphql"});
  CHECK(Words(AnalyzeChecked("AWS/GCP/Azure")) == Strings{"aws", "gcp", "azure"});
  CHECK(Words(AnalyzeChecked("C/C++")) == Strings{"c", "c++"});
  CHECK(Words(AnalyzeChecked("CI/CD/CT")) == Strings{"ci/cd", "ct"});
}

TEST_CASE("a hyphenated word is reachable whole and as its parts", "[tokenizer]") {
  const AnalyzedText text = AnalyzeChecked("event-driven back-end services");
  CHECK(AllTokens(text) ==
        Strings{"event-driven", "event", "driven", "back-end", "back", "end", "services"});
  CHECK(text.tokens[0].compound);
  CHECK(text.tokens[1].part);
  CHECK(text.tokens[2].part);
  CHECK_FALSE(text.tokens[6].part);
  CHECK(text.tokens[0].kind == TokenKind::kWord);
  // En and em dashes between words fold to a hyphen.
  CHECK(Words(AnalyzeChecked("event\u2013driven")) == Strings{"event-driven"});
}

TEST_CASE("a hyphenated word with a single-letter part stays whole only", "[tokenizer]") {
  // A lone "c" part would look like the C language to the matcher.
  CHECK(AllTokens(AnalyzeChecked("Objective-C e-commerce")) ==
        Strings{"objective-c", "e-commerce"});
}

TEST_CASE("version numbers stay separate tokens", "[tokenizer]") {
  const AnalyzedText java = AnalyzeChecked("Java 17, Python 3.11 and C++ 20");
  CHECK(Words(java) == Strings{"java", "17", "python", "3.11", "and", "c++", "20"});
  CHECK(Find(java, "3.11").kind == TokenKind::kNumber);
  CHECK(Find(java, "17").kind == TokenKind::kNumber);
}

TEST_CASE("trailing sentence punctuation never sticks to a token", "[tokenizer]") {
  CHECK(Words(AnalyzeChecked("Java. Node.js, C++; .NET! C#? (Go)")) ==
        Strings{"java", "node.js", "c++", ".net", "c#", "go"});
  CHECK(Words(AnalyzeChecked("We use Node.js.")) == Strings{"we", "use", "node.js"});
}

TEST_CASE("a missing space after a full stop does not glue two words", "[tokenizer]") {
  CHECK(Words(AnalyzeChecked("10% визуализация данных.Чем вы")) ==
        Strings{"10", "визуализация", "данных", "чем", "вы"});
  CHECK(Words(AnalyzeChecked("years of experience.Python is a must")) ==
        Strings{"years", "of", "experience", "python", "is", "a", "must"});
  // Dotted names stay whole.
  CHECK(Words(AnalyzeChecked("Node.js ASP.NET Vue.JS e.g. socket.io")) ==
        Strings{"node.js", "asp.net", "vue.js", "e.g", "socket.io"});
}

TEST_CASE("a capitalized word glued to a word of the other script splits off", "[tokenizer]") {
  // Lines of a scraped list lose their breaks: "... Postman" + "Настройка ...".
  CHECK(Words(AnalyzeChecked("requests и PostmanНастройка CI в GitLab CIНагрузочное")) ==
        Strings{"requests", "и", "postman", "настройка", "ci", "в", "gitlab", "ci", "нагрузочное"});
  CHECK(Words(AnalyzeChecked("ТехстекPython, SQL; опыт с LLMЗнание")) ==
        Strings{"техстек", "python", "sql", "опыт", "с", "llm", "знание"});
  const std::string input = "визуализации в power biОпыт";
  const AnalyzedText text = AnalyzeChecked(input);
  CHECK(Words(text) == Strings{"визуализации", "в", "power", "bi", "опыт"});
  const Token& bi = Find(text, "bi");
  CHECK(input.substr(bi.begin, bi.end - bi.begin) == "bi");
  // Mixed-script words with no capital after the change stay whole; so does "1С".
  CHECK(Words(AnalyzeChecked("1С iPhoneы SQLный")) == Strings{"1с", "iphoneы", "sqlный"});
}

TEST_CASE("mixed Russian and English text", "[tokenizer]") {
  const std::string input = "Опыт работы с PostgreSQL, Kubernetes и CI/CD.";
  const AnalyzedText text = AnalyzeChecked(input);
  CHECK(Words(text) == Strings{"опыт", "работы", "с", "postgresql", "kubernetes", "и", "ci/cd"});
  CHECK(Find(text, "опыт").script == Script::kCyrillic);
  CHECK(Find(text, "postgresql").script == Script::kLatin);
  const Token& pg = Find(text, "postgresql");
  CHECK(input.substr(pg.begin, pg.end - pg.begin) == "PostgreSQL");
  const Token& cicd = Find(text, "ci/cd");
  CHECK(input.substr(cicd.begin, cicd.end - cicd.begin) == "CI/CD");
}

TEST_CASE("emoji and zero-width joiners are not tokens and do not split words", "[tokenizer]") {
  const std::string family =
      "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7";
  CHECK(Words(AnalyzeChecked("Team " + family + " player \xF0\x9F\x9A\x80 Python")) ==
        Strings{"team", "player", "python"});
  // A zero-width space inside a word (copied from a PDF) does not split it.
  const std::string input = "Post\u200BgreSQL";
  const AnalyzedText text = AnalyzeChecked(input);
  REQUIRE(Words(text) == Strings{"postgresql"});
  CHECK(text.tokens[0].begin == 0);
  CHECK(text.tokens[0].end == input.size());
}

TEST_CASE("right-to-left marks and overrides are not part of tokens", "[tokenizer]") {
  CHECK(Words(AnalyzeChecked("\u200FPython\u200E \u202EJava\u202C")) == Strings{"python", "java"});
  CHECK(Words(AnalyzeChecked("\u05E2\u05D1\u05E8\u05D9\u05EA Python")) ==
        Strings{"\u05E2\u05D1\u05E8\u05D9\u05EA", "python"});
}

TEST_CASE("NUL bytes separate words and are counted, never end the text", "[tokenizer]") {
  const std::string input("Java\0Python\0\0Go", 15);
  const AnalyzedText text = AnalyzeChecked(input);
  CHECK(Words(text) == Strings{"java", "python", "go"});
  CHECK(text.invalid_sequences == 3);
  CHECK(text.tokens.back().end == input.size());
}

TEST_CASE("invalid UTF-8 never drops the rest of the text", "[tokenizer]") {
  const std::string input =
      "Java \xFF\xFE bad \xC0\x80 overlong \xED\xA0\x80 surrogate \xE2\x82 cut Python";
  const AnalyzedText text = AnalyzeChecked(input);
  CHECK(Words(text) == Strings{"java", "bad", "overlong", "surrogate", "cut", "python"});
  CHECK(text.invalid_sequences >= 5);
  CHECK(text.tokens.back().end == input.size());
  // An invalid byte inside a word splits it; both halves keep their offsets.
  const AnalyzedText split = AnalyzeChecked("Pyt\x80hon");
  CHECK(Words(split) == Strings{"pyt", "hon"});
  CHECK(split.tokens[1].begin == 4);
}

TEST_CASE("empty input and input without letters give no tokens", "[tokenizer]") {
  CHECK(AnalyzeChecked("").tokens.empty());
  CHECK(AnalyzeChecked("   \n\t\r\n ").tokens.empty());
  CHECK(AnalyzeChecked("--- *** ... !!! ??? \u2022 \u2022 ()[]{} \u2014").tokens.empty());
}

TEST_CASE("numbers alone are number tokens", "[tokenizer]") {
  const AnalyzedText text = AnalyzeChecked("2019 - 2023, 1,000 users, 99.9% uptime, 1st place");
  CHECK(Find(text, "2019").kind == TokenKind::kNumber);
  CHECK(Find(text, "1,000").kind == TokenKind::kNumber);
  CHECK(Find(text, "99.9").kind == TokenKind::kNumber);
  CHECK(Find(text, "1st").kind == TokenKind::kNumber);
  CHECK(Find(text, "2019").script == Script::kOther);
}

TEST_CASE("bullet characters used as list marks are not tokens", "[tokenizer]") {
  CHECK(Words(AnalyzeChecked("\u2022 Python\n\u25AA Go\n\u25E6 SQL\n\u2013 Rust\n- Java")) ==
        Strings{"python", "go", "sql", "rust", "java"});
}

TEST_CASE("inner capitals mark a tech token", "[tokenizer]") {
  const AnalyzedText text = AnalyzeChecked("JavaScript and GraphQL, not Python");
  CHECK(Find(text, "javascript").kind == TokenKind::kTech);
  CHECK(Find(text, "graphql").kind == TokenKind::kTech);
  CHECK(Find(text, "python").kind == TokenKind::kWord);
}
