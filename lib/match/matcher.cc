// The matcher: finds the lexicon's forms in an analyzed text. Rules (docs/matching.md):
//  - matching runs over tokens, never raw bytes: a form is found only as whole tokens;
//  - two views of the text are searched: compounds whole ("event-driven") and compounds as
//    their parts ("event", "driven"), so both spellings of a form meet both spellings in text;
//  - the words of a multi-word form may be separated only by spaces, hyphens or slashes;
//  - a word matches exactly (normalized) or, for stemmable forms, by its Snowball stem (a
//    one-word form only as its language's rule allows: data/lang/<code>/inflection.tsv);
//  - an ambiguous form counts only with evidence (ambiguity guards below);
//  - overlaps, leftmost-longest: the match that starts first wins, and of those that start at
//    one place the longest; then the exact match over the inflected one, then the skill and
//    form added to the lexicon first;
//  - a match of another skill inside a kept match is reported as nested ("SQL" inside
//    "SQL Server"): the longer phrase implies it.
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <cstring>

#include "base/text.h"
#include "lexicon/categories.h"
#include "match/candidates.h"
#include "match/lexicon_impl.h"

namespace tailorcore {
namespace {

// How far (in words on the same line) an ambiguous form looks for a technical word.
constexpr std::size_t kEvidenceWindow = 8;
// No word of a form shorter than this matches by stem: "ИИ" (AI) must not find the
// conjunction "и", whose stem is the same letter.
constexpr std::size_t kMinStemmedWord = 4;
constexpr std::uint32_t kNoWord = detail::PhraseIndex::kNoWord;

struct Candidate {
  std::uint32_t first_token;
  std::uint32_t last_token;
  std::uint32_t begin;
  std::uint32_t end;
  std::uint32_t form_id;  // into the phrase index
  std::uint32_t primary;  // position of the first token in the primary view
  std::uint32_t primary_last;
  MatchKind kind;
  bool ambiguous;
  bool on_part;
};

// True when `word` (UTF-8) begins with an upper-case letter of any script.
bool StartsUpperCase(std::string_view word) {
  const auto* s = reinterpret_cast<const std::uint8_t*>(word.data());
  const auto length = static_cast<std::int32_t>(word.size());
  std::int32_t i = 0;
  UChar32 c = -1;
  if (length > 0) U8_NEXT(s, i, length, c);
  return c >= 0 && u_isupper(c) != 0;
}

bool IsInflected(MatchKind kind) { return kind == MatchKind::kStem; }

// True when the word at `begin` opens a list item: a bullet mark before it on its line.
bool ListItemAt(std::string_view input, std::size_t begin) {
  const detail::Preceding before = detail::WhatPrecedes(input, begin);
  return before == detail::Preceding::kListMark;
}

// Where a capital proves nothing about an ambiguous form: at the start of the text, a line, a
// sentence or a list item. Not after a colon or semicolon, which introduce lists ("Libraries:
// pandas, numpy"; "Skills: PCI."), where the evidence window decides.
bool OpensSentence(std::string_view input, std::size_t begin) {
  const detail::Preceding before = detail::WhatPrecedes(input, begin);
  return before != detail::Preceding::kOther && before != detail::Preceding::kClause &&
         before != detail::Preceding::kQuote;
}

// One run of the matcher over one text: the passes below, in order (Lexicon::Impl::Match).
class MatchPass {
 public:
  MatchPass(const Lexicon::Impl& lexicon, const AnalyzedText& text, std::string_view input,
            const detail::TokenIds* ids)
      : lex_(lexicon), tokens_(text.tokens), input_(input), ids_(ids) {}

  // The primary view (compounds whole) and the expanded view (compounds as parts).
  void BuildViews();
  // Line number of each primary token, for the evidence window.
  void NumberLines();
  // Each token's word and stem as vocabulary ids (kNoWord when no form uses them): the
  // analyzer's (ids_) or one lookup per token; integer comparisons after.
  void LookUpWords();
  // Every form found in either view, before guards and overlaps.
  void FindCandidates();
  // Ambiguous forms without evidence removed.
  void DropUnproven();
  void KeepJoined(std::vector<std::size_t> open, std::vector<bool>* keep) const;
  void DropGroupNames();
  // Leftmost-longest selection, nested matches, as SkillMatch values.
  std::vector<SkillMatch> Select();

