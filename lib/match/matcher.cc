// The matcher: finds the lexicon's forms in an analyzed text. Rules (docs/matching.md):
//  - matching runs over tokens, never raw bytes: a form is found only as whole tokens;
//  - two views of the text are searched: compounds whole ("event-driven") and compounds as
//    their parts ("event", "driven"), so both spellings of a form meet both spellings in text;
//  - the words of a multi-word form may be separated only by spaces, hyphens or slashes;
//  - a word matches exactly (normalized) or, for stemmable forms, by its Snowball stem (a
//    one-word English form only when one word is a prefix of the other);
//  - an ambiguous form counts only with evidence (ambiguity guards below);
//  - overlaps, leftmost-longest: the match that starts first wins, and of those that start at
//    one place the longest; then the exact match over the inflected one, then the skill and
//    form added to the lexicon first;
//  - a match of another skill inside a kept match is reported as nested ("SQL" inside
//    "SQL Server"): the longer phrase implies it.
#include <algorithm>
#include <cstring>

#include "match/candidates.h"
#include "match/lexicon_impl.h"

namespace tailorcore {
namespace {

// How far (in words on the same line) an ambiguous form looks for a technical word.
constexpr std::size_t kEvidenceWindow = 8;
// One-word English forms shorter than this match only exactly ("AGS" must not find "AG").
constexpr std::size_t kMinEnglishStemmedWord = 5;
// No word of a form shorter than this matches by stem: "ИИ" (AI) must not find the
// conjunction "и", whose stem is the same letter.
constexpr std::size_t kMinStemmedWord = 4;

std::size_t CodePoints(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  }
  return n;
}

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

bool IsInflected(MatchKind kind) { return kind == MatchKind::kStem; }

// True when the text before `begin` (spaces aside) ends a sentence or a list mark, or is empty.
bool StartsSentence(std::string_view input, std::size_t begin) {
  while (begin > 0 && (input[begin - 1] == ' ' || input[begin - 1] == '\t')) --begin;
  if (begin == 0) return true;
  const char c = input[begin - 1];
  if (c == '.' || c == '!' || c == '?' || c == '\n' || c == '\r' || c == '*' || c == '-') {
    return true;
  }
  return begin >= 3 && input.substr(begin - 3, 3) == "\xE2\x80\xA2";  // a bullet
}

// English inflection of a one-word form adds an inflectional ending to the whole word:
// "databases" finds "database", but "production" must not find "productivity", nor "profile"
// "profilers", though Snowball stems each pair alike.
bool InflectionOf(std::string_view a, std::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.substr(0, a.size()) != a) return false;
  const std::string_view ending = b.substr(a.size());
  return ending == "s" || ending == "es" || ending == "'s" || ending == "d" || ending == "ed" ||
         ending == "ing";
}

}  // namespace

const char* MatchKindName(MatchKind kind) {
  switch (kind) {
    case MatchKind::kExact:
      return "exact";
    case MatchKind::kVariant:
      return "variant";
    case MatchKind::kAcronym:
      return "acronym";
    case MatchKind::kStem:
      return "stem";
    case MatchKind::kTransliteration:
      return "transliteration";
  }
  return "unknown";
}

