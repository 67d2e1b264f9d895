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

Json KeywordJson(const Keyword& k) {
  Json evidence = Json::array();
  for (const Evidence& e : k.evidence) {
    Json item{{"section", SectionKindName(e.section)},
              {"bullet", e.bullet},
              {"begin", e.begin},
              {"end", e.end},
              {"text", e.text},
              {"kind", MatchKindName(e.kind)}};
    if (e.page > 0) item["page"] = e.page;
    if (e.column > 0) item["column"] = e.column;
    if (e.paragraph > 0) item["paragraph"] = e.paragraph;
    evidence.push_back(std::move(item));
  }
  return Json{{"id", k.id},
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
              {"alternative", k.alternative},
              {"technical", k.technical}};
}

Json BulletJson(const BulletReview& b) {
  return Json{{"text", b.text},
              {"begin", b.begin},
              {"end", b.end},
              {"relevance", Round(b.relevance, 0.001)},
              {"keywords", b.keywords},
              {"action_verb", b.action_verb},
              {"measurable", b.measurable},
              {"weak_opener", b.weak_opener},
              {"duplicate", b.duplicate}};
}

Json RequirementJson(const Requirement& r) {
  Json evidence = Json::array();
  for (const ExperienceEvidence& e : r.evidence) {
    evidence.push_back(Json{{"begin", e.begin},
                            {"end", e.end},
                            {"from", e.from},
                            {"to", e.to},
                            {"present", e.present}});
  }
  Json j{{"kind", r.kind},
         {"skill", r.skill.empty() ? Json(nullptr) : Json(r.skill)},
         {"term", r.term}};
  if (r.kind == "experience") {
    j["years_required"] = Round(r.years_required, 0.1);
    j["years_max"] = r.years_max > 0 ? Json(Round(r.years_max, 0.1)) : Json(nullptr);
    j["years_found"] = Round(r.years_found, 0.1);
  } else {
    j["required"] = r.required.empty() ? Json(nullptr) : Json(r.required);
    j["found"] = r.found.empty() ? Json(nullptr) : Json(r.found);
  }
  if (r.kind == "degree") {
    j["fields"] = r.fields;
    j["found_fields"] = r.found_fields;
  }
  j["status"] = RequirementStatusName(r.status);
  j["soft"] = r.soft;
  j["points"] = Round(r.points, 0.01);
  j["posting_sentence"] = r.posting_sentence;
  j["posting_offsets"] = Json::array({r.posting_begin, r.posting_end});
  j["evidence"] = std::move(evidence);  // experience only; [] for the other kinds
  if (r.kind == "degree" || r.kind == "seniority") {
    j["found_offsets"] =
        r.found_end > r.found_begin ? Json::array({r.found_begin, r.found_end}) : Json(nullptr);
  }
  return j;
}

// Each element of `items` through `to_json`, as an array.
template <typename T, typename F>
Json ArrayOf(const std::vector<T>& items, F to_json) {
  Json array = Json::array();
  for (const T& item : items) array.push_back(to_json(item));
  return array;
}

}  // namespace

std::string ReportToJson(const Report& report, int indent) {
  Json j;
  j["schema"] = report.schema;
  j["score"] = Round(report.score, 0.01);
  j["keyword_score"] = Round(report.keyword_score, 0.01);
  j["literal_score"] = Round(report.literal_score, 0.01);
  Json tiers = Json::object();
  for (const Coverage& c : report.tiers) tiers[c.name] = CoverageJson(c);
  j["tiers"] = std::move(tiers);
  j["categories"] = ArrayOf(report.categories, CoverageJson);
  j["keywords"] = ArrayOf(report.keywords, KeywordJson);
  j["missing"] = report.missing;
  j["not_required"] = ArrayOf(report.not_required, [](const Keyword& k) {
    return Json{{"id", k.id},
                {"term", k.term},
                {"category", k.category},
                {"posting_sentence", k.posting_sentence}};
  });
  j["requirements"] = ArrayOf(report.requirements, RequirementJson);
  j["suggestions"] = ArrayOf(report.suggestions, [](const Suggestion& s) {
    return Json{
        {"kind", SuggestionKindName(s.kind)}, {"keyword", s.keyword_id}, {"message", s.message}};
  });
  j["bullets"] = ArrayOf(report.bullets, BulletJson);
  j["sections"] = ArrayOf(report.sections, [](const SectionCheck& c) {
    return Json{{"section", c.section}, {"present", c.present}};
  });
  j["posting_sections"] = ArrayOf(report.posting_sections, SectionJson);
  j["resume_sections"] = ArrayOf(report.resume_sections, SectionJson);
  // Invalid UTF-8 cannot reach here (inputs are decoded), but replace rather than throw.
  return j.dump(indent, ' ', false, Json::error_handler_t::replace);
}

}  // namespace tailorcore
