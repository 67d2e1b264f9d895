// Built against an installed tailorcore with find_package(tailorcore).
#include <cstdio>

#include "tailorcore/engine.h"

int main() {
  auto engine = tailorcore::Engine::Create();
  if (!engine.ok()) {
    std::fprintf(stderr, "%s\n", engine.status().message().c_str());
    return 1;
  }
  const tailorcore::Report report =
      engine->Compare(std::string_view("Skills: Python, PostgreSQL"),
                      std::string_view("Requirements: Python, PostgreSQL, Kafka"));
  std::printf("cpp score %.2f\n", report.score);
  return report.score > 0 && report.missing.size() == 1 ? 0 : 1;
}
