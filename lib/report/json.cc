// ReportToJson: the stable JSON form of a report (docs/report-schema.md).
#include <nlohmann/json.hpp>

#include <cmath>

#include "base/text.h"
#include "tailorcore/report.h"

namespace tailorcore {
namespace {

using detail::Round;
using Json = nlohmann::ordered_json;  // keys in the order written: the schema's order

Json CoverageJson(const Coverage& c) {
  return Json{{"name", c.name},
              {"total", c.total},
              {"matched", c.matched},
              {"total_weight", Round(c.total_weight, 0.001)},
              {"matched_weight", Round(c.matched_weight, 0.001)},
              {"coverage", Round(c.coverage, 0.0001)}};
}

Json SectionJson(const Section& s) {
  return Json{{"kind", SectionKindName(s.kind)},
              {"heading", s.heading},
              {"begin", s.begin},
              {"end", s.end}};
}

}  // namespace

std::string ReportToJson(const Report& report, int indent) {
  Json j;
  j["schema"] = report.schema;
  j["score"] = Round(report.score, 0.01);
  j["literal_score"] = Round(report.literal_score, 0.01);
  Json tiers = Json::object();
  for (const Coverage& c : report.tiers) tiers[c.name] = CoverageJson(c);
  j["tiers"] = std::move(tiers);
  Json categories = Json::array();
  for (const Coverage& c : report.categories) categories.push_back(CoverageJson(c));
  j["categories"] = std::move(categories);
  Json keywords = Json::array();
  for (const Keyword& k : report.keywords) {
    Json evidence = Json::array();
    for (const Evidence& e : k.evidence) {
      evidence.push_back(Json{{"section", SectionKindName(e.section)},
                              {"bullet", e.bullet},
                              {"begin", e.begin},
                              {"end", e.end},
                              {"text", e.text},
                              {"kind", MatchKindName(e.kind)}});
    }
    keywords.push_back(Json{{"id", k.id},
                            {"term", k.term},
                            {"category", k.category},
                            {"tier", PostingTierName(k.tier)},
                            {"weight", Round(k.weight, 0.001)},
                            {"matched", k.matched},
                            {"literal", k.literal},
                            {"match", k.matched ? MatchKindName(k.match) : "none"},
                            {"credit", Round(k.credit, 0.001)},
                            {"points", Round(k.points, 0.01)},
                            {"literal_points", Round(k.literal_points, 0.01)},
                            {"occurrences", k.occurrences},
                            {"in_title", k.in_title},
                            {"posting_forms", k.posting_forms},
                            {"resume_forms", k.resume_forms},
                            {"posting_sentence", k.posting_sentence},
                            {"posting_offsets", Json::array({k.posting_begin, k.posting_end})},
                            {"evidence", std::move(evidence)},
                            {"alternatives", k.alternatives},
                            {"alternative", k.alternative}});
  }
  j["keywords"] = std::move(keywords);
  j["missing"] = report.missing;
  Json not_required = Json::array();
  for (const Keyword& k : report.not_required) {
    not_required.push_back(Json{{"id", k.id},
                                {"term", k.term},
                                {"category", k.category},
                                {"posting_sentence", k.posting_sentence}});
  }
  j["not_required"] = std::move(not_required);
  Json suggestions = Json::array();
  for (const Suggestion& s : report.suggestions) {
    suggestions.push_back(Json{
        {"kind", SuggestionKindName(s.kind)}, {"keyword", s.keyword_id}, {"message", s.message}});
  }
  j["suggestions"] = std::move(suggestions);
  Json bullets = Json::array();
  for (const BulletReview& b : report.bullets) {
    bullets.push_back(Json{{"text", b.text},
                           {"begin", b.begin},
                           {"end", b.end},
                           {"relevance", Round(b.relevance, 0.001)},
                           {"keywords", b.keywords},
                           {"action_verb", b.action_verb},
                           {"measurable", b.measurable},
                           {"weak_opener", b.weak_opener}});
  }
  j["bullets"] = std::move(bullets);
  Json sections = Json::array();
  for (const SectionCheck& c : report.sections) {
    sections.push_back(Json{{"section", c.section}, {"present", c.present}});
  }
  j["sections"] = std::move(sections);
  Json posting_sections = Json::array();
  for (const Section& s : report.posting_sections) posting_sections.push_back(SectionJson(s));
  j["posting_sections"] = std::move(posting_sections);
  Json resume_sections = Json::array();
  for (const Section& s : report.resume_sections) resume_sections.push_back(SectionJson(s));
  j["resume_sections"] = std::move(resume_sections);
  // Invalid UTF-8 cannot reach here (inputs are decoded), but replace rather than throw.
  return j.dump(indent, ' ', false, Json::error_handler_t::replace);
}

}  // namespace tailorcore
