// DOCX resumes (libzip, pugixml): the body in order, tables, text boxes, headers and footers.
#include <zip.h>
#include <pugixml.hpp>

#include <cstring>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "extract/readers.h"
#include "extract/text_builder.h"

namespace tailorcore::detail {
namespace {

using Archive = std::unique_ptr<zip_t, decltype(&zip_discard)>;

Status Corrupt(const std::string& why) {
  return Status(StatusCode::kDataError, "not a readable DOCX: " + why);
}

// Reads one entry, within the limits on size and expansion.
StatusOr<std::string> ReadEntry(zip_t* archive, const std::string& name,
                                const ExtractOptions& options, std::uint64_t* budget) {
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat(archive, name.c_str(), 0, &stat) != 0) return Corrupt("no " + name);
  if ((stat.valid & ZIP_STAT_SIZE) == 0 || stat.size > *budget) {
    return Status(StatusCode::kDataError, "refused: " + name + " expands past the limit of " +
                                              std::to_string(options.max_uncompressed_bytes >> 20) +
                                              " MiB (a zip bomb?)");
  }
  if ((stat.valid & ZIP_STAT_COMP_SIZE) != 0 && stat.comp_size > 0 &&
      stat.size / stat.comp_size > options.max_ratio) {
    return Status(StatusCode::kDataError, "refused: " + name + " expands " +
                                              std::to_string(stat.size / stat.comp_size) +
                                              " times (a zip bomb?)");
  }
  std::unique_ptr<zip_file_t, decltype(&zip_fclose)> file(zip_fopen(archive, name.c_str(), 0),
                                                          &zip_fclose);
  if (!file) return Corrupt("cannot open " + name);
  std::string content(stat.size, '\0');
  const zip_int64_t read = zip_fread(file.get(), content.data(), stat.size);
  if (read < 0 || static_cast<zip_uint64_t>(read) != stat.size)
    return Corrupt(name + " is truncated");
  *budget -= stat.size;
  return content;
}

bool Named(const pugi::xml_node& node, const char* name) {
  return std::strcmp(node.name(), name) == 0;
}

// Paragraph styles that are headings: style id → level (from "heading N", "Title", or an
// outline level).
std::map<std::string, std::uint32_t> HeadingStyles(const pugi::xml_document& styles) {
  std::map<std::string, std::uint32_t> levels;
  for (const pugi::xml_node& style : styles.child("w:styles").children("w:style")) {
    std::string name = style.child("w:name").attribute("w:val").value();
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const pugi::xml_node outline = style.child("w:pPr").child("w:outlineLvl");
    std::uint32_t level = 0;
    if (name == "title") level = 1;
    if (name.rfind("heading", 0) == 0)
      level = name.size() > 8 ? static_cast<std::uint32_t>(std::atoi(name.c_str() + 8)) : 1;
    if (level == 0 && outline)
      level = static_cast<std::uint32_t>(outline.attribute("w:val").as_int() + 1);
    if (level > 0) levels[style.attribute("w:styleId").value()] = level;
  }
  return levels;
}

class DocxWalk {
 public:
  DocxWalk(std::map<std::string, std::uint32_t> headings) : headings_(std::move(headings)) {}

  // The paragraphs and tables under `container` (a body, a cell, a header, a text box), in order.
  // Content controls (w:sdt) and text boxes nest containers; past kMaxDepth levels (only a
  // hostile file goes so deep) a container's text is one paragraph, so nothing is lost and the
  // stack stays small.
  void Container(const pugi::xml_node& container, BlockKind kind, int depth = 0) {
    constexpr int kMaxDepth = 32;
    if (depth > kMaxDepth) {
      std::string text;
      std::vector<pugi::xml_node> boxes;
      Gather(container, &text, &boxes);
      builder_.Add(kind, text, Block{});
      return;
    }
    for (const pugi::xml_node& child : container.children()) {
      if (Named(child, "w:p")) {
        Paragraph(child, kind, depth);
      } else if (Named(child, "w:tbl")) {
        Table(child);
      } else if (Named(child, "w:sdt")) {
        Container(child.child("w:sdtContent"), kind, depth + 1);
      }
    }
  }

  Extracted Finish() {
    Extracted out = builder_.Finish(DocumentFormat::kDocx, "utf-8");
    out.layout = layout_;
    std::string naive = naive_.Finish(DocumentFormat::kDocx, "utf-8").text;
    if (naive != out.text) out.naive_text = std::move(naive);
    return out;
  }

  LayoutFacts layout_;

 private:
  // The paragraph's text (text boxes inside it aside), then its text boxes.
  void Paragraph(const pugi::xml_node& p, BlockKind kind, int depth) {
    std::string text;
    std::vector<pugi::xml_node> boxes;
    Gather(p, &text, &boxes);
    Block where;
    where.source = paragraphs_++;
    const pugi::xml_node props = p.child("w:pPr");
    if (kind == BlockKind::kParagraph) {
      const auto heading = headings_.find(props.child("w:pStyle").attribute("w:val").value());
      if (heading != headings_.end()) {
        kind = BlockKind::kHeading;
        where.level = heading->second;
      } else if (props.child("w:numPr")) {
        kind = BlockKind::kListItem;
        where.level = static_cast<std::uint32_t>(
            props.child("w:numPr").child("w:ilvl").attribute("w:val").as_int());
      }
    }
    const bool header = kind == BlockKind::kHeader || kind == BlockKind::kFooter;
    if (header) ++layout_.header_footer;
    builder_.Add(kind, text, where);
    // Many applicant tracking systems read neither page headers and footers nor text boxes.
    if (!header && in_box_ == 0) naive_.Add(kind, text, where);
    for (const pugi::xml_node& box : boxes) {
      ++layout_.text_boxes;
      ++in_box_;
      Container(box, BlockKind::kParagraph, depth + 1);
      --in_box_;
    }
  }

