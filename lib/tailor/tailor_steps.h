// The steps of tailoring a resume to a posting (docs/tailoring.md): each plans, in the original
// resume's offsets, the text that replaces some of its bytes and the edits a person reviews.
// Every step only moves, regroups or renames what the resume already says.
#ifndef TAILORCORE_LIB_TAILOR_TAILOR_STEPS_H_
#define TAILORCORE_LIB_TAILOR_TAILOR_STEPS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lang/languages.h"
#include "structure/document.h"
#include "tailorcore/report.h"
#include "tailorcore/tailor.h"

namespace tailorcore::detail {

// Bytes [begin, end) of the original give way to `text`; begin == end inserts.
struct Replacement {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  std::string text;
};

struct StepPlan {
  std::vector<Replacement> replacements;  // sorted, not overlapping one another
  std::vector<Edit> edits;
  std::vector<std::string> inserted;  // new wording (forms, sentences): the words it may add
};

// What every step reads: the original resume, its full report against the posting, the
// advice language's messages, and the renames of the exact-forms step (empty when it is off),
// which the other steps carry into the text they move.
struct TailorInput {
  const AnalyzedDocument& resume;
  const Report& report;
  const Messages& messages;
  const std::vector<Replacement>& renames;
};

// The form of a keyword a literal ATS searches for: the posting's own where it writes the
// display name (any case) or a Latin form; "" when it writes neither (a Russian inflection such
// as "микросервисов" is no name to copy).
std::string PostingForm(const Keyword& keyword);

// The name a tailored resume adds a keyword by (skills list, summary): PostingForm, else the
// resume's own form in its work where it is a lexicon form (not an inflection); "" when neither.
std::string NameFor(const Keyword& keyword);

// The original's bytes [begin, end) with the renames inside them applied. Linear in the bytes,
// logarithmic in the renames (they are sorted: a skills list of 20,000 entries, each renamed,
// costs 20,000 short calls).
std::string Renamed(const TailorInput& in, std::uint32_t begin, std::uint32_t end);

// Exact forms: each resume occurrence of a posting skill written as a variant, acronym or
// transliteration becomes the posting's form, the first one keeping the resume's in
// parentheses ("PostgreSQL (Postgres)"). Occurrences in the title lines, role headers and
// inside another skill's name are left as they are. Linear in the keywords' evidence.
StepPlan PlanExactForms(const AnalyzedDocument& resume, const Report& report,
                        const Messages& messages);

// The skills list: entries reordered (required, preferred, then the rest, each grouped by the
// posting's categories, heaviest first), and the posting skills the resume's work shows but
// its list omits added to it. Nothing when the resume has no skills section.
StepPlan PlanSkillsList(const TailorInput& in);

// Each run of bullets under one role reordered: the most relevant to the posting first, those
// with a measurable result before those without; `max_bullets` > 0 keeps that many per run.
StepPlan PlanBulletOrder(const TailorInput& in, std::uint32_t max_bullets);

// A sentence appended to the summary naming the required skills the resume's work shows and
// the summary does not name yet. Nothing without a summary section or such skills.
StepPlan PlanSummary(const TailorInput& in);

// The original with `replacements` applied (sorted, not overlapping). Linear.
std::string ApplyReplacements(std::string_view text, const std::vector<Replacement>& replacements);

// A unified diff of two texts by lines ("--- original", "+++ tailored", three lines of
// context); "" when they are equal. Cost: O((N + M) D) in lines (dtl).
std::string UnifiedDiff(std::string_view before, std::string_view after);

// What the tailored resume must not add (tailorcore/tailor.h): a skill, a number or a word
// outside the original and `allowed_words` (normalized), or lose a bullet beyond `dropped`.
// Returns what it breaks, one phrase each; empty when it holds. Linear in both documents.
std::vector<std::string> CheckGuarantee(const AnalyzedDocument& original,
                                        const AnalyzedDocument& tailored,
                                        const std::vector<std::string>& allowed_words,
                                        std::size_t dropped);

}  // namespace tailorcore::detail

#endif  // TAILORCORE_LIB_TAILOR_TAILOR_STEPS_H_