 private:
  void Scan(const std::vector<std::uint32_t>& view, const std::vector<std::uint32_t>* next_part);
  void TryForms(const std::vector<std::uint32_t>& view, std::size_t pos,
                const std::vector<std::uint32_t>* next_part, const std::vector<std::uint32_t>* ids);
  bool PersonAfterDeterminer(const detail::CompiledForm& form,
                             const std::vector<std::uint32_t>& view, std::size_t pos) const;
  bool WordMatches(const detail::CompiledForm& form, std::size_t k, std::uint32_t ti,
                   bool* exact) const;
  bool PhraseGap(const Token& before, std::uint32_t to) const;
  void MarkEvidence();
  bool HasEvidence(const Candidate& c) const;
  bool MayBeSkill(const Candidate& c) const;
  // The skill a candidate's form belongs to.
  const Skill& SkillOf(const Candidate& c) const {
    return lex_.skills[lex_.index.forms()[c.form_id].skill];
  }
  bool FirstPartProven(const Candidate& c, const std::string& skill) const;
  bool JoinedTo(const Candidate& c, const Candidate& other) const;
  bool StandsAlone(const Candidate& c) const;
  bool AloneOnItem(const Candidate& c) const;
  bool ProvenByNeighbour(const Candidate& c) const;
  bool InLowerCaseList(const Candidate& c) const;
  bool ItemOfSkillList(const Candidate& c) const;
  std::vector<bool> AddNested(std::vector<const Candidate*>* selected) const;

