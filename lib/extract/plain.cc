// Plain text and Markdown.
#include <string>
#include <vector>

#include "extract/readers.h"
#include "extract/text_builder.h"

namespace tailorcore::detail {
namespace {

std::vector<std::string_view> SplitLines(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    std::string_view line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    if (end == text.size()) break;
    start = end + 1;
  }
  return lines;
}

bool StartsWithBullet(std::string_view line) {
  const std::size_t at = line.find_first_not_of(" \t");
  if (at == std::string_view::npos) return false;
  const std::string_view rest = line.substr(at);
  for (std::string_view mark :
       {"- ", "* ", "+ ", "\u2022", "\u25AA", "\u25E6", "\u25CF", "\u2013 ", "\u2014 "}) {
    if (rest.rfind(mark, 0) == 0) return true;
  }
  return false;
}

// Inline Markdown: **bold**, __bold__, `code` marks and [text](target) links to their text.
std::string Inline(std::string_view line) {
  std::string out;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const std::string_view rest = line.substr(i);
    if (rest.rfind("**", 0) == 0 || rest.rfind("__", 0) == 0) {
      ++i;
      continue;
    }
    if (line[i] == '`') continue;
    if (line[i] == ']' && rest.size() > 1 && rest[1] == '(') {
      const std::size_t close = rest.find(')');
      if (close != std::string_view::npos) {
        i += close;
        continue;
      }
    }
    if (line[i] == '[' && rest.find("](") != std::string_view::npos) continue;
    out += line[i];
  }
  return out;
}

// A Markdown list item's depth (two or more spaces of indent a level) and text, or false.
bool ListItem(std::string_view line, std::uint32_t* depth, std::string_view* text) {
  const std::size_t indent = line.find_first_not_of(' ');
  if (indent == std::string_view::npos) return false;
  std::string_view rest = line.substr(indent);
  std::size_t mark = 0;
  if (rest.size() > 1 && (rest[0] == '-' || rest[0] == '*' || rest[0] == '+') && rest[1] == ' ') {
    mark = 2;
  } else {
    std::size_t digits = 0;
    while (digits < rest.size() && std::isdigit(static_cast<unsigned char>(rest[digits]))) ++digits;
    if (digits == 0 || digits + 1 >= rest.size() || (rest[digits] != '.' && rest[digits] != ')') ||
        rest[digits + 1] != ' ')
      return false;
    mark = digits + 2;
  }
  *depth = static_cast<std::uint32_t>(indent / 2);
  *text = rest.substr(mark);
  return true;
}

void AddMarkdownLine(std::string_view line, std::uint32_t source, TextBuilder* out) {
  Block where;
  where.source = source;
  const std::size_t hashes = line.find_first_not_of('#');
  std::uint32_t depth = 0;
  std::string_view item;
  if (hashes > 0 && hashes <= 6 && hashes < line.size() && line[hashes] == ' ') {
    where.level = static_cast<std::uint32_t>(hashes);
    out->Add(BlockKind::kHeading, Inline(line.substr(hashes + 1)), where);
  } else if (ListItem(line, &depth, &item)) {
    where.level = depth;
    out->Add(BlockKind::kListItem, Inline(item), where);
  } else if (line.rfind('|', 0) == 0) {
    if (line.find_first_not_of("|-: ") == std::string_view::npos) return;  // the separator row
    std::string row(line.substr(1, line.size() - (line.back() == '|' ? 2 : 1)));
    out->Add(BlockKind::kTableRow, Inline(row), where);
  } else {
    out->Add(BlockKind::kParagraph, Inline(line), where);
  }
}

}  // namespace

Extracted ReadPlainText(std::string text, std::string encoding) {
  Extracted out;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    std::size_t line_end = end;
    if (line_end > start && text[line_end - 1] == '\r') --line_end;
    const std::string_view line(text.data() + start, line_end - start);
    const std::size_t first = line.find_first_not_of(" \t");
    if (first != std::string_view::npos) {
      Block b;
      b.kind = StartsWithBullet(line) ? BlockKind::kListItem : BlockKind::kParagraph;
      b.begin = static_cast<std::uint32_t>(start + first);
      b.end = static_cast<std::uint32_t>(line_end);
      b.source = static_cast<std::uint32_t>(out.blocks.size());
      out.blocks.push_back(b);
    }
    start = end + 1;
  }
  out.text = std::move(text);
  out.format = DocumentFormat::kText;
  out.encoding = std::move(encoding);
  return out;
}

Extracted ReadMarkdown(std::string_view text, std::string encoding) {
  TextBuilder out;
  bool fence = false;
  std::uint32_t source = 0;
  for (std::string_view line : SplitLines(text)) {
    ++source;
    if (line.rfind("```", 0) == 0 || line.rfind("~~~", 0) == 0) {
      fence = !fence;
      continue;
    }
    if (fence) {
      out.Add(BlockKind::kParagraph, line, Block{BlockKind::kParagraph, 0, 0, 0, 0, 0, source});
      continue;
    }
    AddMarkdownLine(line, source, &out);
  }
  return out.Finish(DocumentFormat::kMarkdown, std::move(encoding));
}

}  // namespace tailorcore::detail
