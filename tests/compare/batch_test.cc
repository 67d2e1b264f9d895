// Batch ranking: order, top-k, the same results for every thread count, streaming.
#include <catch2/catch.hpp>

#include <string>
#include <thread>
#include <vector>

#include "support/engine_fixture.h"
#include "tailorcore/batch.h"

using tailorcore::Engine;
using tailorcore::PostingInput;
using tailorcore::RankedPosting;
using tailorcore::RankOptions;

namespace {

const Engine& SharedEngine() { return tailorcore::testing::BundledEngine(); }

std::vector<PostingInput> Feed() {
  const std::vector<std::string> skills = {"Python", "PostgreSQL", "Kafka",     "Go",   "Redis",
                                           "Docker", "Kubernetes", "Terraform", "Java", "React"};
  std::vector<PostingInput> feed;
  for (std::size_t i = 0; i < 300; ++i) {
    std::string text = "Requirements:\n";
    for (std::size_t k = 0; k < 4; ++k)
      text += "- " + skills[(i * 7 + k * 3) % skills.size()] + "\n";
    if (i % 5 == 0) text += "Будет плюсом: опыт с ClickHouse\n";
    feed.push_back({"p" + std::to_string(i), i % 3 == 0 ? "Backend Engineer (Python)" : "", text});
  }
  return feed;
}

std::vector<std::string> Flat(const std::vector<RankedPosting>& results) {
  std::vector<std::string> out;
  for (const auto& r : results) out.push_back(r.id + ":" + std::to_string(r.score));
  return out;
}

}  // namespace

TEST_CASE("rank keeps input order and the same results for every thread count", "[batch]") {
  const auto resume = SharedEngine().AnalyzeResume("Skills: Python, PostgreSQL, Docker, Redis");
  const auto feed = Feed();
  RankOptions one;
  one.threads = 1;
  const auto single = tailorcore::Rank(SharedEngine(), resume, feed, one);
  REQUIRE(single.size() == feed.size());
  for (std::size_t i = 0; i < single.size(); ++i) {
    CHECK(single[i].index == i);
    CHECK(single[i].id == feed[i].id);
  }
  // Each result equals a plain Compare of the same posting (titles go first): ranking does only
  // the score part of the comparison, and that part must not differ.
  for (std::size_t i = 0; i < feed.size(); ++i) {
    const std::string text =
        feed[i].title.empty() ? feed[i].text : feed[i].title + "\n" + feed[i].text;
    const auto direct = SharedEngine().Compare(resume, std::string_view(text));
    INFO("posting " << i);
    CHECK(single[i].score == direct.score);
    CHECK(single[i].literal_score == direct.literal_score);
    REQUIRE(single[i].tiers.size() == 3);
    for (std::size_t t = 0; t < 3; ++t) {
      CHECK(single[i].tiers[t].name == direct.tiers[t].name);
      CHECK(single[i].tiers[t].total == direct.tiers[t].total);
      CHECK(single[i].tiers[t].matched == direct.tiers[t].matched);
      CHECK(single[i].tiers[t].coverage == direct.tiers[t].coverage);
    }
    const std::size_t shown = std::min<std::size_t>(direct.missing.size(), one.top_missing);
    CHECK(single[i].top_missing ==
          std::vector<std::string>(direct.missing.begin(), direct.missing.begin() + shown));
  }
  for (std::size_t threads : {2, 3, 8}) {
    RankOptions many;
    many.threads = threads;
    many.chunk = 37;  // chunks that do not divide the feed
    CHECK(Flat(tailorcore::Rank(SharedEngine(), resume, feed, many)) == Flat(single));
  }
}

