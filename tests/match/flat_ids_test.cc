// The flat lookup tables of the matcher and the analyzer's memo (lib/base/flat_ids.h) answer as
// the std::unordered_map they replaced: every key found with its id, no absent key found, across
// growth and clearing.
#include "base/flat_ids.h"

#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace tailorcore::detail {
namespace {

std::string Word(std::size_t i) { return "w" + std::to_string(i * 7919 % 100003); }

TEST_CASE("FlatIds finds every key with its id and no other", "[flat]") {
  for (std::size_t n : {0U, 1U, 15U, 16U, 17U, 1000U, 20000U}) {
    std::vector<std::string> keys;
    std::vector<std::uint32_t> ids;
    for (std::size_t i = 0; i < n; ++i) {
      keys.push_back(Word(i));
      ids.push_back(static_cast<std::uint32_t>(n - i));
    }
    FlatIds<std::string> table;
    table.Build(keys, ids);
    for (std::size_t i = 0; i < n; ++i) CHECK(table.Find(std::string_view(keys[i])) == ids[i]);
    CHECK(table.Find(std::string_view("absent")) == kNoId);
    CHECK(table.Find(std::string_view("")) == kNoId);
  }
  FlatIds<std::uint64_t> pairs;
  pairs.Build({1, 2, (std::uint64_t{7} << 32) | 9}, {10, 20, 30});
  CHECK(pairs.Find(std::uint64_t{2}) == 20);
  CHECK(pairs.Find((std::uint64_t{7} << 32) | 9) == 30);
  CHECK(pairs.Find((std::uint64_t{9} << 32) | 7) == kNoId);
}

TEST_CASE("FlatMemo keeps every value across growth and forgets all on Clear", "[flat]") {
  FlatMemo<std::string> memo;
  std::unordered_map<std::string, std::string> expected;
  for (std::size_t i = 0; i < 5000; ++i) {
    const std::string key = Word(i);
    if (memo.Find(key) != nullptr) continue;  // Word repeats keys now and then
    CHECK(memo.Insert(key, "v" + key) == "v" + key);
    expected[key] = "v" + key;
  }
  CHECK(memo.size() == expected.size());
  for (const auto& [key, value] : expected) {
    const std::string* found = memo.Find(key);
    REQUIRE(found != nullptr);
    CHECK(*found == value);
  }
  CHECK(memo.Find("absent") == nullptr);
  memo.Clear();
  CHECK(memo.size() == 0);
  CHECK(memo.Find(Word(1)) == nullptr);
  CHECK(memo.Insert("again", "yes") == "yes");
  CHECK(*memo.Find("again") == "yes");
}

}  // namespace
}  // namespace tailorcore::detail

TEST_CASE("every built table has a serial of its own, so a memo of its ids is never reused",
          "[flat]") {
  // The analyzer's word memo keeps ids from one table and compares serials, not addresses: a
  // table built where a freed one lived must not inherit its memo.
  std::vector<std::uint64_t> serials;
  for (int i = 0; i < 4; ++i) {
    auto table = std::make_unique<tailorcore::detail::FlatIds<std::string>>();
    CHECK(table->serial() == 0);
    table->Build({"redis", "kafka"}, {0, 1});
    serials.push_back(table->serial());
  }
  for (std::size_t i = 0; i < serials.size(); ++i) {
    CHECK(serials[i] != 0);
    for (std::size_t j = 0; j < i; ++j) CHECK(serials[i] != serials[j]);
  }
}
