// Degrees and seniority levels, as data: each language's data/lang/<code>/degrees.tsv names
// degrees ("Bachelor's", "B.Sc.", "высшее", "магистр"), the wording that accepts experience
// instead ("or equivalent experience") and fields of study; seniority.tsv names the levels of a
// job title ("Senior", "Ведущий") and the role nouns they stand before.
#ifndef TAILORCORE_LIB_STRUCTURE_CREDENTIALS_H_
#define TAILORCORE_LIB_STRUCTURE_CREDENTIALS_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/string_hash.h"
#include "lang/languages.h"
#include "structure/experience.h"
#include "tailorcore/section.h"
#include "tailorcore/status.h"

namespace re2 {
class RE2;
}

namespace tailorcore::detail {

// A level as a number, ordered: a degree secondary 1, associate 2, bachelor 3, master 4, phd 5;
// a seniority intern 1, junior 2, middle 3, senior 4, lead 5, principal 6. 0 for none.
using CredentialLevel = int;

// "bachelor" for 3; "" for 0 or out of range.
std::string DegreeName(CredentialLevel level);
// "senior" for 4; "" for 0 or out of range.
std::string SeniorityName(CredentialLevel level);
// The level of a name DegreeName or SeniorityName gives; 0 for any other text.
CredentialLevel DegreeLevel(std::string_view name);
CredentialLevel SeniorityLevel(std::string_view name);

// A level named at [begin, end) of a text (the words, without the separators around them).
struct LevelMention {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  CredentialLevel level = 0;
};

// What a resume shows: its highest degree in its education section, and the seniority of its
// most recent role.
struct ResumeCredentials {
  bool has_education = false;       // the resume has an education section
  LevelMention degree;              // level 0 when its education names none
  std::vector<std::string> fields;  // the fields of study its education names, as written
  LevelMention seniority;           // level 0 when its most recent title names none
};

class CredentialRules {
 public:
  // Loads every language's degrees.tsv and seniority.tsv; kDataError "name:line: what" for a
  // bad line or pattern. Cost: milliseconds.
  static StatusOr<CredentialRules> Create(const Languages& languages);

  // The degrees named in `text`, in order; of two overlapping mentions the longer
  // ("неоконченное высшее" over "высшее", "Master's degree in" over "degree in"). Offsets into
  // `text`. Cost: linear in the text × patterns. Thread-safe.
  std::vector<LevelMention> FindDegrees(std::string_view text) const;
  // The seniority levels named in `text`, in order, overlaps resolved the same way. With
  // `role_after`, only those a role noun follows within three words ("Senior Python developer",
  // not "mentor senior colleagues"). Thread-safe.
  std::vector<LevelMention> FindSeniority(std::string_view text, bool role_after) const;
  // The end of the first `seek` cue in `text` ("we are looking for", "ищем"), or npos.
  std::size_t SeekEnd(std::string_view text) const;
  // A resume's degree: the highest named in its education sections, and the fields of study
  // named there. Its seniority: the level
  // named in the header of its most recent dated entry (an ongoing one first, else the latest
  // end; the dated line, the line before it and the two after it, each no bullet and at most
  // ten words), else in its first three lines (a headline: "Senior Backend Engineer"). Cost:
  // linear in the text. Thread-safe.
  ResumeCredentials FindInResume(std::string_view text, const std::vector<Section>& sections,
                                 const std::vector<DatedEntry>& entries) const;
  // Whether `text` holds a role noun ("engineer", "разработчик"). Thread-safe.
  bool HasRole(std::string_view text) const;
  // Whether `sentence` accepts experience instead of the degree ("or equivalent experience").
  bool AcceptsEquivalent(std::string_view sentence) const;
  // Whether `field` (as FindFields gives it) admits many ("engineering", "a related field",
  // "техническое"; data kind field-broad). Cost: a regex search per broad pattern. Thread-safe.
  bool BroadField(std::string_view field) const;
  // Whether a case-folded word of a field names no field by itself ("science", "applied",
  // "прикладная"; data kind field-common-word): two fields sharing only such words differ.
  bool CommonFieldWord(std::string_view folded_word) const;
  // Whether a case-folded word may stand between a degree and the first field it names ("in",
  // "of", "degree", "по", "специальности"; data kind field-lead). Thread-safe.
  bool FieldLeadWord(std::string_view folded_word) const;
  // The fields of study named in `text`, as written, in order, overlaps resolved, each once
  // whatever its ASCII case ("Computer Science", "Mathematics", "техническое"). Thread-safe.
  std::vector<std::string> FindFields(std::string_view text) const;
  // Where `text` names a field of study (offsets into `text`), in order, overlaps resolved,
  // repeats kept. Cost: a regex search per field pattern. Thread-safe.
  std::vector<LevelMention> FindFieldMentions(std::string_view text) const;

 private:
  using Pattern = std::shared_ptr<const re2::RE2>;
  static std::vector<LevelMention> Find(
      std::string_view text, const std::vector<std::pair<CredentialLevel, Pattern>>& patterns);
  bool RoleWithin(std::string_view text) const;

  std::vector<std::pair<CredentialLevel, Pattern>> degrees_;
  std::vector<std::pair<CredentialLevel, Pattern>> seniority_;
  std::vector<std::pair<CredentialLevel, Pattern>> fields_;  // level unused (1)
  std::vector<Pattern> equivalent_;
  std::vector<Pattern> broad_fields_;  // also in fields_
  StringSet common_field_words_;       // folded: "science", "прикладная"
  StringSet field_lead_words_;         // folded: "in", "degree", "по"
  std::vector<Pattern> roles_;
  Pattern
      any_degree_;    // every degree pattern in one: a text without a match is skipped in one pass
  Pattern any_seek_;  // every seek pattern in one: the first match is the leftmost
};

}  // namespace tailorcore::detail

#endif  // TAILORCORE_LIB_STRUCTURE_CREDENTIALS_H_
