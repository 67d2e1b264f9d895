// tailorcore/pdf.h: PDF resumes and postings, read with poppler (libtailorcore_pdf).
//
// Poppler is GPL-licensed, so PDF support is a separate library: link tailorcore::pdf (CMake) or
// tailorcore-pdf (pkg-config) and call EnablePdf() once, and ExtractText (tailorcore/extract.h)
// reads PDFs. A program that does so is bound by the GPL; the core library and the C API are
// not (LICENSE, README "Licences").
#ifndef TAILORCORE_PDF_H_
#define TAILORCORE_PDF_H_

#include <string_view>

#include "tailorcore/extract.h"

namespace tailorcore {

// Makes ExtractText read PDFs with ReadPdf. Call once, before threads extract. Idempotent.
void EnablePdf();

// A PDF's text in reading order: words from poppler's text layer grouped into lines, a page's
// two columns found by the whitespace gap between them and read one after the other, lines of
// larger type as headings, cells of a row apart by wide gaps as a table row (" | "), a word
// hyphenated at a line's end joined again. Blocks carry their page and column. Errors
// (kDataError): not a PDF or damaged, encrypted, or no text layer (a scanned PDF: run OCR
// first). Cost: poppler's text extraction, linear in the words after sorting each page's.
// Thread-safe (each call has its own poppler document).
StatusOr<Extracted> ReadPdf(std::string_view bytes, const ExtractOptions& options = {});

}  // namespace tailorcore

#endif  // TAILORCORE_PDF_H_
