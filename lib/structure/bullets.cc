#include "structure/bullets.h"

#include <re2/re2.h>

#include <algorithm>

#include "base/embedded_data.h"
#include "base/word_list.h"
#include "structure/document.h"
#include "structure/pattern_union.h"

namespace tailorcore::detail {
namespace {

constexpr std::string_view kNeutralPatterns = "structure/measurable-results.txt";
constexpr std::string_view kEndingPrefix = "ending:";
constexpr std::string_view kNotPrefix = "not:";

std::string_view AfterPrefix(std::string_view text, std::string_view prefix) {
  if (text.substr(0, prefix.size()) != prefix) return {};
  text.remove_prefix(prefix.size());
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  return text;
}

}  // namespace

StatusOr<BulletRules> BulletRules::Create(const Languages& languages, const Analyzer& analyzer) {
  BulletRules rules;
  for (std::size_t i = 0; i < languages.size(); ++i) {
    const auto id = static_cast<LanguageId>(i);
    auto verbs = languages.File(id, "action-verbs.txt");
    auto openers = languages.File(id, "weak-openers.txt");
    auto patterns = languages.File(id, "measurable-results.txt");
    for (const auto* file : {&verbs, &openers, &patterns}) {
      if (!file->ok()) return file->status();
    }
    const std::string verbs_name = languages.FileName(id, "action-verbs.txt");
    if (Status s = rules.AddWords(*verbs, *openers, id, analyzer, verbs_name); !s.ok()) return s;
    const std::string name = languages.FileName(id, "measurable-results.txt");
    if (Status s = rules.AddPatterns(*patterns, name); !s.ok()) return s;
  }
  auto neutral = EmbeddedData(kNeutralPatterns);
  if (!neutral.ok()) return neutral.status();
  if (Status s = rules.AddPatterns(*neutral, "data/" + std::string(kNeutralPatterns)); !s.ok()) {
    return s;
  }
  rules.openers_.Finish();
  return rules;
}

Status BulletRules::AddWords(std::string_view verbs, std::string_view openers, LanguageId language,
                             const Analyzer& analyzer, std::string_view verbs_name) {
  for (const WordListEntry& entry : ParseWordList(verbs)) {
    const std::string_view text = entry.text;
    if (const std::string_view ending = AfterPrefix(text, kEndingPrefix); !ending.empty()) {
      auto re = CaseInsensitive(std::string(ending));
      if (!re->ok()) {
        return Status(StatusCode::kDataError, std::string(verbs_name) + ":" +
                                                  std::to_string(entry.line) + ": " + re->error());
      }
      verb_endings_.push_back(std::move(re));
      continue;
    }
    const std::string_view no_verb = AfterPrefix(text, kNotPrefix);
    for (const Token& t : analyzer.Analyze(no_verb.empty() ? text : no_verb).tokens) {
      if (t.part) continue;
      if (no_verb.empty()) {
        verb_stems_.insert(t.stem);
      } else {
        not_verbs_.insert(t.normalized);
      }
    }
  }
  for (const WordListEntry& entry : ParseWordList(openers)) {
    std::vector<std::string> words = PhraseTable::WordsOf(analyzer, entry.text);
    if (!words.empty()) openers_.Add(std::move(words), language);
  }
  return Status::Ok();
}

bool BulletRules::IsActionVerb(const Token& word) const {
  if (word.kind != TokenKind::kWord) return false;
  if (verb_stems_.count(word.stem) > 0) return true;
  if (not_verbs_.count(word.normalized) > 0) return false;
  return std::any_of(verb_endings_.begin(), verb_endings_.end(),
                     [&](const auto& re) { return RE2::FullMatch(word.normalized, *re); });
}

Status BulletRules::AddPatterns(std::string_view patterns, std::string_view name) {
  std::size_t line = 0;
  std::string_view rest = patterns;
  while (!rest.empty()) {
    ++line;
    const std::size_t nl = rest.find('\n');
    std::string pattern(rest.substr(0, nl));
    rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
    if (!pattern.empty() && pattern.back() == '\r') pattern.pop_back();
    if (pattern.empty() || pattern[0] == '#') continue;
    auto re = CaseInsensitive(pattern);
    if (!re->ok()) {
      return Status(StatusCode::kDataError,
                    std::string(name) + ":" + std::to_string(line) + ": " + re->error());
    }
    patterns_.push_back(std::move(re));
  }
  return Status::Ok();
}

BulletFlags BulletRules::Review(std::string_view text,
                                const std::vector<const Token*>& words) const {
  BulletFlags flags;
  if (!words.empty()) flags.action_verb = IsActionVerb(*words.front());
  auto word = [&](std::size_t k) -> std::string_view { return words[k]->normalized; };
  openers_.ForEachAt(0, words.size(), word, [&](const PhraseTable::Phrase& opener) {
    flags.weak_opener = true;
    flags.opener_language = static_cast<LanguageId>(opener.value);
    flags.action_verb = false;  // "Helped" is a verb, but not an action that shows a result
    return true;
  });
  const re2::StringPiece piece(text.data(), text.size());
  for (const auto& re : patterns_) {
    if (RE2::PartialMatch(piece, *re)) {
      flags.measurable = true;
      break;
    }
  }
  return flags;
}

std::vector<BulletFacts> FindBullets(const BulletRules& rules, const AnalyzedDocument& resume) {
  std::vector<BulletFacts> bullets;
  const std::vector<Token>& tokens = resume.analyzed.tokens;
  for (const LineItem& item : resume.items) {
    const SectionKind section = resume.SectionAt(item.begin);
    if (IsListSection(section) || section == SectionKind::kTitle) continue;
    const std::string_view line =
        std::string_view(resume.text).substr(item.begin, item.end - item.begin);
    if (!(item.bullet || IsWorkSection(section)) || resume.RoleLine(item)) continue;
    if (resume.HeadingOn(item)) continue;  // a heading is no bullet
    std::vector<const Token*> words;
    auto it =
        std::lower_bound(tokens.begin(), tokens.end(), item.begin,
                         [](const Token& t, std::uint32_t offset) { return t.begin < offset; });
    for (; it != tokens.end() && it->begin < item.end; ++it) {
      if (!it->part) words.push_back(&*it);
    }
    if (words.size() < 3) continue;  // a fragment, not a sentence about work
    bullets.push_back({item.begin, item.end, std::string(line), rules.Review(line, words)});
  }
  return bullets;
}

}  // namespace tailorcore::detail
