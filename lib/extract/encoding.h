// Bytes of a text, Markdown or HTML document to UTF-8: a byte order mark, valid UTF-8, a named
// encoding, or ICU's charset detector for the legacy single-byte encodings.
#ifndef TAILORCORE_LIB_EXTRACT_ENCODING_H_
#define TAILORCORE_LIB_EXTRACT_ENCODING_H_

#include <string>
#include <string_view>
#include <vector>

#include "tailorcore/status.h"

namespace tailorcore::detail {

struct Decoded {
  std::string text;      // UTF-8, without a byte order mark
  std::string encoding;  // "utf-8", "utf-16le", "windows-1251", ...
  std::string note;      // what was assumed, "" for plain UTF-8
};

// `forced` (an encoding name ICU knows) when not empty; else a UTF-8 or UTF-16 byte order mark;
// else UTF-8 when the bytes are UTF-8 (a stray invalid byte in real UTF-8 text stays, the
// analyzer replaces it); else the encoding ICU's detector is most confident of. Errors:
// kInvalidArgument for an unknown `forced` name or binary data (NUL bytes, control codes).
// Linear in the input.
StatusOr<Decoded> DecodeText(std::string_view bytes, const std::string& forced);

// True when `bytes` look like binary data rather than text in some encoding: NUL bytes or more
// than 1% control codes in the first 64 KiB.
bool LooksBinary(std::string_view bytes);

}  // namespace tailorcore::detail

#endif  // TAILORCORE_LIB_EXTRACT_ENCODING_H_
