// The posting index through the C++ API: BuildIndex, PostingIndex::Open and Rank equal Rank over
// the postings' text; what Open refuses.
#include <catch2/catch.hpp>

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "support/engine_fixture.h"
#include "tailorcore/index.h"

namespace tailorcore {
namespace {

namespace fs = std::filesystem;

std::vector<PostingInput> Postings() {
  return {
      {"a", "Senior Go Developer", "Requirements\n- Go, Kafka\n- PostgreSQL or MySQL\n"},
      {"b", "", "Требования:\n- опыт с Python от 3 лет\n- знание Docker\nБудет плюсом: Kafka\n"},
      {"c", "Data Engineer", "Must have: Spark, Airflow, SQL. Terraform is not required."},
      {"d", "", "Nice to have: Kubernetes\nRequirements: Java or Kotlin, REST APIs"},
  };
}

std::string TempDir(const std::string& name) {
  const fs::path dir = fs::temp_directory_path() / ("tailorcore-index-test-" + name);
  fs::remove_all(dir);
  return dir.string();
}

std::vector<RankedPosting> FromIndex(const PostingIndex& index, const Engine& engine,
                                     const Document& resume, const RankOptions& options) {
  std::vector<RankedPosting> out;
  auto summary = index.Rank(
      engine, resume, [&](RankedPosting&& r) { out.push_back(std::move(r)); }, options);
  REQUIRE(summary.ok());
  CHECK(summary->postings == 4);
  return out;
}

TEST_CASE("ranking an index equals ranking the postings' text") {
  const Engine& engine = testing::BundledEngine();
  const std::vector<PostingInput> postings = Postings();
  const std::string dir = TempDir("equal");
  std::size_t i = 0;
  IndexInfo info;
  REQUIRE(BuildIndex(
              engine, dir,
              [&](PostingInput* p) {
                if (i >= postings.size()) return false;
                *p = postings[i++];
                return true;
              },
              2, &info)
              .ok());
  CHECK(info.postings == 4);
  auto index = PostingIndex::Open(dir, engine);
  REQUIRE(index.ok());
  CHECK(index->info().fingerprint == IndexFingerprint(engine));
  const Document resume =
      engine.AnalyzeResume("Experience\n- Built Go services with Kafka and PostgreSQL\n");
  for (std::size_t top_k : {0, 2}) {
    RankOptions options;
    options.top_k = top_k;
    options.keep_reports = true;
    const auto want = Rank(engine, resume, postings, options);
    const auto got = FromIndex(*index, engine, resume, options);
    REQUIRE(got.size() == want.size());
    for (std::size_t k = 0; k < got.size(); ++k) {
      CHECK(got[k].id == want[k].id);
      CHECK(got[k].index == want[k].index);
      CHECK(got[k].title == want[k].title);
      CHECK(got[k].score == want[k].score);
      CHECK(got[k].top_missing == want[k].top_missing);
      CHECK(ReportToJson(*got[k].report) == ReportToJson(*want[k].report));
    }
  }
  fs::remove_all(dir);
}

// Postings naming skills drawn from a list (a fixed pseudo-random sequence): alternatives,
// nice-to-haves and skills said not to be required among them.
std::vector<PostingInput> ManyPostings(std::size_t count) {
  const std::vector<std::string> skills = {
      "Python",  "Go",         "Kafka",      "RabbitMQ", "PostgreSQL", "MySQL",
      "Docker",  "Kubernetes", "Terraform",  "AWS",      "GCP",        "Java",
      "Kotlin",  "Spark",      "Airflow",    "Redis",    "React",      "TypeScript",
      "Linux",   "Git",        "Jenkins",    "GraphQL",  "gRPC",       "Elasticsearch",
      "MongoDB", "Ansible",    "Prometheus", "Django"};
  std::uint32_t state = 12345;
  auto pick = [&] {
    state = state * 1103515245u + 12345u;
    return skills[(state >> 16) % skills.size()];
  };
  std::vector<PostingInput> out;
  for (std::size_t i = 0; i < count; ++i) {
    std::string text = "Requirements\n";
    for (int r = 0; r < 1 + static_cast<int>(i % 5); ++r)
      text += "- Experience with " + pick() + "\n";
    if (i % 3 == 0) text += "- " + pick() + " or " + pick() + "\n";
    text += "Nice to have\n- " + pick() + "\n";
    if (i % 4 == 0) text += pick() + " is not required.\n";
    out.push_back({"p" + std::to_string(i), i % 2 ? "Engineer" : "", text});
  }
  return out;
}

TEST_CASE("the sparse pass (top k) ranks as the postings' text, scoring fewer postings") {
  const Engine& engine = testing::BundledEngine();
  const std::vector<PostingInput> postings = ManyPostings(300);
  const std::string dir = TempDir("sparse");
  std::size_t i = 0;
  REQUIRE(BuildIndex(engine, dir, [&](PostingInput* p) {
            if (i >= postings.size()) return false;
            *p = postings[i++];
            return true;
          }).ok());
  auto index = PostingIndex::Open(dir, engine);
  REQUIRE(index.ok());
  for (const char* text :
       {"Experience\n- Built Go services with Kafka and PostgreSQL on Kubernetes\n",
        "Skills: Python, Django, Redis, Docker, AWS, Terraform, Git, Linux\n",
        "Навыки: Java, Kotlin, RabbitMQ, MySQL\n", "Kafka\n", "Nothing to see here.\n"}) {
    const Document resume = engine.AnalyzeResume(text);
    for (std::size_t top_k : {1, 3, 10, 40, 400}) {
      RankOptions options;
      options.top_k = top_k;
      options.threads = 1;
      options.chunk = 1;  // the bound is checked before each posting
      const auto want = Rank(engine, resume, postings, options);
      std::vector<RankedPosting> got;
      auto summary = index->Rank(
          engine, resume, [&](RankedPosting&& r) { got.push_back(std::move(r)); }, options);
      REQUIRE(summary.ok());
      CHECK(summary->postings == 300);
      REQUIRE(got.size() == want.size());
      for (std::size_t k = 0; k < got.size(); ++k) {
        INFO(text << " top " << top_k << " rank " << k);
        CHECK(got[k].id == want[k].id);
        CHECK(got[k].score == want[k].score);
        CHECK(got[k].top_missing == want[k].top_missing);
      }
      // Asking for a few of many, most postings cannot reach them and are not read.
      if (top_k <= 10) CHECK(summary->scored < 150);
    }
  }
  fs::remove_all(dir);
}

TEST_CASE("the sparse pass with weights of zero: no posting lost to infinity times zero") {
  // Every keyword only mentioned, mentioned keywords weigh nothing (no total weight: an infinite
  // bound), and the resume only lists its skills (no credit): each posting scores 0 and must
  // still be ranked, in order.
  EngineOptions options;
  options.scoring.mentioned_weight = 0;
  options.scoring.listed_credit = 0;
  auto engine = Engine::Create(options);
  REQUIRE(engine.ok());
  std::vector<PostingInput> postings;
  for (const char* text : {"We use Kafka and Go.", "Our stack: Python, Django.",
                           "You will meet Kafka here.", "Nothing technical."}) {
    postings.push_back({"p" + std::to_string(postings.size()), "", text});
  }
  const std::string dir = TempDir("zero");
  std::size_t i = 0;
  REQUIRE(BuildIndex(*engine, dir, [&](PostingInput* p) {
            if (i >= postings.size()) return false;
            *p = postings[i++];
            return true;
          }).ok());
  auto index = PostingIndex::Open(dir, *engine);
  REQUIRE(index.ok());
  const Document resume = engine->AnalyzeResume("Skills\nKafka, Go, Python, Django\n");
  for (std::size_t k : {1, 3, 10}) {
    RankOptions top;
    top.top_k = k;
    top.chunk = 1;
    const auto want = Rank(*engine, resume, postings, top);
    std::vector<std::string> got;
    REQUIRE(index
                ->Rank(
                    *engine, resume, [&](RankedPosting&& r) { got.push_back(r.id); }, top)
                .ok());
    std::vector<std::string> ids;
    for (const RankedPosting& r : want) ids.push_back(r.id);
    CHECK(got == ids);
  }
  fs::remove_all(dir);
}

TEST_CASE("readers rank while a writer adds segments: each sees an index before or after an add") {
  const Engine& engine = testing::BundledEngine();
  const std::vector<PostingInput> postings = ManyPostings(120);
  const std::string dir = TempDir("concurrent");
  auto slice = [&](std::size_t begin, std::size_t end) {
    return [&postings, begin, end, i = begin](PostingInput* p) mutable {
      if (i >= end) return false;
      *p = postings[i++];
      return true;
    };
  };
  REQUIRE(BuildIndex(engine, dir, slice(0, 40)).ok());
  const Document resume = engine.AnalyzeResume("Skills: Python, Kafka, PostgreSQL, Docker, Go\n");
  RankOptions options;
  options.top_k = 5;
  options.threads = 1;
  std::map<std::size_t, std::vector<std::string>> want;  // live postings -> the best ids
  for (std::size_t n : {40, 80, 120}) {
    const std::vector<PostingInput> prefix(postings.begin(), postings.begin() + n);
    for (const RankedPosting& r : Rank(engine, resume, prefix, options)) want[n].push_back(r.id);
  }
  std::atomic<bool> done{false};
  std::thread writer([&] {
    for (std::size_t begin : {40, 80})
      CHECK(AddToIndex(engine, dir, slice(begin, begin + 40)).ok());
    done = true;
  });
  std::vector<std::string> problems;
  std::mutex problems_mutex;
  auto reader = [&] {
    for (int round = 0; round < 200 && (round < 3 || !done); ++round) {
      auto index = PostingIndex::Open(dir, engine);
      std::string problem;
      if (!index.ok()) {
        problem = index.status().message();
      } else {
        std::vector<std::string> got;
        auto summary = index->Rank(
            engine, resume, [&](RankedPosting&& r) { got.push_back(r.id); }, options);
        const auto it = want.find(index->info().postings);
        if (!summary.ok() || it == want.end() || it->second != got) {
          problem = "a torn index: " + std::to_string(index->info().postings) + " postings";
        }
      }
      if (!problem.empty()) {
        std::lock_guard<std::mutex> lock(problems_mutex);
        problems.push_back(problem);
      }
    }
  };
  std::thread first(reader);
  std::thread second(reader);
  writer.join();
  first.join();
  second.join();
  INFO((problems.empty() ? std::string() : problems.front()));
  CHECK(problems.empty());
  auto index = PostingIndex::Open(dir, engine);
  REQUIRE(index.ok());
  CHECK(index->info().postings == 120);
  CHECK(index->info().segments == 3);
  fs::remove_all(dir);
}

TEST_CASE("an index opens only with an engine that profiles postings alike") {
  const Engine& engine = testing::BundledEngine();
  const std::string dir = TempDir("fingerprint");
  const std::vector<PostingInput> postings = Postings();
  std::size_t i = 0;
  REQUIRE(BuildIndex(engine, dir, [&](PostingInput* p) {
            if (i >= postings.size()) return false;
            *p = postings[i++];
            return true;
          }).ok());
  EngineOptions other;
  other.scoring.required_weight = 4.0;
  auto heavier = Engine::Create(other);
  REQUIRE(heavier.ok());
  CHECK(IndexFingerprint(*heavier) != IndexFingerprint(engine));
  // A relation in a user's lexicon file changes how postings group ("message queues (...)").
  const std::string relations = dir + "-relations.tsv";
  {
    std::ofstream out(relations);
    out << "kind\tkafka\tpython\n";
  }
  EngineOptions related;
  related.lexicon_files = {relations};
  auto with_relation = Engine::Create(related);
  REQUIRE(with_relation.ok());
  CHECK(IndexFingerprint(*with_relation) != IndexFingerprint(engine));
  fs::remove(relations);
  auto refused = PostingIndex::Open(dir, *heavier);
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.status().code() == StatusCode::kDataError);
  CHECK(refused.status().message().find("rebuild") != std::string::npos);
  // Ranking with another engine than the one it was opened with: refused, nothing ranked.
  auto index = PostingIndex::Open(dir, engine);
  REQUIRE(index.ok());
  std::size_t ranked = 0;
  RankOptions top;
  top.top_k = 2;
  for (const RankOptions& options : {RankOptions{}, top}) {
    auto result = index->Rank(
        *heavier, heavier->AnalyzeResume("Go, Kafka"), [&](RankedPosting&&) { ++ranked; }, options);
    CHECK(result.status().code() == StatusCode::kDataError);
  }
  CHECK(ranked == 0);
  CHECK(PostingIndex::Open(dir + "-missing", engine).status().code() == StatusCode::kIoError);
  // Nothing to index: nothing written.
  const std::string empty = TempDir("empty");
  CHECK(BuildIndex(engine, empty, [](PostingInput*) { return false; }).code() ==
        StatusCode::kInvalidArgument);
  CHECK_FALSE(fs::exists(empty));
  fs::remove_all(dir);
}

}  // namespace
}  // namespace tailorcore
