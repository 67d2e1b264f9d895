#include "profile/requirement_groups.h"

#include <algorithm>
#include <cctype>
#include <deque>
#include <optional>
#include <utility>

#include <boost/algorithm/string/trim.hpp>

#include "base/word_filter.h"
#include "base/word_list.h"
#include "profile/posting_profile.h"
#include "tailorcore/lexicon.h"

namespace tailorcore::detail {
namespace {

// The normalized words of tokens that begin in [begin, end), joined by ' ', compound parts left
// out.
std::string WordsBetween(const AnalyzedDocument& doc, std::uint32_t begin, std::uint32_t end) {
  const auto& tokens = doc.analyzed.tokens;
  auto it = std::lower_bound(tokens.begin(), tokens.end(), begin,
                             [](const Token& t, std::uint32_t o) { return t.begin < o; });
  std::string words;
  for (; it != tokens.end() && it->begin < end; ++it) {
    if (it->part) continue;
    if (!words.empty()) words.push_back(' ');
    words += it->normalized;
  }
  return words;
}

// "e.g", "i.e": single letters joined by dots.
bool Initialism(std::string_view word) {
  if (word.size() < 3 || word.size() % 2 == 0) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    const bool letter = std::isalpha(static_cast<unsigned char>(word[i])) != 0;
    if (i % 2 == 0 ? !letter : word[i] != '.') return false;
  }
  return true;
}

// Where a version written right after a skill ends ("Java 17+", "Python 3.10", "Python 3.x",
// "Go 1.21.x", "Node v18", "Java 17/21", "Java (17+)"), within [from, to): `from` when none stands
// there. A version is part of its skill's name, so it neither breaks a list nor hides a joiner
// ("Java 17+ or Kotlin").
std::uint32_t AfterVersion(std::string_view text, std::uint32_t from, std::uint32_t to) {
  auto digit = [&](std::uint32_t i) {
    return i < to && std::isdigit(static_cast<unsigned char>(text[i])) != 0;
  };
  // Digits with dots (".x" too), then an optional '+': the end, or `at` when none starts there.
  auto number = [&](std::uint32_t at) {
    std::uint32_t i = at;
    while (digit(i) || (i + 1 < to && text[i] == '.' && (digit(i + 1) || text[i + 1] == 'x'))) {
      i += text[i] == '.' && text[i + 1] == 'x' ? 2 : 1;
    }
    if (i > at && i < to && text[i] == '+') ++i;
    return i;
  };
  std::uint32_t i = from;
  // The matched name may end inside its version ("Python 3" of "Python 3.x").
  if (i < to && text[i] == '.') return number(i) > i + 1 ? AfterVersion(text, number(i), to) : from;
  while (i < to && (text[i] == ' ' || text[i] == '\t')) ++i;
  if (i == from) return from;
  const bool parenthesized = i < to && text[i] == '(';
  if (parenthesized) ++i;
  if (i < to && (text[i] == 'v' || text[i] == 'V') && digit(i + 1)) ++i;
  if (!digit(i)) return from;
  i = number(i);
  while (i + 1 < to && text[i] == '/' && digit(i + 1)) i = number(i + 1);  // "17/21"
  if (parenthesized) {
    if (i >= to || text[i] != ')') return from;
    ++i;
  }
  // The version ends at a space or a list mark, not inside a word ("Java 8h").
  return i == to || std::string_view(" \t,/").find(text[i]) != std::string_view::npos ? i : from;
}

// Where a module or edition written in Latin capitals right after a skill ends ("SAP FI",
// "SAP FI/CO"), within [from, to): `from` when none stands there or the capitals are a joiner
// ("Kafka OR RabbitMQ"). Like a version, it is part of the skill's name ("SAP FI or Microsoft
// Dynamics").
std::uint32_t AfterModule(std::string_view text, std::uint32_t from, std::uint32_t to,
                          const StringSet& joiners) {
  constexpr std::uint32_t kMin = 2;
  constexpr std::uint32_t kMax = 4;
  std::uint32_t i = from;
  while (i < to && (text[i] == ' ' || text[i] == '\t')) ++i;
  if (i == from) return from;
  const std::uint32_t begin = i;
  auto capitals = [&](std::uint32_t at) {
    std::uint32_t j = at;
    while (j < to && text[j] >= 'A' && text[j] <= 'Z') ++j;
    return j - at >= kMin && j - at <= kMax ? j : at;
  };
  i = capitals(i);
  if (i == begin) return from;
  while (i + 1 < to && text[i] == '/' && capitals(i + 1) > i + 1) i = capitals(i + 1);  // FI/CO
  if (i < to && std::string_view(" \t,").find(text[i]) == std::string_view::npos) return from;
  // As the joiners are kept: lower case, words joined by a space ("AND/OR" is "and or").
  std::string word(text.substr(begin, i - begin));
  for (char& c : word)
    c = c == '/' ? ' ' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return joiners.contains(word) ? from : i;
}

// A platform written right before a product of it ("AWS SageMaker", "GCP Vertex AI": the
// product implies the platform) qualifies the product: the two are one member of a choice
// ("AWS SageMaker or GCP Vertex AI" is SageMaker or Vertex AI, not SageMaker or GCP), as a
// platform inside the product's own name is ("AWS Fargate or GCP Cloud Run").
struct Qualified {
  std::uint32_t unit_begin;     // where the qualifier, and so the pair, begins
  std::uint32_t product_begin;  // where the product's own match begins
};

bool Qualifies(std::string_view text, const SkillMatch& a, const SkillMatch& b) {
  // One space: two or more are where a flattened posting's lines broke ("Kubernetes  Helm").
  if (b.begin != a.end + 1 || text[a.end] != ' ') return false;
  const std::vector<std::string>& broader = b.skill->implies;
  return std::find(broader.begin(), broader.end(), a.skill->id) != broader.end();
}

// `matches` (in order of begin) with each qualified product a match that spans its qualifier,
// kept in `units`, and the qualifier left out; each pair in `pairs`.
std::vector<const SkillMatch*> MergeQualifiers(std::string_view text,
                                               const std::vector<const SkillMatch*>& matches,
                                               std::deque<SkillMatch>* units,
                                               std::vector<Qualified>* pairs) {
  std::vector<const SkillMatch*> merged;
  merged.reserve(matches.size());
  for (std::size_t k = 0; k < matches.size(); ++k) {
    if (k + 1 < matches.size() && Qualifies(text, *matches[k], *matches[k + 1])) {
      SkillMatch& unit = units->emplace_back(*matches[k + 1]);
      unit.begin = matches[k]->begin;
      pairs->push_back({unit.begin, matches[k + 1]->begin});
      merged.push_back(&unit);
      ++k;
    } else {
      merged.push_back(matches[k]);
    }
  }
  return merged;
}

// Back from the pairs (in order of unit_begin): a member that is a qualified product stands at
// its own match, and its qualifier, no requirement of its own there, among the group's
// qualifiers. Logarithmic in the pairs for each member.
void SplitQualifiers(const std::vector<Qualified>& pairs, std::vector<RequirementGroup>* groups) {
  if (pairs.empty()) return;
  for (RequirementGroup& group : *groups) {
    for (std::uint32_t& begin : group.begins) {
      const auto it =
          std::lower_bound(pairs.begin(), pairs.end(), begin,
                           [](const Qualified& q, std::uint32_t at) { return q.unit_begin < at; });
      if (it == pairs.end() || it->unit_begin != begin) continue;
      group.qualifiers.push_back(begin);
      begin = it->product_begin;
    }
  }
}

}  // namespace

