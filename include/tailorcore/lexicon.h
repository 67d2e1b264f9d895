// tailorcore/lexicon.h: the skills tailorcore can recognize, and how they may be written.
//
//   auto builder = tailorcore::LexiconBuilder::Bundled();     // or LexiconBuilder::Empty()
//   if (!builder.ok()) return fail(builder.status().message());
//   Status s = builder->AddFile("my-skills.tsv");             // more skills, more forms
//   s = builder->AddForm("postgresql", "Постгря", tailorcore::FormKind::kTransliteration);
//   auto lexicon = builder->Build();                          // compiled, immutable
//   std::vector<tailorcore::SkillMatch> found = lexicon->Match(analyzer.Analyze(text), text);
//
// A lexicon holds categories and skills. A skill has a stable id ("postgresql"), a display
// name ("PostgreSQL"), a category ("databases") and its surface forms: the name itself, variants
// and synonyms (Postgres), acronyms and expansions (API ↔ Application Programming Interface),
// Russian names and transliterations (Постгрес). A form flagged ambiguous ("Go", "C", "Spring")
// counts only with evidence in the text (docs/lexicon-format.md, "Ambiguous forms").
//
// The file format is in docs/lexicon-format.md; the bundled lexicon is data/lexicon/bundled.tsv,
// built by tools/lexicon/build_lexicon.py.
//
// Thread-safety: a LexiconBuilder is a plain mutable value (one thread at a time). A Lexicon is
// immutable once built; copies share it and any number of threads may call Match() at once.
#ifndef TAILORCORE_LEXICON_H_
#define TAILORCORE_LEXICON_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "tailorcore/analyzer.h"
#include "tailorcore/match.h"
#include "tailorcore/status.h"

namespace tailorcore {

// How a surface form relates to its skill's display name.
enum class FormKind : std::uint8_t {
  kName,       // the display name itself
  kVariant,    // another spelling or a synonym ("Postgres" for PostgreSQL), or a Russian
               // name (`ru:` in a file: "базы данных")
  kAcronym,    // an acronym of the name ("k8s", "JS", "GCP" for Google Cloud Platform)
  kExpansion,  // the expansion of a name that is an acronym ("Application Programming
               // Interface" for API)
  kTransliteration,  // a Cyrillic spelling of the Latin name (`tr:`: "Постгрес", "Кубернетес")
};

struct Category {
  std::string id;    // "databases"
  std::string name;  // "Databases"
  // False for soft skills, spoken languages and the like (the file flag `non-technical`): no
  // generated transliterations, and no evidence for an ambiguous form nearby.
  bool technical = true;
};

struct SkillForm {
  std::string text;  // as written in the lexicon ("Postgres")
  FormKind kind = FormKind::kVariant;
  bool ambiguous = false;  // counts only with evidence in the text
  bool generated = false;  // made by the Latin→Cyrillic transliteration, not written in a file
};

struct Skill {
  std::string id;
  std::string name;
  std::string category;          // a Category::id
  std::vector<SkillForm> forms;  // forms[0] is the name
  // Broader skills this one is a kind of, directly or through others, in the order the
  // relations were added ("kafka" → "mq"; "ec2" → "aws" → "cloud"): a posting's broader skill is
  // implied by this one in a resume (docs/scoring.md). Filled by Build().
  std::vector<std::string> implies;
  // The part of `implies` this skill is an instance of, through kind relations only ("kafka" →
  // "mq"; "postgresql" → "rdbms" → "databases"; not "django" → "python", which it is built
  // on): in a posting, such skills in parentheses after the broader one are its examples, one
  // requirement with it ("message queues (Kafka, RabbitMQ)"; docs/scoring.md). Filled by Build().
  std::vector<std::string> kind_of;
  // False when its category is not technical (Category::technical): such a keyword weighs
  // ScoringOptions::non_technical_factor times as much. Filled by Build().
  bool technical = true;
};

class Lexicon;
namespace detail {
struct LexiconAccess;  // lets the engine reach the fused analysis and matching pass
}  // namespace detail

// Collects categories, skills and forms, checking each addition; Build() compiles them.
class LexiconBuilder {
 public:
  // An empty lexicon: no categories, no skills. Errors: those of Analyzer::Create (options out
  // of range, a broken ICU or libstemmer installation). Cost: milliseconds.
  static StatusOr<LexiconBuilder> Empty(const AnalyzerOptions& analyzer_options = {});
  // The bundled lexicon (data/lexicon/bundled.tsv, compiled into the library). Errors: those of
  // Empty(); kInternal if the bundled data does not load (a broken build). Cost: ~0.3 s.
  static StatusOr<LexiconBuilder> Bundled(const AnalyzerOptions& analyzer_options = {});

