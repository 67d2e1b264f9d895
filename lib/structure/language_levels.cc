#include "structure/language_levels.h"

#include <re2/re2.h>

#include <algorithm>

#include "base/word_list.h"

namespace tailorcore::detail {
namespace {

constexpr std::uint32_t kAfter = 60;   // bytes after the name where its level may stand
constexpr std::uint32_t kBefore = 40;  // and before it

}  // namespace

LanguageLevel LevelOfName(std::string_view code) {
  if (code.size() != 2) return 0;
  const char letter = static_cast<char>(code[0] & ~0x20);  // upper case
  if (letter < 'A' || letter > 'C' || (code[1] != '1' && code[1] != '2')) return 0;
  return (letter - 'A') * 2 + (code[1] - '0');
}

std::string LevelName(LanguageLevel level) {
  if (level < 1 || level > 6) return "";
  return std::string(1, static_cast<char>('A' + (level - 1) / 2)) +
         static_cast<char>('1' + (level - 1) % 2);
}

StatusOr<LanguageLevels> LanguageLevels::Create(const Languages& languages) {
  LanguageLevels levels;
  RE2::Options options;
  options.set_case_sensitive(false);
  options.set_log_errors(false);
  for (std::size_t i = 0; i < languages.size(); ++i) {
    const auto id = static_cast<LanguageId>(i);
    auto content = languages.File(id, "language-levels.tsv");
    if (!content.ok()) return content.status();
    const std::string name = languages.FileName(id, "language-levels.tsv");
    for (const WordListEntry& entry : ParseWordList(*content)) {
      const std::vector<std::string> f = SplitFields(entry.text);
      const bool shaped = f.size() == 3 && f[0] == "level";
      const LanguageLevel level = shaped ? LevelOfName(f[1]) : 0;
      auto re = std::make_shared<const RE2>(shaped ? f[2] : "", options);
      if (level == 0 || !re->ok() || re->pattern().empty()) {
        return Status(StatusCode::kDataError, name + ":" + std::to_string(entry.line) +
                                                  ": expected level <TAB> A1-C2 <TAB> pattern" +
                                                  (re->ok() ? "" : " (" + re->error() + ")"));
      }
      levels.words_.emplace_back(level, std::move(re));
    }
  }
  // A CEFR code on its own: "B2", "C1+", "(B1)"; not inside a word or a longer code.
  levels.cefr_ = std::make_shared<const RE2>(R"((?:^|[^\pL\pN])([ABCabc][12])(?:$|[^\pL\pN]))");
  return levels;
}

LanguageLevel LanguageLevels::LevelIn(std::string_view window) const {
  const re2::StringPiece piece(window.data(), window.size());
  re2::StringPiece code;
  if (RE2::PartialMatch(piece, *cefr_, &code)) {
    return LevelOfName(std::string_view(code.data(), code.size()));
  }
  for (const auto& [level, re] : words_) {
    if (RE2::PartialMatch(piece, *re)) return level;
  }
  return 0;
}

void LanguageLevels::WordsIn(std::string_view text, std::string_view window,
                             std::vector<std::pair<std::uint32_t, std::uint32_t>>* words) const {
  const re2::StringPiece piece(window.data(), window.size());
  auto add = [&](const re2::RE2& re) {
    re2::StringPiece m;
    for (std::size_t at = 0;
         at < piece.size() && re.Match(piece, at, piece.size(), RE2::UNANCHORED, &m, 1);) {
      const auto from = static_cast<std::uint32_t>(m.data() - text.data());
      words->emplace_back(from, from + static_cast<std::uint32_t>(m.size()));
      at = static_cast<std::size_t>(m.data() - piece.data()) + std::max<std::size_t>(m.size(), 1);
    }
  };
  add(*cefr_);
  for (const auto& [level, re] : words_) add(*re);
}

LanguageLevel LanguageLevels::LevelNear(
    std::string_view text, std::uint32_t begin, std::uint32_t end,
    std::vector<std::pair<std::uint32_t, std::uint32_t>>* words) const {
  // Up to the end of the line, or a list separator: "English — C1, German (B1)".
  std::size_t after_end = text.find_first_of("\n,;|", end);
  if (after_end == std::string_view::npos) after_end = text.size();
  after_end = std::min<std::size_t>(after_end, end + kAfter);
  std::string_view window = text.substr(end, after_end - end);
  LanguageLevel level = LevelIn(window);
  if (level == 0) {
    const std::size_t separator =
        begin == 0 ? std::string_view::npos : text.find_last_of("\n,;|", begin - 1);
    std::size_t before_begin = separator == std::string_view::npos ? 0 : separator + 1;
    before_begin = std::max<std::size_t>(before_begin, begin >= kBefore ? begin - kBefore : 0);
    window = text.substr(before_begin, begin - before_begin);
    level = LevelIn(window);
  }
  if (level != 0 && words != nullptr) WordsIn(text, window, words);
  return level;
}

}  // namespace tailorcore::detail
