#include "pdf/reading_order.h"

#include <algorithm>
#include <cmath>
#include <string_view>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace tailorcore::pdf {
namespace {

constexpr double kSegmentGap = 1.2;    // font sizes between two words of one line that part cells
constexpr double kHeadingSize = 1.15;  // times the page's body size

struct Segment {
  double x0 = 0, x1 = 0, size = 0;
  std::string text;
};

struct Line {
  double y0 = 0, y1 = 0;
  std::vector<Segment> segments;
};

double Median(std::vector<double> values) {
  if (values.empty()) return 0;
  std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2),
                   values.end());
  return values[values.size() / 2];
}

// Words into lines (by vertical centre) and each line into segments (apart by wide gaps).
std::vector<Line> Lines(std::vector<Word> words) {
  std::sort(words.begin(), words.end(),
            [](const Word& a, const Word& b) { return a.y0 + a.y1 < b.y0 + b.y1; });
  std::vector<std::vector<Word>> rows;
  double bottom = -1e9;
  for (Word& w : words) {
    if (rows.empty() || (w.y0 + w.y1) / 2 > bottom) {
      rows.emplace_back();
      bottom = w.y1;
    }
    bottom = std::max(bottom, w.y1 - (w.y1 - w.y0) / 2);
    rows.back().push_back(std::move(w));
  }
  std::vector<Line> lines;
  for (std::vector<Word>& row : rows) {
    std::sort(row.begin(), row.end(), [](const Word& a, const Word& b) { return a.x0 < b.x0; });
    Line line{row.front().y0, row.front().y1, {}};
    for (const Word& w : row) {
      line.y0 = std::min(line.y0, w.y0);
      line.y1 = std::max(line.y1, w.y1);
      if (line.segments.empty() ||
          w.x0 - line.segments.back().x1 > kSegmentGap * std::max(w.size, 1.0)) {
        line.segments.push_back({w.x0, w.x1, w.size, w.text});
      } else {
        Segment& s = line.segments.back();
        s.text += (w.x0 - s.x1 > 0.1 * w.size ? " " : "") + w.text;
        s.x1 = std::max(s.x1, w.x1);
        s.size = std::max(s.size, w.size);
      }
    }
    lines.push_back(std::move(line));
  }
  return lines;
}

// The x of the gap between two columns, or a negative number when the page has one column: the
// position right of some segment's end, with a gap of at least one body font size before the
// next segment starts, that the fewest segments cross (at most one in ten, the full-width lines
// such as a name or a heading) and that has the most lines on its poorer side. O(n log n).
double ColumnGap(const std::vector<Line>& lines, double body) {
  std::vector<double> starts, ends;
  for (const Line& l : lines) {
    for (const Segment& s : l.segments) {
      starts.push_back(s.x0);
      ends.push_back(s.x1);
    }
  }
  if (starts.size() < 6) return -1;
  std::sort(starts.begin(), starts.end());
  std::sort(ends.begin(), ends.end());
  const double left = starts.front(), right = ends.back(), width = right - left;
  const auto below = [](const std::vector<double>& v, double x) {
    return static_cast<std::size_t>(std::lower_bound(v.begin(), v.end(), x) - v.begin());
  };
  const std::size_t allowed = std::max<std::size_t>(2, starts.size() / 10);
  double best = -1;
  std::size_t best_crossing = allowed + 1, best_side = 0;
  for (const double end : ends) {
    const double at = end + 0.01;
    const auto next = std::lower_bound(starts.begin(), starts.end(), at);
    if (next == starts.end() || *next - end < std::max(body, 4.0)) continue;
    const double middle = (end + *next) / 2;
    if (middle < left + 0.2 * width || middle > right - 0.2 * width) continue;
    const std::size_t crossing = below(starts, at) - below(ends, at);
    const std::size_t side = std::min(below(ends, at), starts.size() - below(starts, at));
    if (crossing < best_crossing || (crossing == best_crossing && side > best_side)) {
      best = middle;
      best_crossing = crossing;
      best_side = side;
    }
  }
  return best_crossing <= allowed && best_side >= 3 ? best : -1;
}