  // Adds the records of a lexicon file (docs/lexicon-format.md). All or nothing: on any error
  // the builder is left as it was and the status says "<file>:<line>: <what is wrong>".
  // kIoError when the file cannot be read.
  Status AddFile(const std::string& path);
  // The same for text already in memory; `name` stands for the file name in messages. Errors:
  // kDataError "<name>:<line>: <what>"; the builder is then unchanged. A UTF-8 byte order mark
  // at the start is skipped; invalid UTF-8 is an error.
  Status AddText(std::string_view content, std::string_view name);

  // Adds a category. kInvalidArgument for an empty or malformed id, or an id already present
  // with another name. Adding the same category twice is a no-op.
  Status AddCategory(const Category& category);
  // Adds a new skill with its name as its first form and `more_forms` after it.
  // kInvalidArgument when the id is taken (to extend a skill, use AddForm; a file record with
  // an existing id extends it), the category is unknown, or a form already belongs to another
  // skill; the builder is then unchanged.
  Status AddSkill(std::string_view id, std::string_view name, std::string_view category,
                  const std::vector<SkillForm>& more_forms = {});
  // Adds a form to an existing skill. kInvalidArgument when the skill does not exist, `kind` is
  // kName (a skill has one name), the form has no words, or the form (as normalized) belongs to
  // another skill; the builder is then unchanged. Adding a form the skill already has is a
  // no-op.
  Status AddForm(std::string_view skill_id, std::string_view text,
                 FormKind kind = FormKind::kVariant, bool ambiguous = false);

  // How a member relates to the broader skill it implies (docs/lexicon-format.md).
  enum class Relation {
    kImplies,  // it is built on or part of it ("django" → "python", "ec2" → "aws"); file
               // record `implies <TAB> member <TAB> umbrella`
    kKindOf,   // it is one of its kind ("kafka" → "mq"); file record `kind <TAB> ...`
  };
  // Records that skill `member` implies skill `umbrella`: a resume showing the member covers a
  // posting's umbrella as an implied match. kInvalidArgument when either skill does not exist or
  // they are the same; the builder is then unchanged. Adding one twice is a no-op; adding a kind
  // over a plain relation makes it a kind. Not thread-safe with other calls on this builder.
  Status AddImplies(std::string_view member, std::string_view umbrella,
                    Relation relation = Relation::kImplies);

  // Skills added so far.
  std::size_t skill_count() const;
  // Forms added so far, names included; generated transliterations are added by Build() and
  // not counted here.
  std::size_t form_count() const;

  // Compiles the lexicon: analyzes every form, adds Latin→Cyrillic transliterations of
  // eligible single-word names (docs/matching.md), and builds the phrase index. The builder is
  // unchanged and may be built again. Errors: kDataError if the bundled ambiguity traps do not
  // load (a broken build). Cost: ~0.3 s for the bundled lexicon.
  StatusOr<Lexicon> Build() const;
  // A moved-from builder may only be assigned to or destroyed.

  class State;  // detail

 private:
  explicit LexiconBuilder(std::shared_ptr<State> state) : state_(std::move(state)) {}
  std::shared_ptr<State> state_;  // copied on write
  void Detach();
};

// A compiled, immutable lexicon with its matcher.
class Lexicon {
 public:
  // All skills, in the order they were added; SkillMatch::skill points into this.
  const std::vector<Skill>& skills() const;
  const std::vector<Category>& categories() const;
  // The skill with this id, or nullptr. Cost: O(1).
  const Skill* FindSkill(std::string_view id) const;
  // The display name of a category id, or the id itself when unknown. Cost: O(1).
  std::string CategoryName(const std::string& id) const;
  // The analyzer this lexicon was compiled with; texts given to Match() must be analyzed by it
  // (or one with the same options). Valid as long as the lexicon (or a copy) lives.
  const Analyzer& analyzer() const;

  // The skills mentioned in `text` (the analysis of `input`), in input order (by begin, then
  // longer first). Matches do not overlap, except nested ones (SkillMatch::nested), which lie
  // inside a longer match of another skill. Rules: docs/matching.md. Never fails. Thread-safe.
  // Cost: linear in the number of tokens. Precondition: `text` is the analysis of `input` by
  // analyzer() (or an analyzer with the same options).
  std::vector<SkillMatch> Match(const AnalyzedText& text, std::string_view input) const;
  // Match() plus candidate keywords: technology-shaped terms the lexicon does not know
  // (docs/matching.md). Same preconditions, cost and thread-safety as Match().
  MatchResult MatchWithCandidates(const AnalyzedText& text, std::string_view input) const;
  // Analyzes `input` with analyzer() and returns MatchWithCandidates: the one-call form. Never
  // fails; thread-safe; linear in the input. Offsets are into `input`.
  MatchResult Extract(std::string_view input) const;
  // A moved-from lexicon may only be assigned to or destroyed.

  class Impl;  // detail

 private:
  friend class LexiconBuilder;
  friend struct detail::LexiconAccess;
  explicit Lexicon(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}
  std::shared_ptr<const Impl> impl_;
};

}  // namespace tailorcore

#endif  // TAILORCORE_LEXICON_H_
