// Languages as data (docs/adding-a-language.md): every registered language has every file, each
// file parses, and every language's advice has the keys and placeholders English has.
#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "base/embedded_data.h"
#include "base/word_list.h"
#include "lang/languages.h"
#include "match/inflection.h"
#include "tailorcore/engine.h"

using tailorcore::LanguageId;
using tailorcore::detail::Languages;
using tailorcore::detail::Messages;

namespace {

const Languages& Bundled() {
  auto languages = Languages::Bundled();
  if (!languages.ok()) FAIL(languages.status().message());
  return **languages;
}

// The {placeholders} of a template, in a set.
std::set<std::string> Placeholders(const std::string& text) {
  std::set<std::string> names;
  for (std::size_t open = text.find('{'); open != std::string::npos;
       open = text.find('{', open + 1)) {
    const std::size_t close = text.find('}', open);
    if (close != std::string::npos) names.insert(text.substr(open + 1, close - open - 1));
  }
  return names;
}

bool HasBundledFile(std::string_view path) { return tailorcore::detail::EmbeddedData(path).ok(); }

}  // namespace

TEST_CASE("the bundled registry lists English and Russian, each with every file") {
  const Languages& languages = Bundled();
  CHECK(languages.Code(languages.Find("en")) == "en");
  CHECK(languages.Code(languages.Find("ru")) == "ru");
  CHECK(languages.Find("xx") == tailorcore::kNoLanguage);
  for (std::size_t i = 0; i < languages.size(); ++i) {
    const auto id = static_cast<LanguageId>(i);
    for (std::string_view file : Languages::RequiredFiles()) {
      INFO(languages.FileName(id, file));
      auto content = languages.File(id, file);
      REQUIRE(content.ok());
      // Every file says something; only the inflection rule may be empty (Russian has none).
      const bool empty = tailorcore::detail::ParseWordList(*content).empty();
      CHECK((!empty || file == "inflection.tsv"));
    }
  }
}

TEST_CASE("every language's files parse, and its advice matches English key for key") {
  const Languages& languages = Bundled();
  const LanguageId en = languages.Find("en");
  auto english = Messages::Parse(*languages.File(en, "messages.tsv"), "en");
  REQUIRE(english.ok());
  for (std::size_t i = 0; i < languages.size(); ++i) {
    const auto id = static_cast<LanguageId>(i);
    INFO(languages.Code(id));
    auto messages = Messages::Parse(*languages.File(id, "messages.tsv"), "messages.tsv");
    REQUIRE(messages.ok());
    for (const auto& [key, text] : english->templates()) {
      INFO(key);
      REQUIRE(messages->Has(key));
      CHECK(Placeholders(messages->Format(key)) == Placeholders(text));
    }
    CHECK(messages->templates().size() == english->templates().size());
    auto rule = tailorcore::detail::InflectionRule::Parse(*languages.File(id, "inflection.tsv"),
                                                          "inflection.tsv");
    CHECK(rule.ok());
  }
}

TEST_CASE("a registry is refused when a language lacks a file or names an unknown script") {
  auto missing =
      Languages::Parse("en\tEnglish\tlatin\tenglish\nxx\tTest\tlatin\tenglish\n", HasBundledFile);
  REQUIRE_FALSE(missing.ok());
  CHECK_THAT(missing.status().message(), Catch::Contains("xx has no data/lang/xx/"));
  auto bad_script = Languages::Parse("en\tEnglish\tklingon\tenglish\n", HasBundledFile);
  CHECK_FALSE(bad_script.ok());
  CHECK_FALSE(Languages::Parse("# nothing\n", HasBundledFile).ok());
  CHECK(Languages::Parse("en\tEnglish\tlatin\tenglish\n", HasBundledFile).ok());
}

