// Tier rules for posting keywords (docs/scoring.md): the section decides, then the wording of the
// sentence ("must", "обязательно", "a plus", "будет плюсом", "not required") overrides it.
#ifndef TAILORCORE_LIB_STRUCTURE_POSTING_TIERS_H_
#define TAILORCORE_LIB_STRUCTURE_POSTING_TIERS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "analysis/phrase_table.h"
#include "lang/languages.h"
#include "tailorcore/analyzer.h"
#include "tailorcore/section.h"
#include "tailorcore/status.h"

namespace tailorcore::detail {

class TierRules {
 public:
  // Loads every language's tier-cues.tsv (<tier> <TAB> <phrase>); kDataError with name:line,
  // kInternal when a file was not compiled in.
  static StatusOr<TierRules> Create(const Languages& languages, const Analyzer& analyzer);

  // The three tiers a cue gives, then three kinds that only work together: a negator ("no",
  // "zero"), nothing but fillers ("prior", "knowledge", "of") between it and a keyword, and a
  // closer ("needed", or any required cue) after the keyword in its clause say the keyword is
  // not required ("No Docker experience needed", "No knowledge of Scala required").
  enum class CueKind : std::uint8_t {
    kRequired,
    kPreferred,
    kNotRequired,
    kNegator,
    kCloser,
    kFiller,
    kListOr,    // a word of choice in a list of keywords ("or", "или"): a negation before the
                // list speaks for all of it ("No Java or Scala experience needed")
    kListAnd,   // another word that joins a list ("and", "и"): a cue after the list speaks for
                // all of it ("PostgreSQL и Docker как плюс")
    kExcept,    // after a negation, what follows is asked ("No experience needed beyond SQL")
    kContrast,  // right before a keyword, makes it no requirement ("Python, not Java", "а не
                // Java", "instead of Java")
    kContrastParenthesized  // the same, only where it opens the keyword's parentheses ("Python
                            // (без Java)", "Python (without Java)")
  };
  static constexpr std::size_t kCueKinds = 11;
  static constexpr std::size_t kTierCueKinds = 3;
  // The cue phrases a text holds, by CueKind: for each, the begin offsets of its first and last
  // token, in order. `keywords`: where the text's keywords begin, in order, filled by the caller
  // (a clause that names another keyword speaks for that one); `keyword_ends`: where each ends,
  // as long as `keywords` (TierOf requires it).
  struct Cues {
    std::vector<std::pair<std::uint32_t, std::uint32_t>> of[kCueKinds];
    std::vector<std::uint32_t> keywords;
    std::vector<std::uint32_t> keyword_ends;
    // Every clause break of the text (", but", ", но", a double space ...), as (offset,
    // length), in order of offset: where a keyword's clause may begin or end.
    std::vector<std::pair<std::uint32_t, std::uint32_t>> breaks;
    // The preferred cues that qualify the words after them (`preferred-qualifier`: "ideally",
    // "желательно"), also in of[kPreferred]: opening a part after a comma, with words of its
    // own, such a cue speaks for that part only ("Kafka, preferably in production").
    std::vector<std::pair<std::uint32_t, std::uint32_t>> qualifiers;
    // The not-required cues that speak only for a keyword after them (`not-required-before`:
    // "do not use", "отказались от"), also in of[kNotRequired]: "We use Kafka and do not use
    // RabbitMQ" leaves Kafka asked. In order.
    std::vector<std::pair<std::uint32_t, std::uint32_t>> before_only;
    // The cues of what the company offers (`offer`: "we pay for", "оплачиваем"): a keyword after
    // one in its clause, with no tier cue of its own, asks nothing (Verdict::offered). In order.
    std::vector<std::pair<std::uint32_t, std::uint32_t>> offers;
    // The cues of the employer's customers and partners (`companies`: "our customers include",
    // "среди наших клиентов"): offers whose list may also follow a colon ("Среди наших
    // клиентов: Сбербанк, KFC"). In order.
    std::vector<std::pair<std::uint32_t, std::uint32_t>> companies;
    // The not-required cues that speak forward for the first keyword after them, else back for
    // the nearest keyword before them only (`not-required-verb`: "не используем", "is no longer
    // used", "phased out"), also in of[kNotRequired]. In order.
    std::vector<std::pair<std::uint32_t, std::uint32_t>> verbs;
    // The verb cues that speak only back (`not-required-after`: "не придётся" in "Писать на PHP
    // не придётся"; not "Не придётся работать в одиночку с Kubernetes"), also in `verbs` and
    // of[kNotRequired]. In order.
    std::vector<std::pair<std::uint32_t, std::uint32_t>> after_only;
  };
  // Finds every cue phrase in `text` (its words outside compound parts, in order); `input` is
  // the text `text` was analyzed from. A `preferred-end` cue counts only where its clause ends
  // ("Kafka — плюс", not "Java плюс Spring Boot"). Linear.
  Cues FindCues(const AnalyzedText& text, std::string_view input) const;

