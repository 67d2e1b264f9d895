#include "match/inflection.h"

#include <algorithm>
#include <iterator>
#include <utility>

#include <boost/algorithm/string/trim.hpp>

#include "base/word_list.h"

namespace tailorcore::detail {

StatusOr<InflectionRule> InflectionRule::Parse(std::string_view content, std::string_view name) {
  InflectionRule rule;
  for (const WordListEntry& entry : ParseWordList(content)) {
    const std::size_t tab = entry.text.find('\t');
    const std::string key = boost::algorithm::trim_copy(entry.text.substr(0, tab));
    const std::string value =
        tab == std::string::npos ? "" : boost::algorithm::trim_copy(entry.text.substr(tab + 1));
    // The kinds that list a word each, whatever it is.
    static constexpr std::pair<std::string_view, std::vector<std::string> InflectionRule::*>
        kWordLists[] = {{"single-word-ending", &InflectionRule::endings},
                        {"bare-noun", &InflectionRule::bare_nouns},
                        {"person-word", &InflectionRule::person_words},
                        {"native-word", &InflectionRule::native_words},
                        {"person-noun", &InflectionRule::person_nouns},
                        {"determiner", &InflectionRule::determiners},
                        {"role-word", &InflectionRule::role_words},
                        {"group-noun", &InflectionRule::group_nouns}};
    const auto list = std::find_if(std::begin(kWordLists), std::end(kWordLists),
                                   [&](const auto& kind) { return kind.first == key; });
    if (list != std::end(kWordLists) && !value.empty()) {
      (rule.*(list->second)).push_back(value);
    } else if (key == "person-plural" && value.size() > 1 && value.back() == 's') {
      rule.person_plurals.push_back(value);
    } else if (key == "person-only-plural-ending" && value.size() > 1) {
      rule.person_only_plurals.push_back(value);
    } else if (key == "single-word-min-bytes" && !value.empty() &&
               value.find_first_not_of("0123456789") == std::string::npos && value.size() < 4) {
      rule.min_bytes = static_cast<std::size_t>(std::stoul(value));
    } else {
      return Status(
          StatusCode::kDataError,
          std::string(name) + ":" + std::to_string(entry.line) +
              ": expected single-word-ending or person-only-plural-ending (two letters "
              "or more) <TAB> <ending>, person-plural <TAB> <plural noun ending in s>, "
              "bare-noun, group-noun, person-word, native-word, person-noun, determiner or "
              "role-word <TAB> "
              "<word>, or "
              "single-word-min-bytes <TAB> "
              "<number>");
    }
  }
  return rule;
}

bool InflectionRule::Allows(std::string_view word, std::string_view form) const {
  if (endings.empty()) return true;
  if (form.size() < min_bytes) return false;
  std::string_view a = word;
  std::string_view b = form;
  if (a.size() > b.size()) std::swap(a, b);
  if (b.substr(0, a.size()) != a) return false;
  if (a == word && Lists(bare_nouns, word)) {
    return false;
  }
  const std::string_view ending = b.substr(a.size());
  return std::any_of(endings.begin(), endings.end(),
                     [&](const std::string& e) { return ending == e; });
}

bool InflectionRule::AllowsStem(std::string_view word, std::string_view form_word) const {
  if (Lists(person_words, word)) {
    return form_word == word;
  }
  for (const std::string& plural : person_only_plurals) {
    if (word.ends_with(plural)) return form_word.ends_with(plural);
  }
  for (const std::string& plural : person_plurals) {
    if (word != plural) continue;
    const std::string_view singular = std::string_view(plural).substr(0, plural.size() - 1);
    return form_word == plural || form_word == singular;
  }
  return true;
}

}  // namespace tailorcore::detail
