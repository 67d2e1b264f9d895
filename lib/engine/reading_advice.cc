// Engine::ReadingAdvice: the skills a naive ATS reading of a document loses or misplaces.
#include <algorithm>
#include <string>
#include <vector>

#include "base/string_hash.h"
#include "engine/engine_impl.h"
#include "tailorcore/lexicon.h"

namespace tailorcore {
namespace {

using detail::StringMap;
using detail::StringSet;

constexpr std::size_t kMostAdvice = 10;

// Each skill's first occurrence: its section, and where it is in the text.
struct Place {
  SectionKind section = SectionKind::kOther;
  std::uint32_t begin = 0;
  const Skill* skill = nullptr;
};

std::vector<Place> FirstPlaces(const Document::Impl& doc) {
  std::vector<Place> places;
  StringSet seen;
  for (const SkillMatch& m : doc.matches.matches) {
    if (m.nested || !seen.insert(m.skill->id).second) continue;
    places.push_back({doc.SectionAt(m.begin), m.begin, m.skill});
  }
  return places;
}

std::string SectionWord(const detail::Messages& messages, SectionKind kind) {
  return messages.Format(std::string("section-") + SectionKindName(kind));
}

}  // namespace

std::vector<Suggestion> Engine::ReadingAdvice(const Extracted& document) const {
  std::vector<Suggestion> advice;
  if (document.naive_text.empty()) return advice;
  const auto real = impl_->Analyze(document.text, detail::DocumentType::kResume);
  const auto naive = impl_->Analyze(document.naive_text, detail::DocumentType::kResume);
  const detail::Messages& messages = impl_->advice.For(*real);
  StringMap<SectionKind> naive_sections;
  for (const Place& p : FirstPlaces(*naive)) naive_sections.emplace(p.skill->id, p.section);
  const bool pdf = document.format == DocumentFormat::kPdf;
  for (const Place& p : FirstPlaces(*real)) {
    if (advice.size() == kMostAdvice) break;
    const auto found = naive_sections.find(p.skill->id);
    const std::string term = messages.Quote(p.skill->name);
    if (found == naive_sections.end()) {
      advice.push_back(
          {SuggestionKind::kLayout, p.skill->id,
           messages.Format(pdf ? "layout-lost-pdf" : "layout-lost-docx", {{"term", term}})});
    } else if (found->second != p.section && p.section != SectionKind::kOther &&
               found->second != SectionKind::kOther) {
      advice.push_back(
          {SuggestionKind::kLayout, p.skill->id,
           messages.Format("layout-moved", {{"term", term},
                                            {"section", SectionWord(messages, found->second)},
                                            {"real", SectionWord(messages, p.section)}})});
    }
  }
  return advice;
}

void LocateEvidence(const Extracted& document, Report* report) {
  if (document.format != DocumentFormat::kPdf && document.format != DocumentFormat::kDocx) return;
  const std::vector<Block>& blocks = document.blocks;
  for (Keyword& keyword : report->keywords) {
    for (Evidence& e : keyword.evidence) {
      // The last block starting at or before the occurrence, if it holds it.
      auto after = std::upper_bound(blocks.begin(), blocks.end(), e.begin,
                                    [](std::uint32_t at, const Block& b) { return at < b.begin; });
      if (after == blocks.begin() || std::prev(after)->end < e.end) continue;
      const Block& b = *std::prev(after);
      if (document.format == DocumentFormat::kPdf) {
        e.page = b.page;
        e.column = b.column + 1;
      } else {
        e.paragraph = b.source + 1;
      }
    }
  }
}

}  // namespace tailorcore
