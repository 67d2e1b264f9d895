// The whole chain: stems by script, stopwords, options and limits, sharing across threads.
#include <catch2/catch.hpp>

#include <string>
#include <thread>
#include <vector>

#include "support/token_checks.h"

using tailorcore::AnalyzedText;
using tailorcore::Analyzer;
using tailorcore::AnalyzerOptions;
using tailorcore::Script;
using tailorcore::StatusCode;
using tailorcore::Token;
using tailorcore::TokenKind;
using tailorcore::testing::AnalyzeChecked;
using tailorcore::testing::CheckTokenInvariants;
using tailorcore::testing::Words;

namespace {

std::vector<std::string> Stems(const AnalyzedText& text) {
  std::vector<std::string> stems;
  for (const Token& t : text.tokens) {
    if (!t.part) stems.push_back(t.stem);
  }
  return stems;
}

}  // namespace

TEST_CASE("English words get English stems, Russian words Russian stems", "[analyzer]") {
  CHECK(Stems(AnalyzeChecked("databases deployed")) ==
        std::vector<std::string>{"databas", "deploy"});
  // микросервисов, микросервисами, микросервисы meet at one stem.
  const AnalyzedText ru = AnalyzeChecked("микросервисов микросервисами микросервисы");
  const auto stems = Stems(ru);
  REQUIRE(stems.size() == 3);
  CHECK(stems[0] == stems[1]);
  CHECK(stems[1] == stems[2]);
  CHECK(ru.tokens[0].script == Script::kCyrillic);
  // "анализа данных" and "анализ данных" meet word by word.
  CHECK(Stems(AnalyzeChecked("анализа данных")) == Stems(AnalyzeChecked("анализ данных")));
}

TEST_CASE("tech tokens and numbers are not stemmed", "[analyzer]") {
  const AnalyzedText text = AnalyzeChecked("Kubernetes k8s Node.js 3.11 Pandas");
  for (const Token& t : text.tokens) {
    if (t.kind != TokenKind::kWord) CHECK(t.stem == t.normalized);
  }
}

TEST_CASE("compound stems join the stems of their parts", "[analyzer]") {
  CHECK(Stems(AnalyzeChecked("back-ends")) == Stems(AnalyzeChecked("back-end")));
}

TEST_CASE("stopwords are flagged, not removed, per language", "[analyzer]") {
  const AnalyzedText text = AnalyzeChecked("Ruby on Rails и Python for the web");
  CHECK(Words(text) ==
        std::vector<std::string>{"ruby", "on", "rails", "и", "python", "for", "the", "web"});
  std::vector<std::string> stopwords;
  for (const Token& t : text.tokens) {
    if (t.stopword) stopwords.push_back(t.normalized);
  }
  CHECK(stopwords == std::vector<std::string>{"on", "и", "for", "the"});
}

TEST_CASE("options out of range are rejected with a message", "[analyzer]") {
  AnalyzerOptions options;
  options.max_token_bytes = 3;
  auto bad = Analyzer::Create(options);
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().code() == StatusCode::kInvalidArgument);
  CHECK(bad.status().message().find("max_token_bytes") != std::string::npos);
  options = AnalyzerOptions{};
  options.max_input_bytes = 0;
  CHECK_FALSE(Analyzer::Create(options).ok());
}

TEST_CASE("input over the limit is truncated at a code point and says so", "[analyzer]") {
  AnalyzerOptions options;
  options.max_input_bytes = 13;
  auto analyzer = Analyzer::Create(options);
  REQUIRE(analyzer.ok());
  const std::string input = "Python Java \u0416\u0416 Go";  // byte 13 is inside a Ж
  const AnalyzedText text = analyzer->Analyze(input);
  CHECK(text.truncated);
  CHECK(text.input_bytes == 12);
  CHECK(Words(text) == std::vector<std::string>{"python", "java"});
  CHECK_FALSE(analyzer->Analyze("Python").truncated);
}

TEST_CASE("words longer than the limit are skipped and counted", "[analyzer]") {
  const std::string blob(300, 'a');
  const AnalyzedText text = AnalyzeChecked("Python " + blob + " Java");
  CHECK(Words(text) == std::vector<std::string>{"python", "java"});
  CHECK(text.oversized_words == 1);
}

TEST_CASE("one analyzer shared by threads gives the same tokens as one thread", "[analyzer]") {
  const std::vector<std::string> inputs = {
      "Senior C++ engineer: Kubernetes, CI/CD, event-driven microservices.",
      "Опыт работы с PostgreSQL и Kafka от 3 лет; знание Python обязательно.",
      "Node.js, TypeScript, React; nice to have: Go, gRPC, OAuth2.",
      "Администрирование Linux-серверов, настройка Nginx и мониторинга.",
  };
  const Analyzer& analyzer = tailorcore::testing::SharedAnalyzer();
  std::vector<std::vector<std::string>> expected;
  for (const auto& input : inputs) {
    const AnalyzedText text = analyzer.Analyze(input);
    std::vector<std::string> flat;
    for (const Token& t : text.tokens) {
      flat.push_back(t.normalized + "|" + t.stem + "|" + std::to_string(t.begin));
    }
    expected.push_back(flat);
  }
  constexpr int kThreads = 8;
  constexpr int kRounds = 200;
  std::vector<int> mismatches(kThreads, 0);
  std::vector<std::thread> threads;
  for (int th = 0; th < kThreads; ++th) {
    threads.emplace_back([&, th] {
      for (int round = 0; round < kRounds; ++round) {
        const std::size_t which = static_cast<std::size_t>(th + round) % inputs.size();
        const AnalyzedText text = analyzer.Analyze(inputs[which]);
        std::vector<std::string> flat;
        for (const Token& t : text.tokens) {
          flat.push_back(t.normalized + "|" + t.stem + "|" + std::to_string(t.begin));
        }
        if (flat != expected[which]) ++mismatches[static_cast<std::size_t>(th)];
      }
    });
  }
  for (auto& t : threads) t.join();
  CHECK(mismatches == std::vector<int>(kThreads, 0));
}

TEST_CASE("analyzing every script does not break the invariants", "[analyzer]") {
  const std::string text =
      "English Русский Ελληνικά العربية עברית 中文字符 日本語のテキスト 한국어 हिन्दी ไทย "
      "ქართული Հայերեն \u0061\u0301\u0301\u0301\u0301\u0301\u0301 x\u034F\u034F y";
  const AnalyzedText analyzed = AnalyzeChecked(text);
  CHECK(analyzed.tokens.size() >= 10);
  CHECK(analyzed.invalid_sequences == 0);
}

TEST_CASE("each part of a mixed-script compound is stemmed in its own language", "[analyzer]") {
  const AnalyzedText text = AnalyzeChecked("Python-разработчики");
  REQUIRE(text.tokens.size() == 3);
  CHECK(text.tokens[0].stem == text.tokens[1].stem + "-" + text.tokens[2].stem);
  CHECK(text.tokens[1].stem == "python");
  CHECK(text.tokens[2].script == Script::kCyrillic);
  CHECK(text.tokens[2].stem == "разработчик");
}
