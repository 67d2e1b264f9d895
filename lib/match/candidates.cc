#include "match/candidates.h"

#include <algorithm>
#include <unordered_set>

#include "base/text.h"

namespace tailorcore::detail {
namespace {

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
char AsciiLower(char c) { return IsUpper(c) ? static_cast<char>(c - 'A' + 'a') : c; }

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

// Whether a word (normalized) is an ordinary one: generic job-posting vocabulary
// (data/lexicon/generic-words.txt: "plus", "required"), or one the document writes in lower case
// outside a list of skills (where "shap" and "numpy" are names). Asked only of the few words
// shaped like a candidate, so it reads the tokens for each of the first kScans words asked
// about, and keeps a set of the document's lower-case words only when more are asked (a text
// of thousands of acronyms stays linear).
class OrdinaryWords {
 public:
  OrdinaryWords(const std::vector<Token>& tokens, const std::vector<std::uint32_t>& primary,
                std::string_view input, const std::vector<bool>& in_skill_list,
                const StringSet& generic)
      : tokens_(tokens),
        primary_(primary),
        input_(input),
        in_skill_list_(in_skill_list),
        generic_(generic) {}

  bool Generic(std::string_view word) const { return generic_.contains(word); }

  bool operator()(std::string_view word) {
    constexpr std::size_t kScans = 16;
    if (generic_.contains(word)) return true;
    if (built_) return lower_case_.contains(word);
    for (const auto& [known, ordinary] : answers_) {
      if (known == word) return ordinary;
    }
    if (answers_.size() == kScans) {
      for (std::uint32_t i : primary_) {
        if (LowerCase(i)) lower_case_.insert(tokens_[i].normalized);
      }
      built_ = true;
      return lower_case_.contains(word);
    }
    const bool ordinary = std::any_of(primary_.begin(), primary_.end(), [&](std::uint32_t i) {
      return tokens_[i].normalized.size() == word.size() && tokens_[i].normalized == word &&
             LowerCase(i);
    });
    answers_.emplace_back(word, ordinary);
    return ordinary;
  }

 private:
  // Whether primary token `i` is written in lower case, outside a list of skills.
  bool LowerCase(std::uint32_t i) const {
    const Token& t = tokens_[i];
    const std::string_view surface = input_.substr(t.begin, t.end - t.begin);
    return !in_skill_list_[i] && std::none_of(surface.begin(), surface.end(), IsUpper);
  }

