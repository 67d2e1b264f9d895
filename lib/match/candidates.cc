#include "match/candidates.h"

#include <algorithm>

#include "base/text.h"

namespace tailorcore::detail {
namespace {

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }

std::size_t AsciiLetters(std::string_view s) {
  return static_cast<std::size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return IsUpper(c) || IsLower(c); }));
}

// True when the line around `pos` has letters but none of them lower case (a heading).
bool LineIsShouting(std::string_view input, std::size_t pos) {
  std::size_t from = input.rfind('\n', pos);
  from = from == std::string_view::npos ? 0 : from + 1;
  std::size_t to = input.find('\n', pos);
  if (to == std::string_view::npos) to = input.size();
  for (std::size_t i = from; i < to; ++i) {
    if (IsLower(input[i])) return false;
  }
  return true;
}

// E-mail addresses and domain names are not keywords ("jane@example.com", "example.org").
bool LooksLikeAddress(std::string_view normalized) {
  if (normalized.find('@') != std::string_view::npos) return true;
  static constexpr std::string_view kDomains[] = {".com", ".org",  ".ru",  ".de", ".uk", ".edu",
                                                  ".gov", ".info", ".biz", ".co", ".eu"};
  for (std::string_view domain : kDomains) {
    if (normalized.size() > domain.size() &&
        normalized.substr(normalized.size() - domain.size()) == domain) {
      return true;
    }
  }
  return false;
}

// A clock time or a range of them is no keyword ("9am", "9am-5pm", "10:30pm").
bool LooksLikeTime(std::string_view normalized) {
  bool meridiem = false;
  std::size_t from = 0;
  while (from <= normalized.size()) {
    std::size_t to = normalized.find('-', from);
    if (to == std::string_view::npos) to = normalized.size();
    std::string_view part = normalized.substr(from, to - from);
    if (part.ends_with("am") || part.ends_with("pm")) {
      meridiem = true;
      part.remove_suffix(2);
    }
    if (part.empty() || part.find_first_not_of("0123456789:.") != std::string_view::npos ||
        part.front() < '0' || part.front() > '9') {
      return false;
    }
    from = to + 1;
  }
  return meridiem;
}

// A count or a length before a hyphen and a word is no keyword ("6-person", "3-day",
// "24-hour", "5-star"): digits, a hyphen, then letters only.
bool LooksLikeMeasure(std::string_view normalized) {
  const std::size_t hyphen = normalized.find('-');
  if (hyphen == 0 || hyphen == std::string_view::npos || hyphen + 1 == normalized.size()) {
    return false;
  }
  const std::string_view count = normalized.substr(0, hyphen);
  const std::string_view word = normalized.substr(hyphen + 1);
  return count.find_first_not_of("0123456789") == std::string_view::npos &&
         std::all_of(word.begin(), word.end(), [](char c) {
           return (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80;
         });
}

}  // namespace

std::vector<CandidateTerm> FindCandidateTerms(const AnalyzedText& text, std::string_view input,
                                              const std::vector<SkillMatch>& matches,
                                              const StringSet& generic_words) {
  std::vector<CandidateTerm> out;
  const std::vector<Token>& tokens = text.tokens;
  // Which tokens are inside a match, and which are near one (for capitalized names).
  std::vector<bool> covered(tokens.size(), false);
  std::vector<std::uint32_t> primary;
  for (std::uint32_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].part) continue;
    primary.push_back(i);
  }
  for (const SkillMatch& m : matches) {
    for (std::uint32_t i = m.first_token; i < m.first_token + m.token_count; ++i) covered[i] = true;
    // A match on a part covers its compound too.
    for (std::uint32_t i = m.first_token; i > 0 && tokens[i].part; --i) covered[i - 1] = true;
  }
  // A capitalized word next to a matched skill, separated from it by a list separator
  // ("Python, Snowflake, dbt"), is in a list of skills.
  std::vector<bool> in_skill_list(tokens.size(), false);
  auto list_gap = [&](std::uint32_t from, std::uint32_t to) {
    if (to < from) return false;
    const std::string_view gap = input.substr(from, to - from);
    return gap.find_first_of(",/|;") != std::string_view::npos &&
           gap.find('\n') == std::string_view::npos;
  };
  for (std::size_t q = 0; q < primary.size(); ++q) {
    const std::uint32_t i = primary[q];
    if (covered[i]) continue;
    const bool left =
        q > 0 && covered[primary[q - 1]] && list_gap(tokens[primary[q - 1]].end, tokens[i].begin);
    const bool right = q + 1 < primary.size() && covered[primary[q + 1]] &&
                       list_gap(tokens[i].end, tokens[primary[q + 1]].begin);
    in_skill_list[i] = left || right;
  }

  StringSet seen;
  for (std::uint32_t i : primary) {
    const Token& t = tokens[i];
    if (covered[i] || t.stopword || t.kind == TokenKind::kNumber || t.script != Script::kLatin) {
      continue;
    }
    // The shape first (cheap, and most words fail it), then the lists.
    const std::string_view surface = input.substr(t.begin, t.end - t.begin);
    const std::size_t letters = AsciiLetters(surface);
    const char* reason = nullptr;
    if (t.kind == TokenKind::kTech && letters >= 2) {
      reason = "tech-shaped";
    } else if (letters >= 3 && letters <= 6 && letters == surface.size() &&
               std::all_of(surface.begin(), surface.end(), IsUpper) &&
               !LineIsShouting(input, t.begin)) {
      reason = "acronym";
    } else if (letters >= 3 && IsUpper(surface[0]) &&
               std::all_of(surface.begin() + 1, surface.end(), IsLower) && in_skill_list[i] &&
               !StartsSentence(input, t.begin)) {
      reason = "name among skills";
    }
    if (reason == nullptr) continue;
    if (LooksLikeAddress(t.normalized) || LooksLikeTime(t.normalized) ||
        LooksLikeMeasure(t.normalized) || generic_words.contains(t.normalized) ||
        !seen.insert(t.normalized).second) {
      continue;
    }
    out.push_back({t.begin, t.end, std::string(surface), t.normalized, reason});
  }
  return out;
}

}  // namespace tailorcore::detail
