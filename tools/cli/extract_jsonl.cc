#include "extract_jsonl.h"

#include <simdjson.h>

#include <nlohmann/json.hpp>

namespace tailorcore::cli {

JsonlSummary ExtractJsonl(const Lexicon& lexicon, std::istream& in, const std::string& source,
                          std::ostream& out, std::ostream& errors) {
  JsonlSummary summary;
  simdjson::ondemand::parser parser;
  std::string line;
  std::size_t line_number = 0;
  constexpr std::size_t kReportedErrors = 20;
  auto next_line = [&]() {
    try {
      return static_cast<bool>(std::getline(in, line));
    } catch (const std::ios_base::failure& e) {  // libstdc++ throws on a directory or EIO
      summary.read_error = e.what();
      return false;
    }
  };
  while (next_line()) {
    ++line_number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    auto fail = [&](const std::string& what) {
      if (++summary.malformed <= kReportedErrors) {
        errors << "tailorcore: " << source << ":" << line_number << ": " << what << "\n";
      }
    };
    simdjson::padded_string padded(line);
    simdjson::ondemand::document doc;
    if (parser.iterate(padded).get(doc) != simdjson::SUCCESS) {
      fail("not JSON");
      continue;
    }
    simdjson::ondemand::object object;
    if (doc.get_object().get(object) != simdjson::SUCCESS) {
      fail("not a JSON object");
      continue;
    }
    std::string text;
    nlohmann::json id = nullptr;
    bool has_text = false;
    bool bad = false;
    for (auto field : object) {
      std::string_view key;
      if (field.unescaped_key().get(key) != simdjson::SUCCESS) {
        fail("malformed object");
        bad = true;
        break;
      }
      if (key == "text") {
        std::string_view value;
        if (field.value().get_string().get(value) != simdjson::SUCCESS) {
          fail("\"text\" is not a string");
          bad = true;
          break;
        }
        text.assign(value);
        has_text = true;
      } else if (key == "id") {
        std::string_view string_id;
        std::int64_t number_id = 0;
        auto value = field.value();
        if (value.get_string().get(string_id) == simdjson::SUCCESS) {
          id = std::string(string_id);
        } else if (value.get_int64().get(number_id) == simdjson::SUCCESS) {
          id = number_id;
        }
      }
    }
    if (bad) continue;
    if (!has_text) {
      fail("no \"text\" field");
      continue;
    }
    const MatchResult result = lexicon.Extract(text);
    nlohmann::json record;
    record["line"] = line_number;
    record["id"] = id;
    nlohmann::json matches = nlohmann::json::array();
    for (const SkillMatch& m : result.matches) {
      matches.push_back({{"skill", m.skill->id},
                         {"name", m.skill->name},
                         {"category", m.skill->category},
                         {"begin", m.begin},
                         {"end", m.end},
                         {"text", text.substr(m.begin, m.end - m.begin)},
                         {"form", m.form},
                         {"kind", MatchKindName(m.kind)},
                         {"ambiguous_form", m.ambiguous_form},
                         {"nested", m.nested}});
    }
    nlohmann::json candidates = nlohmann::json::array();
    for (const CandidateTerm& c : result.candidates) {
      candidates.push_back(
          {{"text", c.text}, {"begin", c.begin}, {"end", c.end}, {"reason", c.reason}});
    }
    record["matches"] = std::move(matches);
    record["candidates"] = std::move(candidates);
    // Invalid UTF-8 in the input is replaced, not thrown on.
    out << record.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    ++summary.documents;
  }
  if (summary.read_error.empty() && in.bad()) summary.read_error = "read error";
  return summary;
}

}  // namespace tailorcore::cli