StatusOr<AlternativeRules> AlternativeRules::Create(const Languages& languages,
                                                    const Analyzer& analyzer) {
  AlternativeRules rules;
  for (std::size_t i = 0; i < languages.size(); ++i) {
    const auto id = static_cast<LanguageId>(i);
    auto content = languages.File(id, "alternatives.tsv");
    if (!content.ok()) return content.status();
    if (Status s = rules.Add(*content, languages.FileName(id, "alternatives.tsv"), analyzer);
        !s.ok()) {
      return s;
    }
  }
  rules.openers_.Finish();
  return rules;
}

Status AlternativeRules::Add(std::string_view content, std::string_view name,
                             const Analyzer& analyzer) {
  for (const WordListEntry& entry : ParseWordList(content)) {
    const std::size_t tab = entry.text.find('\t');
    const std::string kind = boost::algorithm::trim_copy(entry.text.substr(0, tab));
    std::vector<std::string> words;
    if (tab != std::string::npos) {
      words = PhraseTable::WordsOf(analyzer, entry.text.substr(tab + 1));
    }
    const bool known = kind == "joiner" || kind == "opener" || kind == "closer" ||
                       kind == "abbreviation" || kind == "example-before" ||
                       kind == "example-after" || kind == "accepted-before" ||
                       kind == "accepted-after" || kind == "kind-noun" || kind == "kind-example";
    if (words.empty() || !known) {
      return Status(
          StatusCode::kDataError,
          std::string(name) + ":" + std::to_string(entry.line) +
              ": expected joiner|opener|closer|abbreviation|example-before|"
              "example-after|accepted-before|accepted-after|kind-noun|kind-example <TAB> <words>");
    }
    if (kind == "closer" && words.size() > kMaxCloserWords) {
      return Status(StatusCode::kDataError, std::string(name) + ":" + std::to_string(entry.line) +
                                                ": a closer has at most 3 words");
    }
    if (kind == "opener") {
      openers_.Add(std::move(words), 0);
      continue;
    }
    std::string joined;
    for (const std::string& w : words) joined += (joined.empty() ? "" : " ") + w;
    (kind == "joiner"            ? joiners_
     : kind == "closer"          ? closers_
     : kind == "abbreviation"    ? abbreviations_
     : kind == "example-before"  ? example_before_
     : kind == "accepted-before" ? accepted_before_
     : kind == "accepted-after"  ? accepted_after_
     : kind == "kind-noun"       ? kind_nouns_
     : kind == "kind-example"    ? kind_examples_
                                 : example_after_)
        .insert(std::move(joined));
  }
  return Status::Ok();
}

