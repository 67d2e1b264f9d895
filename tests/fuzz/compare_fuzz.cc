// libFuzzer target: the full comparison. The input is split at its first 0xFF byte (or in the
// middle) into a resume and a posting. The scores stay in range; the keyword score is its
// keywords' points, and the score is that plus its requirements' points (never above it).
// Tailoring the resume to the posting never lowers the score, and each edit's `before` is the
// resume's bytes at its offsets.
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "tailorcore/engine.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const tailorcore::Engine engine = tailorcore::Engine::Create().value();
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  std::size_t cut = input.find('\xFF');
  if (cut == std::string_view::npos) cut = size / 2;
  const std::string_view resume = input.substr(0, cut);
  const std::string_view posting = input.substr(std::min(cut + 1, size));
  const tailorcore::Report report = engine.Compare(resume, posting);
  if (!(report.score >= 0 && report.score <= report.keyword_score + 0.0001) ||
      report.keyword_score > 100.0001 || report.literal_score > report.keyword_score + 0.01) {
    std::abort();
  }
  double points = 0;
  for (const auto& k : report.keywords) points += k.points;
  if (std::fabs(points - report.keyword_score) > 0.02 * (1 + report.keywords.size())) {
    std::abort();
  }
  double taken = 0;
  for (const auto& r : report.requirements) {
    if (r.points > 0) std::abort();
    taken += r.points;
  }
  if (std::fabs(report.keyword_score + taken - report.score) > 0.02) std::abort();
  (void)tailorcore::ReportToJson(report);
  const tailorcore::Tailored tailored = engine.Tailor(resume, posting);
  if (tailored.score_after + 1e-9 < tailored.score_before) std::abort();
  for (const tailorcore::Edit& e : tailored.edits) {
    if (e.begin > e.end || e.end > resume.size() ||
        resume.substr(e.begin, e.end - e.begin) != e.before) {
      std::abort();
    }
  }
  (void)tailorcore::TailoredToJson(tailored);
  return 0;
}
