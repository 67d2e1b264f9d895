#include "analysis/decode.h"

#include <unicode/utf8.h>

namespace tailorcore::detail {

void DecodeUtf8(std::string_view bytes, std::uint32_t base, std::vector<DecodedCodePoint>* out,
                std::size_t* invalid) {
  const auto* s = reinterpret_cast<const std::uint8_t*>(bytes.data());
  const auto length = static_cast<std::int32_t>(bytes.size());
  out->reserve(out->size() + bytes.size());
  std::int32_t i = 0;
  while (i < length) {
    const std::int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);  // c < 0 for ill-formed input; i always advances
    // NUL is well-formed UTF-8, but no text a person wrote contains it; treating it like an
    // invalid byte keeps C strings, scrapers' padding and binary junk from forming tokens.
    if (c <= 0) {
      c = 0xFFFD;
      ++*invalid;
    }
    out->push_back({static_cast<char32_t>(c), base + static_cast<std::uint32_t>(start),
                    base + static_cast<std::uint32_t>(i)});
  }
}

}  // namespace tailorcore::detail
