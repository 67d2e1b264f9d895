#include "extract/text_builder.h"

namespace tailorcore::detail {

std::string Squeeze(std::string_view text) {
  std::string out;
  bool space = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool nbsp = c == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0';
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || nbsp) {
      space = true;
      if (nbsp) ++i;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

void TextBuilder::Add(BlockKind kind, std::string_view text, Block where) {
  std::string body = Squeeze(text);
  if (body.empty()) return;
  std::string& t = out_.text;
  if (!t.empty() && t.back() != '\n') t += '\n';
  if (kind == BlockKind::kHeading && !t.empty()) t += '\n';
  if (kind == BlockKind::kListItem) body = std::string(2 * where.level, ' ') + "\u2022 " + body;
  where.kind = kind;
  where.begin = static_cast<std::uint32_t>(t.size());
  t += body;
  where.end = static_cast<std::uint32_t>(t.size());
  t += '\n';
  out_.blocks.push_back(where);
}

Extracted TextBuilder::Finish(DocumentFormat format, std::string encoding) {
  out_.format = format;
  out_.encoding = std::move(encoding);
  return std::move(out_);
}

}  // namespace tailorcore::detail