  const Lexicon::Impl& lex_;
  const std::vector<Token>& tokens_;
  std::string_view input_;
  const detail::TokenIds* ids_;  // may be null
  std::vector<std::uint32_t> primary_;
  std::vector<std::uint32_t> primary_of_;
  std::vector<std::uint32_t> expanded_;
  bool any_parts_ = false;
  std::vector<std::uint32_t> line_;
  std::vector<std::uint32_t> word_id_;
  std::vector<std::uint32_t> stem_id_;
  std::vector<Candidate> candidates_;
  std::vector<bool> evidence_;
  std::vector<bool> ambiguous_at_;  // primary positions an ambiguous candidate starts at
  std::vector<const std::string*> primary_words_;
};

void MatchPass::BuildViews() {
  primary_of_.resize(tokens_.size());
  for (std::uint32_t i = 0; i < tokens_.size(); ++i) {
    if (tokens_[i].part) {
      primary_of_[i] = static_cast<std::uint32_t>(primary_.size() - 1);
      expanded_.push_back(i);
      any_parts_ = true;
      continue;
    }
    primary_of_[i] = static_cast<std::uint32_t>(primary_.size());
    primary_.push_back(i);
    const bool has_parts = tokens_[i].compound && i + 1 < tokens_.size() && tokens_[i + 1].part;
    if (!has_parts) expanded_.push_back(i);
  }
}

void MatchPass::NumberLines() {
  line_.resize(primary_.size());
  std::uint32_t current = 0;
  std::size_t scanned = 0;
  for (std::size_t p = 0; p < primary_.size(); ++p) {
    const std::size_t begin = tokens_[primary_[p]].begin;
    for (const char* nl = nullptr;
         scanned < begin && (nl = static_cast<const char*>(
                                 std::memchr(input_.data() + scanned, '\n', begin - scanned)));) {
      ++current;
      scanned = static_cast<std::size_t>(nl - input_.data()) + 1;
    }
    scanned = std::max(scanned, begin);
    line_[p] = current;
  }
}

// The name of a tech token with its version glued on ("java8", "vue3", "yolov8", "oauth2",
// "webpack5"): the letters before the digits (and a "v" right before them), at least three, or
// empty when the token is no such name.
std::string_view VersionedName(const Token& t) {
  constexpr std::size_t kMinName = 3;
  if (t.kind != TokenKind::kTech) return {};
  const std::string_view word = t.normalized;
  std::size_t end = word.size();
  while (end > 0 && ((word[end - 1] >= '0' && word[end - 1] <= '9') || word[end - 1] == '.')) {
    --end;
  }
  if (end == word.size() || word[end] == '.' || word.back() == '.') return {};
  if (end > 0 && word[end - 1] == 'v') --end;
  const std::string_view name = word.substr(0, end);
  const bool letters =
      std::all_of(name.begin(), name.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  return letters && name.size() >= kMinName ? name : std::string_view();
}

void MatchPass::LookUpWords() {
  word_id_.resize(tokens_.size());
  stem_id_.resize(tokens_.size());
  for (std::size_t i = 0; i < tokens_.size(); ++i) {
    word_id_[i] = ids_ != nullptr ? ids_->word[i] : lex_.index.WordId(tokens_[i].normalized);
    if (word_id_[i] == detail::PhraseIndex::kNoWord) {
      // Only a name that is a one-word form itself: "Web3" is no "Web development".
      const std::string_view name = VersionedName(tokens_[i]);
      const std::uint32_t id =
          name.empty() ? detail::PhraseIndex::kNoWord : lex_.index.WordId(name);
      if (id != detail::PhraseIndex::kNoWord && lex_.index.ByWord(id) != nullptr) {
        word_id_[i] = stem_id_[i] = id;
        continue;
      }
    }
    if (ids_ != nullptr) {
      stem_id_[i] = ids_->stem[i];
    } else {
      stem_id_[i] = tokens_[i].stem == tokens_[i].normalized ? word_id_[i]
                                                             : lex_.index.WordId(tokens_[i].stem);
    }
  }
}

// Only spaces, hyphens and slashes may separate the words of a phrase ("Spring Boot",
// "Spring-Boot", "integration/continuous delivery"; not "Spring, Boot" or across a line break),
// or one dot with no space after a capitalized word ("Яндекс.Директ").
bool MatchPass::PhraseGap(const Token& before, std::uint32_t to) const {
  const std::uint32_t from = before.end;
  if (to < from) return false;
  const std::string_view gap = input_.substr(from, to - from);
  // A dot with no space after a capitalized word is a name's ("Яндекс.Метрика", "Yandex.Cloud");
  // after a lower-case one it is a sentence end that lost its space ("code migration.Test").
  if (gap == ".") return StartsUpperCase(input_.substr(before.begin, from - before.begin));
  bool non_ascii = false;
  for (char c : gap) {
    if (c == ' ' || c == '\t' || c == '-' || c == '/' || c == '\\') continue;
    if (static_cast<unsigned char>(c) >= 0x80) {
      non_ascii = true;
      continue;
    }
    return false;
  }
  if (!non_ascii) return true;
  for (char c : lex_.analyzer.Normalize(gap)) {
    if (c != ' ' && c != '-') return false;
  }
  return true;
}

// Whether token `ti` is word `k` of `form`: exactly, or by stem (then `*exact` is cleared). A
// one-word form meets an inflected word only as its token's language allows.
bool MatchPass::WordMatches(const detail::CompiledForm& form, std::size_t k, std::uint32_t ti,
                            bool* exact) const {
  if (word_id_[ti] == form.word_ids[k]) return true;
  const Token& t = tokens_[ti];
  if (form.stemmable && t.kind == TokenKind::kWord && !t.stopword &&
      stem_id_[ti] == form.stem_ids[k] &&
      detail::CodePointCount(form.words[k]) >= kMinStemmedWord &&
      (form.words.size() > 1 || lex_.InflectionAllows(t.language, t.normalized, form.words[k])) &&
      lex_.StemAllows(t.language, t.normalized, form.words[k])) {
    *exact = false;
    return true;
  }
  return false;
}

// Whether the phrase at `pos` ends in a person noun met by stem, after a determiner: "with a
// product manager", "report to the Project Manager" name a person, not the skill ("as a project
// manager" names the role, and shows it).
bool MatchPass::PersonAfterDeterminer(const detail::CompiledForm& form,
                                      const std::vector<std::uint32_t>& view,
                                      std::size_t pos) const {
  const std::size_t n = form.words.size();
  const Token& last = tokens_[view[pos + n - 1]];
  if (pos == 0 || last.normalized == form.words[n - 1] || last.language >= lex_.inflection.size()) {
    return false;
  }
  const detail::InflectionRule& rule = lex_.inflection[last.language];
  const Token& before = tokens_[view[pos - 1]];
  if (!rule.PersonNoun(last.normalized) || !rule.Determiner(before.normalized) ||
      !PhraseGap(before, tokens_[view[pos]].begin)) {
    return false;
  }
  return pos < 2 || !rule.RoleWord(tokens_[view[pos - 2]].normalized);
}

void MatchPass::TryForms(const std::vector<std::uint32_t>& view, std::size_t pos,
                         const std::vector<std::uint32_t>* next_part,
                         const std::vector<std::uint32_t>* ids) {
  if (ids == nullptr) return;
  for (std::uint32_t id : *ids) {
    const detail::CompiledForm& form = lex_.index.forms()[id];
    const std::size_t n = form.words.size();
    if (pos + n > view.size()) continue;
    if (next_part != nullptr && (*next_part)[pos] >= pos + n) continue;
    bool exact = true;
    bool ok = true;
    bool on_part = false;
    for (std::size_t k = 0; ok && k < n; ++k) {
      const std::uint32_t ti = view[pos + k];
      on_part = on_part || tokens_[ti].part;
      // Words first (most candidates fail there), the gap between them after.
      ok = WordMatches(form, k, ti, &exact) &&
           (k == 0 || PhraseGap(tokens_[view[pos + k - 1]], tokens_[ti].begin));
    }
    if (!ok || (!exact && PersonAfterDeterminer(form, view, pos))) continue;
    const std::uint32_t first_token = view[pos];
    const std::uint32_t last_token = view[pos + n - 1];
    // A web address's scheme is no skill ("go to http://example.com").
    if (input_.substr(tokens_[last_token].end, 3) == "://") continue;
    MatchKind kind = form.kind;
    if (!exact && kind != MatchKind::kTransliteration) kind = MatchKind::kStem;
    candidates_.push_back({first_token, last_token, tokens_[first_token].begin,
                           tokens_[last_token].end, id, primary_of_[first_token],
                           primary_of_[last_token], kind, form.ambiguous, on_part});
  }
}

// `next_part`, for the expanded view: the first position at or after each one that holds a
// compound's part. A window of the expanded view without parts is a window of the primary
// view, already searched.
void MatchPass::Scan(const std::vector<std::uint32_t>& view,
                     const std::vector<std::uint32_t>* next_part) {
  const detail::PhraseIndex& index = lex_.index;
  for (std::size_t pos = 0; pos < view.size(); ++pos) {
    if (next_part != nullptr && (*next_part)[pos] >= pos + index.max_words()) continue;
    const std::uint32_t first_index = view[pos];
    const std::uint32_t first_word = word_id_[first_index];
    const std::uint32_t first_stem = stem_id_[first_index];
    if (first_word != kNoWord) TryForms(view, pos, next_part, index.ByWord(first_word));
    if (tokens_[first_index].kind == TokenKind::kWord && first_stem != kNoWord) {
      TryForms(view, pos, next_part, index.ByStem(first_stem));
    }
    if (pos + 1 < view.size() && (first_word != kNoWord || first_stem != kNoWord)) {
      const std::uint32_t second = view[pos + 1];
      TryForms(view, pos, next_part, index.ByTwoWords(first_word, word_id_[second]));
      if (first_stem != first_word || stem_id_[second] != word_id_[second]) {
        TryForms(view, pos, next_part, index.ByTwoWords(first_stem, stem_id_[second]));
      }
    }
  }
}

void MatchPass::FindCandidates() {
  Scan(primary_, nullptr);
  if (!any_parts_) return;
  std::vector<std::uint32_t> next_part(expanded_.size() + 1);
  next_part[expanded_.size()] =
      static_cast<std::uint32_t>(expanded_.size() + lex_.index.max_words());
  for (std::size_t q = expanded_.size(); q-- > 0;) {
    next_part[q] = tokens_[expanded_[q]].part ? static_cast<std::uint32_t>(q) : next_part[q + 1];
  }
  Scan(expanded_, &next_part);
}

// Evidence for ambiguous forms: a technical token or a technical skill on the same line.
void MatchPass::MarkEvidence() {
  evidence_.assign(primary_.size(), false);
  for (std::size_t p = 0; p < primary_.size(); ++p) {
    const Token& t = tokens_[primary_[p]];
    // E-mail addresses and web addresses are tech-shaped but say nothing about skills.
    evidence_[p] = t.kind == TokenKind::kTech && t.normalized.find('@') == std::string::npos &&
                   t.normalized.rfind("www.", 0) != 0;
  }
  for (const Candidate& c : candidates_) {
    if (!c.ambiguous && SkillOf(c).technical) evidence_[c.primary] = true;
  }
  ambiguous_at_.assign(primary_.size(), false);
  for (const Candidate& c : candidates_) {
    if (c.ambiguous) ambiguous_at_[c.primary] = true;
  }
  primary_words_.reserve(primary_.size());
  for (std::uint32_t i : primary_) primary_words_.push_back(&tokens_[i].normalized);
}

// At the start of a sentence a capital proves nothing ("Make it sync", "Go is"): there the form
// must stand as a list item (followed by , ; / ) | : or the end of the line) or be followed by
// a technical word, directly or after a stopword ("Go and Python", "Ruby и Rails").
bool MatchPass::StandsAlone(const Candidate& c) const {
  std::size_t after = c.end;
  while (after < input_.size() && (input_[after] == ' ' || input_[after] == '\t')) ++after;
  const bool list_item =
      after >= input_.size() ||
      std::string_view(",;/)|:\r\n").find(input_[after]) != std::string_view::npos;
  auto tech_at = [&](std::size_t q) {
    return q < primary_.size() && line_[q] == line_[c.primary] && evidence_[q];
  };
  const std::size_t next = c.primary_last + 1;
  const bool tech_next = tech_at(next) || (next < primary_.size() &&
                                           tokens_[primary_[next]].stopword && tech_at(next + 1));
  return list_item || tech_next;
}

// A bullet item, or a line, that is nothing but ambiguous names, stopwords between them, and at
// most three words before them ("• знание Go;", "- Knowledge of Go", "- Go или Rust", "C" alone
// on a line of a skills list): the item is about the name, evidence enough.
bool MatchPass::AloneOnItem(const Candidate& c) const {
  constexpr std::size_t kMaxWordsBefore = 3;
  const std::uint32_t line = line_[c.primary];
  std::size_t before = 0;
  for (std::size_t q = c.primary; q-- > 0 && line_[q] == line;) ++before;
  const std::uint32_t first = tokens_[primary_[c.primary - before]].begin;
  if (before > kMaxWordsBefore || (before > 0 && !ListItemAt(input_, first))) return false;
  std::size_t q = c.primary_last + 1;
  for (; q < primary_.size() && line_[q] == line; ++q) {
    if (!tokens_[primary_[q]].stopword && !ambiguous_at_[q]) return false;
  }
  for (std::size_t i = tokens_[primary_[q - 1]].end; i < input_.size() && input_[i] != '\n'; ++i) {
    if (std::string_view(" \t\r;.,)").find(input_[i]) == std::string_view::npos) return false;
  }
  return true;
}

// A list written all in lower case ("python, sql, excel", "стек: go, postgresql"): the form,
// written in lower case, is an item of it (a list mark before it, one after it) and a
// technical word in lower case is an item beside it on the same line. There the missing capital
// is the writer's style, not a sign of the common word.
bool MatchPass::InLowerCaseList(const Candidate& c) const {
  const std::string_view written = input_.substr(c.begin, c.end - c.begin);
  if (std::any_of(written.begin(), written.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; }))
    return false;
  std::size_t before = c.begin;
  while (before > 0 && (input_[before - 1] == ' ' || input_[before - 1] == '\t')) --before;
  std::size_t after = c.end;
  while (after < input_.size() && (input_[after] == ' ' || input_[after] == '\t')) ++after;
  const bool marked_before =
      before > 0 && std::string_view(",;/(|:").find(input_[before - 1]) != std::string_view::npos;
  const bool marked_after =
      after >= input_.size() ||
      std::string_view(",;/)|.\r\n").find(input_[after]) != std::string_view::npos;
  if (!marked_before || !marked_after) return false;
  auto lower_tech = [&](std::size_t q) {
    if (q >= primary_.size() || line_[q] != line_[c.primary] || !evidence_[q]) return false;
    const Token& t = tokens_[primary_[q]];
    const std::string_view text = input_.substr(t.begin, t.end - t.begin);
    return std::none_of(text.begin(), text.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; });
  };
  return (c.primary > 0 && lower_tech(c.primary - 1)) || lower_tech(c.primary_last + 1);
}

// A line written as a list of skills ("Full-cycle recruiting, sourcing, Workday, Excel,
// Outlook"): the name, with its usual casing (MayBeSkill), is one of three or more items
// separated by , ; or | (after a "Label:" if any), each of at most four words, and another item
// of the line is a skill found without doubt (of any kind but a spoken language or a soft
// skill). Not "Trust, Drive, Excel", "Our values: Integrity, Unity, Teamwork", nor "Languages:
// English, Spanish, Go".
bool MatchPass::ItemOfSkillList(const Candidate& c) const {
  constexpr std::size_t kMinItems = 3;
  constexpr std::size_t kMaxItemWords = 4;
  std::size_t from = input_.rfind('\n', c.begin);
  from = from == std::string_view::npos ? 0 : from + 1;
  std::size_t to = input_.find('\n', c.end);
  if (to == std::string_view::npos) to = input_.size();
  const std::size_t colon = input_.substr(from, c.begin - from).find(':');
  if (colon != std::string_view::npos) from += colon + 1;
  auto mark_at = [&](std::size_t i) {
    return std::string_view(",;|").find(input_[i]) != std::string_view::npos;
  };
  std::size_t items = 1;
  std::size_t words = 0;
  bool in_word = false;
  for (std::size_t i = from; i < to; ++i) {
    const char ch = input_[i];
    if (mark_at(i)) {
      ++items;
      words = 0;
    } else if (ch == ' ' || ch == '\t') {
      in_word = false;
      continue;
    } else if (!in_word && ++words > kMaxItemWords) {
      return false;
    }
    in_word = !mark_at(i);
  }
  if (items < kMinItems) return false;
  auto item_mark = [&](std::size_t i, bool before) {
    while (before ? i > from && (input_[i - 1] == ' ' || input_[i - 1] == '\t')
                  : i < to && (input_[i] == ' ' || input_[i] == '\t')) {
      before ? --i : ++i;
    }
    if (before) return i == from || mark_at(i - 1);
    return i == to || mark_at(i) || input_[i] == '.' || input_[i] == '(' || input_[i] == '\r';
  };
  if (!item_mark(c.begin, true) || !item_mark(c.end, false)) return false;
  return std::any_of(candidates_.begin(), candidates_.end(), [&](const Candidate& o) {
    return !o.ambiguous && o.begin >= from && o.end <= to &&
           (o.end <= c.begin || o.begin >= c.end) &&
           SkillOf(o).category != detail::kSpokenLanguages &&
           SkillOf(o).category != detail::kSoftSkills;
  });
}

// The word right before the name (nothing but spaces or a colon between: "in Go", "Languages:
// Go") or right after it (spaces between: "Go services") is a proof of its skill
// (data/lexicon/proofs.txt), unless a capitalized word follows the name (a person, a place).
bool MatchPass::ProvenByNeighbour(const Candidate& c) const {
  const detail::CompiledForm& form = lex_.index.forms()[c.form_id];
  const std::string& skill = lex_.skills[form.skill].id;
  auto gap_only = [&](std::uint32_t from, std::uint32_t to, std::string_view allowed) {
    return from <= to &&
           input_.substr(from, to - from).find_first_not_of(allowed) == std::string_view::npos;
  };
  const std::string* before = nullptr;
  if (c.primary > 0 && line_[c.primary - 1] == line_[c.primary]) {
    const Token& t = tokens_[primary_[c.primary - 1]];
    if (gap_only(t.end, c.begin, " \t:")) before = &t.normalized;
  }
  const std::string* after = nullptr;
  const std::size_t next = c.primary_last + 1;
  if (next < primary_.size() && line_[next] == line_[c.primary]) {
    const Token& t = tokens_[primary_[next]];
    if (gap_only(c.end, t.begin, " \t")) {
      // "with Julia Ivanova", "in Go Nevada": a capitalized word after the name makes it a name.
      const auto lead = static_cast<unsigned char>(input_[t.begin]);
      if (lead >= 'A' && lead <= 'Z' && t.kind != TokenKind::kTech) return false;
      after = &t.normalized;
    }
  }
  return lex_.guard.Proves(skill, before, after);
}

bool MatchPass::HasEvidence(const Candidate& c) const {
  if (!MayBeSkill(c)) return false;
  if (c.on_part) return true;  // its compound's second part proves it ("Go-developer")
  if (AloneOnItem(c) || ProvenByNeighbour(c) || ItemOfSkillList(c)) return true;
  if (OpensSentence(input_, c.begin) && !StandsAlone(c)) return false;
  const std::size_t from = c.primary >= kEvidenceWindow ? c.primary - kEvidenceWindow : 0;
  const std::size_t to = std::min(primary_.size(), c.primary_last + kEvidenceWindow + 1);
  for (std::size_t q = from; q < to; ++q) {
    if (q >= c.primary && q <= c.primary_last) continue;
    if (line_[q] == line_[c.primary] && evidence_[q]) return true;
  }
  return false;
}

// An ambiguous name joined to `other`, a technical name kept, on one line: nothing between but
// list marks (", / ( ) +"), at most one joining word of data/lexicon/proofs.txt ("or", "или")
// and at most one version number ("Go (or Rust) and Docker", "Go 1.21+ or Rust").
bool MatchPass::JoinedTo(const Candidate& c, const Candidate& other) const {
  if (line_[other.primary] != line_[c.primary]) return false;
  const bool after = other.primary > c.primary_last;
  if (!after && other.primary_last >= c.primary) return false;
  const std::size_t from = after ? c.primary_last + 1 : other.primary_last + 1;
  const std::size_t to = after ? other.primary : c.primary;
  const std::string& skill = SkillOf(c).id;
  if (!lex_.guard.Joinable(skill)) return false;
  int words = 0;
  int numbers = 0;
  std::uint32_t at = after ? c.end : other.end;
  for (std::size_t q = from; q <= to; ++q) {
    const std::uint32_t next =
        q < to ? tokens_[primary_[q]].begin : (after ? other.begin : c.begin);
    if (next < at ||
        input_.substr(at, next - at).find_first_not_of(" \t,/()+") != std::string_view::npos) {
      return false;
    }
    if (q == to) break;
    const Token& t = tokens_[primary_[q]];
    if (t.kind == TokenKind::kNumber) {
      ++numbers;
    } else if (lex_.guard.Joins(skill, t.normalized)) {
      ++words;
    } else {
      return false;
    }
    at = t.end;
  }
  return words <= 1 && numbers <= 1;
}

// The candidate is the first part of a two-part compound whose second part proves the skill.
bool MatchPass::FirstPartProven(const Candidate& c, const std::string& skill) const {
  const std::uint32_t next = c.last_token + 1;
  if (c.first_token == 0 || next >= tokens_.size() || !tokens_[next].part) return false;
  const Token& compound = tokens_[c.first_token - 1];
  if (!compound.compound || compound.begin != c.begin || compound.end != tokens_[next].end) {
    return false;
  }
  // As written or by stem: "Go-разработчика" is "Go-разработчик".
  return lex_.guard.Proves(skill, nullptr, &tokens_[next].normalized) ||
         lex_.guard.Proves(skill, nullptr, &tokens_[next].stem);
}

// Whether an ambiguous candidate may be its skill at all: the usual casing, not inside "R&D",
// no part of a hyphenated word but a proven first one, no trap.
bool MatchPass::MayBeSkill(const Candidate& c) const {
  const detail::CompiledForm& form = lex_.index.forms()[c.form_id];
  const SkillForm& written = lex_.skills[form.skill].forms[form.form];
  // "rust-proof", "go-to": a part of a hyphenated word only as its first part before a word
  // that proves it ("Go-разработчик", "Go-developer"; data/lexicon/proofs.txt, after).
  if (c.on_part && !FirstPartProven(c, lex_.skills[form.skill].id)) return false;
  // Usual casing: "Go" and "C" as written in the lexicon, not "go" or "c". A form written in
  // lower case ("pandas") has no casing to check.
  const bool has_capital = std::any_of(written.text.begin(), written.text.end(),
                                       [](char ch) { return ch >= 'A' && ch <= 'Z'; });
  if (has_capital && input_.substr(c.begin, c.end - c.begin) != written.text &&
      !InLowerCaseList(c)) {
    return false;
  }
  // "R&D", "Q&A", "AT&T".
  if ((c.begin > 0 && input_[c.begin - 1] == '&') ||
      (c.end < input_.size() && input_[c.end] == '&')) {
    return false;
  }
  return !lex_.guard.InTrap(primary_words_, c.primary);
}

// Keeps the `open` candidates joined to a kept technical name, and so on along a list.
void MatchPass::KeepJoined(std::vector<std::size_t> open, std::vector<bool>* keep) const {
  std::vector<bool>& kept = *keep;
  // JoinedTo holds only between candidates a few tokens apart (a joiner and a version between):
  // each open one looks at those near it, by candidates in token order, in passes forward and
  // back until none is added (a chain is taken whole by the pass in its direction).
  constexpr std::uint32_t kJoinReach = 3;  // tokens between two joined names, at most, plus one
  std::vector<std::size_t> order(candidates_.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return candidates_[a].primary < candidates_[b].primary;
  });
  std::vector<std::size_t> rank(order.size());
  for (std::size_t r = 0; r < order.size(); ++r) rank[order[r]] = r;
  auto joined_to_kept = [&](std::size_t i) {
    const Candidate& c = candidates_[i];
    for (std::size_t r = rank[i]; r-- > 0;) {  // before it
      const Candidate& o = candidates_[order[r]];
      if (o.primary + lex_.index.max_words() + kJoinReach < c.primary) break;
      if (kept[order[r]] && SkillOf(o).technical && JoinedTo(c, o)) return true;
    }
    for (std::size_t r = rank[i] + 1; r < order.size(); ++r) {  // after it
      const Candidate& o = candidates_[order[r]];
      if (o.primary > c.primary_last + kJoinReach + 1) break;
      if (kept[order[r]] && SkillOf(o).technical && JoinedTo(c, o)) return true;
    }
    return false;
  };
  std::sort(open.begin(), open.end(),
            [&](std::size_t a, std::size_t b) { return rank[a] < rank[b]; });
  for (bool grew = !open.empty(), forward = true; grew; forward = !forward) {
    grew = false;
    for (std::size_t k = 0; k < open.size(); ++k) {
      const std::size_t i = open[forward ? k : open.size() - 1 - k];
      if (!kept[i] && joined_to_kept(i)) kept[i] = grew = true;
    }
  }
}