AlternativeRules::Link AlternativeRules::LinkBetween(const AnalyzedDocument& posting,
                                                     const SkillMatch& a,
                                                     const SkillMatch& b) const {
  if (b.begin < a.end) return Link::kNone;
  const std::uint32_t from =
      AfterModule(posting.text, AfterVersion(posting.text, a.end, b.begin), b.begin, joiners_);
  const std::string_view gap = std::string_view(posting.text).substr(from, b.begin - from);
  // A sentence or clause end links nothing, with words between or without (checked first: most
  // neighbouring skills of a posting stand in different sentences).
  if (gap.find_first_of("\n.;:!?()") != std::string_view::npos) {
    // "PostgreSQL (or MySQL)": a parenthesis that opens on a joiner links the two.
    const std::size_t open = gap.find('(');
    if (open == std::string_view::npos || gap.find_first_of("\n.;:!?)", open) != gap.npos ||
        gap.substr(0, open).find_first_not_of(" \t") != gap.npos) {
      return Link::kNone;
    }
    const std::string words = WordsBetween(posting, from, b.begin);
    return joiners_.contains(words) ? Link::kJoiner : Link::kNone;
  }
  const std::string words = WordsBetween(posting, from, b.begin);
  std::string marks;  // the gap's bytes that are not words or spaces
  for (char c : gap) {
    if (std::string_view(" \t,/").find(c) != std::string_view::npos) {
      if (c != ' ' && c != '\t') marks.push_back(c);
    } else if (words.empty()) {
      return Link::kNone;  // "&", "+", a line break, a full stop ...
    }
  }
  if (words.empty()) {
    if (marks == ",") return Link::kComma;
    return marks == "/" ? Link::kSlash : Link::kNone;
  }
  return joiners_.contains(words) ? Link::kJoiner : Link::kNone;
}

// Whether an opener ("one of", "любой из") stands before `begin` on its line, within a few
// words and no sentence end between ("Knowledge of one of: Terraform, Pulumi").
bool AlternativeRules::OpenerBefore(const AnalyzedDocument& posting, std::uint32_t begin) const {
  constexpr std::size_t kMaxWordsBack = 12;
  const auto& tokens = posting.analyzed.tokens;
  auto it = std::lower_bound(tokens.begin(), tokens.end(), begin,
                             [](const Token& t, std::uint32_t o) { return t.begin < o; });
  std::vector<const std::string*> words;  // backwards
  std::uint32_t after = begin;
  while (it != tokens.begin() && words.size() < kMaxWordsBack) {
    --it;
    if (it->part) continue;
    std::string_view gap = std::string_view(posting.text).substr(it->end, after - it->end);
    // The dot that ends an abbreviation ("e.g.", "напр.") ends no sentence; after "Node.js" or
    // "3.10" it does.
    if (!gap.empty() && gap.front() == '.' &&
        (Initialism(it->normalized) || abbreviations_.contains(it->normalized))) {
      gap.remove_prefix(1);
    }
    if (gap.find_first_of("\n.!?;") != std::string_view::npos) break;
    words.push_back(&it->normalized);
    after = it->begin;
  }
  std::reverse(words.begin(), words.end());
  auto word = [&](std::size_t i) -> std::string_view { return *words[i]; };
  for (std::size_t p = 0; p < words.size(); ++p) {
    if (openers_.ForEachAt(p, words.size(), word, [](const auto&) { return true; })) return true;
  }
  return false;
}

