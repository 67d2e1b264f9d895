// HTML postings (gumbo): the text a reader sees, block by block.
#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <string>
#include <vector>

#include "extract/readers.h"
#include "extract/text_builder.h"

namespace tailorcore::detail {
namespace {

bool Skipped(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
      return true;
    default:
      return false;
  }
}

bool IsBlock(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_CAPTION:
      return true;
    default:
      return false;
  }
}

std::string Lower(const char* value) {
  std::string out(value);
  out.erase(std::remove_if(out.begin(), out.end(), [](unsigned char c) { return std::isspace(c); }),
            out.end());
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// hidden, aria-hidden="true", or a style with display:none or visibility:hidden.
bool Hidden(const GumboElement& e) {
  if (gumbo_get_attribute(&e.attributes, "hidden") != nullptr) return true;
  if (const GumboAttribute* a = gumbo_get_attribute(&e.attributes, "aria-hidden");
      a != nullptr && Lower(a->value) == "true")
    return true;
  const GumboAttribute* style = gumbo_get_attribute(&e.attributes, "style");
  if (style == nullptr) return false;
  const std::string s = Lower(style->value);
  return s.find("display:none") != std::string::npos ||
         s.find("visibility:hidden") != std::string::npos;
}

int HeadingLevel(GumboTag tag) {
  return tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6 ? static_cast<int>(tag - GUMBO_TAG_H1) + 1 : 0;
}

// The walk: an explicit stack (no recursion, so any nesting depth is safe), text gathered into
// the innermost block and written when a block opens or closes.
class HtmlWalk {
 public:
  explicit HtmlWalk(const GumboNode* root) { stack_.push_back({root, 0}); }

  Extracted Run(std::string encoding) {
    while (!stack_.empty()) Step();
    Flush();
    Extracted out = builder_.Finish(DocumentFormat::kHtml, std::move(encoding));
    out.layout = layout_;
    return out;
  }

 private:
  struct Frame {
    const GumboNode* node;
    unsigned int next;
  };

  void Step() {
    Frame& frame = stack_.back();
    const GumboNode* node = frame.node;
    if (frame.next == 0 && !Enter(node)) {
      stack_.pop_back();
      return;
    }
    const GumboVector* children =
        node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_DOCUMENT
            ? &node->v.element.children
            : nullptr;
    if (node->type == GUMBO_NODE_DOCUMENT) children = &node->v.document.children;
    if (children != nullptr && frame.next < children->length) {
      const auto* child = static_cast<const GumboNode*>(children->data[frame.next++]);
      stack_.push_back({child, 0});
      return;
    }
    Leave(node);
    stack_.pop_back();
  }

  // False when the node and what it holds are not shown.
  bool Enter(const GumboNode* node) {
    ++source_;
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
        node->type == GUMBO_NODE_CDATA) {
      (bold_ > 0 ? bold_text_ : plain_text_) +=
          Squeeze(node->v.text.text).size() * (node->type == GUMBO_NODE_WHITESPACE ? 0 : 1);
      text_ += node->v.text.text;
      return false;
    }
    if (node->type != GUMBO_NODE_ELEMENT) return node->type == GUMBO_NODE_DOCUMENT;
    const GumboElement& e = node->v.element;
    if (Skipped(e.tag) || Hidden(e)) return false;
    if (e.tag == GUMBO_TAG_IMG) ++layout_.images;
    if (e.tag == GUMBO_TAG_TABLE) ++layout_.tables;
    if (e.tag == GUMBO_TAG_BR) Flush();
    if (e.tag == GUMBO_TAG_B || e.tag == GUMBO_TAG_STRONG) ++bold_;
    if ((e.tag == GUMBO_TAG_TD || e.tag == GUMBO_TAG_TH) && !text_.empty()) text_ += " | ";
    if (IsBlock(e.tag)) {
      Flush();
      if (e.tag == GUMBO_TAG_UL || e.tag == GUMBO_TAG_OL) ++lists_;
      blocks_.push_back(e.tag);
    }
    return true;
  }

  void Leave(const GumboNode* node) {
    if (node->type != GUMBO_NODE_ELEMENT) return;
    const GumboTag tag = node->v.element.tag;
    if (tag == GUMBO_TAG_B || tag == GUMBO_TAG_STRONG) --bold_;
    if (!IsBlock(tag)) return;
    Flush();
    blocks_.pop_back();
    if (tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL) --lists_;
  }

  // Writes the gathered text as a block of the innermost open block's kind.
  void Flush() {
    const GumboTag tag = blocks_.empty() ? GUMBO_TAG_P : blocks_.back();
    Block where;
    where.source = source_;
    BlockKind kind = BlockKind::kParagraph;
    if (const int level = HeadingLevel(tag); level > 0) {
      kind = BlockKind::kHeading;
      where.level = static_cast<std::uint32_t>(level);
    } else if (tag == GUMBO_TAG_LI) {
      kind = BlockKind::kListItem;
      where.level = lists_ > 0 ? lists_ - 1 : 0;
    } else if (tag == GUMBO_TAG_TR) {
      kind = BlockKind::kTableRow;
    } else if (bold_text_ > 0 && plain_text_ == 0) {
      kind = BlockKind::kHeading;  // a paragraph bold throughout reads as a heading
      where.level = 3;
    }
    builder_.Add(kind, text_, where);
    text_.clear();
    bold_text_ = 0;
    plain_text_ = 0;
  }

  std::vector<Frame> stack_;
  std::vector<GumboTag> blocks_;
  TextBuilder builder_;
  LayoutFacts layout_;
  std::string text_;
  std::size_t bold_text_ = 0;
  std::size_t plain_text_ = 0;
  int bold_ = 0;
  std::uint32_t lists_ = 0;
  std::uint32_t source_ = 0;
};

}  // namespace

Extracted ReadHtml(std::string_view text, std::string encoding) {
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // errors are not reported; parsing goes on regardless
  std::unique_ptr<GumboOutput, void (*)(GumboOutput*)> output(
      gumbo_parse_with_options(&options, text.data(), text.size()),
      [](GumboOutput* o) { gumbo_destroy_output(&kGumboDefaultOptions, o); });
  return HtmlWalk(output->document).Run(std::move(encoding));
}

}  // namespace tailorcore::detail
