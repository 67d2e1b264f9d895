// The judgement set: hand-written resume/posting pairs in English and Russian (cases.txt), each
// with what a careful reader expects of every keyword it names: its tier and whether the resume
// matches it, misses it, covers it by an alternative of its group, or the posting says it is not
// required; or that it is no keyword at all. Any difference fails, listing every case.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "support/engine_fixture.h"
#include "tailorcore/engine.h"

namespace {

struct Expectation {
  std::string id;
  std::string tier;   // required | preferred | mentioned | - (not checked)
  std::string state;  // matched | implied | missing | alternative | not-required | absent
  int line = 0;
};

struct Case {
  std::string name;
  std::string posting;
  std::string resume;
  std::vector<Expectation> expect;
};

// cases.txt: "=== <name>", then "--- posting", "--- resume", "--- expect" blocks; expect lines
// are "<id> <tier> <state>"; lines starting with '#' outside blocks are comments.
std::vector<Case> ReadCases(const std::string& path) {
  std::ifstream in(path);
  REQUIRE(in);
  std::vector<Case> cases;
  std::string line;
  std::string block;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.rfind("=== ", 0) == 0) {
      cases.push_back({line.substr(4), "", "", {}});
      block.clear();
    } else if (line.rfind("--- ", 0) == 0) {
      block = line.substr(4);
    } else if (cases.empty() || block.empty()) {
      continue;
    } else if (block == "posting") {
      cases.back().posting += line + "\n";
    } else if (block == "resume") {
      cases.back().resume += line + "\n";
    } else if (block == "expect" && !line.empty() && line[0] != '#') {
      std::istringstream fields(line);
      Expectation e;
      fields >> e.id >> e.tier >> e.state;
      e.line = number;
      cases.back().expect.push_back(e);
    }
  }
  return cases;
}

std::string StateOf(const tailorcore::Report& report, const std::string& id, std::string* tier) {
  for (const tailorcore::Keyword& k : report.not_required) {
    if (k.id == id) return "not-required";
  }
  for (const tailorcore::Keyword& k : report.keywords) {
    if (k.id != id) continue;
    *tier = tailorcore::PostingTierName(k.tier);
    if (k.alternative) return "alternative";
    if (k.matched && k.match == tailorcore::MatchKind::kImplied) return "implied";
    return k.matched ? "matched" : "missing";
  }
  return "absent";
}

}  // namespace

TEST_CASE("the judgement set: every keyword of every hand-written pair as a reader expects it") {
  const tailorcore::Engine& engine = tailorcore::testing::BundledEngine();
  const std::vector<Case> cases = ReadCases(TAILORCORE_JUDGEMENT_CASES);
  CHECK(cases.size() >= 40);
  std::size_t differences = 0;
  for (const Case& c : cases) {
    const tailorcore::Report report = engine.Compare(c.resume, c.posting);
    for (const Expectation& e : c.expect) {
      std::string tier = "-";
      const std::string state = StateOf(report, e.id, &tier);
      const bool same = state == e.state && (e.tier == "-" || tier == e.tier);
      if (same) continue;
      ++differences;
      UNSCOPED_INFO("cases.txt:" << e.line << " [" << c.name << "] " << e.id << ": expected "
                                 << e.tier << " " << e.state << ", got " << tier << " " << state);
    }
  }
  CHECK(differences == 0);
}
