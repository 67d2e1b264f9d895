// Sections of resumes and postings, found from their headings (data/lang/<code>/
// section-headings.tsv and section-cues.tsv, every language's).
#ifndef TAILORCORE_LIB_STRUCTURE_SECTIONS_H_
#define TAILORCORE_LIB_STRUCTURE_SECTIONS_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "analysis/phrase_table.h"
#include "base/string_hash.h"
#include "lang/languages.h"
#include "structure/lines.h"
#include "tailorcore/analyzer.h"
#include "tailorcore/extract.h"
#include "tailorcore/match.h"
#include "tailorcore/section.h"
#include "tailorcore/status.h"

namespace tailorcore::detail {

enum class DocumentType { kPosting, kResume };

// What a document's extraction knows of its headings (tailorcore/extract.h): its heading blocks,
// and whether the format marks headings as such (DOCX styles, HTML <h1>-<h6>, Markdown '#') or
// they were guessed from the font size (PDF). Empty for plain text: the text decides alone.
struct HeadingBlocks {
  std::vector<Block> headings;  // kHeading blocks, in text order
  bool authored = false;
};
// The heading blocks of `document` (none for plain text).
HeadingBlocks HeadingBlocksOf(const Extracted& document);

class SectionFinder {
 public:
  // Loads every language's section-headings.tsv and section-cues.tsv; kDataError with
  // name:line on a bad line, kInternal when a file was not compiled in. Cost: one analysis per
  // heading.
  static StatusOr<SectionFinder> Create(const Languages& languages, const Analyzer& analyzer);

  // The sections of `input` (analyzed as `text`), in order, covering it from the first heading
  // (or the title) to the end. A heading counts when it stands on a line of its own, or is
  // followed by ':' (also inline, "... Требования: Python ..."), or sits between bullets.
  // Postings: a short first line that is no heading is the title, up to an `employer` word of
  // section-cues.tsv after two words or more and before a capitalized word, or " @ ", when only
  // the name follows ("Data Analyst at Tableau": the rest of the line, the employer's name, is
  // kOther). Text before the
  // first heading is kOther. A heading found by a cue word names no skill of `skills` (the
  // document's matches, in order) and, on a line of its own, has no bullet mark. With `blocks`, a
  // heading block the text does not name a section with starts one too: the kind its cue words give
  // (section-cues.tsv), else, when the format marks headings and the block is at the level of the
  // document's section headings, an "other" section that ends the one before ("Where I have worked"
  // under a Heading 2 style). A heading block deeper than the section headings (a role, a company),
  // or one right under another heading with nothing between, starts none; blocks past the end of
  // `input` (a truncated text) are ignored. Never fails; linear in the text, times the heading
  // blocks for the blocks.
  std::vector<Section> Find(const AnalyzedText& text, std::string_view input, DocumentType type,
                            const std::vector<SkillMatch>& skills = {},
                            const HeadingBlocks& blocks = {}) const;

 private:
  struct Found {
    std::uint32_t heading_begin;
    std::uint32_t heading_end;
    std::uint32_t body_begin;
    SectionKind kind;
  };
  // Adds a section-headings.tsv (<document> <TAB> <section> <TAB> <heading>).
  Status AddHeadings(std::string_view content, std::string_view name, const Analyzer& analyzer);
  // Adds a section-cues.tsv (<section> <TAB> <word prefix>): posting headings, and resume heading
  // blocks, recognized by a cue word rather than their whole wording.
  Status AddCues(std::string_view content, std::string_view name);
  // Adds to `found` the headings of `blocks` it lacks (see Find), in order.
  void AddBlockHeadings(const AnalyzedText& text, std::string_view input, DocumentType type,
                        const HeadingBlocks& blocks, std::vector<Found>* found) const;
  // The section kind a heading block's words name through a cue word; false when none does.
  bool BlockCue(const AnalyzedText& text, const Block& block, DocumentType type,
                SectionKind* kind) const;
  // Every heading of the text, in order.
  std::vector<Found> FindHeadings(const AnalyzedText& text, std::string_view input,
                                  DocumentType type, const std::vector<SkillMatch>& skills) const;
  // A listed heading starting at primary token `p`; its last primary token in `*last`.
  bool ListedHeading(const AnalyzedText& text, const std::vector<std::uint32_t>& primary,
                     std::size_t p, std::string_view input, DocumentType type, Found* found,
                     std::size_t* last) const;
  // A posting's listed heading glued to the word after it ("client.ResponsibilitiesOperate") or
  // before it ("new projectsRequirements:") at a small-capital letter pair inside primary token
  // `p`, ending at that token; false when there is none.
  bool GluedHeading(const AnalyzedText& text, const std::vector<std::uint32_t>& primary,
                    std::size_t p, std::string_view input, Found* found) const;
  static bool SubLabel(std::string_view input, DocumentType type, const std::vector<Found>& found,
                       const Found& heading);
  bool TitleLine(const AnalyzedText& text, std::string_view input, const std::vector<Found>& found,
                 LineItem* title) const;
  // Whether the primary token right before p+j (the cue word), within the phrase, is a negation
  // word of section-cues.tsv: "Not required", "Не требуется"; not "Skills we can't do without".
  bool Negated(const AnalyzedText& text, const std::vector<std::uint32_t>& primary, std::size_t p,
               std::size_t j) const;
  // The section a short heading-like phrase at primary token `p` names through a cue word, and
  // its last token and body start; false when there is none.
  bool CueHeading(const AnalyzedText& text, const std::vector<std::uint32_t>& primary,
                  std::size_t p, std::string_view input, const std::vector<SkillMatch>& skills,
                  SectionKind* kind, std::size_t* last, std::uint32_t* body) const;

  // By document type: headings, value: their SectionKind.
  PhraseTable posting_;
  std::vector<std::pair<SectionKind, std::string>> posting_cues_;  // in priority order
  std::vector<std::pair<SectionKind, std::string>> resume_cues_;   // in priority order
  // Whole words that keep a requirements cue from making a heading ("Not required:").
  StringSet negations_;
  // Whole words after which a title line names its employer ("at"; " @ " in any language), and
  // words after which such a word does not ("work": "Work at Home").
  StringSet employer_words_;
  StringSet not_employer_after_;
  PhraseTable resume_;
};

}  // namespace tailorcore::detail

#endif  // TAILORCORE_LIB_STRUCTURE_SECTIONS_H_
