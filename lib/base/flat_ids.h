// Hash tables in one flat array with open addressing, for the per-token lookups of analysis and
// matching: a lookup hashes the key once and usually reads one slot, where std::unordered_map
// divides by its bucket count and follows a node. FlatIds: built once, then searched by any
// number of threads. FlatMemo: a growing per-thread memo.
#ifndef TAILORCORE_LIB_BASE_FLAT_IDS_H_
#define TAILORCORE_LIB_BASE_FLAT_IDS_H_

#include <atomic>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tailorcore::detail {

inline constexpr std::uint32_t kNoId = std::numeric_limits<std::uint32_t>::max();

// 64-bit FNV-1a: short keys (words) hash in a few instructions a byte.
inline std::uint64_t FlatHash(std::string_view s) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 0x100000001b3ULL;
  }
  return h;
}

inline std::uint64_t FlatHash(std::uint64_t key) {  // a 64-bit mix (splitmix64's finalizer)
  key ^= key >> 30;
  key *= 0xbf58476d1ce4e5b9ULL;
  key ^= key >> 27;
  key *= 0x94d049bb133111ebULL;
  return key ^ (key >> 31);
}

// 1, 2, ...: one per FlatIds::Build in the process. Thread-safe.
inline std::uint64_t NextFlatIdsSerial() {
  static std::atomic<std::uint64_t> next{1};
  return next.fetch_add(1, std::memory_order_relaxed);
}

// Key: std::string (searched with a std::string_view) or std::uint64_t.
template <typename Key>
class FlatIds {
 public:
  // The table for keys[i] → ids[i]. Keys must be distinct. Cost: linear in the keys.
  void Build(std::vector<Key> keys, const std::vector<std::uint32_t>& ids) {
    serial_ = NextFlatIdsSerial();
    std::size_t size = 16;
    while (size < keys.size() * 2) size *= 2;
    mask_ = size - 1;
    slots_.assign(size, Slot{});
    keys_ = std::move(keys);
    for (std::size_t k = 0; k < keys_.size(); ++k) {
      const std::uint64_t h = FlatHash(View(keys_[k]));
      std::size_t i = h & mask_;
      while (slots_[i].key != kNoId) i = (i + 1) & mask_;
      slots_[i] = {h, static_cast<std::uint32_t>(k), ids[k]};
    }
  }

  // A number no other table built in this process has: what a memo of ids from this table
  // compares (an address may be reused once a table is freed). 0 before Build().
  std::uint64_t serial() const { return serial_; }

  // The id of `key`, or kNoId. Cost: one hash and, at half load, about 1.5 slots read.
  template <typename Probe>
  std::uint32_t Find(const Probe& key) const {
    if (slots_.empty()) return kNoId;
    const std::uint64_t h = FlatHash(View(key));
    for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.key == kNoId) return kNoId;
      if (s.hash == h && View(keys_[s.key]) == View(key)) return s.id;
    }
  }

 private:
  struct Slot {
    std::uint64_t hash = 0;
    std::uint32_t key = kNoId;  // index into keys_; kNoId: empty
    std::uint32_t id = kNoId;
  };
  static std::string_view View(const std::string& s) { return s; }
  static std::string_view View(std::string_view s) { return s; }
  static std::uint64_t View(std::uint64_t k) { return k; }

  std::vector<Slot> slots_;
  std::vector<Key> keys_;
  std::size_t mask_ = 0;
  std::uint64_t serial_ = 0;
};

// A growing map from strings to values in one flat array (open addressing), for a per-thread
// memo: Find and Insert hash the key once. Not thread-safe; one per thread. A reference to a
// value is valid until the next Insert or Clear.
template <typename Value>
class FlatMemo {
 public:
  // The value of `key`, or nullptr. Cost: one hash, about 1.5 slots read.
  const Value* Find(std::string_view key) const {
    if (slots_.empty()) return nullptr;
    const std::uint64_t h = FlatHash(key);
    for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.entry == kNoId) return nullptr;
      if (s.hash == h && entries_[s.entry].first == key) return &entries_[s.entry].second;
    }
  }
  Value* Find(std::string_view key) {
    return const_cast<Value*>(static_cast<const FlatMemo&>(*this).Find(key));
  }
  // Adds `key` (not present) with `value`; returns the stored value. Amortized O(1).
  const Value& Insert(std::string_view key, Value value) {
    if ((entries_.size() + 1) * 2 > slots_.size()) Grow();
    const std::uint64_t h = FlatHash(key);
    std::size_t i = h & mask_;
    while (slots_[i].entry != kNoId) i = (i + 1) & mask_;
    slots_[i] = {h, static_cast<std::uint32_t>(entries_.size())};
    entries_.emplace_back(std::string(key), std::move(value));
    return entries_.back().second;
  }
  std::size_t size() const { return entries_.size(); }
  void Clear() {
    slots_.clear();
    entries_.clear();
    mask_ = 0;
  }

 private:
  struct Slot {
    std::uint64_t hash = 0;
    std::uint32_t entry = kNoId;  // index into entries_; kNoId: empty
  };
  void Grow() {
    const std::size_t size = slots_.empty() ? 1024 : slots_.size() * 2;
    slots_.assign(size, Slot{});
    mask_ = size - 1;
    for (std::size_t e = 0; e < entries_.size(); ++e) {
      const std::uint64_t h = FlatHash(entries_[e].first);
      std::size_t i = h & mask_;
      while (slots_[i].entry != kNoId) i = (i + 1) & mask_;
      slots_[i] = {h, static_cast<std::uint32_t>(e)};
    }
  }

  std::vector<Slot> slots_;
  std::vector<std::pair<std::string, Value>> entries_;
  std::size_t mask_ = 0;
};

}  // namespace tailorcore::detail

#endif  // TAILORCORE_LIB_BASE_FLAT_IDS_H_