// Ambiguous names without evidence go, but for those joined to a kept technical name (and so
// on along a list: "Go, Rust or C" beside "Docker").
void MatchPass::DropUnproven() {
  MarkEvidence();
  std::vector<bool> kept(candidates_.size());
  std::vector<std::size_t> open;  // ambiguous, no evidence of their own, may be skills
  for (std::size_t i = 0; i < candidates_.size(); ++i) {
    const Candidate& c = candidates_[i];
    kept[i] = !c.ambiguous || HasEvidence(c);
    if (!kept[i] && MayBeSkill(c)) open.push_back(i);
  }
  if (!open.empty()) KeepJoined(std::move(open), &kept);
  std::size_t out = 0;
  for (std::size_t i = 0; i < candidates_.size(); ++i) {
    if (kept[i]) candidates_[out++] = candidates_[i];
  }
  candidates_.resize(out);
}

// A non-technical skill's name, as listed (not inflected), right before a noun for a group of
// people, on its line with only spaces between, names the group: "dashboards the leadership
// team reads", "work with the Sales team" (data/lang/<code>/inflection.tsv, group-noun); not
// "coach and mentor team members".
void MatchPass::DropGroupNames() {
  std::erase_if(candidates_, [&](const Candidate& c) {
    // The name as written, not an inflection: "mentor team members" is the work.
    if (c.kind == MatchKind::kStem) return false;
    const std::size_t next = c.primary_last + 1;
    if (next >= primary_.size() || line_[next] != line_[c.primary]) return false;
    const Token& t = tokens_[primary_[next]];
    if (!lex_.GroupNoun(t.language, t.normalized) ||
        input_.substr(c.end, t.begin - c.end).find_first_not_of(" \t") != std::string_view::npos) {
      return false;
    }
    return !SkillOf(c).technical;
  });
}

