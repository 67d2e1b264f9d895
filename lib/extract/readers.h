// The readers of each format ExtractText dispatches to (tailorcore/extract.h).
#ifndef TAILORCORE_LIB_EXTRACT_READERS_H_
#define TAILORCORE_LIB_EXTRACT_READERS_H_

#include <string_view>

#include "tailorcore/extract.h"

namespace tailorcore::detail {

// Plain text: the text as it is (line breaks kept), a block per non-empty line, list items
// where a line starts with a bullet mark. Never fails. Linear.
Extracted ReadPlainText(std::string text, std::string encoding);

// Markdown: "#" headings, "-", "*", "+" and "1." list items (nesting by indent), "|" table rows
// (the separator row dropped), emphasis marks, code fences and link targets removed. Never
// fails. Linear.
Extracted ReadMarkdown(std::string_view text, std::string encoding);

// HTML (gumbo): scripts, styles, templates, <head> and hidden elements dropped, entities
// decoded, block elements and <br> as lines, <li> as list items (nested lists indented), <h1>-<h6>
// and paragraphs that are bold throughout as headings, table rows with " | " between cells.
// Never fails (gumbo parses any input). Linear.
Extracted ReadHtml(std::string_view text, std::string encoding);

// DOCX (libzip, pugixml): word/document.xml's body in order, tables (a row a line, " | " between
// cells), text boxes, then the headers and footers; headings from paragraph styles ("Heading
// 1", "Title"), list items from numbering. kDataError for a corrupt archive, a missing or
// malformed document.xml, or past `options`' size and ratio limits.
StatusOr<Extracted> ReadDocx(std::string_view bytes, const ExtractOptions& options);

}  // namespace tailorcore::detail

#endif  // TAILORCORE_LIB_EXTRACT_READERS_H_