namespace {

// The skill match (no nested one) that ends at `at`, or null. Matches are in order of begin
// (match.h); that one begins a few matches before `at`.
const SkillMatch* SkillEndingAt(const AnalyzedDocument& posting, std::uint32_t at) {
  constexpr int kMaxBack = 8;
  const auto& all = posting.matches.matches;
  auto it = std::lower_bound(all.begin(), all.end(), at,
                             [](const SkillMatch& m, std::uint32_t o) { return m.begin < o; });
  for (int back = 0; back < kMaxBack && it != all.begin(); ++back) {
    --it;
    if (!it->nested && it->end == at) return &*it;
  }
  return nullptr;
}

// Whether each skill of matches[first..last] is a kind of `kind` (Skill::kind_of); unknown
// terms take any kind.
bool AllKindOf(const std::vector<const SkillMatch*>& matches, std::size_t first, std::size_t last,
               const Skill& kind) {
  return std::all_of(matches.begin() + static_cast<std::ptrdiff_t>(first),
                     matches.begin() + static_cast<std::ptrdiff_t>(last) + 1,
                     [&](const SkillMatch* m) {
                       const auto& k = m->skill->kind_of;
                       return m->skill->id.starts_with(kCandidatePrefix) ||
                              std::find(k.begin(), k.end(), kind.id) != k.end();
                     });
}

// Whether the nearest skill before `at` in its clause (a few words back, no stop between) is
// the kind of some of matches[first..last] but not of all.
bool MixedKinds(const AnalyzedDocument& posting, const std::vector<const SkillMatch*>& matches,
                std::size_t first, std::size_t last, std::uint32_t at) {
  constexpr std::uint32_t kMaxGap = 40;  // bytes between that skill and `at`
  constexpr int kMaxBack = 8;
  const auto& all = posting.matches.matches;
  auto it = std::lower_bound(all.begin(), all.end(), at,
                             [](const SkillMatch& m, std::uint32_t o) { return m.begin < o; });
  const SkillMatch* before = nullptr;
  for (int back = 0; back < kMaxBack && it != all.begin(); ++back) {
    --it;
    if (!it->nested && it->end <= at && (before == nullptr || it->end > before->end)) before = &*it;
  }
  if (before == nullptr || at - before->end > kMaxGap ||
      posting.text.substr(before->end, at - before->end).find_first_of(".,;:()\n") !=
          std::string_view::npos) {
    return false;
  }
  std::size_t of_kind = 0;
  for (std::size_t k = first; k <= last; ++k) {
    const auto& kinds = matches[k]->skill->kind_of;
    of_kind += std::find(kinds.begin(), kinds.end(), before->skill->id) != kinds.end() ? 1 : 0;
  }
  return of_kind > 0 && of_kind <= last - first;
}

// Whether another match follows matches[k] closely in its clause ("PostgreSQL and MySQL",
// "Prometheus, Grafana").
bool AnotherFollows(const AnalyzedDocument& posting, const std::vector<const SkillMatch*>& matches,
                    std::size_t k) {
  constexpr std::uint32_t kMaxGap = 8;  // bytes: " and ", " и ", ", "
  if (k + 1 >= matches.size()) return false;
  const std::uint32_t from = matches[k]->end;
  const std::uint32_t to = matches[k + 1]->begin;
  return from <= to && to - from <= kMaxGap &&
         posting.text.substr(from, to - from).find_first_of(".;:()\n") == std::string_view::npos;
}

// `at` moved back over spaces, commas, colons and dashes ("брокеры сообщений — например").
std::uint32_t BackOverMarks(std::string_view text, std::uint32_t at) {
  while (at > 0) {
    if (std::string_view(" \t,:-").find(text[at - 1]) != std::string_view::npos) {
      --at;
    } else if (at >= 3 &&
               (text.substr(at - 3, 3) == "\u2014" || text.substr(at - 3, 3) == "\u2013")) {
      at -= 3;
    } else {
      break;
    }
  }
  return at;
}

}  // namespace

// "message brokers (Kafka, RabbitMQ)", "облачные платформы (например, AWS, GCP)": a list
// that fills the parentheses after a word, but for the data's words before and after it ("e.g.",
// "etc."), names examples of that word: any of them will do.
AlternativeRules::Examples AlternativeRules::ExamplesInParentheses(
    const AnalyzedDocument& posting, const std::vector<const SkillMatch*>& matches,
    std::size_t first, std::size_t last) const {
  constexpr std::size_t kMaxReach = 40;  // bytes from a parenthesis to the list
  const std::string_view text = posting.text;
  const std::uint32_t begin = matches[first]->begin;
  const std::uint32_t end = matches[last]->end;
  const std::size_t reach = begin > kMaxReach ? begin - kMaxReach : 0;
  const std::size_t open = text.substr(reach, begin - reach).rfind('(');
  const std::size_t close = text.substr(end, kMaxReach).find(')');
  if (open == std::string_view::npos || close == std::string_view::npos) return {};
  const auto open_at = static_cast<std::uint32_t>(reach + open);
  const auto close_at = static_cast<std::uint32_t>(end + close);
  const std::string_view before = text.substr(open_at + 1, begin - open_at - 1);
  const std::string_view after = text.substr(end, close_at - end);
  if (before.find_first_of("\n()") != std::string_view::npos ||
      after.find_first_of("\n()") != std::string_view::npos) {
    return {};
  }
  const std::string words_before = WordsBetween(posting, open_at + 1, begin);
  const std::string words_after = WordsBetween(posting, end, close_at);
  if ((!words_before.empty() && !example_before_.contains(words_before)) ||
      (!words_after.empty() && !example_after_.contains(words_after))) {
    return {};
  }
  // The word the examples are of, just before the parenthesis: a word, or a skill of the list's
  // kind ("message queues (RabbitMQ, Kafka)"), which joins the choice; a skill of another kind
  // is made of the list ("Java (Spring Boot, Hibernate)", "Python (pandas, NumPy)": all asked).
  std::uint32_t host = open_at;
  while (host > 0 && (text[host - 1] == ' ' || text[host - 1] == '\t')) --host;
  if (host == 0) return {};
  const auto c = static_cast<unsigned char>(text[host - 1]);
  if (c < 0x80 && std::isalnum(c) == 0) return {};
  // "(e.g. Kafka)", "(Kafka etc.)" mark examples of a kind; "(i.e. Kafka)" names the one asked.
  const bool of_kind_words = words_before.empty() || kind_examples_.contains(words_before);
  const bool marked = kind_examples_.contains(words_before) || !words_after.empty();
  bool after_noun = false;
  const SkillMatch* found = SkillBefore(posting, host, &after_noun);
  if (found == nullptr) {
    // "Containerization and orchestration (Docker, Kubernetes)": a list naming one skill of an
    // earlier word's kind and something else is one for each word, all asked.
    if (MixedKinds(posting, matches, first, last, host)) return {};
    return {true, marked, nullptr};
  }
  // A skill of the list's category is their kind only when they are kinds of it (Skill::kind_of):
  // in "software development life cycle (Waterfall and/or Agile)" the life cycle stays asked.
  const Skill& kind = *found->skill;
  if (of_kind_words && AllKindOf(matches, first, last, kind)) return {true, marked, found};
  if (after_noun || kind.category == matches[first]->skill->category)
    return {true, marked, nullptr};
  return {};
}

