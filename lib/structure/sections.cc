#include "structure/sections.h"

#include <algorithm>

#include <boost/algorithm/string/split.hpp>
#include <boost/algorithm/string/trim.hpp>

#include "analysis/word_list.h"
#include "structure/lines.h"

namespace tailorcore::detail {
namespace {

constexpr std::size_t kMaxTitleWords = 12;

bool ParseKind(std::string_view name, DocumentType type, SectionKind* kind) {
  struct Entry {
    std::string_view name;
    SectionKind kind;
    DocumentType type;
  };
  static constexpr Entry kKinds[] = {
      {"requirements", SectionKind::kRequirements, DocumentType::kPosting},
      {"preferred", SectionKind::kPreferred, DocumentType::kPosting},
      {"responsibilities", SectionKind::kResponsibilities, DocumentType::kPosting},
      {"about", SectionKind::kAbout, DocumentType::kPosting},
      {"benefits", SectionKind::kBenefits, DocumentType::kPosting},
      {"summary", SectionKind::kSummary, DocumentType::kResume},
      {"skills", SectionKind::kSkills, DocumentType::kResume},
      {"experience", SectionKind::kExperience, DocumentType::kResume},
      {"projects", SectionKind::kProjects, DocumentType::kResume},
      {"education", SectionKind::kEducation, DocumentType::kResume},
      {"certifications", SectionKind::kCertifications, DocumentType::kResume},
      {"languages", SectionKind::kLanguages, DocumentType::kResume},
  };
  for (const Entry& e : kKinds) {
    if (e.name == name && e.type == type) {
      *kind = e.kind;
      return true;
    }
  }
  return false;
}

bool IsHorizontalSpace(char c) { return c == ' ' || c == '\t' || c == '\r'; }

}  // namespace

StatusOr<SectionFinder> SectionFinder::Create(std::string_view content, std::string_view name,
                                              const Analyzer& analyzer) {
  SectionFinder finder;
  for (const WordListEntry& entry : ParseWordList(content)) {
    auto error = [&](const std::string& what) {
      return Status(StatusCode::kDataError,
                    std::string(name) + ":" + std::to_string(entry.line) + ": " + what);
    };
    std::vector<std::string> fields;
    boost::algorithm::split(fields, entry.text, [](char c) { return c == '\t'; });
    if (fields.size() != 3) return error("expected <document> <section> <heading>");
    for (auto& f : fields) boost::algorithm::trim(f);
    DocumentType type;
    if (fields[0] == "posting") {
      type = DocumentType::kPosting;
    } else if (fields[0] == "resume") {
      type = DocumentType::kResume;
    } else {
      return error("document must be posting or resume, got '" + fields[0] + "'");
    }
    SectionKind kind;
    if (!ParseKind(fields[1], type, &kind)) {
      return error("unknown " + fields[0] + " section '" + fields[1] + "'");
    }
    Heading heading{{}, kind};
    for (const Token& t : analyzer.Analyze(fields[2]).tokens) {
      if (!t.part) heading.words.push_back(t.normalized);
    }
    if (heading.words.empty()) return error("a heading needs words");
    auto& index = type == DocumentType::kPosting ? finder.posting_ : finder.resume_;
    index[heading.words.front()].push_back(std::move(heading));
  }
  for (auto* index : {&finder.posting_, &finder.resume_}) {
    for (auto& [word, headings] : *index) {
      std::stable_sort(headings.begin(), headings.end(), [](const Heading& a, const Heading& b) {
        return a.words.size() > b.words.size();
      });
    }
  }
  return finder;
}

std::vector<Section> SectionFinder::Find(const AnalyzedText& text, std::string_view input,
                                         DocumentType type) const {
  const auto& index = type == DocumentType::kPosting ? posting_ : resume_;
  std::vector<std::uint32_t> primary;
  for (std::uint32_t i = 0; i < text.tokens.size(); ++i) {
    if (!text.tokens[i].part) primary.push_back(i);
  }
  struct Found {
    std::uint32_t heading_begin;
    std::uint32_t heading_end;
    std::uint32_t body_begin;
    SectionKind kind;
  };
  std::vector<Found> found;
  for (std::size_t p = 0; p < primary.size(); ++p) {
    const Token& first = text.tokens[primary[p]];
    auto it = index.find(first.normalized);
    if (it == index.end()) continue;
    for (const Heading& h : it->second) {
      const std::size_t n = h.words.size();
      if (p + n > primary.size()) continue;
      bool same = true;
      for (std::size_t k = 0; same && k < n; ++k) {
        same = text.tokens[primary[p + k]].normalized == h.words[k];
      }
      if (!same) continue;
      const std::uint32_t begin = first.begin;
      const std::uint32_t end = text.tokens[primary[p + n - 1]].end;
      // What follows: ':' (an inline or line heading), the end of the line, or a bullet.
      std::size_t after = end;
      while (after < input.size() && IsHorizontalSpace(input[after])) ++after;
      const bool colon = after < input.size() && input[after] == ':';
      const bool line_end = after >= input.size() || input[after] == '\n';
      const bool before_ok = AtLineStart(input, begin) ||
                             (begin >= 2 && (input[begin - 1] == ' ' && input[begin - 2] == ' ')) ||
                             (begin >= 2 && input[begin - 1] == ' ' &&
                              std::string_view(".!?;").find(input[begin - 2]) != std::string_view::npos);
      bool bullet_after = false;
      if (!colon && !line_end) {
        // "• Requirements • Python": a heading between bullets in a flattened posting.
        const auto items = SplitLineItems(input.substr(end, std::min<std::size_t>(8, input.size() - end)));
        bullet_after = !items.empty() && items.front().bullet && AtLineStart(input, begin);
      }
      if (!(before_ok && (colon || line_end || bullet_after))) continue;
      // A capital first letter is expected of a heading word that is not on a line of its own
      // ("Требования:", not "... соответствует требованиям: ..."): headings are written so.
      const bool own_line = AtLineStart(input, begin) && line_end;
      if (!own_line) {
        const unsigned char c0 = static_cast<unsigned char>(input[begin]);
        const bool upper_ascii = c0 >= 'A' && c0 <= 'Z';
        // Cyrillic capitals: UTF-8 D0 80..D0 AF.
        const bool upper_cyrillic = c0 == 0xD0 && begin + 1 < input.size() &&
                                    static_cast<unsigned char>(input[begin + 1]) >= 0x80 &&
                                    static_cast<unsigned char>(input[begin + 1]) <= 0xAF;
        if (!upper_ascii && !upper_cyrillic) continue;
      }
      const std::uint32_t body = static_cast<std::uint32_t>(colon ? after + 1 : after);
      found.push_back({begin, end, body, h.kind});
      p += n - 1;
      break;
    }
  }

  std::vector<Section> sections;
  std::uint32_t cursor = 0;
  if (type == DocumentType::kPosting) {
    // The title: the first non-empty line, if short and not a heading.
    const auto items = SplitLineItems(input.substr(0, std::min<std::size_t>(input.size(), 400)));
    if (!items.empty() && items.front().line == 0 &&
        (found.empty() || found.front().heading_begin > items.front().end)) {
      const LineItem& first = items.front();
      const std::size_t line_end = input.find('\n', first.begin);
      const bool whole_line = line_end != std::string_view::npos && first.end <= line_end &&
                              (items.size() < 2 || items[1].line > 0);
      std::size_t words = 0;
      for (const Token& t : text.tokens) {
        if (t.begin >= first.end) break;
        if (!t.part && t.begin >= first.begin) ++words;
      }
      if (whole_line && words > 0 && words <= kMaxTitleWords) {
        sections.push_back({SectionKind::kTitle, first.begin, first.end, first.begin, first.begin, ""});
        cursor = first.end;
      }
    }
  }
  if (!found.empty() && found.front().heading_begin > cursor) {
    // Text before the first heading.
    sections.push_back({SectionKind::kOther, cursor, found.front().heading_begin, cursor, cursor, ""});
  } else if (found.empty() && cursor < input.size()) {
    sections.push_back({SectionKind::kOther, cursor, static_cast<std::uint32_t>(input.size()),
                        cursor, cursor, ""});
  }
  for (std::size_t i = 0; i < found.size(); ++i) {
    const std::uint32_t end = i + 1 < found.size() ? found[i + 1].heading_begin
                                                   : static_cast<std::uint32_t>(input.size());
    sections.push_back({found[i].kind, found[i].heading_begin, end, found[i].heading_begin,
                        found[i].heading_end,
                        std::string(input.substr(found[i].heading_begin,
                                                 found[i].heading_end - found[i].heading_begin))});
  }
  return sections;
}

}  // namespace tailorcore::detail
