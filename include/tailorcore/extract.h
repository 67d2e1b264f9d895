// tailorcore/extract.h: documents in, text out. A resume or posting arrives as PDF, DOCX,
// HTML, Markdown or plain text in any of the usual encodings; ExtractText gives the UTF-8 text
// the rest of tailorcore reads, the blocks it is made of (headings, paragraphs, list items,
// table rows, page headers and footers) with where each came from, and the layout facts an
// applicant tracking system stumbles on.
//
//   auto doc = tailorcore::ExtractText(bytes);               // format detected from content
//   if (!doc.ok()) return fail(doc.status().message());      // "scanned PDF: no text layer ..."
//   tailorcore::Report report = engine->Compare(doc->text, posting_text);
//
// PDF needs the separate PDF reader (libtailorcore_pdf, GPL: tailorcore/pdf.h): call
// tailorcore::EnablePdf() once; without it a PDF is refused with a message that says so.
//
// Thread-safety: ExtractText is a pure function; call it from any thread.
#ifndef TAILORCORE_EXTRACT_H_
#define TAILORCORE_EXTRACT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "tailorcore/status.h"

namespace tailorcore {

enum class DocumentFormat : std::uint8_t { kAuto, kText, kMarkdown, kHtml, kDocx, kPdf };

// "auto", "text", "markdown", "html", "docx", "pdf"; never null (static storage).
const char* DocumentFormatName(DocumentFormat format);
// The format named `name` (as DocumentFormatName writes it); false for another name.
bool ParseDocumentFormat(std::string_view name, DocumentFormat* format);

enum class BlockKind : std::uint8_t {
  kHeading,
  kParagraph,
  kListItem,
  kTableRow,
  kHeader,
  kFooter
};

// "heading", "paragraph", "list_item", "table_row", "header", "footer".
const char* BlockKindName(BlockKind kind);

// One block of the extracted text, and where it came from.
struct Block {
  BlockKind kind = BlockKind::kParagraph;
  std::uint32_t begin = 0;  // byte offsets into Extracted::text
  std::uint32_t end = 0;
  std::uint32_t level = 0;   // a heading's level (1 = top); a list item's depth (0 = top)
  std::uint32_t page = 0;    // PDF: the page, from 1; 0 for other formats
  std::uint32_t column = 0;  // PDF: the column on its page, from 0
  std::uint32_t source = 0;  // DOCX: the paragraph's index in document order; HTML: the element's
                             // index in document order; PDF: the line's index on its page
};

// What a naive applicant tracking system may stumble on (docs/documents.md).
struct LayoutFacts {
  std::uint32_t pages = 0;          // PDF
  std::uint32_t max_columns = 0;    // PDF: the most columns on one page (1 for a single column)
  std::uint32_t tables = 0;         // DOCX, HTML: tables; PDF: none detected
  std::uint32_t text_boxes = 0;     // DOCX: text boxes (w:txbxContent)
  std::uint32_t header_footer = 0;  // blocks from page headers and footers
  std::uint32_t images = 0;         // DOCX: drawings and pictures; HTML: <img>
};

struct ExtractOptions {
  // The encoding of a text, Markdown or HTML input ("windows-1251", "koi8-r", "utf-16le", any
  // name ICU knows); empty: detected (a BOM, valid UTF-8, else ICU's charset detector).
  std::string encoding;
  // DOCX is a zip archive: refused past this much uncompressed content, or when an entry expands
  // more than `max_ratio` times (a zip bomb).
  std::uint64_t max_uncompressed_bytes = std::uint64_t{64} << 20;
  std::uint32_t max_ratio = 200;
};

struct Extracted {
  std::string text;                               // UTF-8, lines separated by '\n'
  DocumentFormat format = DocumentFormat::kText;  // what was read (never kAuto)
  std::string encoding;                           // what the bytes were read as ("utf-8", ...)
  std::vector<std::string> notes;  // what was assumed ("read as windows-1251 (detected)")
  std::vector<Block> blocks;       // in text order
  LayoutFacts layout;
  // What a naive applicant tracking system reads instead, where it differs: PDF, rows across
  // columns in one line; DOCX, the body without page headers, footers and text boxes (which many
  // skip). Empty when it reads the same (text, Markdown, HTML, a one-column PDF).
  std::string naive_text;
};

// The format of `bytes` from their content: "%PDF-" → pdf, a zip holding word/document.xml →
// docx, markup that opens with <!doctype html>, <html> or a common block tag → html, Markdown
// headings or tables → markdown, else text. Cost: the first few KiB.
DocumentFormat DetectFormat(std::string_view bytes);

// The text of a document of `format` (kAuto: DetectFormat). Errors, each with a message a person
// can act on: kDataError for a corrupt, truncated, encrypted or scanned (no text layer) file or
// a zip bomb; kInvalidArgument for an unknown encoding name, a PDF when the PDF reader is not
// enabled, or a binary file that is no supported format. Never crashes on any input. Cost:
// linear in the document (PDF: poppler's text extraction per page).
StatusOr<Extracted> ExtractText(std::string_view bytes,
                                DocumentFormat format = DocumentFormat::kAuto,
                                const ExtractOptions& options = {});

// The PDF reader ExtractText calls; tailorcore::EnablePdf (tailorcore/pdf.h) sets it.
using PdfReader = StatusOr<Extracted> (*)(std::string_view bytes, const ExtractOptions& options);
// Sets the PDF reader (nullptr: none). Call it before any thread extracts. Not thread-safe
// against concurrent ExtractText calls.
void SetPdfReader(PdfReader reader);

}  // namespace tailorcore

#endif  // TAILORCORE_EXTRACT_H_
