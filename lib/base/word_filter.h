// A quick, exact-negative pre-test for "is this word in a small set?": most words of a text are
// in none of the short word lists the structure stages look up (cue words, heading words), and
// a look at the word's first two bytes and length rules them out before any hashing.
#ifndef TAILORCORE_LIB_BASE_WORD_FILTER_H_
#define TAILORCORE_LIB_BASE_WORD_FILTER_H_

#include <bitset>
#include <cstddef>
#include <string_view>

namespace tailorcore::detail {

class WordFilter {
 public:
  void Add(std::string_view word) { bits_.set(Slot(word)); }
  // False when `word` was certainly not added; true when it may have been.
  bool MayContain(std::string_view word) const { return bits_.test(Slot(word)); }

 private:
  static constexpr std::size_t kBits = 1 << 14;
  static std::size_t Slot(std::string_view word) {
    const std::size_t b0 = word.empty() ? 0 : static_cast<unsigned char>(word[0]);
    const std::size_t b1 = word.size() < 2 ? 0 : static_cast<unsigned char>(word[1]);
    return ((b0 * 131 + b1) * 64 + (word.size() & 63)) % kBits;
  }
  std::bitset<kBits> bits_;
};

}  // namespace tailorcore::detail

#endif  // TAILORCORE_LIB_BASE_WORD_FILTER_H_
