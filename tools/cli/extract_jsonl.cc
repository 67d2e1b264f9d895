#include "extract_jsonl.h"

#include <simdjson.h>

#include <nlohmann/json.hpp>

namespace tailorcore::cli {

namespace {

constexpr std::size_t kReportedErrors = 20;

// The fields of one input line: "text" (required) and "id" (a string or an integer, kept).
struct Line {
  std::string text;
  nlohmann::json id = nullptr;
};

// Reads one JSON Lines record; returns "" or what is wrong with it.
std::string ParseLine(simdjson::ondemand::parser* parser, const std::string& raw, Line* line) {
  simdjson::padded_string padded(raw);
  simdjson::ondemand::document doc;
  if (parser->iterate(padded).get(doc) != simdjson::SUCCESS) return "not JSON";
  simdjson::ondemand::object object;
  if (doc.get_object().get(object) != simdjson::SUCCESS) return "not a JSON object";
  bool has_text = false;
  for (auto field : object) {
    std::string_view key;
    if (field.unescaped_key().get(key) != simdjson::SUCCESS) return "malformed object";
    if (key == "text") {
      std::string_view value;
      if (field.value().get_string().get(value) != simdjson::SUCCESS) {
        return "\"text\" is not a string";
      }
      line->text.assign(value);
      has_text = true;
    } else if (key == "id") {
      std::string_view string_id;
      std::int64_t number_id = 0;
      auto value = field.value();
      if (value.get_string().get(string_id) == simdjson::SUCCESS) {
        line->id = std::string(string_id);
      } else if (value.get_int64().get(number_id) == simdjson::SUCCESS) {
        line->id = number_id;
      }
    }
  }
  return has_text ? "" : "no \"text\" field";
}

// The output record of one posting: its line, id, matches and candidate terms.
nlohmann::json Record(const Lexicon& lexicon, const Line& line, std::size_t line_number) {
  const MatchResult result = lexicon.Extract(line.text);
  nlohmann::json record;
  record["line"] = line_number;
  record["id"] = line.id;
  nlohmann::json matches = nlohmann::json::array();
  for (const SkillMatch& m : result.matches) {
    matches.push_back({{"skill", m.skill->id},
                       {"name", m.skill->name},
                       {"category", m.skill->category},
                       {"begin", m.begin},
                       {"end", m.end},
                       {"text", line.text.substr(m.begin, m.end - m.begin)},
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
  return record;
}

}  // namespace

JsonlSummary ExtractJsonl(const Lexicon& lexicon, std::istream& in, const std::string& source,
                          std::ostream& out, std::ostream& errors) {
  JsonlSummary summary;
  simdjson::ondemand::parser parser;
  std::string raw;
  std::size_t line_number = 0;
  auto next_line = [&]() {
    try {
      return static_cast<bool>(std::getline(in, raw));
    } catch (const std::ios_base::failure& e) {  // libstdc++ throws on a directory or EIO
      summary.read_error = e.what();
      return false;
    }
  };
  while (next_line()) {
    ++line_number;
    if (raw.find_first_not_of(" \t\r") == std::string::npos) continue;
    Line line;
    const std::string problem = ParseLine(&parser, raw, &line);
    if (!problem.empty()) {
      if (++summary.malformed <= kReportedErrors) {
        errors << "tailorcore: " << source << ":" << line_number << ": " << problem << "\n";
      }
      continue;
    }
    // Invalid UTF-8 in the input is replaced, not thrown on.
    out << Record(lexicon, line, line_number)
               .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
        << "\n";
    ++summary.documents;
  }
  if (summary.read_error.empty() && in.bad()) summary.read_error = "read error";
  return summary;
}

}  // namespace tailorcore::cli