MatchResult Lexicon::Impl::Match(const AnalyzedText& text, std::string_view input,
                                 bool with_candidates) const {
  MatchResult result;
  const std::vector<Token>& tokens = text.tokens;
  if (tokens.empty()) return result;

  // The primary view (compounds whole) and the expanded view (compounds as parts).
  std::vector<std::uint32_t> primary;
  std::vector<std::uint32_t> primary_of(tokens.size());
  std::vector<std::uint32_t> expanded;
  bool any_parts = false;
  for (std::uint32_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].part) {
      primary_of[i] = static_cast<std::uint32_t>(primary.size() - 1);
      expanded.push_back(i);
      any_parts = true;
      continue;
    }
    primary_of[i] = static_cast<std::uint32_t>(primary.size());
    primary.push_back(i);
    const bool has_parts = tokens[i].compound && i + 1 < tokens.size() && tokens[i + 1].part;
    if (!has_parts) expanded.push_back(i);
  }
  // Line number of each primary token, for the evidence window.
  std::vector<std::uint32_t> line(primary.size());
  {
    std::uint32_t current = 0;
    std::size_t scanned = 0;
    for (std::size_t p = 0; p < primary.size(); ++p) {
      const std::size_t begin = tokens[primary[p]].begin;
      for (const char* nl = nullptr;
           scanned < begin && (nl = static_cast<const char*>(
                                   std::memchr(input.data() + scanned, '\n', begin - scanned)));) {
        ++current;
        scanned = static_cast<std::size_t>(nl - input.data()) + 1;
      }
      scanned = std::max(scanned, begin);
      line[p] = current;
    }
  }

  // Only spaces, hyphens and slashes may separate the words of a phrase ("Spring Boot",
  // "Spring-Boot", "integration/continuous delivery";
  // not "Spring, Boot" or across a line break).
  auto phrase_gap = [&](std::uint32_t from, std::uint32_t to) {
    if (to < from) return false;
    const std::string_view gap = input.substr(from, to - from);
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
    for (char c : analyzer.Normalize(gap)) {
      if (c != ' ' && c != '-') return false;
    }
    return true;
  };

  // Each token's word and stem as vocabulary ids (kNoWord when no form uses them): one lookup
  // per token, integer comparisons after.
  constexpr std::uint32_t kNoWord = detail::PhraseIndex::kNoWord;
  std::vector<std::uint32_t> word_id(tokens.size());
  std::vector<std::uint32_t> stem_id(tokens.size());
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    word_id[i] = index.WordId(tokens[i].normalized);
    stem_id[i] = tokens[i].stem == tokens[i].normalized ? word_id[i] : index.WordId(tokens[i].stem);
  }

  std::vector<Candidate> candidates;
  // `touches_part`, for the expanded view: the first position at or after each one that holds
  // a compound's part. A window of the expanded view without parts is a window of the primary
  // view, already searched.
  auto scan = [&](const std::vector<std::uint32_t>& view,
                  const std::vector<std::uint32_t>* next_part) {
    for (std::size_t pos = 0; pos < view.size(); ++pos) {
      if (next_part != nullptr && (*next_part)[pos] >= pos + index.max_words()) continue;
      const std::uint32_t first_index = view[pos];
      const Token& first = tokens[first_index];
      auto try_forms = [&](const std::vector<std::uint32_t>* ids) {
        if (ids == nullptr) return;
        for (std::uint32_t id : *ids) {
          const detail::CompiledForm& form = index.forms()[id];
          const std::size_t n = form.words.size();
          if (pos + n > view.size()) continue;
          if (next_part != nullptr && (*next_part)[pos] >= pos + n) continue;
          bool exact = true;
          bool ok = true;
          bool on_part = false;
          for (std::size_t k = 0; ok && k < n; ++k) {
            const std::uint32_t ti = view[pos + k];
            const Token& t = tokens[ti];
            on_part = on_part || t.part;
            // Words first (most candidates fail there), the gap between them after.
            if (word_id[ti] == form.word_ids[k]) {
              if (k > 0 && !phrase_gap(tokens[view[pos + k - 1]].end, t.begin)) ok = false;
              continue;
            } else if (form.stemmable && t.kind == TokenKind::kWord && !t.stopword &&
                       stem_id[ti] == form.stem_ids[k] &&
                       CodePoints(form.words[k]) >= kMinStemmedWord &&
                       (n > 1 || t.script != Script::kLatin ||
                        (form.words[k].size() >= kMinEnglishStemmedWord &&
                         InflectionOf(t.normalized, form.words[k])))) {
              exact = false;
              if (k > 0 && !phrase_gap(tokens[view[pos + k - 1]].end, t.begin)) ok = false;
            } else {
              ok = false;
            }
          }
          if (!ok) continue;
          const std::uint32_t first_token = view[pos];
          const std::uint32_t last_token = view[pos + n - 1];
          MatchKind kind = form.kind;
          if (!exact && kind != MatchKind::kTransliteration) kind = MatchKind::kStem;
          candidates.push_back({first_token, last_token, tokens[first_token].begin,
                                tokens[last_token].end, id, primary_of[first_token],
                                primary_of[last_token], kind, form.ambiguous, on_part});
        }
      };
      const std::uint32_t first_word = word_id[first_index];
      const std::uint32_t first_stem = stem_id[first_index];
      if (first_word != kNoWord) try_forms(index.ByWord(first_word));
      if (first.kind == TokenKind::kWord && first_stem != kNoWord) {
        try_forms(index.ByStem(first_stem));
      }
      if (pos + 1 < view.size() && (first_word != kNoWord || first_stem != kNoWord)) {
        const std::uint32_t second_index = view[pos + 1];
        try_forms(index.ByTwoWords(first_word, word_id[second_index]));
        if (first_stem != first_word || stem_id[second_index] != word_id[second_index]) {
          try_forms(index.ByTwoWords(first_stem, stem_id[second_index]));
        }
      }
    }
  };
  scan(primary, nullptr);
  if (any_parts) {
    std::vector<std::uint32_t> next_part(expanded.size() + 1);
    next_part[expanded.size()] = static_cast<std::uint32_t>(expanded.size() + index.max_words());
    for (std::size_t q = expanded.size(); q-- > 0;) {
      next_part[q] = tokens[expanded[q]].part ? static_cast<std::uint32_t>(q) : next_part[q + 1];
    }
    scan(expanded, &next_part);
  }

  // Evidence for ambiguous forms: a technical token or a technical skill nearby on the line.
  std::vector<bool> evidence(primary.size(), false);
  for (std::size_t p = 0; p < primary.size(); ++p) {
    const Token& t = tokens[primary[p]];
    // E-mail addresses and web addresses are tech-shaped but say nothing about skills.
    evidence[p] = t.kind == TokenKind::kTech && t.normalized.find('@') == std::string::npos &&
                  t.normalized.rfind("www.", 0) != 0;
  }
  for (const Candidate& c : candidates) {
    if (c.ambiguous) continue;
    const Skill& skill = skills[index.forms()[c.form_id].skill];
    if (non_technical_categories.count(skill.category) == 0) evidence[c.primary] = true;
  }
  std::vector<const std::string*> primary_words;
  primary_words.reserve(primary.size());
  for (std::uint32_t i : primary) primary_words.push_back(&tokens[i].normalized);

  auto has_evidence = [&](const Candidate& c) {
    const detail::CompiledForm& form = index.forms()[c.form_id];
    const SkillForm& written = skills[form.skill].forms[form.form];
    // "rust-proof", "go-to": never a part of a hyphenated word.
    if (c.on_part) return false;
    // Usual casing: "Go" and "C" as written in the lexicon, not "go" or "c". A form written
    // in lower case ("pandas") has no casing to check.
    const bool has_capital = std::any_of(written.text.begin(), written.text.end(),
                                         [](char ch) { return ch >= 'A' && ch <= 'Z'; });
    if (has_capital && input.substr(c.begin, c.end - c.begin) != written.text) return false;
    // "R&D", "Q&A", "AT&T".
    if ((c.begin > 0 && input[c.begin - 1] == '&') ||
        (c.end < input.size() && input[c.end] == '&')) {
      return false;
    }
    if (guard.InTrap(primary_words, c.primary)) return false;
    // At the start of a sentence a capital proves nothing ("Make it sync", "Go is"): there the
    // form must stand as a list item (followed by , ; / ) | : or the end of the line) or be
    // followed by a technical word, directly or after a stopword.
    if (StartsSentence(input, c.begin)) {
      std::size_t after = c.end;
      while (after < input.size() && (input[after] == ' ' || input[after] == '\t')) ++after;
      const bool list_item =
          after >= input.size() ||
          std::string_view(",;/)|:\r\n").find(input[after]) != std::string_view::npos;
      // The next word, or the one after a stopword ("Go and Python", "Ruby и Rails").
      auto tech_at = [&](std::size_t q) {
        return q < primary.size() && line[q] == line[c.primary] && evidence[q];
      };
      const std::size_t next = c.primary_last + 1;
      const bool tech_next = tech_at(next) || (next < primary.size() &&
                                               tokens[primary[next]].stopword && tech_at(next + 1));
      if (!list_item && !tech_next) return false;
    }
    const std::size_t from = c.primary >= kEvidenceWindow ? c.primary - kEvidenceWindow : 0;
    const std::size_t to = std::min(primary.size(), c.primary_last + kEvidenceWindow + 1);
    for (std::size_t q = from; q < to; ++q) {
      if (q >= c.primary && q <= c.primary_last) continue;
      if (line[q] == line[c.primary] && evidence[q]) return true;
    }
    return false;
  };
  candidates.erase(
      std::remove_if(candidates.begin(), candidates.end(),
                     [&](const Candidate& c) { return c.ambiguous && !has_evidence(c); }),
      candidates.end());

  // Overlaps, leftmost-longest: scanning left to right, the match that starts first wins, and
  // of those starting at one place the longest in bytes; then exact before inflected, then the
  // skill and form added to the lexicon first.
  std::sort(candidates.begin(), candidates.end(), [&](const Candidate& a, const Candidate& b) {
    if (a.begin != b.begin) return a.begin < b.begin;
    if (a.end != b.end) return a.end > b.end;
    if (IsInflected(a.kind) != IsInflected(b.kind)) return !IsInflected(a.kind);
    const auto& fa = index.forms()[a.form_id];
    const auto& fb = index.forms()[b.form_id];
    if (fa.skill != fb.skill) return fa.skill < fb.skill;
    if (fa.form != fb.form) return fa.form < fb.form;
    return a.first_token < b.first_token;
  });
  // Candidates come in order of begin, so a candidate overlaps a kept match only if it overlaps
  // the last one kept: the end of that one is all there is to remember.
  std::uint32_t kept_end = 0;
  std::vector<const Candidate*> selected;
  for (const Candidate& c : candidates) {
    if (kept_end > c.begin) continue;
    kept_end = c.end;
    selected.push_back(&c);
  }
  // Nested matches: a skill inside a longer match of another skill is implied by it ("SQL" in
  // "SQL Server", "JavaScript" in "JavaScript frameworks", "Docker" in "Docker Compose").
  // Reported too, flagged nested, leftmost-longest among themselves.
  std::vector<const Candidate*> outer = selected;
  std::sort(outer.begin(), outer.end(),
            [](const Candidate* a, const Candidate* b) { return a->begin < b->begin; });
  std::vector<bool> is_nested(candidates.size(), false);
  std::uint32_t kept_nested_end = 0;
  for (std::size_t k = 0; k < candidates.size(); ++k) {
    const Candidate& c = candidates[k];
    auto it = std::upper_bound(outer.begin(), outer.end(), c.begin,
                               [](std::uint32_t b, const Candidate* o) { return b < o->begin; });
    if (it == outer.begin()) continue;
    const Candidate& o = **std::prev(it);
    if (c.end > o.end || (c.begin == o.begin && c.end == o.end)) continue;
    if (index.forms()[c.form_id].skill == index.forms()[o.form_id].skill) continue;
    // An ambiguous form inside a phrase is part of the phrase ("Red" in "Red Hat").
    if (c.ambiguous) continue;
    if (kept_nested_end > c.begin) continue;
    kept_nested_end = c.end;
    selected.push_back(&c);
    is_nested[k] = true;
  }
  std::sort(selected.begin(), selected.end(), [](const Candidate* a, const Candidate* b) {
    return a->begin != b->begin ? a->begin < b->begin : a->end > b->end;
  });
  result.matches.reserve(selected.size());
  for (const Candidate* c : selected) {
    const detail::CompiledForm& form = index.forms()[c->form_id];
    const Skill& skill = skills[form.skill];
    SkillMatch m;
    m.skill = &skill;
    m.begin = c->begin;
    m.end = c->end;
    m.first_token = c->first_token;
    m.token_count = c->last_token - c->first_token + 1;
    m.form = skill.forms[form.form].text;
    m.kind = c->kind;
    m.ambiguous_form = c->ambiguous;
    m.nested = is_nested[static_cast<std::size_t>(c - candidates.data())];
    result.matches.push_back(std::move(m));
  }

  if (with_candidates) {
    result.candidates = detail::FindCandidateTerms(text, input, result.matches, generic_words);
  }
  return result;
}

const std::vector<Skill>& Lexicon::skills() const { return impl_->skills; }
const std::vector<Category>& Lexicon::categories() const { return impl_->categories; }
const Analyzer& Lexicon::analyzer() const { return impl_->analyzer; }

const Skill* Lexicon::FindSkill(std::string_view id) const {
  auto it = impl_->skill_index.find(std::string(id));
  return it == impl_->skill_index.end() ? nullptr : &impl_->skills[it->second];
}

std::string Lexicon::CategoryName(const std::string& id) const {
  auto it = impl_->category_index.find(id);
  return it == impl_->category_index.end() ? id : impl_->categories[it->second].name;
}

std::vector<SkillMatch> Lexicon::Match(const AnalyzedText& text, std::string_view input) const {
  return impl_->Match(text, input, false).matches;
}

MatchResult Lexicon::MatchWithCandidates(const AnalyzedText& text, std::string_view input) const {
  return impl_->Match(text, input, true);
}

MatchResult Lexicon::Extract(std::string_view input) const {
  const AnalyzedText text = impl_->analyzer.Analyze(input);
  if (text.truncated) input = input.substr(0, text.input_bytes);
  return impl_->Match(text, input, true);
}

}  // namespace tailorcore
