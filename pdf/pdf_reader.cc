// ReadPdf: poppler's words, put back in reading order (tailorcore/pdf.h).
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "pdf/reading_order.h"
#include "tailorcore/pdf.h"

namespace tailorcore {
namespace {

Status Unreadable(const std::string& why) { return Status(StatusCode::kDataError, why); }

std::vector<pdf::Word> PageWords(const poppler::page& page) {
  std::vector<pdf::Word> words;
  for (const poppler::text_box& box : page.text_list(poppler::page::text_list_include_font)) {
    const poppler::byte_array utf8 = box.text().to_utf8();
    pdf::Word w;
    w.text.assign(utf8.begin(), utf8.end());
    if (w.text.empty()) continue;
    const poppler::rectf r = box.bbox();
    w.x0 = r.left();
    w.x1 = r.right();
    w.y0 = r.top();
    w.y1 = r.bottom();
    w.size = box.has_font_info() ? box.get_font_size() : r.height();
    words.push_back(std::move(w));
  }
  return words;
}

}  // namespace

StatusOr<Extracted> ReadPdf(std::string_view bytes, const ExtractOptions& /*options*/) {
  // Poppler reports syntax errors on stderr; the status below says what matters.
  poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr);
  std::vector<char> data(bytes.begin(), bytes.end());  // poppler keeps a pointer to it
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(data.data(), static_cast<int>(data.size())));
  if (!doc) return Unreadable("not a readable PDF: damaged or truncated");
  if (doc->is_locked()) return Unreadable("an encrypted PDF: save it without a password first");
  pdf::PageReader reader;
  pdf::PageReader naive(true);
  std::size_t words = 0;
  for (int i = 0; i < doc->pages(); ++i) {
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    if (!page) continue;
    std::vector<pdf::Word> page_words = PageWords(*page);
    words += page_words.size();
    naive.AddPage(page_words, static_cast<std::uint32_t>(i + 1));
    reader.AddPage(std::move(page_words), static_cast<std::uint32_t>(i + 1));
  }
  if (words == 0) {
    return Unreadable(
        "a PDF with no text layer (a scanned image?): run OCR on it first (for example "
        "ocrmypdf), or use the DOCX or text the resume was made from");
  }
  Extracted out = reader.Finish();
  out.layout.pages = static_cast<std::uint32_t>(doc->pages());
  std::string naive_text = naive.Finish().text;
  if (naive_text != out.text) out.naive_text = std::move(naive_text);
  return out;
}

void EnablePdf() { SetPdfReader(&ReadPdf); }

}  // namespace tailorcore
