// libFuzzer target: the full comparison. The input is split at its first 0xFF byte (or in the
// middle) into a resume and a posting. The score stays in range and equals its points' sum.
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
  if (!(report.score >= 0 && report.score <= 100.0001) ||
      report.literal_score > report.score + 0.01) {
    std::abort();
  }
  double points = 0;
  for (const auto& k : report.keywords) points += k.points;
  if (std::fabs(points - report.score) > 0.02 * (1 + report.keywords.size())) std::abort();
  (void)tailorcore::ReportToJson(report);
  return 0;
}
