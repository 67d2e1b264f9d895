// Engine memory and per-comparison memory, and no growth over many comparisons: resident set
// size after the engine is built, then after 1,000, 10,000 and 100,000 comparisons of one
// resume with postings of a feed (docs/reliability.md).
//
//   build/bin/memory_growth FEED.jsonl RESUME.txt [COMPARISONS]
#include <simdjson.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "tailorcore/engine.h"

namespace {

long RssKb() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("VmRSS:", 0) == 0) return std::atol(line.c_str() + 6);
  }
  return -1;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: memory_growth FEED.jsonl RESUME.txt [COMPARISONS]\n");
    return 2;
  }
  const long total = argc > 3 ? std::atol(argv[3]) : 100000;
  std::vector<std::string> feed;
  {
    std::ifstream in(argv[1]);
    simdjson::ondemand::parser parser;
    std::string line;
    while (std::getline(in, line) && feed.size() < 2000) {
      simdjson::padded_string padded(line);
      std::string_view text;
      auto doc = parser.iterate(padded);
      if (doc["text"].get_string().get(text) == simdjson::SUCCESS) feed.emplace_back(text);
    }
  }
  std::ifstream resume_file(argv[2]);
  std::stringstream resume_text;
  resume_text << resume_file.rdbuf();
  const long start = RssKb();
  auto engine = tailorcore::Engine::Create();
  if (!engine.ok() || feed.empty()) return 1;
  const long with_engine = RssKb();
  const auto resume = engine->AnalyzeResume(resume_text.str());
  std::printf("before engine: %.1f MB; engine with the bundled lexicon: +%.1f MB\n", start / 1024.0,
              (with_engine - start) / 1024.0);
  long checkpoint = 1000;
  double score_sum = 0;
  for (long i = 1; i <= total; ++i) {
    score_sum +=
        engine->Compare(resume, std::string_view(feed[static_cast<std::size_t>(i) % feed.size()]))
            .score;
    if (i == checkpoint || i == total) {
      std::printf("after %7ld comparisons: %.1f MB resident\n", i, RssKb() / 1024.0);
      checkpoint *= 10;
    }
  }
  std::printf("(mean score %.2f)\n", score_sum / total);
  return 0;
}
