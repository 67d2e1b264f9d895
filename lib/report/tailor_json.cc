// TailoredToJson: the stable JSON form of a tailored resume (docs/tailoring.md,
// schemas/tailor.schema.json).
#include <nlohmann/json.hpp>

#include "base/text.h"
#include "tailorcore/tailor.h"

namespace tailorcore {

std::string TailoredToJson(const Tailored& t, int indent) {
  using Json = nlohmann::ordered_json;  // keys in the order written: the schema's order
  Json edits = Json::array();
  for (const Edit& e : t.edits) {
    edits.push_back(Json{{"kind", EditKindName(e.kind)},
                         {"before", e.before},
                         {"after", e.after},
                         {"reason", e.reason},
                         {"begin", e.begin},
                         {"end", e.end},
                         {"skill", e.skill.empty() ? Json(nullptr) : Json(e.skill)}});
  }
  const Json json{{"schema", t.schema},
                  {"score_before", detail::Round(t.score_before, 0.01)},
                  {"score_after", detail::Round(t.score_after, 0.01)},
                  {"literal_before", detail::Round(t.literal_before, 0.01)},
                  {"literal_after", detail::Round(t.literal_after, 0.01)},
                  {"edits", std::move(edits)},
                  {"gaps", t.gaps},
                  {"gap_terms", t.gap_terms},
                  {"withheld", t.withheld},
                  {"text", t.text},
                  {"diff", t.diff}};
  return json.dump(indent, ' ', false, Json::error_handler_t::replace);
}

}  // namespace tailorcore