  const std::vector<Token>& tokens_;
  const std::vector<std::uint32_t>& primary_;
  std::string_view input_;
  const std::vector<bool>& in_skill_list_;
  const StringSet& generic_;
  std::vector<std::pair<std::string, bool>> answers_;
  std::unordered_set<std::string_view> lower_case_;  // once more than kScans words are asked
  bool built_ = false;
};

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = AsciiLower(c);
  return out;
}

// Two words written together, where a flattened list or page lost the line break between them:
// a lower-case word then a capitalized one, the first of 5 letters or more or either an ordinary
// word ("requirementsExperience", "plusStrong", "teamVirtualization"; "nopCommerce", "dbtCloud"
// stay, "useEffect" only where "use" and "effect" are no words of the document), or a
// capitalized word then another, the first a generic word of 7 letters or more and the second of
// 4 or more ("ResponsibilitiesOperate") or the second a generic word ("ArchitectLocation"; not
// "AnalyticsOps", "ServiceDesk").
bool GluedWords(std::string_view s, OrdinaryWords& ordinary) {
  const auto lower_run = [&](std::size_t from) {
    std::size_t to = from;
    while (to < s.size() && IsLower(s[to])) ++to;
    return to - from;
  };
  const std::size_t head = IsUpper(s[0]) ? 1 + lower_run(1) : lower_run(0);
  if (head >= s.size() || !IsUpper(s[head]) || lower_run(head + 1) < 2) return false;
  const std::size_t tail = 1 + lower_run(head + 1);
  const std::string second = AsciiLower(s.substr(head, tail));
  if (IsLower(s[0])) {
    return head >= 5 ||
           (head >= 3 && (ordinary(AsciiLower(s.substr(0, head))) || ordinary(second)));
  }
  return (head >= 7 && tail >= 4 && ordinary.Generic(AsciiLower(s.substr(0, head)))) ||
         (head >= 5 && ordinary.Generic(second));
}

// A sentence's end glued to the next one's start: a dot, then a capitalized word
// ("permitted.Please", ".Experience", "...must"), or a lower-case word of 4 letters or more, a
// dot and capitals ("deserve.TAD", "valued.TAD"; not "Alpine.JS", "Akka.NET"); or capitals, a
// dot and a capitalized word of five letters or more ("AWS.Requirements"; not "ASP.Net"); or an
// abbreviation ("U.S", "e.g"): no name.
bool GluedSentences(std::string_view s) {
  const std::size_t dot = s.find('.');
  if (dot == std::string_view::npos || dot + 1 == s.size()) return false;
  if (dot == 0) return std::any_of(s.begin() + 1, s.end(), IsLower);
  if (dot == 1) return s.size() <= 5 && s.size() % 2 == 1;
  // "AWS.Requirements": capitals, a dot and a capitalized word of five letters or more (not
  // "ASP.Net").
  const std::string_view tail = s.substr(dot + 2);
  if (IsUpper(s[dot - 1]) && IsUpper(s[dot + 1]) && tail.size() >= 4 &&
      std::all_of(tail.begin(), tail.end(), IsLower) &&
      std::all_of(s.begin(), s.begin() + static_cast<std::ptrdiff_t>(dot), IsUpper)) {
    return true;
  }
  if (!IsLower(s[dot - 1]) || !IsUpper(s[dot + 1])) return false;
  if (dot + 2 < s.size() && IsLower(s[dot + 2])) return true;
  return IsLower(s[0]) && dot >= 4;
}

// A number of one or two digits glued to an ordinary word of 5 letters or more, where a numbered
// list lost its breaks ("equivalent4", "5experience"; not "psycopg2", "boto3", "office365").
bool GluedNumber(std::string_view s, OrdinaryWords& ordinary) {
  const std::size_t digit = s.find_first_of("0123456789");
  if (digit == std::string_view::npos) return false;
  const std::size_t letter = s.find_first_not_of("0123456789");
  if (letter == std::string_view::npos) return false;
  const std::string_view digits = digit == 0 ? s.substr(0, letter) : s.substr(digit);
  const std::string_view word = digit == 0 ? s.substr(letter) : s.substr(0, digit);
  return digits.size() <= 2 && digits.find_first_not_of("0123456789") == std::string_view::npos &&
         word.size() >= 5 && std::all_of(word.begin(), word.end(), IsLower) && ordinary(word);
}

// The text between the primary tokens r - 1 and r.
std::string_view GapBefore(const std::vector<Token>& tokens,
                           const std::vector<std::uint32_t>& primary, std::string_view input,
                           std::size_t r) {
  const std::uint32_t from = tokens[primary[r - 1]].end;
  return input.substr(from, tokens[primary[r]].begin - from);
}

bool AllCapitals(std::string_view s) {
  return s.size() >= 2 && std::all_of(s.begin(), s.end(), IsUpper);
}

// Whether the word in capitals at `primary[q]` is shouted, not an acronym: an ordinary word
// ("PLEASE apply", "KEY responsibilities"), or in a run of capitals that holds a stopword or an
// ordinary word of 3 letters or more ("HUGE PLUS", "NO THIRD PARTY AGENCIES"), or has three
// words or more and one of 6 letters or more ("THIRD PARTY CANDIDATES"); a run of names stays
// ("SAP ERP", "AWS EKS ECR", and "IT SOX", "US GAAP": "it" and "us" are stopwords
// written in lower case everywhere, and generic words for that reason).
bool Shouted(const std::vector<Token>& tokens, const std::vector<std::uint32_t>& primary,
             std::size_t q, std::string_view input, OrdinaryWords& ordinary) {
  const auto caps = [&](std::size_t r) {
    const Token& t = tokens[primary[r]];
    return AllCapitals(input.substr(t.begin, t.end - t.begin));
  };
  const auto joined = [&](std::size_t r) {  // primary[r] and primary[r + 1]: only spaces between
    return GapBefore(tokens, primary, input, r + 1).find_first_not_of(" \t") ==
           std::string_view::npos;
  };
  if (ordinary(tokens[primary[q]].normalized)) return true;
  std::size_t first = q;
  while (first > 0 && caps(first - 1) && joined(first - 1)) --first;
  std::size_t last = q;
  while (last + 1 < primary.size() && caps(last + 1) && joined(last)) ++last;
  constexpr std::size_t kLongWord = 6;  // acronyms are shorter ("HIPAA", "COBOL")
  bool long_word = false;
  for (std::size_t r = first; r <= last; ++r) {
    const Token& t = tokens[primary[r]];
    if (r != q && ((t.stopword && !ordinary.Generic(t.normalized)) ||
                   (t.normalized.size() >= 3 && ordinary(t.normalized)))) {
      return true;
    }
    long_word = long_word || t.normalized.size() >= kLongWord;
  }
  return last - first >= 2 && long_word;
}

// Adds to `names` the company name that ends with the word at primary[last]: it and up to two
// capitalized words before it, with spaces between them.
void AddName(const std::vector<Token>& tokens, const std::vector<std::uint32_t>& primary,
             std::string_view input, std::size_t last, StringSet& names) {
  constexpr std::size_t kNameWords = 3;
  for (std::size_t r = last; last - r < kNameWords; --r) {
    const Token& word = tokens[primary[r]];
    if (!IsUpper(input[word.begin])) return;
    names.insert(word.normalized);
    if (r == 0 ||
        GapBefore(tokens, primary, input, r).find_first_not_of(' ') != std::string_view::npos) {
      return;
    }
  }
}

// Whether the text at `at` is a space and then `cue` (lower case; the text in any case), ending
// a word.
bool CueFollows(std::string_view input, std::size_t at, std::string_view cue) {
  if (at + 1 + cue.size() > input.size() || input[at] != ' ') return false;
  for (std::size_t i = 0; i < cue.size(); ++i) {
    if (AsciiLower(input[at + 1 + i]) != cue[i]) return false;
  }
  const std::size_t after = at + 1 + cue.size();
  return after == input.size() || (!IsUpper(input[after]) && !IsLower(input[after]));
}

// The words of the company names in a document: up to three capitalized words right before a
// legal form, a comma at most before the form ("TAD PGS, Inc.", "Acme Widgets LLC"; not the list
// in "tools such as Femap, NASTRAN, Acme Inc."), or before a phrase only an employer is the
// subject of ("Genesis10 is currently seeking", "SMCI is an EEO employer").
StringSet CompanyNames(const std::vector<Token>& tokens, const std::vector<std::uint32_t>& primary,
                       std::string_view input, const CandidateVocabulary& vocabulary) {
  // Most words are followed by no cue's first letter: the cues are compared only after one.
  const auto may_cue = [&](std::size_t at) {
    return at + 1 < input.size() && input[at] == ' ' &&
           vocabulary.company_cue_starts.find(AsciiLower(input[at + 1])) != std::string::npos;
  };
  StringSet names;
  for (std::size_t q = 0; q < primary.size(); ++q) {
    const Token& word = tokens[primary[q]];  // names and legal forms are written with a capital
    if (!IsUpper(input[word.begin])) continue;
    if (q > 0 && vocabulary.company_forms.contains(word.normalized)) {
      if (GapBefore(tokens, primary, input, q).find_first_not_of(" ,") == std::string_view::npos) {
        AddName(tokens, primary, input, q - 1, names);
      }
    } else if (may_cue(word.end) &&
               std::any_of(
                   vocabulary.company_cues.begin(), vocabulary.company_cues.end(),
                   [&](const std::string& cue) { return CueFollows(input, word.end, cue); })) {
      AddName(tokens, primary, input, q, names);
    }
  }
  return names;
}

}  // namespace

