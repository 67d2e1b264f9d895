// Throughput of analysis + matching (Lexicon::Extract) on one thread.
//
//   build/bin/match_throughput [--seconds N] FEED.jsonl...
//
// Each feed is JSON Lines with a "text" field (../shared/data/postings/*.jsonl work as they are).
// The texts are extracted in a loop for at least N seconds (default 3) after one warm-up pass;
// prints MB/s, postings/s and matches per posting. Figures go to docs/benchmarks.md.
#include <simdjson.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "tailorcore/lexicon.h"

int main(int argc, char** argv) {
  double seconds = 3.0;
  std::vector<std::string> texts;
  simdjson::ondemand::parser parser;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--seconds" && i + 1 < argc) {
      seconds = std::atof(argv[++i]);
      continue;
    }
    std::ifstream in(arg);
    if (!in) {
      std::fprintf(stderr, "match_throughput: %s: cannot open\n", arg.c_str());
      return 1;
    }
    std::string line;
    while (std::getline(in, line)) {
      simdjson::padded_string padded(line);
      std::string_view text;
      auto doc = parser.iterate(padded);
      if (doc["text"].get_string().get(text) == simdjson::SUCCESS) texts.emplace_back(text);
    }
  }
  if (texts.empty()) {
    std::fprintf(stderr, "usage: match_throughput [--seconds N] FEED.jsonl...\n");
    return 2;
  }
  std::size_t bytes = 0;
  for (const auto& t : texts) bytes += t.size();

  const auto build_start = std::chrono::steady_clock::now();
  auto builder = tailorcore::LexiconBuilder::Bundled();
  if (!builder.ok()) return std::fprintf(stderr, "%s\n", builder.status().message().c_str()), 1;
  auto lexicon = builder->Build();
  if (!lexicon.ok()) return std::fprintf(stderr, "%s\n", lexicon.status().message().c_str()), 1;
  const double build_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - build_start).count();

  std::size_t matches = 0;
  for (const auto& t : texts) matches += lexicon->Extract(t).matches.size();  // warm-up
  const std::size_t matches_per_pass = matches;

  std::size_t postings = 0;
  std::size_t processed = 0;
  const auto start = std::chrono::steady_clock::now();
  double elapsed = 0;
  while (elapsed < seconds) {
    for (const auto& t : texts) {
      matches += lexicon->Extract(t).matches.size();  // used below, so the call stays
      processed += t.size();
      ++postings;
    }
    elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  }
  std::printf("lexicon: %zu skills, built in %.2f s\n", lexicon->skills().size(), build_seconds);
  std::printf("feed: %zu postings, %.1f KB average, %.1f matches per posting\n", texts.size(),
              static_cast<double>(bytes) / texts.size() / 1024.0,
              static_cast<double>(matches_per_pass) / texts.size());
  std::printf("one thread: %.1f MB/s, %.0f postings/s (%zu postings in %.2f s, %zu matches)\n",
              processed / elapsed / 1e6, postings / elapsed, postings, elapsed, matches);
  return 0;
}