// The skill that ends at `at`, or at the word of kind that does ("monitoring tools",
// "CI/CD-системы"), and whether that word stands between; null when none.
const SkillMatch* AlternativeRules::SkillBefore(const AnalyzedDocument& posting, std::uint32_t at,
                                                bool* after_noun) const {
  if (const SkillMatch* m = SkillEndingAt(posting, at)) return m;
  // The word ending at `at`: a whole word, or the last part of one ("CI/CD-системы").
  constexpr int kMaxBack = 4;
  const auto& tokens = posting.analyzed.tokens;
  auto word = std::lower_bound(tokens.begin(), tokens.end(), at,
                               [](const Token& t, std::uint32_t o) { return t.begin < o; });
  const Token* noun = nullptr;
  for (int back = 0; back < kMaxBack && word != tokens.begin() && noun == nullptr; ++back) {
    --word;
    if (word->end == at && kind_nouns_.contains(word->normalized)) noun = &*word;
  }
  if (noun == nullptr) return nullptr;
  const std::uint32_t before = BackOverMarks(posting.text, noun->begin);
  *after_noun = true;
  return SkillEndingAt(posting, before);
}

// The skill that matches[first..last] are examples of when example words stand between them
// ("a relational database such as PostgreSQL or MySQL", "брокеры сообщений, например Kafka"),
// each a kind of it; else null.
const SkillMatch* AlternativeRules::KindBefore(const AnalyzedDocument& posting,
                                               const std::vector<const SkillMatch*>& matches,
                                               std::size_t first, std::size_t last) const {
  constexpr std::size_t kMaxWords = 3;
  const auto& tokens = posting.analyzed.tokens;
  const std::uint32_t begin = matches[first]->begin;
  auto it = std::lower_bound(tokens.begin(), tokens.end(), begin,
                             [](const Token& t, std::uint32_t o) { return t.begin < o; });
  std::vector<const Token*> words;  // the words before the list, nearest first
  while (it != tokens.begin() && words.size() < kMaxWords) {
    --it;
    if (!it->part) words.push_back(&*it);
  }
  if (words.empty()) return nullptr;
  const std::uint32_t gap_begin = words.front()->end;  // "e.g.", "например:", "such as —"
  const std::uint32_t from =
      gap_begin < begin && posting.text[gap_begin] == '.' ? gap_begin + 1 : gap_begin;
  if (BackOverMarks(posting.text, begin) > from) return nullptr;
  std::string phrase;
  for (std::size_t n = 0; n < words.size(); ++n) {
    if (!phrase.empty()) phrase.insert(0, 1, ' ');
    phrase.insert(0, words[n]->normalized);
    if (!kind_examples_.contains(phrase)) continue;
    bool after_noun = false;
    const SkillMatch* host =
        SkillBefore(posting, BackOverMarks(posting.text, words[n]->begin), &after_noun);
    if (host == nullptr || !AllKindOf(matches, first, last, *host->skill)) return nullptr;
    return host;
  }
  return nullptr;
}

// Whether a closer ("or similar", "или аналоги") follows a list's last skill, before any other
// word or sentence end, after a comma, dash, colon or parenthesis at most ("Tableau, Power BI,
// Looker, or similar", "Unity, GoogleTest — любой из", "Kafka, RabbitMQ (any of them)").
bool AlternativeRules::CloserAfter(const AnalyzedDocument& posting, std::uint32_t end) const {
  const auto& tokens = posting.analyzed.tokens;
  auto it = std::lower_bound(tokens.begin(), tokens.end(), end,
                             [](const Token& t, std::uint32_t o) { return t.begin < o; });
  std::vector<std::string_view> words;
  std::uint32_t before = end;
  for (; it != tokens.end() && words.size() < kMaxCloserWords; ++it) {
    if (it->part) continue;
    const std::string_view gap = std::string_view(posting.text).substr(before, it->begin - before);
    // Before the closer's first word, a comma, colon, dash or parenthesis (the bytes of "—" and
    // "–" too); between its words, spaces.
    const std::string_view allowed = words.empty() ? " \t,:(-\u2013\u2014" : " \t";
    if (gap.find_first_not_of(allowed) != std::string_view::npos) break;
    words.push_back(it->normalized);
    before = it->end;
  }
  std::string joined;
  for (std::string_view w : words) {
    joined += joined.empty() ? "" : " ";
    joined += w;
    if (closers_.contains(joined)) return true;
  }
  return false;
}

