// ExtractText: the format from the content, then its reader (tailorcore/extract.h).
#include <algorithm>
#include <atomic>
#include <cctype>
#include <string>

#include "extract/encoding.h"
#include "extract/readers.h"
#include "tailorcore/extract.h"

namespace tailorcore {
namespace {

std::atomic<PdfReader> pdf_reader{nullptr};

std::string Lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

bool LooksLikeHtml(std::string_view head) {
  const std::string lower = Lower(head.substr(0, 4096));
  const std::size_t start = lower.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  if (start == std::string::npos || lower[start] != '<') return false;
  for (const char* tag : {"<!doctype html", "<html", "<head", "<body", "<div", "<p>", "<p ", "<h1",
                          "<h2", "<ul", "<section", "<article", "<meta", "<!--"}) {
    if (lower.compare(start, std::string_view(tag).size(), tag) == 0) return true;
  }
  return false;
}

bool LooksLikeMarkdown(std::string_view head) {
  std::size_t markers = 0;
  std::size_t start = 0;
  while (start < head.size() && start < 8192) {
    const std::size_t end = std::min(head.find('\n', start), head.size());
    const std::string_view line = head.substr(start, end - start);
    if (line.rfind("# ", 0) == 0 || line.rfind("## ", 0) == 0 || line.rfind("### ", 0) == 0 ||
        (line.rfind('|', 0) == 0 && line.find("---") != std::string_view::npos)) {
      ++markers;
    }
    start = end + 1;
  }
  return markers >= 2;
}

}  // namespace

const char* DocumentFormatName(DocumentFormat format) {
  switch (format) {
    case DocumentFormat::kAuto:
      return "auto";
    case DocumentFormat::kText:
      return "text";
    case DocumentFormat::kMarkdown:
      return "markdown";
    case DocumentFormat::kHtml:
      return "html";
    case DocumentFormat::kDocx:
      return "docx";
    case DocumentFormat::kPdf:
      return "pdf";
  }
  return "text";
}

bool ParseDocumentFormat(std::string_view name, DocumentFormat* format) {
  for (DocumentFormat f : {DocumentFormat::kAuto, DocumentFormat::kText, DocumentFormat::kMarkdown,
                           DocumentFormat::kHtml, DocumentFormat::kDocx, DocumentFormat::kPdf}) {
    if (name == DocumentFormatName(f)) {
      *format = f;
      return true;
    }
  }
  return false;
}

const char* BlockKindName(BlockKind kind) {
  switch (kind) {
    case BlockKind::kHeading:
      return "heading";
    case BlockKind::kParagraph:
      return "paragraph";
    case BlockKind::kListItem:
      return "list_item";
    case BlockKind::kTableRow:
      return "table_row";
    case BlockKind::kHeader:
      return "header";
    case BlockKind::kFooter:
      return "footer";
  }
  return "paragraph";
}

DocumentFormat DetectFormat(std::string_view bytes) {
  if (bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos) return DocumentFormat::kPdf;
  if (bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4)) return DocumentFormat::kDocx;
  if (LooksLikeHtml(bytes)) return DocumentFormat::kHtml;
  if (LooksLikeMarkdown(bytes)) return DocumentFormat::kMarkdown;
  return DocumentFormat::kText;
}

void SetPdfReader(PdfReader reader) { pdf_reader.store(reader); }

StatusOr<Extracted> ExtractText(std::string_view bytes, DocumentFormat format,
                                const ExtractOptions& options) {
  if (format == DocumentFormat::kAuto) format = DetectFormat(bytes);
  if (format == DocumentFormat::kPdf) {
    const PdfReader reader = pdf_reader.load();
    if (reader == nullptr) {
      return Status(StatusCode::kInvalidArgument,
                    "a PDF, and this program was built without the PDF reader "
                    "(TAILORCORE_PDF=OFF, or tailorcore::EnablePdf() not called)");
    }
    return reader(bytes, options);
  }
  if (format == DocumentFormat::kDocx) return detail::ReadDocx(bytes, options);
  auto decoded = detail::DecodeText(bytes, options.encoding);
  if (!decoded.ok()) return decoded.status();
  Extracted out;
  if (format == DocumentFormat::kHtml) {
    out = detail::ReadHtml(decoded->text, decoded->encoding);
  } else if (format == DocumentFormat::kMarkdown) {
    out = detail::ReadMarkdown(decoded->text, decoded->encoding);
  } else {
    out = detail::ReadPlainText(std::move(decoded->text), decoded->encoding);
  }
  if (!decoded->note.empty()) out.notes.push_back(decoded->note);
  return out;
}

}  // namespace tailorcore