TEST_CASE("top-k keeps the best by score, ties by input order", "[batch]") {
  const auto resume = SharedEngine().AnalyzeResume("Skills: Python, PostgreSQL, Docker, Redis");
  const auto feed = Feed();
  auto all = tailorcore::Rank(SharedEngine(), resume, feed);
  std::stable_sort(all.begin(), all.end(), [](const RankedPosting& a, const RankedPosting& b) {
    return a.score > b.score;
  });
  for (std::size_t threads : {1, 2}) {
    RankOptions options;
    options.top_k = 10;
    options.threads = threads;
    options.chunk = 16;
    const auto best = tailorcore::Rank(SharedEngine(), resume, feed, options);
    REQUIRE(best.size() == 10);
    for (std::size_t i = 0; i < 10; ++i) {
      CHECK(best[i].id == all[i].id);
      CHECK(best[i].score == all[i].score);
    }
  }
  RankOptions more;
  more.top_k = 1000;  // more than the feed
  CHECK(tailorcore::Rank(SharedEngine(), resume, feed, more).size() == feed.size());
}

TEST_CASE("the streaming form pulls and pushes a chunk at a time", "[batch]") {
  const auto resume = SharedEngine().AnalyzeResume("Skills: Go, Kafka");
  std::size_t produced = 0;
  std::size_t received = 0;
  std::size_t max_outstanding = 0;
  RankOptions options;
  options.threads = 2;
  options.chunk = 50;
  const auto summary = tailorcore::RankStream(
      SharedEngine(), resume,
      [&](PostingInput* p) {
        if (produced == 1000) return false;
        p->id = std::to_string(produced++);
        p->text = "Requirements: Go and Kafka";
        max_outstanding = std::max(max_outstanding, produced - received);
        return true;
      },
      [&](RankedPosting&& r) {
        CHECK(r.index == received);
        ++received;
      },
      options);
  CHECK(summary.postings == 1000);
  CHECK(received == 1000);
  CHECK(max_outstanding <= 51);  // never more than one chunk in memory
}

TEST_CASE("reports are kept on request", "[batch]") {
  const auto resume =
      SharedEngine().AnalyzeResume("Skills: Go, Docker");  // Docker: evidence for Go
  RankOptions options;
  options.keep_reports = true;
  const auto results = tailorcore::Rank(SharedEngine(), resume,
                                        {{"a", "", "Requirements: Go, Rust, PostgreSQL"}}, options);
  REQUIRE(results.size() == 1);
  REQUIRE(results[0].report.has_value());
  CHECK(results[0].report->keywords.size() == 3);
  CHECK(results[0].top_missing == std::vector<std::string>{"postgresql", "rust"});
}

TEST_CASE("one engine shared by 8 threads gives byte-identical reports", "[batch][concurrency]") {
  const auto feed = Feed();
  const std::vector<std::string> resumes = {
      "Skills: Python, PostgreSQL\nExperience\n- Built APIs in Python and Django",
      "Навыки: Питон, Кафка, Докер\nОпыт работы\n- Разработал микросервисы на Go",
      "Summary\nJava developer, Spring Boot, Kubernetes, 5 years",
  };
  // The single-threaded answers.
  std::vector<std::string> expected;
  for (std::size_t i = 0; i < 24; ++i) {
    const auto report = SharedEngine().Compare(std::string_view(resumes[i % resumes.size()]),
                                               std::string_view(feed[i * 7].text));
    expected.push_back(tailorcore::ReportToJson(report));
  }
  constexpr int kThreads = 8;
  constexpr int kRounds = 6;
  std::vector<int> mismatches(kThreads, 0);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int round = 0; round < kRounds; ++round) {
        for (std::size_t i = static_cast<std::size_t>(t); i < expected.size(); i += 3) {
          const auto report = SharedEngine().Compare(std::string_view(resumes[i % resumes.size()]),
                                                     std::string_view(feed[i * 7].text));
          if (tailorcore::ReportToJson(report) != expected[i])
            ++mismatches[static_cast<std::size_t>(t)];
        }
      }
    });
  }
  for (auto& th : threads) th.join();
  CHECK(mismatches == std::vector<int>(kThreads, 0));
}