namespace {

// Two skills are of one kind when they share a category or a broader skill they are kinds of
// (data/lexicon/relations.tsv: Salesforce and HubSpot are both CRM systems).
bool SameKind(const Skill& a, const Skill& b) {
  return a.category == b.category ||
         std::any_of(a.implies.begin(), a.implies.end(), [&](const std::string& broader) {
           return std::find(b.implies.begin(), b.implies.end(), broader) != b.implies.end();
         });
}

}  // namespace

std::size_t AlternativeRules::RunEnd(const AnalyzedDocument& posting,
                                     const std::vector<const SkillMatch*>& matches,
                                     std::size_t first, bool* joiner, Terms terms_at) const {
  // An unknown term is of any category between two skills ("PostgreSQL, CockroachDB or MySQL":
  // the skills on either side are compared with each other); at either end of a list only a
  // joiner links it ("ACCA or CPA"; not "Temporal, Python or Go", "Go or Rust, Temporal").
  auto term = [](const SkillMatch* m) { return m->skill->id.starts_with(kCandidatePrefix); };

  const Skill* known = term(matches[first]) ? nullptr : matches[first]->skill;
  std::size_t end = first;  // the run's last member that may end it
  bool joined = false;
  for (std::size_t j = first; j + 1 < matches.size(); ++j) {
    const SkillMatch* next = matches[j + 1];
    const Link link = LinkBetween(posting, *matches[j], *next);
    if (link == Link::kNone) break;
    // Terms link to each other ("CPU/GPU"), but open no list of skills by a comma or slash
    // unless the list is marked as a choice.
    if (link != Link::kJoiner && !term(next) &&
        (known == nullptr ? !terms_at.leading : !SameKind(*next->skill, *known))) {
      break;
    }
    joined = joined || link == Link::kJoiner;
    if (!term(next)) known = next->skill;
    // A term after a skill by a comma is tentative: the list must go on to a skill, reach the
    // term by a joiner or a slash ("Metabase / FineBI"), or close after it ("Zabbix, PRTG или
    // аналоги").
    if (terms_at.trailing || !term(next) || link != Link::kComma || known == nullptr ||
        CloserAfter(posting, next->end)) {
      end = j + 1;
      *joiner = joined;
    }
  }
  return end;
}

namespace {

// The parentheses right after a skill that ends at `end` (spaces between), as (open, close), when
// they hold at most `max_bytes` on one line ("Java (Spring Boot)", "Terraform (Pulumi is fine
// too)").
std::optional<std::pair<std::size_t, std::size_t>> NoteAfter(std::string_view text, std::size_t end,
                                                             std::size_t max_bytes) {
  std::size_t open = end;
  while (open < text.size() && (text[open] == ' ' || text[open] == '\t')) ++open;
  if (open >= text.size() || text[open] != '(') return std::nullopt;
  const std::size_t close = text.find_first_of("()\n", open + 1);
  if (close == std::string_view::npos || text[close] != ')' || close - open > max_bytes) {
    return std::nullopt;
  }
  return std::make_pair(open, close);
}

// The group of matches[first..last], the skill they are examples of first when there is one.
void AddGroup(const std::vector<const SkillMatch*>& matches, std::size_t first, std::size_t last,
              std::vector<RequirementGroup>* groups, const SkillMatch* host = nullptr) {
  RequirementGroup group;
  if (host != nullptr) {
    group.begins.push_back(host->begin);
    group.ids.push_back(host->skill->id);
  }
  for (std::size_t k = first; k <= last; ++k) {
    group.begins.push_back(matches[k]->begin);
    if (std::find(group.ids.begin(), group.ids.end(), matches[k]->skill->id) == group.ids.end()) {
      group.ids.push_back(matches[k]->skill->id);
    }
  }
  if (group.ids.size() >= 2) groups->push_back(std::move(group));
}

}  // namespace

// A run with a joiner word ("A, B or C"), after an opener ("one of: A, B, C") or filling the
// parentheses after a word ("message brokers (Kafka, RabbitMQ)") is one group;
// otherwise each slash-linked part of it is ("numpy, pandas, matplotlib/seaborn": only the
// plotting libraries are a choice).
std::vector<CandidateToken> FindCandidateTokens(const AnalyzedDocument& posting) {
  std::vector<CandidateToken> found;
  if (posting.matches.candidates.empty()) return found;
  StringMap<const CandidateTerm*> candidates;
  WordFilter filter;
  for (const CandidateTerm& c : posting.matches.candidates) {
    candidates.emplace(c.normalized, &c);
    filter.Add(c.normalized);
  }
  for (const Token& t : posting.analyzed.tokens) {
    if (t.part || !filter.MayContain(t.normalized)) continue;
    const auto it = candidates.find(t.normalized);
    if (it != candidates.end()) found.push_back({&t, it->second});
  }
  return found;
}

