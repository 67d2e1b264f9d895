// The figures of docs/benchmarks.md for the whole comparison (analysis, matching, tiers,
// coverage, score) of one resume against a feed, one thread and two, plus extraction alone,
// engine memory, single-compare latency and growth with posting length.
//
//   build/bin/rank_throughput FEED.jsonl RESUME.txt [--seconds N]
#include <simdjson.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "tailorcore/batch.h"

namespace {

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

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
    std::fprintf(stderr, "usage: rank_throughput FEED.jsonl RESUME.txt [--seconds N]\n");
    return 2;
  }
  double seconds = 3;
  if (argc >= 5 && std::string(argv[3]) == "--seconds") seconds = std::atof(argv[4]);
  std::vector<tailorcore::PostingInput> feed;
  std::size_t bytes = 0;
  {
    std::ifstream in(argv[1]);
    simdjson::ondemand::parser parser;
    std::string line;
    while (std::getline(in, line)) {
      simdjson::padded_string padded(line);
      auto doc = parser.iterate(padded);
      std::string_view text, title, id;
      if (doc["id"].get_string().get(id) || doc["title"].get_string().get(title) ||
          doc["text"].get_string().get(text)) {
        continue;
      }
      feed.push_back({std::string(id), std::string(title), std::string(text)});
      bytes += title.size() + 1 + text.size();
    }
  }
  std::ifstream resume_file(argv[2]);
  std::stringstream resume_text;
  resume_text << resume_file.rdbuf();
  if (feed.empty()) return std::fprintf(stderr, "empty feed\n"), 1;

  const long rss_before = RssKb();
  auto start = std::chrono::steady_clock::now();
  auto engine = tailorcore::Engine::Create();
  if (!engine.ok()) return std::fprintf(stderr, "%s\n", engine.status().message().c_str()), 1;
  const double create_seconds = Seconds(start);
  const long rss_engine = RssKb();
  const tailorcore::Document resume = engine->AnalyzeResume(resume_text.str());
  std::printf("feed: %zu postings, %.2f KB average\n", feed.size(),
              static_cast<double>(bytes) / feed.size() / 1024);
  std::printf("engine: built in %.2f s, %.1f MB resident (%.1f MB before)\n", create_seconds,
              rss_engine / 1024.0, rss_before / 1024.0);

  auto run = [&](std::size_t threads) {
    tailorcore::RankOptions options;
    options.threads = threads;
    options.top_k = 20;
    std::size_t done = 0;
    auto t0 = std::chrono::steady_clock::now();
    while (Seconds(t0) < seconds) {
      tailorcore::Rank(*engine, resume, feed, options);
      done += feed.size();
    }
    const double s = Seconds(t0);
    const double per_second = done / s;
    std::printf("compare, %zu thread(s): %.1f MB/s, %.0f postings/s\n", threads,
                per_second * bytes / feed.size() / 1e6, per_second);
    return per_second;
  };
  const double one = run(1);
  const double two = run(2);
  std::printf("two threads / one: %.2fx\n", two / one);

  // Extraction alone (analysis + matching), the job a Python keyword extractor does.
  {
    std::size_t done = 0;
    std::size_t matches = 0;
    auto t0 = std::chrono::steady_clock::now();
    while (Seconds(t0) < seconds) {
      for (const auto& p : feed) matches += engine->lexicon().Extract(p.text).matches.size();
      done += feed.size();
    }
    const double s = Seconds(t0);
    std::printf("extract only, 1 thread: %.1f MB/s, %.0f postings/s (%.1f matches/posting)\n",
                done / s * bytes / feed.size() / 1e6, done / s,
                static_cast<double>(matches) / done);
  }

  // One compare with both documents analyzed from scratch.
  {
    const std::string resume_copy = resume_text.str();
    const std::size_t n = std::min<std::size_t>(feed.size(), 500);
    auto t0 = std::chrono::steady_clock::now();
    for (std::size_t i = 0; i < n; ++i) {
      engine->Compare(std::string_view(resume_copy), std::string_view(feed[i].text));
    }
    std::printf("single compare, both analyzed from scratch: %.3f ms\n", Seconds(t0) / n * 1e3);
  }

  // Growth with posting length: cost per KB for 1 KB ... 1 MB postings.
  std::printf("growth with posting length (one compare):\n");
  std::string big;
  for (const auto& p : feed) {
    big += p.text;
    big += '\n';
    if (big.size() > (1u << 20)) break;
  }
  for (std::size_t size : {1u << 10, 1u << 13, 1u << 16, 1u << 18, 1u << 20}) {
    if (size > big.size()) break;
    std::size_t cut = size;
    while (cut > 0 && (static_cast<unsigned char>(big[cut]) & 0xC0) == 0x80) --cut;
    const std::string text = big.substr(0, cut);
    const int repeats = static_cast<int>(std::max<std::size_t>(1, (4u << 20) / size));
    auto t0 = std::chrono::steady_clock::now();
    for (int r = 0; r < repeats; ++r) engine->Compare(resume, std::string_view(text));
    const double s = Seconds(t0) / repeats;
    std::printf("  %7zu bytes: %8.3f ms, %.3f ms per KB\n", size, s * 1e3,
                s * 1e3 / (size / 1024.0));
  }
  return 0;
}
