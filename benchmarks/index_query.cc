// The query figures of docs/benchmarks.md for the posting index: opening an index, ranking one
// resume against it on one thread (the sparse pass with --top K), and the resident memory of
// the query process.
//
//   build/bin/index_query INDEX RESUME.txt [--top K] [--runs N]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "tailorcore/index.h"

namespace {

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

long StatusKb(const char* field) {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind(field, 0) == 0) return std::atol(line.c_str() + std::string(field).size());
  }
  return -1;
}

// Resident kB of the mappings of files whose name ends in `suffix` (/proc/self/smaps).
long MappedKb(const std::string& suffix) {
  std::ifstream smaps("/proc/self/smaps");
  std::string line;
  bool inside = false;
  long total = 0;
  while (std::getline(smaps, line)) {
    if (line.find('-') != std::string::npos && line.find(' ') < line.find(':')) {
      inside = line.size() >= suffix.size() &&
               line.compare(line.size() - suffix.size(), suffix.size(), suffix) == 0;
    } else if (inside && line.rfind("Rss:", 0) == 0) {
      total += std::atol(line.c_str() + 4);
    }
  }
  return total;
}

double Median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: index_query INDEX RESUME.txt [--top K] [--runs N]\n");
    return 2;
  }
  std::size_t top = 20;
  int runs = 5;  // at least 2: the first open computes the engine's fingerprint
  for (int i = 3; i + 1 < argc; i += 2) {
    if (std::string(argv[i]) == "--top") top = std::strtoul(argv[i + 1], nullptr, 10);
    if (std::string(argv[i]) == "--runs") runs = std::max(2, std::atoi(argv[i + 1]));
  }
  auto engine = tailorcore::Engine::Create();
  if (!engine.ok()) {
    std::fprintf(stderr, "engine: %s\n", engine.status().message().c_str());
    return 1;
  }
  std::ifstream in(argv[2]);
  std::stringstream text;
  text << in.rdbuf();
  engine->AnalyzeResume(text.str());  // loads what analysis loads lazily (ICU's data)
  const long rss_engine = StatusKb("VmRSS:");
  const long file_engine = StatusKb("RssFile:");
  std::vector<double> opens;
  for (int r = 0; r < runs; ++r) {
    const auto start = std::chrono::steady_clock::now();
    auto index = tailorcore::PostingIndex::Open(argv[1], *engine);
    opens.push_back(Seconds(start));
    if (!index.ok()) {
      std::fprintf(stderr, "open: %s\n", index.status().message().c_str());
      return 1;
    }
  }
  auto index = tailorcore::PostingIndex::Open(argv[1], *engine);
  const long mapped_open = MappedKb(".tcx");
  tailorcore::RankOptions options;
  options.top_k = top;
  options.threads = 1;
  std::vector<double> ranks;
  tailorcore::RankSummary summary;
  double best = 0;
  for (int r = 0; r < runs; ++r) {
    const auto start = std::chrono::steady_clock::now();
    const tailorcore::Document resume = engine->AnalyzeResume(text.str());  // counted: per query
    auto s = index->Rank(
        *engine, resume, [&](tailorcore::RankedPosting&& p) { best = std::max(best, p.score); },
        options);
    ranks.push_back(Seconds(start));
    if (!s.ok()) {
      std::fprintf(stderr, "rank: %s\n", s.status().message().c_str());
      return 1;
    }
    summary = *s;
  }
  const double rank = Median(ranks);
  std::printf("index: %llu postings in %u segment(s), %.1f MB\n",
              static_cast<unsigned long long>(index->info().postings), index->info().segments,
              index->info().bytes / 1e6);
  std::printf(
      "open: %.2f ms the first time (the engine's fingerprint computed), then %.3f ms "
      "(median of %d)\n",
      opens.front() * 1e3, Median(std::vector<double>(opens.begin() + 1, opens.end())) * 1e3,
      runs - 1);
  std::printf(
      "rank --top %zu, one thread, resume analysis included: %.4f s (median of %d), "
      "%.1f million postings/s; %zu scored in full; best score %.2f\n",
      top, rank, runs, summary.postings / rank / 1e6, summary.scored, best);
  std::printf(
      "resident: %.1f MB with the engine warm, %.1f MB after ranking (peak %.1f MB); file pages "
      "(the library, its data and the index's mapped pages, shared with other processes) "
      "%.1f MB with the engine warm, %.1f MB after ranking; private %.1f MB\n",
      rss_engine / 1024.0, StatusKb("VmRSS:") / 1024.0, StatusKb("VmHWM:") / 1024.0,
      file_engine / 1024.0, StatusKb("RssFile:") / 1024.0, StatusKb("RssAnon:") / 1024.0);
  std::printf(
      "the index's mapped pages resident: %.1f MB once open, %.1f MB after ranking, of %.1f MB\n",
      mapped_open / 1024.0, MappedKb(".tcx") / 1024.0, index->info().bytes / 1e6);
  return 0;
}
