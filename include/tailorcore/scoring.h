// tailorcore/scoring.h: the weights of the score (docs/scoring.md), and their names.
//
//   tailorcore::ScoringOptions scoring;
//   tailorcore::Status s = tailorcore::SetScoringWeight(&scoring, "required_weight", 4.0);
//
// Thread-safety: plain values; the functions are thread-safe.
#ifndef TAILORCORE_SCORING_H_
#define TAILORCORE_SCORING_H_

#include <string_view>
#include <vector>

#include "tailorcore/status.h"

namespace tailorcore {

// Every default is listed here.
struct ScoringOptions {
  double required_weight = 3.0;        // base weight of a required keyword
  double preferred_weight = 1.5;       // of a preferred one
  double mentioned_weight = 1.0;       // of one only mentioned (responsibilities, about, other)
  double title_factor = 1.5;           // × for a keyword in the posting's title
  double repeat_bonus = 0.25;          // + per extra occurrence in the posting ...
  double max_repeat_bonus = 0.5;       // ... up to this (so × 1.5 at most)
  double experience_credit = 1.0;      // credit when shown in experience or projects
  double summary_credit = 0.85;        // when shown in the summary at best
  double listed_credit = 0.7;          // when only listed (skills section, other sections)
  double implied_credit = 0.5;         // × for a keyword shown only by a narrower skill ("Kafka"
                                       // for "message queues"; docs/scoring.md)
  double non_technical_factor = 0.25;  // × for a keyword of a non-technical category (soft
                                       // skills, business and domain, spoken languages)
  // What an unmet requirement (docs/scoring.md, 5) takes from the keyword score, as a share of
  // it; never for "unknown", nor for a soft one (preferred, or "or equivalent experience").
  double experience_cost = 0.15;        // × the share of the years asked that the resume lacks
  double language_cost = 0.10;          // × the share of the CEFR levels asked that it lacks
  double degree_cost = 0.10;            // a degree below the one asked
  double seniority_cost = 0.05;         // a most recent title below the posting's level
  double max_requirements_cost = 0.30;  // all requirements together take at most this share
  bool candidate_keywords = true;       // count technology-shaped terms the lexicon lacks

  bool operator==(const ScoringOptions&) const = default;
};

// The names of the numeric options above, in the order listed ("required_weight" ...
// "max_requirements_cost"): what the C API, Python and the CLI accept. Static storage.
const std::vector<std::string_view>& ScoringWeightNames();

// Sets the numeric option `name` to `value`. kInvalidArgument for an unknown name (the message
// lists the known ones). The value is checked by CheckScoringOptions, not here.
Status SetScoringWeight(ScoringOptions* options, std::string_view name, double value);
// The value of the numeric option `name`; kInvalidArgument for an unknown name.
StatusOr<double> GetScoringWeight(const ScoringOptions& options, std::string_view name);

// kInvalidArgument when a weight is negative or not finite, or a credit or a cost is above 1.
Status CheckScoringOptions(const ScoringOptions& options);

}  // namespace tailorcore

#endif  // TAILORCORE_SCORING_H_