  // Text under `node` in document order, without recursion: w:t text, tabs and breaks as
  // spaces; text boxes kept aside; of mc:AlternateContent only the mc:Choice.
  void Gather(const pugi::xml_node& node, std::string* text, std::vector<pugi::xml_node>* boxes) {
    std::vector<pugi::xml_node> stack;
    for (pugi::xml_node c = node.last_child(); c; c = c.previous_sibling()) stack.push_back(c);
    while (!stack.empty()) {
      const pugi::xml_node n = stack.back();
      stack.pop_back();
      if (Named(n, "w:t")) {
        *text += n.text().get();
      } else if (Named(n, "w:tab") || Named(n, "w:br") || Named(n, "w:cr")) {
        *text += ' ';
      } else if (Named(n, "w:txbxContent")) {
        boxes->push_back(n);
      } else if (Named(n, "mc:Fallback")) {
        continue;
      } else {
        // A drawing that holds no text box is a picture (or a shape an ATS cannot read).
        if ((Named(n, "w:drawing") || Named(n, "w:pict")) && !n.select_node(".//w:txbxContent"))
          ++layout_.images;
        for (pugi::xml_node c = n.last_child(); c; c = c.previous_sibling()) stack.push_back(c);
      }
    }
  }

  void Table(const pugi::xml_node& table) {
    ++layout_.tables;
    for (const pugi::xml_node& row : table.children("w:tr")) {
      std::string line;
      for (const pugi::xml_node& cell : row.children("w:tc")) {
        std::string text;
        std::vector<pugi::xml_node> boxes;
        Gather(cell, &text, &boxes);
        const std::string squeezed = Squeeze(text);
        if (squeezed.empty()) continue;
        if (!line.empty()) line += " | ";
        line += squeezed;
      }
      Block where;
      where.source = paragraphs_++;
      builder_.Add(BlockKind::kTableRow, line, where);
      if (in_box_ == 0) naive_.Add(BlockKind::kTableRow, line, where);
    }
  }

  std::map<std::string, std::uint32_t> headings_;
  TextBuilder builder_;
  TextBuilder naive_;  // what a naive ATS reads (Extracted::naive_text)
  int in_box_ = 0;
  std::uint32_t paragraphs_ = 0;
};

StatusOr<pugi::xml_node> Parse(pugi::xml_document* doc, const std::string& xml,
                               const std::string& name) {
  const pugi::xml_parse_result parsed = doc->load_buffer(xml.data(), xml.size());
  if (!parsed) return Corrupt(name + ": " + parsed.description());
  return doc->document_element();
}

// The entries named word/header*.xml or word/footer*.xml, in archive order.
std::vector<std::string> Parts(zip_t* archive, const char* prefix) {
  std::vector<std::string> names;
  const zip_int64_t count = zip_get_num_entries(archive, 0);
  for (zip_int64_t i = 0; i < count; ++i) {
    const char* name = zip_get_name(archive, static_cast<zip_uint64_t>(i), 0);
    if (name != nullptr && std::strncmp(name, prefix, std::strlen(prefix)) == 0)
      names.emplace_back(name);
  }
  return names;
}

}  // namespace

StatusOr<Extracted> ReadDocx(std::string_view bytes, const ExtractOptions& options) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (source == nullptr) return Corrupt("cannot read the archive");
  Archive archive(zip_open_from_source(source, ZIP_RDONLY, &error), &zip_discard);
  if (!archive) {
    zip_source_free(source);
    return Corrupt(std::string("the zip archive is damaged (") + zip_error_strerror(&error) + ")");
  }
  std::uint64_t budget = options.max_uncompressed_bytes;
  auto body_xml = ReadEntry(archive.get(), "word/document.xml", options, &budget);
  if (!body_xml.ok()) return body_xml.status();
  std::map<std::string, std::uint32_t> headings;
  if (zip_name_locate(archive.get(), "word/styles.xml", 0) >= 0) {
    auto styles_xml = ReadEntry(archive.get(), "word/styles.xml", options, &budget);
    if (!styles_xml.ok()) return styles_xml.status();
    pugi::xml_document styles;
    if (styles.load_buffer(styles_xml->data(), styles_xml->size()))
      headings = HeadingStyles(styles);
  }
  DocxWalk walk(std::move(headings));
  // One part's paragraphs and tables: the body's under w:body, a header's or footer's at its root.
  const auto walk_part = [&](const std::string& name, const std::string& xml, BlockKind kind) {
    pugi::xml_document doc;
    auto root = Parse(&doc, xml, name);
    if (!root.ok()) return root.status();
    const pugi::xml_node container = kind == BlockKind::kParagraph ? root->child("w:body") : *root;
    if (!container) return Corrupt(name + " has no w:body");
    walk.Container(container, kind);
    return Status::Ok();
  };
  // Page headers first, then the body, then the footers, as they stand on a page.
  for (const auto& [prefix, kind] : {std::pair{"word/header", BlockKind::kHeader},
                                     std::pair{"word/document.xml", BlockKind::kParagraph},
                                     std::pair{"word/footer", BlockKind::kFooter}}) {
    if (kind == BlockKind::kParagraph) {
      if (Status s = walk_part("word/document.xml", *body_xml, kind); !s.ok()) return s;
      continue;
    }
    for (const std::string& name : Parts(archive.get(), prefix)) {
      auto xml = ReadEntry(archive.get(), name, options, &budget);
      if (!xml.ok()) return xml.status();
      if (Status s = walk_part(name, *xml, kind); !s.ok()) return s;
    }
  }
  return walk.Finish();
}

}  // namespace tailorcore::detail