// Nested matches: a skill inside a longer match of another skill is implied by it ("SQL" in
// "SQL Server", "Docker" in "Docker Compose"). Reported too, flagged nested, leftmost-longest
// among themselves. Returns which candidates were added so.
std::vector<bool> MatchPass::AddNested(std::vector<const Candidate*>* selected) const {
  std::vector<const Candidate*> outer = *selected;
  std::sort(outer.begin(), outer.end(),
            [](const Candidate* a, const Candidate* b) { return a->begin < b->begin; });
  std::vector<bool> is_nested(candidates_.size(), false);
  std::uint32_t kept_nested_end = 0;
  for (std::size_t k = 0; k < candidates_.size(); ++k) {
    const Candidate& c = candidates_[k];
    auto it = std::upper_bound(outer.begin(), outer.end(), c.begin,
                               [](std::uint32_t b, const Candidate* o) { return b < o->begin; });
    if (it == outer.begin()) continue;
    const Candidate& o = **std::prev(it);
    if (c.end > o.end || (c.begin == o.begin && c.end == o.end)) continue;
    if (lex_.index.forms()[c.form_id].skill == lex_.index.forms()[o.form_id].skill) continue;
    // An ambiguous form inside a phrase is part of the phrase ("Red" in "Red Hat").
    if (c.ambiguous) continue;
    if (kept_nested_end > c.begin) continue;
    kept_nested_end = c.end;
    selected->push_back(&c);
    is_nested[k] = true;
  }
  return is_nested;
}

