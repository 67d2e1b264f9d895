// Builds an extracted document's text block by block, each on its own line(s), with the block's
// byte range recorded: what every reader (HTML, DOCX, PDF, Markdown) writes through.
#ifndef TAILORCORE_LIB_EXTRACT_TEXT_BUILDER_H_
#define TAILORCORE_LIB_EXTRACT_TEXT_BUILDER_H_

#include <string>
#include <string_view>

#include "tailorcore/extract.h"

namespace tailorcore::detail {

class TextBuilder {
 public:
  // Appends a block. Its text is trimmed and its inner runs of spaces and line breaks become one
  // space (a table row keeps its " | "); an empty block adds nothing. A heading gets a blank
  // line before it (after the first block), so the structure stage sees it stand alone; a list
  // item is written "• text", indented two spaces per level.
  void Add(BlockKind kind, std::string_view text, Block where = {});
  // The document so far, moved out.
  Extracted Finish(DocumentFormat format, std::string encoding);

 private:
  Extracted out_;
};

// `text` with runs of white space (spaces, tabs, line breaks, no-break spaces) as one space,
// trimmed.
std::string Squeeze(std::string_view text);

}  // namespace tailorcore::detail

#endif  // TAILORCORE_LIB_EXTRACT_TEXT_BUILDER_H_
