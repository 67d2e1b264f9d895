// Stage 1 of the analysis chain: UTF-8 bytes to code points that remember their bytes.
#ifndef TAILORCORE_LIB_ANALYSIS_DECODE_H_
#define TAILORCORE_LIB_ANALYSIS_DECODE_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace tailorcore::detail {

struct DecodedCodePoint {
  char32_t code_point;  // U+FFFD for every invalid sequence
  std::uint32_t begin;  // byte offset in the original input
  std::uint32_t end;    // one past its last byte
};

// Decodes `bytes`, which start at byte `base` of the original input, appending to `out`.
// Each ill-formed sequence (as ICU's U8_NEXT delimits it: the maximal subpart of a valid
// sequence), each encoded surrogate, each overlong form and each NUL byte becomes one U+FFFD and
// adds one to `*invalid`. Never fails; never skips a byte: the code points' [begin, end) ranges
// tile the input. Preconditions: base + bytes.size() < 2^32 and bytes.size() < 2^31.
void DecodeUtf8(std::string_view bytes, std::uint32_t base, std::vector<DecodedCodePoint>* out,
                std::size_t* invalid);

}  // namespace tailorcore::detail

#endif  // TAILORCORE_LIB_ANALYSIS_DECODE_H_