// The text starts with a lower-case letter (any script).
bool StartsLower(const std::string& text) {
  UChar32 c = 0;
  std::int32_t i = 0;
  U8_NEXT(reinterpret_cast<const std::uint8_t*>(text.data()), i,
          static_cast<std::int32_t>(text.size()), c);
  return c > 0 && u_islower(c);
}

bool Crosses(const Line& line, double gap) {
  return gap < 0 || std::any_of(line.segments.begin(), line.segments.end(),
                                [&](const Segment& s) { return s.x0 < gap && s.x1 > gap; });
}

}  // namespace

void PageReader::AddPage(std::vector<Word> words, std::uint32_t page) {
  if (words.empty()) return;
  std::vector<double> sizes;
  for (const Word& w : words) sizes.push_back(w.size);
  const double body = Median(sizes);
  const std::vector<Line> lines = Lines(std::move(words));
  const double gap = naive_ ? -1 : ColumnGap(lines, body);
  max_columns_ = std::max<std::uint32_t>(max_columns_, gap < 0 ? 1 : 2);
  // Visual lines in reading order: (column, segments of the line in that column).
  std::string pending;
  Block pending_where;
  BlockKind pending_kind = BlockKind::kParagraph;
  std::uint32_t index = 0;
  auto emit = [&](BlockKind kind, std::string text, std::uint32_t column) {
    Block where;
    where.page = page;
    where.column = column;
    where.source = index++;
    // A line that starts in lower case continues the line before it in the same column: a word
    // hyphenated at that line's end ("experi-" "ence") or a sentence wrapped ("2022 — настоящее"
    // "время").
    if (!pending.empty() && pending_where.column == column && kind != BlockKind::kHeading &&
        kind != BlockKind::kTableRow && pending_kind != BlockKind::kTableRow && StartsLower(text) &&
        std::string_view(".!?:;").find(pending.back()) == std::string_view::npos) {
      const bool hyphen = pending.size() > 1 && pending.back() == '-' &&
                          std::isalpha(static_cast<unsigned char>(pending[pending.size() - 2]));
      if (hyphen) pending.pop_back();
      pending += hyphen ? text : " " + text;
      return;
    }
    if (!pending.empty()) builder_.Add(pending_kind, pending, pending_where);
    pending = std::move(text);
    pending_where = where;
    pending_kind = kind;
  };
  auto write = [&](const std::vector<const Segment*>& segments, std::uint32_t column) {
    if (segments.empty()) return;
    std::string text;
    double size = 0;
    for (const Segment* s : segments) {
      if (!text.empty()) text += naive_ ? " " : " | ";
      text += s->text;
      size = std::max(size, s->size);
    }
    BlockKind kind = BlockKind::kParagraph;
    if (segments.size() >= 2 && !naive_) {
      kind = BlockKind::kTableRow;
      ++tables_;
    } else if (size > kHeadingSize * body) {
      kind = BlockKind::kHeading;
    }
    emit(kind, std::move(text), column);
  };
  std::size_t at = 0;
  while (at < lines.size()) {
    if (Crosses(lines[at], gap)) {
      std::vector<const Segment*> all;
      for (const Segment& s : lines[at].segments) all.push_back(&s);
      write(all, 0);
      ++at;
      continue;
    }
    std::size_t end = at;
    while (end < lines.size() && !Crosses(lines[end], gap)) ++end;
    for (std::uint32_t column = 0; column < 2; ++column) {
      for (std::size_t i = at; i < end; ++i) {
        std::vector<const Segment*> mine;
        for (const Segment& s : lines[i].segments) {
          if ((s.x1 <= gap) == (column == 0)) mine.push_back(&s);
        }
        write(mine, column);
      }
    }
    at = end;
  }
  if (!pending.empty()) builder_.Add(pending_kind, pending, pending_where);
}

Extracted PageReader::Finish() {
  Extracted out = builder_.Finish(DocumentFormat::kPdf, "pdf");
  out.layout.max_columns = max_columns_;
  out.layout.tables = 0;
  return out;
}

}  // namespace tailorcore::pdf
