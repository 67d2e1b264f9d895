#include "structure/posting_tiers.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <iterator>
#include <optional>
#include <tuple>
#include <unordered_map>

#include <boost/algorithm/string/split.hpp>
#include <boost/algorithm/string/trim.hpp>

#include "base/word_list.h"
#include "structure/lines.h"

namespace tailorcore::detail {

StatusOr<TierRules> TierRules::Create(const Languages& languages, const Analyzer& analyzer) {
  TierRules rules;
  for (std::size_t i = 0; i < languages.size(); ++i) {
    const auto id = static_cast<LanguageId>(i);
    auto content = languages.File(id, "tier-cues.tsv");
    if (!content.ok()) return content.status();
    const std::string name = languages.FileName(id, "tier-cues.tsv");
    if (Status s = rules.Add(*content, name, analyzer); !s.ok()) return s;
  }
  rules.cues_.Finish();
  return rules;
}

Status TierRules::Add(std::string_view content, std::string_view name, const Analyzer& analyzer) {
  for (const WordListEntry& entry : ParseWordList(content)) {
    std::vector<std::string> fields;
    boost::algorithm::split(fields, entry.text, [](char c) { return c == '\t'; });
    for (auto& f : fields) boost::algorithm::trim(f);
    auto error = [&](const std::string& what) {
      return Status(StatusCode::kDataError,
                    std::string(name) + ":" + std::to_string(entry.line) + ": " + what);
    };
    if (fields.size() != 2) return error("expected <tier> <phrase>");
    std::vector<std::string> words = PhraseTable::WordsOf(analyzer, fields[1]);
    if (words.empty()) return error("a cue needs words");
    CueKind kind;
    if (fields[0] == "required") {
      kind = CueKind::kRequired;
    } else if (fields[0] == "preferred") {
      kind = CueKind::kPreferred;
    } else if (fields[0] == "preferred-end" || fields[0] == "preferred-qualifier") {
      cues_.Add(std::move(words),
                fields[0] == "preferred-end" ? kPreferredAtEnd : kPreferredQualifier);
      continue;
    } else if (fields[0] == "not-required") {
      kind = CueKind::kNotRequired;
    } else if (fields[0] == "not-required-before" || fields[0] == "not-required-verb" ||
               fields[0] == "not-required-after") {
      cues_.Add(std::move(words), fields[0] == "not-required-before" ? kNotRequiredBefore
                                  : fields[0] == "not-required-verb" ? kNotRequiredVerb
                                                                     : kNotRequiredAfter);
      continue;
    } else if (fields[0] == "offer" || fields[0] == "not-required-answer" ||
               fields[0] == "companies") {
      cues_.Add(std::move(words), fields[0] == "offer"       ? kOffer
                                  : fields[0] == "companies" ? kCompanies
                                                             : kNotRequiredAnswer);
      continue;
    } else if (fields[0] == "negator") {
      kind = CueKind::kNegator;
    } else if (fields[0] == "closer") {
      kind = CueKind::kCloser;
    } else if (fields[0] == "filler" || fields[0] == "or" || fields[0] == "and") {
      kind = fields[0] == "filler" ? CueKind::kFiller
             : fields[0] == "or"   ? CueKind::kListOr
                                   : CueKind::kListAnd;
      if (words.size() != 1) return error("a " + fields[0] + " word is one word");
    } else if (fields[0] == "except") {
      kind = CueKind::kExcept;
    } else if (fields[0] == "contrast" || fields[0] == "contrast-parenthesized") {
      kind = fields[0] == "contrast" ? CueKind::kContrast : CueKind::kContrastParenthesized;
    } else {
      return error(
          "tier must be required, preferred, preferred-end, preferred-qualifier, not-required, "
          "not-required-before, not-required-verb, not-required-after, not-required-answer, "
          "offer, "
          "negator, closer, "
          "filler, or, and, except, contrast or contrast-parenthesized, got '" +
          fields[0] + "'");
    }
    cues_.Add(std::move(words), static_cast<std::uint32_t>(kind));
  }
  return Status::Ok();
}

namespace {

// Whether only spaces stand between `at` and a clause end (punctuation, a line end, the end).
bool EndsClause(std::string_view input, std::size_t at) {
  while (at < input.size() && (input[at] == ' ' || input[at] == '\t')) ++at;
  return at >= input.size() ||
         std::string_view(".,;:!?)\n").find(input[at]) != std::string_view::npos;
}

// Whether the cue at `at` opens the answer to a question that holds a negation, right after
// its "?": "No experience with Kubernetes? No problem", "Не работали с Airflow? Не страшно"; not
// "Writing Terraform modules? No problem for you", nor "релокация не проблема".
bool AnswersNegativeQuestion(std::string_view input, std::size_t at) {
  std::size_t mark = at;
  while (mark > 0 && (input[mark - 1] == ' ' || input[mark - 1] == '\t')) --mark;
  if (mark == 0 || input[mark - 1] != '?') return false;
  const std::size_t stop = input.substr(0, mark - 1).find_last_of(".!?;\n");
  const std::size_t from = stop == std::string_view::npos ? 0 : stop + 1;
  std::string question(input.substr(from, mark - 1 - from));
  for (char& c : question) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  question = " " + question + " ";
  for (std::string_view negation : {" no ", " never ", "n't ", " not ", " не ", " нет ",
                                    " никогда ", " Не ", " Нет ", " Никогда "}) {
    if (question.find(negation) != std::string::npos) return true;
  }
  return false;
}

// Where a sentence's next clause begins after a comma.
constexpr std::string_view kCommaBreaks[] = {", but ", ", however", ", но ", ", а ", ", однако"};
// Besides the comma breaks: the last one, a flattened posting keeps a wide gap where its lines
// broke.
constexpr std::string_view kOtherBreaks[] = {" but ", "  "};
// Dashes that end a part of a sentence after a keyword: an em dash, or a hyphen or an en dash
// with spaces ("Python — Java is not a must", "Python - Java (optional)").
constexpr std::string_view kPartDashes[] = {" - ", "\u2014", " \u2013 "};

// Every clause break of `input` (kCommaBreaks, kOtherBreaks), as (offset, length), in order of
// offset; breaks of one kind may overlap ("   " holds two "  "). The commas by memchr, each
// other break by find, then merged.
std::vector<std::pair<std::uint32_t, std::uint32_t>> ClauseBreaks(std::string_view input) {
  using Found = std::vector<std::pair<std::uint32_t, std::uint32_t>>;
  Found breaks;
  const char* const data = input.data();
  const char* const end = data + input.size();
  for (const char* p = data; p < end;) {
    const auto* comma =
        static_cast<const char*>(std::memchr(p, ',', static_cast<std::size_t>(end - p)));
    if (comma == nullptr) break;
    const std::string_view rest(comma, static_cast<std::size_t>(end - comma));
    for (std::string_view b : kCommaBreaks) {
      if (rest.starts_with(b)) {
        breaks.emplace_back(static_cast<std::uint32_t>(comma - data),
                            static_cast<std::uint32_t>(b.size()));
      }
    }
    p = comma + 1;
  }
  for (std::string_view b : kOtherBreaks) {
    Found more;
    for (std::size_t at = input.find(b); at != std::string_view::npos; at = input.find(b, at + 1)) {
      more.emplace_back(static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(b.size()));
    }
    Found merged;
    merged.reserve(breaks.size() + more.size());
    std::merge(breaks.begin(), breaks.end(), more.begin(), more.end(), std::back_inserter(merged),
               [](const auto& a, const auto& b) { return a.first < b.first; });
    breaks = std::move(merged);
  }
  return breaks;
}

// Whether a cue of `offers` stands in [from, keyword) with no parenthesis or semicolon between it
// and the keyword ("We pay for AWS and Kubernetes certifications"; not "Kubernetes experience
// (we pay for the CKA exam)").
bool OfferBefore(std::string_view text,
                 const std::vector<std::pair<std::uint32_t, std::uint32_t>>& offers,
                 std::uint32_t from, std::uint32_t keyword) {
  for (auto offer = std::lower_bound(offers.begin(), offers.end(),
                                     std::pair<std::uint32_t, std::uint32_t>{from, 0});
       offer != offers.end() && offer->first < keyword; ++offer) {
    if (text.substr(offer->first, keyword - offer->first).find_first_of("();") ==
        std::string_view::npos) {
      return true;
    }
  }
  return false;
}

// Where a companies cue for a keyword whose clause starts at `from` may stand: back over a colon
// that starts the clause to the text before it on its line ("Среди наших клиентов: Сбербанк"),
// at most kReach bytes, to no sentence end, wide gap or glued capital (where a heading may
// stand).
std::uint32_t CompaniesFrom(std::string_view text, std::uint32_t from) {
  constexpr std::uint32_t kReach = 80;
  const std::size_t found = ColonBefore(text, from);
  if (found == std::string_view::npos) return from;
  const auto colon = static_cast<std::uint32_t>(found + 1);
  // Back to a sentence end, a wide gap (a flattened posting's line break), or a small letter
  // glued to a capital ("…companiesRequirements:"): a heading may stand there.
  const std::uint32_t floor = colon > kReach ? colon - kReach : 0;
  std::uint32_t at = colon - 1;
  for (; at > floor; --at) {
    const char c = text[at - 1];
    if (std::string_view(".!?;\n").find(c) != std::string_view::npos) break;
    if (c == ' ' && at >= 2 && (text[at - 2] == ' ' || text[at - 2] == '\t')) break;
    if (GluedCapitalAt(text, at)) break;
  }
  return at;
}

}  // namespace

TierRules::Cues TierRules::FindCues(const AnalyzedText& text, std::string_view input) const {
  Cues cues;
  cues.breaks = ClauseBreaks(input);
  std::vector<std::uint32_t> primary;
  primary.reserve(text.tokens.size());
  for (std::uint32_t i = 0; i < text.tokens.size(); ++i) {
    if (!text.tokens[i].part) primary.push_back(i);
  }
  auto word = [&](std::size_t q) -> std::string_view { return text.tokens[primary[q]].normalized; };
  for (std::size_t p = 0; p < primary.size(); ++p) {
    cues_.ForEachAt(p, primary.size(), word, [&](const PhraseTable::Phrase& phrase) {
      const std::size_t n = phrase.words.size();
      std::uint32_t kind = phrase.value;
      const std::pair<std::uint32_t, std::uint32_t> span{text.tokens[primary[p]].begin,
                                                         text.tokens[primary[p + n - 1]].begin};
      if (kind == kOffer || kind == kCompanies) {
        (kind == kOffer ? cues.offers : cues.companies).push_back(span);
        return false;
      }
      if (kind == kPreferredAtEnd) {
        if (!EndsClause(input, text.tokens[primary[p + n - 1]].end)) return false;
        // "ChatGPT Plus", "Coursera Plus": a capitalized one-word cue right after a capitalized
        // word is the end of a product's name.
        const Token& cue = text.tokens[primary[p]];
        if (n == 1 && p > 0 && CapitalAt(input, cue.begin) && cue.begin >= 1 &&
            input[cue.begin - 1] == ' ' && text.tokens[primary[p - 1]].end + 1 == cue.begin &&
            CapitalAt(input, text.tokens[primary[p - 1]].begin)) {
          return false;
        }
        kind = static_cast<std::uint32_t>(CueKind::kPreferred);
      } else if (kind == kPreferredQualifier) {
        cues.qualifiers.push_back(span);
        kind = static_cast<std::uint32_t>(CueKind::kPreferred);
      } else if (kind == kNotRequiredBefore || kind == kNotRequiredVerb ||
                 kind == kNotRequiredAfter) {
        (kind == kNotRequiredBefore ? cues.before_only : cues.verbs).push_back(span);
        if (kind == kNotRequiredAfter) cues.after_only.push_back(span);
        kind = static_cast<std::uint32_t>(CueKind::kNotRequired);
      } else if (kind == kNotRequiredAnswer) {
        if (!AnswersNegativeQuestion(input, span.first)) return false;
        kind = static_cast<std::uint32_t>(CueKind::kNotRequired);
      }
      cues.of[kind].push_back(span);
      return false;  // every cue that starts here
    });
  }
  std::sort(cues.before_only.begin(), cues.before_only.end());
  std::sort(cues.verbs.begin(), cues.verbs.end());
  std::sort(cues.after_only.begin(), cues.after_only.end());
  // A required cue that ends in a not-required one turns it: "Java is not optional".
  auto& no = cues.of[static_cast<std::size_t>(CueKind::kNotRequired)];
  const auto& yes = cues.of[static_cast<std::size_t>(CueKind::kRequired)];
  if (no.empty() || yes.empty()) return cues;
  std::unordered_map<std::uint32_t, std::uint32_t> first_of_last;  // a required cue's last word
  for (const auto& [first, last] : yes) {                          // → its earliest first word
    auto [it, added] = first_of_last.emplace(last, first);
    if (!added) it->second = std::min(it->second, first);
  }
  std::erase_if(no, [&](const auto& cue) {
    const auto it = first_of_last.find(cue.second);
    return it != first_of_last.end() && it->second < cue.first;
  });
  return cues;
}

namespace {

using Spans = std::vector<std::pair<std::uint32_t, std::uint32_t>>;

// For lower_bound over spans in order of their begin: whether `span` begins before `offset`.
constexpr auto kBeginsBefore = [](const auto& span, auto offset) { return span.first < offset; };

// Where in a sentence the cues for a keyword are read (docs/scoring.md): its clause (a sentence
// part after ", but", ", however", ", но", ", а", ", однако"), and the parentheses around it.
struct Scope {
  std::uint32_t begin, end;              // the clause
  std::uint32_t inner_begin, inner_end;  // the parentheses holding the keyword; empty if none
  Spans parentheses;                     // every parenthesized part of the clause
};

bool Contains(std::uint32_t begin, std::uint32_t end, std::uint32_t offset) {
  return offset >= begin && offset < end;
}

// The clause around `keyword` in its sentence: from the nearest clause break before it to the
// nearest after it, of the breaks wholly inside the sentence (`breaks`: Cues::breaks).
Scope ScopeOf(std::string_view text, const Spans& breaks, std::uint32_t sentence_begin,
              std::uint32_t sentence_end, std::uint32_t keyword) {
  Scope scope{sentence_begin, sentence_end, 0, 0, {}};
  auto inside = [&](const auto& b) {
    return b.first >= sentence_begin && b.first + b.second <= sentence_end;
  };
  const auto at = std::lower_bound(breaks.begin(), breaks.end(), keyword, kBeginsBefore);
  for (auto it = at; it != breaks.begin();) {  // the last one before the keyword
    --it;
    if (it->first < sentence_begin) break;
    if (inside(*it)) {
      scope.begin = it->first;
      break;
    }
  }
  for (auto it = at; it != breaks.end() && it->first < sentence_end; ++it) {  // the first after
    if (it->first > keyword && inside(*it)) {
      scope.end = it->first;
      break;
    }
  }
  std::uint32_t open = 0;
  int depth = 0;
  for (std::uint32_t i = scope.begin; i < scope.end; ++i) {
    if (text[i] == '(' && depth++ == 0) open = i;
    if (text[i] == ')' && depth > 0 && --depth == 0) scope.parentheses.emplace_back(open, i + 1);
  }
  if (depth > 0) scope.parentheses.emplace_back(open, scope.end);  // never closed
  for (const auto& [b, e] : scope.parentheses) {
    if (Contains(b, e, keyword)) std::tie(scope.inner_begin, scope.inner_end) = std::tie(b, e);
  }
  return scope;
}

// Whether `offset` lies in a parenthesized part of the scope.
bool Parenthesized(const Scope& scope, std::uint32_t offset) {
  return std::any_of(scope.parentheses.begin(), scope.parentheses.end(),
                     [&](const auto& p) { return Contains(p.first, p.second, offset); });
}

// True when one of `cues` lies wholly in [begin, end) and, unless `inner`, outside every
// parenthesized part of the scope.
bool AnyIn(const Spans& cues, const Scope& scope, std::uint32_t begin, std::uint32_t end,
           bool inner) {
  auto it = std::lower_bound(cues.begin(), cues.end(), begin, kBeginsBefore);
  for (; it != cues.end() && it->first < end; ++it) {
    if (it->second >= end) continue;
    if (inner || !Parenthesized(scope, it->first)) return true;
  }
  return false;
}

// A letter or digit: an ASCII one, or any byte of a multi-byte character.
bool LetterByte(char c) {
  return static_cast<unsigned char>(c) >= 0x80 || std::isalnum(static_cast<unsigned char>(c));
}

// A byte of a word: a letter or digit, or a hyphen or an apostrophe inside it ("nice-to-have",
// "don't").
bool WordByte(char c) { return LetterByte(c) || c == '-' || c == '\''; }

// Words in `part`: runs of letters or digits.
std::size_t WordCount(std::string_view part) {
  std::size_t words = 0;
  bool in_word = false;
  for (char c : part) {
    const bool letter = LetterByte(c);
    if (letter && !in_word) ++words;
    in_word = letter;
  }
  return words;
}

// Whether `gap` holds a clause break: a comma, a semicolon, ! or ?, a line break, a full stop
// before a space (not the dot of "Node.js"), or a spaced dash.
bool ClauseBreakIn(std::string_view gap) {
  if (gap.find_first_of(",;!?\n") != std::string_view::npos) return true;
  for (std::string_view mark : {". ", " - ", " \u2014 ", " \u2013 "}) {
    if (gap.find(mark) != std::string_view::npos) return true;
  }
  return false;
}

// A cue before a keyword speaks for it when it is a few words before it with no punctuation
// between ("You don't need to know Java", "не требуется знание Java"): not across a comma or a
// dash ("Relocation is not required, Java is", "Переезд не требуется - нужен Java"), nor a
// run-on text whose sentence ends were lost ("... not required .Knowledge of MS Office").
bool Close(std::string_view text, std::uint32_t cue, std::uint32_t keyword) {
  constexpr std::size_t kMaxWords = 5;  // the cue's last word and the words up to the keyword
  const std::string_view gap = text.substr(cue, keyword - cue);
  if (WordCount(gap) > kMaxWords) return false;
  // A colon may stand between: "Not required: Docker" (CueSentence); a full stop may not, even
  // without a space after it.
  return gap.find('.') == std::string_view::npos && !ClauseBreakIn(gap);
}

// The list that holds a keyword: keywords with only commas, slashes and list words ("or", "and",
// "или", "и") between neighbours ("Java, Scala or Kotlin").
struct ListRun {
  std::uint32_t first;        // where its first keyword begins
  std::uint32_t last_end;     // where its last keyword ends
  bool choice;                // a word of choice ("or", "или") joins two of its keywords
  bool joined = false;        // a list word ("or", "and", "и") joins two of its keywords
  std::uint32_t own_end = 0;  // where the keyword it was made for ends
};

// How the gap text[begin, end) between two keywords joins them: -1 not at all, 0 as a list, 1
// with a word of choice.
int JoinOf(std::string_view text, const TierRules::Cues& cues, std::uint32_t begin,
           std::uint32_t end) {
  auto count = [&](TierRules::CueKind kind) {
    const Spans& of = cues.of[static_cast<std::size_t>(kind)];
    const auto first = std::lower_bound(of.begin(), of.end(), begin, kBeginsBefore);
    const auto last = std::lower_bound(first, of.end(), end, kBeginsBefore);
    return static_cast<std::size_t>(last - first);
  };
  const std::string_view gap = text.substr(begin, end - begin);
  if (gap.find_first_not_of(" \t") == std::string_view::npos) return -1;  // two names in a row
  if (gap.find_first_of(".;:!?()\n") != std::string_view::npos) return -1;
  if (gap.find(" - ") != std::string_view::npos) return -1;  // "Python - Java is a plus": a break
  const std::size_t choices = count(TierRules::CueKind::kListOr);
  if (WordCount(gap) != choices + count(TierRules::CueKind::kListAnd)) return -1;
  return choices > 0 ? 1 : 0;
}

// Whether a word stands in the gap text[begin, end) of a list (a JoinOf gap has list words only).
bool JoinedByWord(std::string_view text, std::uint32_t begin, std::uint32_t end) {
  return WordCount(text.substr(begin, end - begin)) > 0;
}

// The list around the keyword that begins at `keyword` (`cues.keywords` holds it).
ListRun ListOf(std::string_view text, const TierRules::Cues& cues, std::uint32_t keyword) {
  const auto at = static_cast<std::size_t>(
      std::lower_bound(cues.keywords.begin(), cues.keywords.end(), keyword) -
      cues.keywords.begin());
  if (at >= cues.keywords.size()) return {keyword, keyword, false, false, keyword};
  ListRun run{keyword, cues.keyword_ends[at], false, false, cues.keyword_ends[at]};
  for (std::size_t i = at; i > 0;) {  // back
    std::size_t prev = i - 1;
    while (prev > 0 && cues.keyword_ends[prev] > run.first) --prev;  // nested in another
    if (cues.keyword_ends[prev] > run.first) break;
    const int join = JoinOf(text, cues, cues.keyword_ends[prev], run.first);
    if (join < 0) break;
    run.choice = run.choice || join > 0;
    run.joined = run.joined || join > 0 || JoinedByWord(text, cues.keyword_ends[prev], run.first);
    run.first = cues.keywords[prev];
    i = prev;
  }
  for (std::size_t next = at + 1; next < cues.keywords.size(); ++next) {  // forward
    if (cues.keywords[next] < run.last_end) continue;                     // nested in the last one
    const int join = JoinOf(text, cues, run.last_end, cues.keywords[next]);
    if (join < 0) break;
    run.choice = run.choice || join > 0;
    run.joined = run.joined || join > 0 || JoinedByWord(text, run.last_end, cues.keywords[next]);
    run.last_end = cues.keyword_ends[next];
  }
  return run;
}

// Whether the word at `word` is a label: a colon right after it, before `keyword` ("Optional:
// Kafka").
bool LabelColon(std::string_view text, std::uint32_t word, std::uint32_t keyword) {
  std::size_t i = word;
  while (i < keyword && (static_cast<unsigned char>(text[i]) >= 0x80 ||
                         std::isalnum(static_cast<unsigned char>(text[i])) != 0)) {
    ++i;
  }
  while (i < keyword && text[i] == ' ') ++i;
  return i < keyword && text[i] == ':';
}

// Whether the gap text[begin, end) between two keywords continues a label's list: list marks
// and list words only (JoinOf), or a list word and at most three more words, with no comma,
// parenthesis or sentence mark ("и поддерживать", "or maintaining").
bool JoinedOn(std::string_view text, const TierRules::Cues& cues, std::uint32_t begin,
              std::uint32_t end) {
  if (JoinOf(text, cues, begin, end) >= 0) return true;
  const std::string_view gap = text.substr(begin, end - begin);
  if (gap.find_first_of(".:()") != std::string_view::npos || ClauseBreakIn(gap) ||
      WordCount(gap) > 4) {
    return false;
  }
  for (auto kind : {TierRules::CueKind::kListAnd, TierRules::CueKind::kListOr}) {
    const Spans& of = cues.of[static_cast<std::size_t>(kind)];
    const auto word = std::lower_bound(of.begin(), of.end(), begin, kBeginsBefore);
    if (word != of.end() && word->first < end) return true;
  }
  return false;
}

// A label with a colon ("Не требуется:", "Not required:") speaks on past its first keyword's
// list where a list word and at most three words join the next keyword ("Не требуется: писать
// на C++ и поддерживать Kubernetes", "Not required: writing Terraform or maintaining Jenkins"):
// `keyword` is reached from the first keyword after the cue, which follows its colon closely,
// by such joins or list marks only; a comma with other words, a parenthesis or a sentence's end
// stops it ("Не требуется: PHP, но нужен Kafka", "Not required: PHP (we use Go)").
bool LabelSpeaksOn(std::string_view text, const TierRules::Cues& cues,
                   const std::pair<std::uint32_t, std::uint32_t>& cue, std::uint32_t keyword) {
  if (keyword <= cue.second) return false;
  const auto first = std::upper_bound(cues.keywords.begin(), cues.keywords.end(), cue.second);
  if (first == cues.keywords.end() || *first >= keyword || !LabelColon(text, cue.second, *first) ||
      !Close(text, cue.second, *first)) {
    return false;
  }
  std::size_t at = static_cast<std::size_t>(first - cues.keywords.begin());
  std::uint32_t end = cues.keyword_ends[at];
  for (++at; at < cues.keywords.size() && cues.keywords[at] <= keyword; ++at) {
    if (cues.keywords[at] < end) continue;  // nested in the one before
    if (!JoinedOn(text, cues, end, cues.keywords[at])) return false;
    end = cues.keyword_ends[at];
  }
  return true;
}

// Whether the cue [first, last] opens its line (after a bullet) and a dash follows it before
// `keyword`: a label too ("Optional - Kafka", "Не обязательно — Airflow"), where "Переезд не
// требуется - нужен Java" is a sentence.
bool LabelDash(std::string_view text, std::uint32_t first, std::uint32_t last,
               std::uint32_t keyword) {
  std::size_t line = first;
  while (line > 0 && text[line - 1] != '\n') --line;
  const std::string_view lead = text.substr(line, first - line);
  // Spaces and bullet marks only (the bullet's bytes one by one).
  if (lead.find_first_not_of(" \t-*\u2022") != std::string_view::npos) return false;
  std::size_t i = last;
  while (i < keyword && (static_cast<unsigned char>(text[i]) >= 0x80 ||
                         std::isalnum(static_cast<unsigned char>(text[i])) != 0)) {
    ++i;
  }
  const std::string_view rest = text.substr(i, keyword - i);
  for (std::string_view dash : {" - ", " \u2014 ", " \u2013 "}) {
    if (rest.starts_with(dash) &&
        rest.find_first_not_of(' ', dash.size()) == std::string_view::npos) {
      return true;
    }
  }
  return false;
}

// A verb cue after `keyword` ("jQuery не используем", "Hadoop is no longer used", "Hadoop being
// phased out") speaks for the nearest keyword before it only, and only when no keyword follows
// it closely as its object ("Используем Go и не используем Java": Java's, not Go's).
// `after_only`: the cue is a `not-required-after` one.
bool VerbSpeaksBack(std::string_view text, const TierRules::Cues& cues, std::uint32_t keyword,
                    const std::pair<std::uint32_t, std::uint32_t>& cue, bool after_only) {
  const auto next = std::upper_bound(cues.keywords.begin(), cues.keywords.end(), keyword);
  if (next != cues.keywords.end() && *next < cue.first) return false;  // another one is nearer
  // A backwards-only cue ("не придётся") right after the keyword, no word between: "Писать на
  // PHP не придётся", not "Kafka и ClickHouse, скучать не придётся", "Благодаря Docker думать
  // об окружении не придётся" (its verb forms carry the verb: "работать не придётся").
  if (after_only) {
    const auto at = std::lower_bound(cues.keywords.begin(), cues.keywords.end(), keyword);
    if (at == cues.keywords.end() || *at != keyword) return false;  // not one of the text's
    const std::uint32_t end =
        cues.keyword_ends[static_cast<std::size_t>(at - cues.keywords.begin())];
    if (end > cue.first || WordCount(text.substr(end, cue.first - end)) > 0 ||
        ClauseBreakIn(text.substr(end, cue.first - end))) {
      return false;
    }
  }
  const auto object = std::upper_bound(cues.keywords.begin(), cues.keywords.end(), cue.second);
  if (object == cues.keywords.end() || !Close(text, cue.second, *object)) return true;
  // "Oracle is being phased out in favour of Snowflake": what follows an exception is no object.
  const Spans& except = cues.of[static_cast<std::size_t>(TierRules::CueKind::kExcept)];
  const auto after = std::lower_bound(except.begin(), except.end(), cue.second + 1, kBeginsBefore);
  return after != except.end() && after->first < *object;
}

// A not-required cue in the keyword's scope with no required cue between it and the keyword:
// after it ("Docker is not required", "знание Kafka не обязательно") or before it ("You don't
// need to know Java", "не требуется знание Java"). The nearer cue speaks for a keyword: in
// "Python is required, Docker is not required" Python is required.
bool NotRequiredNear(std::string_view text, const TierRules::Cues& cues, const Scope& scope,
                     bool inner, std::uint32_t keyword, const ListRun& run) {
  using CueKind = TierRules::CueKind;
  const Spans& no = cues.of[static_cast<std::size_t>(CueKind::kNotRequired)];
  const Spans& yes = cues.of[static_cast<std::size_t>(CueKind::kRequired)];
  // "No experience required beyond basic Excel": what follows an exception is asked.
  const Spans& except = cues.of[static_cast<std::size_t>(CueKind::kExcept)];
  const std::uint32_t begin = inner ? scope.inner_begin : scope.begin;
  const std::uint32_t end = inner ? scope.inner_end : scope.end;
  for (const auto& cue : no) {
    const std::uint32_t first = cue.first;
    const std::uint32_t last = cue.second;
    if (first < begin || last >= end) continue;
    if (!inner && Parenthesized(scope, first)) continue;
    const bool before_only =
        std::binary_search(cues.before_only.begin(), cues.before_only.end(), cue);
    const bool verb = std::binary_search(cues.verbs.begin(), cues.verbs.end(), cue);
    const bool after_only = std::binary_search(cues.after_only.begin(), cues.after_only.end(), cue);
    if (first > keyword && !before_only && !AnyIn(yes, scope, keyword, first, inner) &&
        (!verb || VerbSpeaksBack(text, cues, keyword, cue, after_only))) {
      return true;
    }
    if (after_only) continue;
    // Before it: a cue of two words or more ("don't need", "не требуется") or a label ("Optional:
    // Kafka"); a single word before a noun is its adjective ("an optional on-call rotation"). No
    // required cue in between, nor after the keyword in its clause. "No prior Kafka experience
    // required": the "required" that closes a "no ..." clause is negated with it.
    const bool no_opener = (text.substr(first, 3) == "No " || text.substr(first, 3) == "no ");
    // A list speaks as one when a word of choice joins it ("no Java or Scala") or the cue is
    // its label ("Not required: Java, Scala", "Optional - Kafka, RabbitMQ"); not "You do not
    // need Kafka, Python and Go are enough".
    const std::uint32_t anchor =
        run.choice || LabelColon(text, last, run.first) ||
                (last < run.first && LabelDash(text, first, last, run.first))
            ? run.first
            : keyword;
    const bool dash_label = LabelDash(text, first, last, anchor);
    // Another keyword between the cue and the keyword's list is the one the cue speaks for
    // ("We moved away from Jenkins to GitHub Actions", "ушли с Hadoop на Spark").
    const auto between = std::upper_bound(cues.keywords.begin(), cues.keywords.end(), last);
    const bool other_first = (before_only || verb) && between != cues.keywords.end() &&
                             *between < std::min(anchor, run.first);
    if (LabelSpeaksOn(text, cues, cue, keyword) && !AnyIn(yes, scope, last + 1, keyword, inner) &&
        !AnyIn(except, scope, last + 1, keyword, inner)) {
      return true;
    }
    if (last < anchor && !other_first &&
        (first != last || dash_label || LabelColon(text, last, anchor)) &&
        (dash_label || Close(text, last, anchor)) && !AnyIn(yes, scope, last + 1, anchor, inner) &&
        !AnyIn(except, scope, last + 1, anchor, inner) &&
        (no_opener || !AnyIn(yes, scope, keyword, end, inner))) {
      return true;
    }
  }
  return false;
}

// The words of text[begin, end) and how many of them are fillers; `punctuated` when a stop, a
// colon or a parenthesis stands between.
struct Gap {
  std::size_t words, fillers;
  bool punctuated;
};

Gap GapOf(std::string_view text, const Spans& fillers, std::uint32_t begin, std::uint32_t end) {
  const std::string_view between = text.substr(begin, end - begin);
  const auto first = std::lower_bound(fillers.begin(), fillers.end(), begin, kBeginsBefore);
  const auto last = std::lower_bound(first, fillers.end(), end, kBeginsBefore);
  return {WordCount(between), static_cast<std::size_t>(last - first),
          between.find_first_of(".;!?,:()\n") != std::string_view::npos};
}

// The first closer or required cue at or after `from` in the scope, outside parentheses.
std::optional<std::pair<std::uint32_t, std::uint32_t>> CloserAfter(const TierRules::Cues& cues,
                                                                   const Scope& scope,
                                                                   std::uint32_t from) {
  using CueKind = TierRules::CueKind;
  std::optional<std::pair<std::uint32_t, std::uint32_t>> best;
  for (CueKind kind : {CueKind::kCloser, CueKind::kRequired}) {
    const Spans& of = cues.of[static_cast<std::size_t>(kind)];
    auto it = std::lower_bound(of.begin(), of.end(), from, kBeginsBefore);
    for (; it != of.end() && it->first < scope.end; ++it) {
      if (it->second >= scope.end || Parenthesized(scope, it->first)) continue;
      if (!best || it->first < best->first) best = *it;
      break;
    }
  }
  return best;
}

// A negator before the keyword with nothing but fillers between ("No Docker experience needed",
// "No knowledge of Scala required", "No previous experience with Kafka required", "Zero Kafka
// background necessary"), and a closer or a required cue after the keyword in its clause,
// outside parentheses: the keyword is no requirement. Not "zero downtime PostgreSQL upgrades
// are required" nor "No less than Python 3.10 required": "downtime", "less than" are no fillers.
// A keyword in parentheses takes its host phrase's negation: "No cloud (AWS or GCP) experience
// needed", "No prior message broker (Kafka, RabbitMQ) experience required": up to two words of
// the host besides fillers before the parentheses, only fillers between them and the closer (not
// "Zero downtime (PostgreSQL) migrations required"). A negation inside the keyword's own
// parentheses speaks for it with a closer there too ("Python (no Java needed)"), even when
// `inner` (the parentheses hold a tier cue); else an `inner` keyword takes no host negation.
bool NegatedBefore(std::string_view text, const TierRules::Cues& cues, const Scope& scope,
                   std::uint32_t keyword, const ListRun& run, bool inner) {
  using CueKind = TierRules::CueKind;
  constexpr std::size_t kMaxFillers = 3;
  constexpr std::size_t kMaxHostWords = 2;
  const Spans& negators = cues.of[static_cast<std::size_t>(CueKind::kNegator)];
  const Spans& fillers = cues.of[static_cast<std::size_t>(CueKind::kFiller)];
  auto negated_from = [&](std::uint32_t from, std::uint32_t anchor, std::size_t max_host) {
    const auto begin = std::lower_bound(negators.begin(), negators.end(), from, kBeginsBefore);
    const auto end = std::lower_bound(begin, negators.end(), anchor, kBeginsBefore);
    return std::any_of(begin, end, [&](const auto& cue) {
      if (cue.second >= anchor) return false;
      // The negator's last word, then fillers (and a parenthesized keyword's host words).
      const Gap gap = GapOf(text, fillers, cue.second, anchor);
      return !gap.punctuated && gap.fillers <= kMaxFillers && gap.words >= gap.fillers + 1 &&
             gap.words - gap.fillers - 1 <= max_host;
    });
  };
  const bool parenthesized = scope.inner_end > scope.inner_begin;
  const std::uint32_t own = run.choice ? std::max(run.first, scope.inner_begin) : keyword;
  if (parenthesized && negated_from(scope.inner_begin, own, 0)) {
    // The negation inside the keyword's parentheses: "Python (no Java needed)".
    return AnyIn(cues.of[static_cast<std::size_t>(CueKind::kCloser)], scope, keyword,
                 scope.inner_end, true) ||
           AnyIn(cues.of[static_cast<std::size_t>(CueKind::kRequired)], scope, keyword,
                 scope.inner_end, true);
  }
  if (inner) return false;  // the parentheses speak for the keyword with cues of their own
  const std::uint32_t anchor = parenthesized ? scope.inner_begin : own;
  if (!negated_from(scope.begin, anchor, parenthesized ? kMaxHostWords : 0)) return false;
  if (!parenthesized) {
    return AnyIn(cues.of[static_cast<std::size_t>(CueKind::kCloser)], scope, keyword, scope.end,
                 false) ||
           AnyIn(cues.of[static_cast<std::size_t>(CueKind::kRequired)], scope, keyword, scope.end,
                 false);
  }
  const auto closer = CloserAfter(cues, scope, scope.inner_end);
  if (!closer) return false;
  const Gap after = GapOf(text, fillers, scope.inner_end, closer->first);
  return !after.punctuated && after.words == after.fillers && after.fillers <= kMaxFillers;
}

// A contrast right before the keyword, or before its list when a word of choice joins it, with
// nothing but spaces between, after another keyword in the sentence: "Python, not Java", "Go
// rather than Java or Scala", "instead of Java", "Python, а не Java". A parenthesized-only one
// ("без", "without") counts where it opens the keyword's parentheses ("Python (без Java)"), not
// in running text ("Кандидатов без Java не рассматриваем").
bool ContrastBefore(std::string_view text, const TierRules::Cues& cues, const Scope& scope,
                    std::uint32_t sentence_begin, std::uint32_t keyword, const ListRun& run) {
  using CueKind = TierRules::CueKind;
  const std::uint32_t anchor = run.choice ? std::max(run.first, scope.inner_begin) : keyword;
  auto spaces_only = [&](std::size_t from, std::size_t to) {
    return from <= to &&
           text.substr(from, to - from).find_first_not_of(" \t") == std::string_view::npos;
  };
  // What it contrasts with stands before it in the sentence: not "If not Java then Kotlin",
  // "Instead of Java, Kotlin is also fine", "Вместо Java можно Kotlin" (choices).
  auto contrasted = [&](std::uint32_t cue) {
    const auto first = std::lower_bound(cues.keywords.begin(), cues.keywords.end(), sentence_begin);
    return first != cues.keywords.end() && *first < cue;
  };
  auto right_before = [&](const auto& cue) {
    if (cue.second >= anchor || !contrasted(cue.first)) return false;
    // The cue's last word ends where its letters do: "no," or "no)" stand before no keyword.
    std::size_t word_end = cue.second;
    while (word_end < anchor && WordByte(text[word_end])) ++word_end;
    return spaces_only(word_end, anchor);
  };
  // The cues of one kind that begin in [scope.begin, anchor).
  auto in_reach = [&](CueKind kind) {
    const Spans& of = cues.of[static_cast<std::size_t>(kind)];
    const auto begin = std::lower_bound(of.begin(), of.end(), scope.begin, kBeginsBefore);
    return std::make_pair(begin, std::lower_bound(begin, of.end(), anchor, kBeginsBefore));
  };
  const auto [first, last] = in_reach(CueKind::kContrast);
  if (std::any_of(first, last, right_before)) return true;
  if (scope.inner_end <= scope.inner_begin) return false;
  const auto [open_first, open_last] = in_reach(CueKind::kContrastParenthesized);
  return std::any_of(open_first, open_last, [&](const auto& cue) {
    return right_before(cue) && spaces_only(scope.inner_begin + 1, cue.first);
  });
}

// Where the keyword's list ends for a cue after it: commas alone make no list that shares a
// negation ("Solid Python, Kubernetes is optional"); a list word does ("Kafka or RabbitMQ is
// not required"), and any list shares another cue ("Kafka, RabbitMQ, NATS is a plus").
std::uint32_t ListEnd(const ListRun& run, bool negation) {
  return negation && !run.joined ? run.own_end : run.last_end;
}

// Where the part after a list begins: the first comma or dash ("Python — Java is not a must",
// "Python—Java is not a must"; a hyphen only with spaces) in [from, to), as [begin, end) of the
// break; {npos, npos} when none.
std::pair<std::size_t, std::size_t> PartBreak(std::string_view text, std::size_t from,
                                              std::size_t to) {
  constexpr std::pair<std::size_t, std::size_t> kNone{std::string_view::npos,
                                                      std::string_view::npos};
  if (to <= from) return kNone;
  const std::string_view part = text.substr(from, to - from);
  std::pair<std::size_t, std::size_t> best = kNone;
  auto earliest = [&](std::string_view mark) {
    const std::size_t at = part.find(mark);
    if (at < best.first) best = {at, at + mark.size()};
  };
  earliest(",");
  for (std::string_view dash : kPartDashes) earliest(dash);
  if (best.first == std::string_view::npos) return kNone;
  return {from + best.first, from + best.second};
}

// Whether the cue at `cue` belongs to another part of the clause than the keyword's list `run`:
// a comma after the list and before the cue, then a keyword, with the cue before it ("Strong
// Python skills, ideally with Django", "Java от 3 лет, желателен Kotlin") or a list of keywords
// and nothing else up to the cue ("Python от 3 лет, PostgreSQL и Docker как плюс"). Not
// "Terraform, no experience necessary" (no keyword after the comma), not "Microsoft Office
// including Excel, PowerPoint, and Word is required" (the comma is inside the cue's list), not
// "публикации по ML/DL, опыт выступления на конференциях – как плюс" (more words than a list).
bool OtherPart(std::string_view text, const TierRules::Cues& cues, const ListRun& run,
               std::uint32_t cue, bool negation, const Scope& scope) {
  const auto [comma, comma_end] = PartBreak(text, ListEnd(run, negation), cue);
  if (comma >= cue) return false;
  const auto next = std::upper_bound(cues.keywords.begin(), cues.keywords.end(), comma);
  if (next == cues.keywords.end() || *next >= scope.end) return false;
  // A verdict right after a dash that ends its own part before the next keyword's speaks for
  // the keyword before the dash ("знание Docker — будет плюсом, Kubernetes знать не обязательно").
  if (cue < *next && text[comma] != ',' &&
      WordCount(text.substr(comma_end, cue - comma_end)) == 0 &&
      PartBreak(text, cue, *next).first < *next) {
    return false;
  }
  // The cue opens the part, or negates the nearer keyword ("Solid Python, Kubernetes is
  // optional", "3+ years of Python, prior Java experience is not required").
  if (cue < *next || negation) return true;
  const auto before_cue = std::lower_bound(cues.keywords.begin(), cues.keywords.end(), cue) - 1;
  const ListRun cued = ListOf(text, cues, *before_cue);
  const std::string_view lead = text.substr(comma_end, *next - comma_end);
  return cued.first == *next && lead.find_first_not_of(" \t") == std::string_view::npos;
}

// Where the part that a qualifying preferred cue at `cue` opens begins: the comma or dash after
// the keyword's list `run` with only spaces between it and the cue, when words of the cue's own
// follow it in the scope ("5+ years of B2B sales, ideally with capital equipment", "Kafka,
// preferably in production", "Docker, ideally at scale"); npos otherwise. Bare, the cue speaks
// for the list ("Kafka, preferably").
std::size_t QualifiedPart(std::string_view text, const TierRules::Cues& cues, const ListRun& run,
                          std::uint32_t cue, const Scope& scope) {
  const auto q =
      std::lower_bound(cues.qualifiers.begin(), cues.qualifiers.end(), cue, kBeginsBefore);
  if (q == cues.qualifiers.end() || q->first != cue) return std::string_view::npos;
  const auto [comma, comma_end] = PartBreak(text, run.last_end, cue);
  if (comma >= cue ||
      text.substr(comma_end, cue - comma_end).find_first_not_of(" \t") != std::string_view::npos) {
    return std::string_view::npos;
  }
  std::size_t cue_end = q->second;
  while (cue_end < scope.end && WordByte(text[cue_end])) ++cue_end;
  // Words of its own, and no verdict among them: "Kafka, ideally a bonus", "Kafka, желательно не
  // обязательно" speak for Kafka.
  using CueKind = TierRules::CueKind;
  for (CueKind kind : {CueKind::kRequired, CueKind::kPreferred, CueKind::kNotRequired}) {
    const Spans& of = cues.of[static_cast<std::size_t>(kind)];
    const auto next = std::lower_bound(of.begin(), of.end(), cue_end, kBeginsBefore);
    if (next != of.end() && next->first < scope.end) return std::string_view::npos;
  }
  return WordCount(text.substr(cue_end, scope.end - cue_end)) > 0 ? comma : std::string_view::npos;
}

// "Python is a must, Kafka is nice to have", "Java or Kotlin is required, Scala is a plus": a
// keyword takes the cues from itself to the first tier cue after it in its clause, and on to the
// next keyword after that cue; the rest of the clause speaks for other keywords. A list before
// one cue shares it ("Kafka, RabbitMQ or NATS is a plus": all preferred); a keyword with no cue
// after it takes its whole clause's ("Preferably Kafka or RabbitMQ").
void NarrowToOwnCues(std::string_view text, const TierRules::Cues& cues, std::uint32_t keyword,
                     const ListRun& run, Scope* scope) {
  using CueKind = TierRules::CueKind;
  std::uint32_t first_cue = scope->end;
  CueKind first_kind = CueKind::kRequired;
  for (CueKind kind : {CueKind::kRequired, CueKind::kPreferred, CueKind::kNotRequired}) {
    const Spans& of = cues.of[static_cast<std::size_t>(kind)];
    auto it =
        std::upper_bound(of.begin(), of.end(), keyword,
                         [](std::uint32_t offset, const auto& c) { return offset < c.first; });
    for (; it != of.end() && it->first < first_cue && it->second < scope->end; ++it) {
      if (!Parenthesized(*scope, it->first)) {
        first_cue = it->first;
        first_kind = kind;
        break;
      }
    }
  }
  if (first_cue >= scope->end) return;
  if (first_kind == CueKind::kPreferred) {
    if (const std::size_t part = QualifiedPart(text, cues, run, first_cue, *scope);
        part != std::string_view::npos) {
      scope->end = std::min(scope->end, static_cast<std::uint32_t>(part));
      return;
    }
  }
  const bool negation = first_kind == CueKind::kNotRequired;
  if (OtherPart(text, cues, run, first_cue, negation, *scope)) {
    scope->end = std::min(
        scope->end,
        static_cast<std::uint32_t>(PartBreak(text, ListEnd(run, negation), first_cue).first));
    return;
  }
  const auto next = std::upper_bound(cues.keywords.begin(), cues.keywords.end(), first_cue);
  scope->begin = keyword;
  if (next != cues.keywords.end()) scope->end = std::min(scope->end, *next);
}

// "Docker is not required, but it is a plus", "знание Go не требуется, но будет плюсом": the
// clause after the keyword's gives preferred when it holds a preferred cue and names no keyword
// of its own ("Docker is not required, but Kubernetes is a plus" leaves Docker not required).
bool PreferredNext(std::string_view text, const TierRules::Cues& cues, const Scope& scope,
                   std::uint32_t sentence_begin, std::uint32_t sentence_end) {
  // The clause's own words before its cue: its conjunction and at most a pronoun and a verb
  // ("but it is a plus", "но будет плюсом"); more names another thing ("but a university degree
  // is a plus").
  constexpr std::size_t kMaxWordsBefore = 3;
  if (scope.end >= sentence_end) return false;
  const Scope next = ScopeOf(text, cues.breaks, sentence_begin, sentence_end, scope.end + 1);
  const auto keyword = std::lower_bound(cues.keywords.begin(), cues.keywords.end(), next.begin);
  if (keyword != cues.keywords.end() && *keyword < next.end) return false;
  const Spans& preferred = cues.of[static_cast<std::size_t>(TierRules::CueKind::kPreferred)];
  const auto cue = std::lower_bound(preferred.begin(), preferred.end(), next.begin, kBeginsBefore);
  return cue != preferred.end() && cue->second < next.end &&
         WordCount(text.substr(next.begin, cue->first - next.begin)) <= kMaxWordsBefore &&
         AnyIn(preferred, next, next.begin, next.end, false);
}

}  // namespace

namespace {

std::optional<TierRules::CueKind> OneCue(const TierRules::Cues& cues, std::string_view text,
                                         std::size_t begin, std::size_t end);

// Where the tier cue that starts at `begin` ends (the end of its last word, the longest such
// cue), and its kind; nullopt when none starts there.
std::optional<std::pair<std::size_t, TierRules::CueKind>> CueAt(const TierRules::Cues& cues,
                                                                std::string_view text,
                                                                std::size_t begin,
                                                                std::size_t end) {
  std::optional<std::pair<std::size_t, TierRules::CueKind>> best;
  for (std::size_t kind = 0; kind < TierRules::kTierCueKinds; ++kind) {
    const Spans& of = cues.of[kind];
    for (auto it = std::lower_bound(of.begin(), of.end(), begin, kBeginsBefore);
         it != of.end() && it->first == begin; ++it) {
      std::size_t word_end = it->second;
      while (word_end < end && WordByte(text[word_end])) ++word_end;
      if (word_end <= end && (!best || word_end > best->first)) {
        best = {word_end, static_cast<TierRules::CueKind>(kind)};
      }
    }
  }
  return best;
}

// The verdict of [begin, end) when it is tier cues and nothing else but commas, spaces and a
// contrast word between them ("Not required, but nice to have", "nice but not essential",
// "не обязательно, но будет плюсом"): preferred when any cue is, else not required when any
// is, else required.
std::optional<TierRules::CueKind> OnlyCue(const TierRules::Cues& cues, std::string_view text,
                                          std::size_t begin, std::size_t end) {
  if (const auto one = OneCue(cues, text, begin, end)) return one;
  constexpr std::string_view kJoins[] = {"but", "however", "\u043D\u043E", "\u0430",
                                         "\u043E\u0434\u043D\u0430\u043A\u043E"};  // но, а, однако
  bool preferred = false;
  bool not_required = false;
  std::size_t cues_seen = 0;
  for (std::size_t at = begin; at < end;) {
    const auto cue = CueAt(cues, text, at, end);
    if (!cue) return std::nullopt;
    ++cues_seen;
    preferred = preferred || cue->second == TierRules::CueKind::kPreferred;
    not_required = not_required || cue->second == TierRules::CueKind::kNotRequired;
    at = cue->first;
    while (at < end && (text[at] == ' ' || text[at] == ',' || text[at] == '\t')) ++at;
    for (std::string_view join : kJoins) {
      if (text.substr(at, join.size()) == join && at + join.size() < end &&
          text[at + join.size()] == ' ') {
        at += join.size() + 1;
        break;
      }
    }
  }
  if (cues_seen < 2) return std::nullopt;
  return preferred      ? TierRules::CueKind::kPreferred
         : not_required ? TierRules::CueKind::kNotRequired
                        : TierRules::CueKind::kRequired;
}

// The kind of the one cue phrase that fills [begin, end) of `text` and nothing else, if any
// ("Not required", "Nice to have", "Не требуется").
std::optional<TierRules::CueKind> OneCue(const TierRules::Cues& cues, std::string_view text,
                                         std::size_t begin, std::size_t end) {
  for (std::size_t kind = 0; kind < TierRules::kTierCueKinds; ++kind) {
    const Spans& of = cues.of[kind];
    auto it = std::lower_bound(of.begin(), of.end(), begin, kBeginsBefore);
    for (; it != of.end() && it->first == begin; ++it) {
      // Its last word ends the span but for punctuation: one word, hyphens and apostrophes in
      // it ("nice-to-have"), no letter or digit after ("optional,Python" says more).
      std::size_t word_end = it->second;
      while (word_end < end && WordByte(text[word_end])) ++word_end;
      if (it->second < end && word_end > it->second &&
          std::none_of(text.begin() + static_cast<std::ptrdiff_t>(word_end),
                       text.begin() + static_cast<std::ptrdiff_t>(end), LetterByte)) {
        return static_cast<TierRules::CueKind>(kind);
      }
    }
  }
  return std::nullopt;
}

bool IsCue(const TierRules::Cues& cues, std::string_view text, std::size_t begin, std::size_t end) {
  return OnlyCue(cues, text, begin, end).has_value();
}

// "Terraform (not required)", "Kafka (optional)", "Kubernetes (не обязательно)": the first
// parentheses after the keyword, with no more than its own few words between, holding one cue
// and nothing else, give the keyword that cue's verdict. Parentheses that say more ("in
// production (CKA is a plus)") give none.
std::optional<TierRules::CueKind> TrailingVerdict(const TierRules::Cues& cues,
                                                  std::string_view text, const Scope& scope,
                                                  std::uint32_t keyword) {
  constexpr std::size_t kMaxGapWords = 3;  // the keyword's own words ("Google Cloud Platform")
  // From the keyword's end: its own dots are no stop ("Node.js (nice to have)").
  const auto at = std::lower_bound(cues.keywords.begin(), cues.keywords.end(), keyword);
  const std::uint32_t keyword_end =
      at != cues.keywords.end() && *at == keyword
          ? cues.keyword_ends[static_cast<std::size_t>(at - cues.keywords.begin())]
          : keyword;
  for (const auto& [open, close] : scope.parentheses) {
    if (open <= keyword) continue;
    if (open < keyword_end) return std::nullopt;
    const std::string_view gap = text.substr(keyword_end, open - keyword_end);
    // Not across a dash: "Python — Java (optional)" says nothing of Python.
    if (WordCount(gap) > kMaxGapWords ||
        gap.find_first_of(".,;:!?()\n") != std::string_view::npos ||
        std::any_of(std::begin(kPartDashes), std::end(kPartDashes), [&](std::string_view dash) {
          return gap.find(dash) != std::string_view::npos;
        })) {
      return std::nullopt;
    }
    std::size_t begin = open + 1;
    std::size_t end = close > begin && text[close - 1] == ')' ? close - 1 : close;
    while (begin < end && text[begin] == ' ') ++begin;
    while (end > begin && text[end - 1] == ' ') --end;
    return OnlyCue(cues, text, begin, end);
  }
  return std::nullopt;
}

// The end of a short verdict that starts at `from`: the next stop (", ; . ! ?") or the text's
// end, when no more than `max_words` words stand before it. Reads no further than that.
std::optional<std::size_t> ShortVerdictEnd(std::string_view text, std::size_t from,
                                           std::size_t max_words) {
  std::size_t words = 0;
  bool in_word = false;
  for (std::size_t i = from; i < text.size(); ++i) {
    const char c = text[i];
    if (std::strchr(",;.!?\n", c) != nullptr && c != '\0') return i;
    const bool letter = LetterByte(c);
    if (letter && !in_word && ++words > max_words) return std::nullopt;
    in_word = letter;
  }
  return text.size();
}

}  // namespace

std::pair<std::uint32_t, std::uint32_t> TierRules::CueSentence(std::string_view text,
                                                               const Cues& cues,
                                                               std::uint32_t begin,
                                                               std::uint32_t end) {
  constexpr std::size_t kMaxVerdictWords = 4;
  // A label is a few cue words: it is looked for in the kLabelReach bytes before the sentence
  // only, so a long flattened line costs no scan to its start per keyword.
  constexpr std::size_t kLabelReach = 256;
  auto [from, to] = SentenceAround(text, begin, end);
  std::size_t colon = from;
  while (colon > 0 && (text[colon - 1] == ' ' || text[colon - 1] == '\t')) --colon;
  const std::size_t window = colon > kLabelReach ? colon - kLabelReach : 0;
  const std::string_view before = text.substr(window, colon - window);
  // "Nice to have: GraphQL; not needed: Elixir": a label may follow a semicolon on its line, or
  // a sentence's end where a posting was flattened onto one line ("Requirements: Python. Not
  // required: Java.").
  std::size_t stop = before.find_last_of(";\n");
  for (std::size_t end = before.find_last_of(".!?"); end != std::string_view::npos && end > 0;
       end = before.find_last_of(".!?", end - 1)) {
    if (stop != std::string_view::npos && end < stop) break;
    if (end + 1 < before.size() && (before[end + 1] == ' ' || before[end + 1] == '\t')) {
      stop = end;
      break;
    }
  }
  std::optional<std::size_t> label;
  if (stop != std::string_view::npos && before[stop] != '\n') {
    label = window + stop + 1;
    while (*label < colon && (text[*label] == ' ' || text[*label] == '\t')) ++*label;
  } else if (stop != std::string_view::npos || window == 0) {
    label = stop == std::string_view::npos ? 0 : window + stop + 1;
    while (*label < colon &&
           std::string_view(" \t-*\u2022").find(text[*label]) != std::string_view::npos) {
      ++*label;  // bullet marks and spaces (the bullet's bytes are skipped one by one)
    }
  }
  // "Not required: Docker", "Nice to have: Kafka": a label that is a cue and nothing else,
  // before a colon just before the sentence.
  if (label && colon > *label && text[colon - 1] == ':' && IsCue(cues, text, *label, colon - 1)) {
    from = static_cast<std::uint32_t>(*label);
  }
  // "Terraform: not required": a short verdict after a colon that ends the sentence, up to the
  // next stop (", ; . ! ?") or the line's end.
  // "Docker: not required, but a plus": and its next clause, which may turn the verdict.
  if (to > 0 && text[to - 1] == ':') {
    if (std::optional<std::size_t> verdict_end = ShortVerdictEnd(text, to, kMaxVerdictWords)) {
      const std::string_view rest = text.substr(*verdict_end);
      if (std::any_of(std::begin(kCommaBreaks), std::end(kCommaBreaks),
                      [&](std::string_view b) { return rest.starts_with(b); })) {
        // The stop that opens the next clause is none of its words.
        if (const auto next_end = ShortVerdictEnd(text, *verdict_end + 1, kMaxVerdictWords)) {
          verdict_end = next_end;
        }
      }
      to = static_cast<std::uint32_t>(*verdict_end);
    }
  }
  // "No experience with Kubernetes? No problem.", "Не работали с ClickHouse? Не страшно":
  // a question's short answer, up to its next stop, is part of it.
  if (to > 0 && text[to - 1] == '?') {
    std::size_t answer = to;
    while (answer < text.size() && (text[answer] == ' ' || text[answer] == '\t')) ++answer;
    if (const auto answer_end = ShortVerdictEnd(text, answer, kMaxVerdictWords)) {
      to = static_cast<std::uint32_t>(*answer_end);
    }
  }
  return {from, to};
}

std::optional<TierRules::Verdict> TierRules::LabelLine(const Cues& cues, std::string_view text,
                                                       std::size_t line_begin,
                                                       std::size_t line_end) {
  constexpr std::string_view kMarks = " \t\r-*#_:";
  while (line_begin < line_end && kMarks.find(text[line_begin]) != std::string_view::npos) {
    ++line_begin;
  }
  for (std::string_view bullet : {"\u2022", "\u2013", "\u2014", "\u25AA", "\u25CF"}) {
    if (text.substr(line_begin, bullet.size()) == bullet) line_begin += bullet.size();
  }
  while (line_begin < line_end && (text[line_begin] == ' ' || text[line_begin] == '\t')) {
    ++line_begin;
  }
  while (line_end > line_begin && kMarks.find(text[line_end - 1]) != std::string_view::npos) {
    --line_end;
  }
  if (line_end <= line_begin) return std::nullopt;
  // A statement is no label: "No experience required", "No prior Kafka needed" (a negator or a
  // filler word in the line).
  for (CueKind statement : {CueKind::kNegator, CueKind::kFiller}) {
    const Spans& of = cues.of[static_cast<std::size_t>(statement)];
    const auto it = std::lower_bound(of.begin(), of.end(), line_begin, kBeginsBefore);
    if (it != of.end() && it->first < line_end) return std::nullopt;
  }
  // Two cues joined ("Nice to have, but not required", "Не обязательно, но будет плюсом") are
  // one label, preferred when either is (OnlyCue).
  switch (OnlyCue(cues, text, line_begin, line_end).value_or(CueKind::kFiller)) {
    case CueKind::kRequired:
      return Verdict{PostingTier::kRequired, false};
    case CueKind::kPreferred:
      return Verdict{PostingTier::kPreferred, false};
    case CueKind::kNotRequired:
      return Verdict{PostingTier::kMentioned, true};
    default:
      return std::nullopt;
  }
}

TierRules::Verdict TierRules::TierOf(SectionKind section, const Cues& cues, std::string_view text,
                                     std::uint32_t sentence_begin, std::uint32_t sentence_end,
                                     std::uint32_t keyword) const {
  if (section == SectionKind::kTitle) return {PostingTier::kRequired, false};
  const Scope clause = ScopeOf(text, cues.breaks, sentence_begin, sentence_end, keyword);
  Scope scope = clause;
  if (scope.inner_end <= scope.inner_begin) {  // the keyword is not itself in parentheses
    if (const std::optional<CueKind> verdict = TrailingVerdict(cues, text, scope, keyword)) {
      switch (*verdict) {
        case CueKind::kRequired:
          return {PostingTier::kRequired, false};
        case CueKind::kPreferred:
          return {PostingTier::kPreferred, false};
        case CueKind::kNotRequired:
          return {PostingTier::kMentioned, true};
        default:
          break;
      }
    }
  }
  auto cued = [&](CueKind kind, bool inner) {
    const Spans& of = cues.of[static_cast<std::size_t>(kind)];
    return inner ? AnyIn(of, scope, scope.inner_begin, scope.inner_end, true)
                 : AnyIn(of, scope, scope.begin, scope.end, false);
  };
  // Cues in the keyword's parentheses speak for it; without any there, its clause's do.
  const bool inner = scope.inner_end > scope.inner_begin &&
                     (cued(CueKind::kPreferred, true) || cued(CueKind::kNotRequired, true) ||
                      cued(CueKind::kRequired, true));
  // A negation before a list speaks for all of it ("Not required: Java, Scala"), and so does a
  // cue after it ("Kafka, RabbitMQ or NATS is a plus").
  const ListRun run = inner ? ListRun{keyword, keyword, false} : ListOf(text, cues, keyword);
  if (!inner) NarrowToOwnCues(text, cues, keyword, run, &scope);
  Scope negation = scope;
  negation.begin = clause.begin;
  // A contrast speaks for the keyword it stands before, whatever else the sentence says ("Kafka
  // is a plus, not RabbitMQ").
  if (ContrastBefore(text, cues, negation, sentence_begin, keyword, run)) {
    return {PostingTier::kMentioned, true};
  }
  if (cued(CueKind::kPreferred, inner)) return {PostingTier::kPreferred, false};
  // A negation before the keyword still speaks for it ("No knowledge of Scala required").
  if (NotRequiredNear(text, cues, negation, inner, keyword, run) ||
      NegatedBefore(text, cues, negation, keyword, run, inner)) {
    if (!inner && PreferredNext(text, cues, clause, sentence_begin, sentence_end)) {
      return {PostingTier::kPreferred, false};
    }
    return {PostingTier::kMentioned, true};
  }
  if (cued(CueKind::kRequired, inner)) return {PostingTier::kRequired, false};
  // What the company offers asks for nothing, in whatever section it stands: a keyword after
  // an offer cue in its clause, no parenthesis or semicolon between ("We pay for AWS and
  // Kubernetes certifications"; not "Kubernetes experience (we pay for the CKA exam)").
  const std::uint32_t from = std::max<std::uint32_t>(sentence_begin, scope.begin);
  if (OfferBefore(text, cues.offers, from, keyword) ||
      OfferBefore(text, cues.companies, CompaniesFrom(text, from), keyword)) {
    return {PostingTier::kMentioned, false, true};
  }
  switch (section) {
    case SectionKind::kRequirements:
      return {PostingTier::kRequired, false};
    case SectionKind::kPreferred:
      return {PostingTier::kPreferred, false};
    default:
      return {PostingTier::kMentioned, false};
  }
}

}  // namespace tailorcore::detail
