#include "support/lexicon_fixture.h"

#include <catch2/catch.hpp>

#include "support/token_checks.h"

namespace tailorcore::testing {

const Lexicon& BundledLexicon() {
  static const Lexicon lexicon = [] {
    auto builder = LexiconBuilder::Bundled();
    if (!builder.ok()) FAIL("LexiconBuilder::Bundled: " << builder.status().message());
    auto built = builder->Build();
    if (!built.ok()) FAIL("Build: " << built.status().message());
    return std::move(built).value();
  }();
  return lexicon;
}

Lexicon CustomLexicon(std::string_view content) {
  auto builder = LexiconBuilder::Empty();
  REQUIRE(builder.ok());
  Status s = builder->AddText(content, "custom.tsv");
  INFO(s.message());
  REQUIRE(s.ok());
  auto built = builder->Build();
  REQUIRE(built.ok());
  return std::move(built).value();
}

std::vector<std::string> SkillIds(const Lexicon& lexicon, std::string_view text) {
  const AnalyzedText analyzed = lexicon.analyzer().Analyze(text);
  CheckTokenInvariants(text, analyzed);
  std::vector<std::string> ids;
  std::uint32_t previous_end = 0;  // end of the last outer match
  for (const SkillMatch& m : lexicon.Match(analyzed, text)) {
    // Matches come in input order, point at whole tokens, and do not overlap but for nested
    // ones, which lie inside the match before them.
    CHECK(m.end <= text.size());
    CHECK(analyzed.tokens[m.first_token].begin == m.begin);
    if (m.nested) {
      CHECK(m.end <= previous_end);
    } else {
      CHECK(m.begin >= previous_end);
      previous_end = m.end;
    }
    ids.push_back(m.skill->id);
  }
  return ids;
}

SkillMatch FindMatch(const Lexicon& lexicon, std::string_view text, std::string_view skill_id) {
  for (const SkillMatch& m : lexicon.Extract(text).matches) {
    if (m.skill->id == skill_id) return m;
  }
  FAIL("no match for '" << skill_id << "' in '" << text << "'");
  throw;
}

}  // namespace tailorcore::testing