// The group that starts at matches[i], if any, added to `groups`; the index of the last match
// it (or the run of linked matches there) takes.
std::size_t AlternativeRules::AddGroupAt(const AnalyzedDocument& posting,
                                         const std::vector<const SkillMatch*>& matches,
                                         std::size_t i,
                                         std::vector<RequirementGroup>* groups) const {
  bool joiner = false;
  std::size_t j = RunEnd(posting, matches, i, &joiner);
  // A list marked as a choice takes unknown terms on its marker's side: after an opener at its
  // start ("одним из: Reatom, Valtio, Zustand"), before a closer at its end ("Dagster, Kestra,
  // Windmill or similar"), at either end inside example parentheses; not on the far side
  // ("ITAR, Kafka, RabbitMQ or similar", "such as Kafka, RabbitMQ, FedRAMP authorization").
  bool unused = false;
  const bool opener = OpenerBefore(posting, matches[i]->begin);
  const std::size_t led = opener ? RunEnd(posting, matches, i, &unused, {true, false}) : i;
  const std::size_t trailed = RunEnd(posting, matches, i, &unused, {false, true});
  const std::size_t both = RunEnd(posting, matches, i, &unused, {true, true});
  const Examples in_parentheses = ExamplesInParentheses(posting, matches, i, j);
  const Examples in_both =
      both == j ? in_parentheses : ExamplesInParentheses(posting, matches, i, both);
  std::size_t last = i;  // the group's last member; i when there is none
  if (led > i) {
    last = led;
  } else if (trailed > i && CloserAfter(posting, matches[trailed]->end)) {
    last = trailed;
  } else if (both > i && in_both.found) {
    last = both;
  } else if (j > i &&
             (joiner || opener || CloserAfter(posting, matches[j]->end) || in_parentheses.found)) {
    last = j;
  }
  // The skill the members are examples of, which joins them ("message queues (Kafka,
  // RabbitMQ)"); one example needs words that mark it ("a message broker (e.g. Kafka)").
  const Examples e = last == j      ? in_parentheses
                     : last == both ? in_both
                                    : ExamplesInParentheses(posting, matches, i, last);
  const SkillMatch* host = e.found && (last > i || e.marked) ? e.host : nullptr;
  if (host == nullptr && (last > i || j == i)) host = KindBefore(posting, matches, i, last);
  // "such as PostgreSQL and MySQL", "например Prometheus и Grafana": more of the kind joined on.
  while (host != nullptr && AnotherFollows(posting, matches, last) &&
         AllKindOf(matches, last + 1, last + 1, *host->skill)) {
    ++last;
  }
  if (last > i || host != nullptr) {
    AddGroup(matches, i, last, groups, host);
    if (last > i) j = last;
  } else {
    for (std::size_t k = i; k < j;) {  // slash-linked parts
      std::size_t end = k;
      while (end < j && LinkBetween(posting, *matches[end], *matches[end + 1]) == Link::kSlash) {
        ++end;
      }
      if (end > k) AddGroup(matches, k, end, groups);
      k = end + 1;
    }
  }
  return j;
}

std::vector<RequirementGroup> AlternativeRules::Find(
    const AnalyzedDocument& posting, const std::vector<CandidateToken>& terms) const {
  std::vector<const SkillMatch*> matches;
  for (const SkillMatch& m : posting.matches.matches) {
    if (!m.nested) matches.push_back(&m);
  }
  std::deque<SkillMatch> units;
  std::vector<Qualified> qualified;
  matches = MergeQualifiers(posting.text, matches, &units, &qualified);
  // Unknown terms (candidate keywords) are members too, by the id the keyword list gives them
  // ("term:cpa"), of a category of their own: "ACCA or CPA", "e-commerce или FoodTech".
  // Every occurrence counts (the candidates list holds each term once), as in the keywords.
  const std::vector<CandidateTerm>& candidates = posting.matches.candidates;
  std::deque<Skill> term_skills;  // by index into `candidates`; stable addresses
  for (const CandidateTerm& c : candidates) {
    Skill& term = term_skills.emplace_back();
    term.id = std::string(kCandidatePrefix) + c.normalized;
    term.category = "unknown";
  }
  std::deque<SkillMatch> term_matches;
  const std::size_t skills = matches.size();  // in order of begin, none overlapping
  // Whether a skill's match covers the token (a term's word inside "IBM WebSphere" is none).
  auto inside_skill = [&](const Token& t) {
    auto it = std::upper_bound(matches.begin(),
                               matches.begin() + static_cast<std::ptrdiff_t>(skills), t.begin,
                               [](std::uint32_t o, const SkillMatch* m) { return o < m->begin; });
    return it != matches.begin() && (*std::prev(it))->end > t.begin;
  };
  for (const CandidateToken& ct : terms) {
    if (inside_skill(*ct.token)) continue;
    SkillMatch& m = term_matches.emplace_back();
    m.skill = &term_skills[static_cast<std::size_t>(ct.term - candidates.data())];
    m.begin = ct.token->begin;
    m.end = ct.token->end;
    matches.push_back(&m);
  }
  std::sort(matches.begin(), matches.end(),
            [](const SkillMatch* a, const SkillMatch* b) { return a->begin < b->begin; });
  std::vector<RequirementGroup> groups;
  for (std::size_t i = 0; i < matches.size();) i = AddGroupAt(posting, matches, i, &groups) + 1;
  AddNotedChoices(posting, matches, &groups);
  AddAcceptedChoices(posting, matches, &groups);
  SplitQualifiers(qualified, &groups);
  return groups;
}

