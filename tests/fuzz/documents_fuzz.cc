// libFuzzer target: every document reader. The first byte picks the format (auto, text,
// markdown, html, docx, pdf), the rest is the document. Extraction never crashes; on success
// every block lies inside the text, in order, and the text has no NUL byte from a reader.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "tailorcore/extract.h"
#include "tailorcore/pdf.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const bool enabled = (tailorcore::EnablePdf(), true);
  (void)enabled;
  if (size == 0) return 0;
  constexpr tailorcore::DocumentFormat kFormats[] = {
      tailorcore::DocumentFormat::kAuto,     tailorcore::DocumentFormat::kText,
      tailorcore::DocumentFormat::kMarkdown, tailorcore::DocumentFormat::kHtml,
      tailorcore::DocumentFormat::kDocx,     tailorcore::DocumentFormat::kPdf};
  const auto format = kFormats[data[0] % 6];
  const std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  tailorcore::ExtractOptions options;
  options.max_uncompressed_bytes = 1 << 20;  // small, so the fuzzer meets the limit
  const auto doc = tailorcore::ExtractText(bytes, format, options);
  if (!doc.ok()) {
    if (doc.status().message().empty()) std::abort();
    return 0;
  }
  std::uint32_t previous = 0;
  for (const tailorcore::Block& b : doc->blocks) {
    if (b.begin > b.end || b.end > doc->text.size() || b.begin < previous) std::abort();
    previous = b.begin;
  }
  return 0;
}
