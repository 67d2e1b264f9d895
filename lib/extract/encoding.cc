#include "extract/encoding.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <memory>

namespace tailorcore::detail {
namespace {

constexpr std::size_t kSample = 1 << 16;

// Converts from `encoding` with ICU; kInvalidArgument for a name ICU does not know.
StatusOr<std::string> Convert(std::string_view bytes, const std::string& encoding) {
  UErrorCode status = U_ZERO_ERROR;
  UConverter* converter = ucnv_open(encoding.c_str(), &status);
  if (U_FAILURE(status)) {
    return Status(StatusCode::kInvalidArgument, "unknown encoding '" + encoding + "'");
  }
  ucnv_close(converter);
  const icu::UnicodeString text(bytes.data(), static_cast<int32_t>(bytes.size()), encoding.c_str());
  std::string out;
  text.toUTF8String(out);
  return out;
}

// Valid UTF-8, allowing a stray invalid byte in twenty valid multi-byte sequences (a copy and
// paste accident) but not text in a single-byte encoding, where most high bytes are invalid.
bool IsUtf8(std::string_view bytes) {
  const auto* s = reinterpret_cast<const std::uint8_t*>(bytes.data());
  const auto length = static_cast<std::int32_t>(std::min(bytes.size(), kSample * 4));
  std::size_t multibyte = 0;
  std::size_t invalid = 0;
  for (std::int32_t i = 0; i < length;) {
    const std::int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    if (c < 0) {
      ++invalid;
    } else if (i - start > 1) {
      ++multibyte;
    }
  }
  return invalid == 0 || invalid * 20 < multibyte;
}

StatusOr<Decoded> Detect(std::string_view bytes) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> detector(ucsdet_open(&status),
                                                                      &ucsdet_close);
  const std::string_view sample = bytes.substr(0, kSample);
  ucsdet_setText(detector.get(), sample.data(), static_cast<std::int32_t>(sample.size()), &status);
  const UCharsetMatch* match = ucsdet_detect(detector.get(), &status);
  if (U_FAILURE(status) || match == nullptr) {
    return Status(StatusCode::kInvalidArgument,
                  "not UTF-8, and its encoding could not be detected (--encoding NAME names it)");
  }
  const std::string name = ucsdet_getName(match, &status);
  const std::int32_t confidence = ucsdet_getConfidence(match, &status);
  auto text = Convert(bytes, name);
  if (!text.ok()) return text.status();
  return Decoded{std::move(text).value(), name,
                 "read as " + name + " (detected, confidence " + std::to_string(confidence) +
                     "%; --encoding NAME overrides)"};
}

}  // namespace

bool LooksBinary(std::string_view bytes) {
  const std::string_view sample = bytes.substr(0, kSample);
  std::size_t control = 0;
  for (const char c : sample) {
    const auto b = static_cast<unsigned char>(c);
    if (b == 0) return true;
    if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') ++control;
  }
  return control * 100 > sample.size();
}

StatusOr<Decoded> DecodeText(std::string_view bytes, const std::string& forced) {
  if (!forced.empty()) {
    auto text = Convert(bytes, forced);
    if (!text.ok()) return text.status();
    return Decoded{std::move(text).value(), forced, "read as " + forced + " (--encoding)"};
  }
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF")
    return Decoded{std::string(bytes.substr(3)), "utf-8", ""};
  for (const char* utf16 : {"UTF-16LE", "UTF-16BE"}) {
    const bool le = utf16[6] == 'L';
    if (bytes.substr(0, 2) != (le ? std::string_view("\xFF\xFE") : std::string_view("\xFE\xFF")))
      continue;
    auto text = Convert(bytes.substr(2), utf16);
    if (!text.ok()) return text.status();
    return Decoded{std::move(text).value(), le ? "utf-16le" : "utf-16be",
                   std::string("read as ") + (le ? "UTF-16LE" : "UTF-16BE") + " (byte order mark)"};
  }
  if (LooksBinary(bytes)) {
    return Status(StatusCode::kInvalidArgument,
                  "binary data, not a document tailorcore reads (text, Markdown, HTML, DOCX, PDF)");
  }
  if (IsUtf8(bytes)) return Decoded{std::string(bytes), "utf-8", ""};
  return Detect(bytes);
}

}  // namespace tailorcore::detail