std::vector<CandidateTerm> FindCandidateTerms(const AnalyzedText& text, std::string_view input,
                                              const std::vector<SkillMatch>& matches,
                                              const CandidateVocabulary& vocabulary) {
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

  OrdinaryWords ordinary(tokens, primary, input, in_skill_list, vocabulary.generic);
  const StringSet names = CompanyNames(tokens, primary, input, vocabulary);
  StringSet seen;
  for (std::size_t q = 0; q < primary.size(); ++q) {
    const std::uint32_t i = primary[q];
    const Token& t = tokens[i];
    if (covered[i] || t.stopword || t.kind == TokenKind::kNumber || t.script != Script::kLatin) {
      continue;
    }
    // The shape first (cheap, and most words fail it), then the lists.
    const std::string_view surface = input.substr(t.begin, t.end - t.begin);
    const std::size_t letters = AsciiLetters(surface);
    const char* reason = nullptr;
    if (t.kind == TokenKind::kTech && letters >= 2) {
      if (!GluedWords(surface, ordinary) && !GluedSentences(surface) &&
          !GluedNumber(surface, ordinary)) {
        reason = "tech-shaped";
      }
    } else if (letters >= 3 && letters <= 6 && letters == surface.size() &&
               std::all_of(surface.begin(), surface.end(), IsUpper) &&
               !LineIsShouting(input, t.begin) && !Shouted(tokens, primary, q, input, ordinary)) {
      reason = "acronym";
    } else if (letters >= 3 && IsUpper(surface[0]) &&
               std::all_of(surface.begin() + 1, surface.end(), IsLower) && in_skill_list[i] &&
               !StartsSentence(input, t.begin)) {
      reason = "name among skills";
    }
    if (reason == nullptr) continue;
    if (LooksLikeAddress(t.normalized) || LooksLikeTime(t.normalized) ||
        LooksLikeMeasure(t.normalized) || vocabulary.generic.contains(t.normalized) ||
        names.contains(t.normalized) || !seen.insert(t.normalized).second) {
      continue;
    }
    out.push_back({t.begin, t.end, std::string(surface), t.normalized, reason});
  }
  return out;
}

}  // namespace tailorcore::detail