std::vector<SkillMatch> MatchPass::Select() {
  // Overlaps, leftmost-longest: the match that starts first wins, and of those starting at one
  // place the longest in bytes; then exact before inflected, then the skill and form added to
  // the lexicon first.
  const auto& forms = lex_.index.forms();
  std::sort(candidates_.begin(), candidates_.end(), [&](const Candidate& a, const Candidate& b) {
    if (a.begin != b.begin) return a.begin < b.begin;
    if (a.end != b.end) return a.end > b.end;
    if (IsInflected(a.kind) != IsInflected(b.kind)) return !IsInflected(a.kind);
    const auto& fa = forms[a.form_id];
    const auto& fb = forms[b.form_id];
    if (fa.skill != fb.skill) return fa.skill < fb.skill;
    if (fa.form != fb.form) return fa.form < fb.form;
    return a.first_token < b.first_token;
  });
  // In order of begin, a candidate overlaps a kept match only if it overlaps the last one kept.
  std::uint32_t kept_end = 0;
  std::vector<const Candidate*> selected;
  for (const Candidate& c : candidates_) {
    if (kept_end > c.begin) continue;
    kept_end = c.end;
    selected.push_back(&c);
  }
  const std::vector<bool> is_nested = AddNested(&selected);
  std::sort(selected.begin(), selected.end(), [](const Candidate* a, const Candidate* b) {
    return a->begin != b->begin ? a->begin < b->begin : a->end > b->end;
  });
  std::vector<SkillMatch> matches;
  matches.reserve(selected.size());
  for (const Candidate* c : selected) {
    const detail::CompiledForm& form = forms[c->form_id];
    const Skill& skill = lex_.skills[form.skill];
    SkillMatch m;
    m.skill = &skill;
    m.begin = c->begin;
    m.end = c->end;
    m.first_token = c->first_token;
    m.token_count = c->last_token - c->first_token + 1;
    m.form = skill.forms[form.form].text;
    m.kind = c->kind;
    m.ambiguous_form = c->ambiguous;
    m.nested = is_nested[static_cast<std::size_t>(c - candidates_.data())];
    matches.push_back(std::move(m));
  }
  return matches;
}

}  // namespace

MatchResult Lexicon::Impl::Match(const AnalyzedText& text, std::string_view input,
                                 bool with_candidates, const detail::TokenIds* ids) const {
  MatchResult result;
  if (text.tokens.empty()) return result;
  MatchPass pass(*this, text, input, ids);
  pass.BuildViews();
  pass.NumberLines();
  pass.LookUpWords();
  pass.FindCandidates();
  pass.DropUnproven();
  pass.DropGroupNames();
  result.matches = pass.Select();
  if (with_candidates) {
    result.candidates = detail::FindCandidateTerms(text, input, result.matches, candidate_words);
  }
  return result;
}

}  // namespace tailorcore
