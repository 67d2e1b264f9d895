// Reading order for PDF words: lines, segments, columns, headings, tables and hyphenation.
// Separate from poppler so it can be tested with made-up word boxes.
#ifndef TAILORCORE_PDF_READING_ORDER_H_
#define TAILORCORE_PDF_READING_ORDER_H_

#include <cstdint>
#include <string>
#include <vector>

#include "extract/text_builder.h"
#include "tailorcore/extract.h"

namespace tailorcore::pdf {

// A word's box in points, y growing down the page, and its font size.
struct Word {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  double size = 0;
  std::string text;
};

class PageReader {
 public:
  // `naive`: read as a simple parser does, each row of the page across its columns, cells
  // apart by a space (Extracted::naive_text).
  explicit PageReader(bool naive = false) : naive_(naive) {}
  // Orders one page's words and writes its lines as blocks of page `page` (from 1). A page of
  // two columns (a vertical gap at least one font size wide, with lines on both sides, crossed
  // only by full-width lines) is read left column, then right, band by band between the lines
  // that cross it. Cost: O(n log n) in the page's words.
  void AddPage(std::vector<Word> words, std::uint32_t page);
  Extracted Finish();

 private:
  bool naive_ = false;
  detail::TextBuilder builder_;
  std::uint32_t max_columns_ = 0;
  std::uint32_t tables_ = 0;
};

}  // namespace tailorcore::pdf

#endif  // TAILORCORE_PDF_READING_ORDER_H_