  struct Verdict {
    PostingTier tier;
    bool not_required;     // a "not required" cue speaks for the keyword
    bool offered = false;  // an offer cue before it offers it ("We pay for AWS certs"): no ask
  };
  // The sentence whose cues speak for the words [begin, end) of `text`: SentenceAround's, and
  // across a colon when the other side is a label that is one cue phrase and nothing else,
  // starting its line, or after a semicolon or a sentence end on it ("Not required: Docker",
  // "Nice to have: Kafka", a flattened "... PostgreSQL. Not required: Java"; not "Degree not
  // required: Java"), looked for in the 256 bytes before the sentence; or a short verdict of at
  // most four words up to the next stop ("Terraform: not required"; "Python: essential; Go: a
  // plus" gives each its own). `cues`: FindCues of `text`. O(sentence + 256 + log cues).
  static std::pair<std::uint32_t, std::uint32_t> CueSentence(std::string_view text,
                                                             const Cues& cues, std::uint32_t begin,
                                                             std::uint32_t end);
  // The tier of a keyword at byte `keyword` of `text`, found in section `section`, in the
  // sentence [sentence_begin, sentence_end) (docs/scoring.md). The title always gives required.
  // Otherwise the cues of the keyword's scope decide: those inside the parentheses that hold it
  // if any there, else those of its clause outside parentheses (a clause ends at ", but",
  // ", но" ...), from the keyword to its first cue and on to the next keyword after that cue
  // when it has one ("Python is a must, Kafka is nice to have"). A preferred cue gives
  // preferred, else a not-required cue (or a negator, fillers and a closer: "No Docker
  // experience needed") makes it no requirement, else a required cue gives required; without a
  // cue, requirements give required, preferred gives preferred, anything else mentioned.
  // O(cues in the sentence).
  Verdict TierOf(SectionKind section, const Cues& cues, std::string_view text,
                 std::uint32_t sentence_begin, std::uint32_t sentence_end,
                 std::uint32_t keyword) const;

  // Whether the line [line_begin, line_end) of `text` is a label: one tier cue phrase and
  // nothing else but bullet marks, emphasis marks and a colon ("Nice to have:", "Optional",
  // "- Not required:", "**Не обязательно:**"); its verdict when it is. `cues`: FindCues of
  // `text`. O(line + log cues).
  static std::optional<Verdict> LabelLine(const Cues& cues, std::string_view text,
                                          std::size_t line_begin, std::size_t line_end);

 private:
  Status Add(std::string_view content, std::string_view name, const Analyzer& analyzer);

  // A preferred cue that counts only where its clause ends (FindCues).
  static constexpr std::uint32_t kPreferredAtEnd = 100;
  static constexpr std::uint32_t kPreferredQualifier = 101;
  static constexpr std::uint32_t kNotRequiredBefore = 102;
  static constexpr std::uint32_t kNotRequiredVerb = 103;
  static constexpr std::uint32_t kOffer = 104;
  // A not-required cue only as the answer to a negative question (FindCues).
  static constexpr std::uint32_t kNotRequiredAnswer = 105;
  // The employer's customers or partners, an offer whose list may follow a colon (FindCues).
  static constexpr std::uint32_t kCompanies = 106;
  // A verb cue that speaks only back, for the nearest keyword before it in its clause (FindCues).
  static constexpr std::uint32_t kNotRequiredAfter = 107;
  // value: CueKind, kPreferredAtEnd, kPreferredQualifier, kNotRequiredBefore, kNotRequiredVerb,
  // kOffer, kNotRequiredAnswer, kCompanies, kNotRequiredAfter
  PhraseTable cues_;
};

}  // namespace tailorcore::detail

#endif  // TAILORCORE_LIB_STRUCTURE_POSTING_TIERS_H_
