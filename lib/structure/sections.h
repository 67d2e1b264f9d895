// Sections of resumes and postings, found from their headings
// (data/structure/section-headings.tsv).
#ifndef TAILORCORE_LIB_STRUCTURE_SECTIONS_H_
#define TAILORCORE_LIB_STRUCTURE_SECTIONS_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "tailorcore/analyzer.h"
#include "tailorcore/report.h"
#include "tailorcore/status.h"

namespace tailorcore::detail {

enum class DocumentType { kPosting, kResume };

class SectionFinder {
 public:
  // Parses data/structure/section-headings.tsv; kDataError with name:line on a bad line.
  static StatusOr<SectionFinder> Create(std::string_view content, std::string_view name,
                                        const Analyzer& analyzer);
  // Adds data/structure/section-cues.tsv (<section> <TAB> <word prefix>): posting headings
  // recognized by a cue word rather than their whole wording. kDataError with name:line.
  Status AddPostingCues(std::string_view content, std::string_view name);

  // The sections of `input` (analyzed as `text`), in order, covering it from the first heading
  // (or the title) to the end. A heading counts when it stands on a line of its own, or is
  // followed by ':' (also inline, "... Требования: Python ..."), or sits between bullets.
  // Postings: a short first line that is no heading is the title. Text before the first heading
  // is kOther. Never fails; linear in the tokens.
  std::vector<Section> Find(const AnalyzedText& text, std::string_view input,
                            DocumentType type) const;

 private:
  struct Heading {
    std::vector<std::string> words;
    SectionKind kind;
  };
  // The section a short heading-like phrase at primary token `p` names through a cue word, and
  // its last token and body start; false when there is none.
  bool CueHeading(const AnalyzedText& text, const std::vector<std::uint32_t>& primary,
                  std::size_t p, std::string_view input, SectionKind* kind, std::size_t* last,
                  std::uint32_t* body) const;

  // By document type, then by first word: headings, longest first.
  std::unordered_map<std::string, std::vector<Heading>> posting_;
  std::vector<std::pair<SectionKind, std::string>> posting_cues_;  // in priority order
  std::unordered_map<std::string, std::vector<Heading>> resume_;
};

}  // namespace tailorcore::detail

#endif  // TAILORCORE_LIB_STRUCTURE_SECTIONS_H_