// "Terraform (Pulumi is fine too)", "SolidWorks or Creo (CATIA acceptable)", "Terraform
// (подойдёт и Pulumi)": skills in the parentheses right after a skill, linked to each other,
// with the data's words of acceptance before or after them and nothing else, may stand in for
// it: they join its group, or make one with it.
void AlternativeRules::AddAcceptedChoices(const AnalyzedDocument& posting,
                                          const std::vector<const SkillMatch*>& matches,
                                          std::vector<RequirementGroup>* groups) const {
  constexpr std::size_t kMaxNote = 80;  // bytes in the parentheses
  const std::string_view text = posting.text;
  auto group_of = [&](const std::string& id) -> RequirementGroup* {
    for (RequirementGroup& g : *groups) {
      if (std::find(g.ids.begin(), g.ids.end(), id) != g.ids.end()) return &g;
    }
    return nullptr;
  };
  for (std::size_t i = 0; i + 1 < matches.size(); ++i) {
    const SkillMatch& host = *matches[i];
    const auto note = NoteAfter(text, host.end, kMaxNote);
    if (!note) continue;
    const auto [open, close] = *note;
    std::size_t last = i + 1;
    if (matches[last]->begin >= close) continue;
    while (last + 1 < matches.size() && matches[last + 1]->end <= close &&
           LinkBetween(posting, *matches[last], *matches[last + 1]) != Link::kNone) {
      ++last;
    }
    const auto open_end = static_cast<std::uint32_t>(open + 1);
    const std::string before = WordsBetween(posting, open_end, matches[i + 1]->begin);
    const std::string after =
        WordsBetween(posting, matches[last]->end, static_cast<std::uint32_t>(close));
    if ((before.empty() && after.empty()) ||
        (!before.empty() && !accepted_before_.contains(before)) ||
        (!after.empty() && !accepted_after_.contains(after)) ||
        text.substr(open_end, close - open_end).find_first_of(";!?") != std::string_view::npos ||
        text.substr(open_end, close - open_end).find(". ") != std::string_view::npos) {
      continue;
    }
    // Only a skill of the host's category stands in for it ("React (TypeScript is fine too)"
    // asks both, though both are JavaScript).
    if (!std::all_of(
            matches.begin() + static_cast<std::ptrdiff_t>(i + 1),
            matches.begin() + static_cast<std::ptrdiff_t>(last + 1),
            [&](const SkillMatch* m) { return m->skill->category == host.skill->category; })) {
      continue;
    }
    RequirementGroup* group = group_of(host.skill->id);
    if (group == nullptr) {
      groups->push_back({{host.skill->id}, {host.begin}, {}});
      group = &groups->back();
    }
    for (std::size_t k = i + 1; k <= last; ++k) {
      const std::string& id = matches[k]->skill->id;
      if (group_of(id) != nullptr) continue;
      group->ids.push_back(id);
      group->begins.push_back(matches[k]->begin);
    }
    if (group->ids.size() < 2) groups->pop_back();  // nothing joined a new group
    i = last;
  }
}

// "на Java (JUnit 5, Selenide) или Kotlin", "Python (pandas) or R": a skill with a note in
// parentheses, then only a joiner and another skill; neither in a group yet.
void AlternativeRules::AddNotedChoices(const AnalyzedDocument& posting,
                                       const std::vector<const SkillMatch*>& matches,
                                       std::vector<RequirementGroup>* groups) const {
  constexpr std::size_t kMaxNote = 80;  // bytes in the parentheses
  const std::string_view text = posting.text;
  StringSet in_groups;
  for (const RequirementGroup& g : *groups) in_groups.insert(g.ids.begin(), g.ids.end());
  auto grouped = [&](const std::string& id) { return in_groups.contains(id); };
  for (std::size_t i = 0; i < matches.size(); ++i) {
    const SkillMatch& host = *matches[i];
    const auto note = NoteAfter(text, host.end, kMaxNote);
    if (!note) continue;
    const std::size_t close = note->second;
    std::size_t k = i + 1;
    while (k < matches.size() && matches[k]->begin <= close) ++k;
    if (k >= matches.size()) continue;
    const SkillMatch& other = *matches[k];
    const std::string_view gap = text.substr(close + 1, other.begin - close - 1);
    if (gap.find_first_of("\n.,;:!?()/") != std::string_view::npos ||
        !joiners_.contains(
            WordsBetween(posting, static_cast<std::uint32_t>(close + 1), other.begin)) ||
        host.skill->id == other.skill->id || grouped(host.skill->id) || grouped(other.skill->id)) {
      continue;
    }
    groups->push_back({{host.skill->id, other.skill->id}, {host.begin, other.begin}, {}});
    in_groups.insert(host.skill->id);
    in_groups.insert(other.skill->id);
  }
}

}  // namespace tailorcore::detail