TEST_CASE("a malformed advice or inflection file names its line") {
  auto messages = Messages::Parse("missing\tMissing {form}\nno tab here\n", "messages.tsv");
  REQUIRE_FALSE(messages.ok());
  CHECK_THAT(messages.status().message(), Catch::Contains("messages.tsv:2"));
  auto rule = tailorcore::detail::InflectionRule::Parse("single-word-ending\ts\nfoo\tbar\n",
                                                        "inflection.tsv");
  REQUIRE_FALSE(rule.ok());
  CHECK_THAT(rule.status().message(), Catch::Contains("inflection.tsv:2"));
}

TEST_CASE("an inflection file's bare nouns and plurals for people narrow what a stem finds") {
  auto rule = tailorcore::detail::InflectionRule::Parse(
      "single-word-min-bytes\t5\nsingle-word-ending\ts\nsingle-word-ending\ting\n"
      "bare-noun\taccount\nperson-plural\tmanagers\nperson-only-plural-ending\tists\n",
      "inflection.tsv");
  REQUIRE(rule.ok());
  CHECK(rule->Allows("monitor", "monitoring"));        // a verb finds its -ing
  CHECK_FALSE(rule->Allows("account", "accounting"));  // a bare noun does not
  CHECK(rule->Allows("accounts", "account"));          // the noun's own plural still meets it
  CHECK_FALSE(rule->AllowsStem("managers", "management"));
  CHECK(rule->AllowsStem("manager", "management"));     // the role itself
  CHECK(rule->AllowsStem("simulators", "simulation"));  // things, not people
  CHECK(rule->AllowsStem("containers", "containers"));
  CHECK_FALSE(rule->AllowsStem("scientists", "scientist"));  // the singular is a person too
  CHECK(rule->AllowsStem("scientist", "scientists"));
  CHECK_FALSE(tailorcore::detail::InflectionRule::Parse("person-plural\tteam\n", "x").ok());
}

TEST_CASE("an unknown embedded path is an error, not an empty file") {
  auto missing = tailorcore::detail::EmbeddedData("lang/en/no-such-file.txt");
  REQUIRE_FALSE(missing.ok());
  CHECK_THAT(missing.status().message(), Catch::Contains("no-such-file"));
}

TEST_CASE("advice examples come from the language the weak opener is written in") {
  tailorcore::EngineOptions english;
  english.advice_language = "en";  // English advice, whatever the resume's language
  auto engine = tailorcore::Engine::Create(english);
  REQUIRE(engine.ok());
  const std::string posting = "Requirements:\n- Python\n";
  auto advice_for = [&](const std::string& bullet) {
    const auto report = engine->Compare("Experience\n- " + bullet + "\n", posting);
    for (const auto& s : report.suggestions) {
      if (s.kind == tailorcore::SuggestionKind::kBullet) return s.message;
    }
    return std::string();
  };
  CHECK_THAT(advice_for("Responsible for the billing service in Python"),
             Catch::Contains("\u201CBuilt\u201D"));
  CHECK_THAT(
      advice_for("Участвовал в разработке сервиса оплаты на Python"),
      Catch::Contains("\u201C\u0420\u0430\u0437\u0440\u0430\u0431\u043E\u0442\u0430\u043B\u201D"));
}

TEST_CASE("advice is written in the resume's language by default") {
  auto engine = tailorcore::Engine::Create();
  REQUIRE(engine.ok());
  auto bullet_advice = [&](const std::string& resume) {
    for (const auto& s : engine->Compare(resume, "Requirements:\n- Python\n").suggestions) {
      if (s.kind == tailorcore::SuggestionKind::kBullet) return s.message;
    }
    return std::string();
  };
  CHECK_THAT(bullet_advice("Опыт работы\n- Участвовал в разработке сервиса оплаты на Python\n"),
             Catch::StartsWith("Пункт «"));
  CHECK_THAT(bullet_advice("Experience\n- Responsible for the billing service in Python\n"),
             Catch::StartsWith("Bullet \u201C"));
  tailorcore::EngineOptions unknown;
  unknown.advice_language = "xx";
  auto refused = tailorcore::Engine::Create(unknown);
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.status().code() == tailorcore::StatusCode::kInvalidArgument);
}
