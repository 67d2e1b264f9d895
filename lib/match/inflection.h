// How one-word lexicon forms meet inflected words, per language (data/lang/<code>/
// inflection.tsv).
#ifndef TAILORCORE_LIB_MATCH_INFLECTION_H_
#define TAILORCORE_LIB_MATCH_INFLECTION_H_

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "tailorcore/status.h"

namespace tailorcore::detail {

struct InflectionRule {
  // Empty: any word with the form's stem matches. Otherwise the two words must differ by one of
  // these endings added to the whole shorter one, and the form must have `min_bytes` bytes.
  std::vector<std::string> endings;
  // Nouns whose longer forms name another thing: the text word "account" finds no form that
  // adds an ending to it ("Accounting"), while "monitor" finds "Monitoring".
  std::vector<std::string> bare_nouns;
  std::size_t min_bytes = 0;
  // Plural nouns for people ("managers", "engineers"): such a text word meets a form's word by
  // stem only when that word is the same or its singular; "Collaborate with project managers"
  // is no project management.
  std::vector<std::string> person_plurals;
  // Plural endings whose singular names a person too ("ists": "scientists"): such a text word
  // meets a form's word by stem only when that word ends the same way ("Collaborate with data
  // scientists" is no form "data scientist").
  std::vector<std::string> person_only_plurals;
  // Inflected words that can only name people where their stem also names a field
  // ("аналитиками", "статистиков" beside "аналитика", "статистика"): such a text word meets a
  // form's word by stem only when it is that word ("с аналитиками данных" is no data analysis).
  std::vector<std::string> person_words;
  // Nouns for a group of people ("team", "department", "команда"): a non-technical skill's name
  // right before one names the group, not the work ("the leadership team", "with the sales
  // team", "отдел маркетинга" is not; it names the work after the noun).
  std::vector<std::string> group_nouns;
  // Words of the language that a generated transliteration would be or meet by stem
  // ("фантом" for Fantom, "модуль" for "модула", Modula): a generated spelling that is one is
  // left out, and one with the stem of one matches only as written (lib/match/compile.cc).
  std::vector<std::string> native_words;
  // Singular nouns for people ("manager", "designer") and the determiners that make one a
  // person ("a", "the", "our"): after a determiner, such a word meets a form's word by stem no
  // more ("work with a product manager" is no product management; "Product Manager, Acme" still
  // is).
  std::vector<std::string> person_nouns;
  std::vector<std::string> determiners;
  // Words before the determiner that make the person the role itself ("as": "experience as a
  // project manager", "worked as a data engineer" show the field again).
  std::vector<std::string> role_words;

  // Whether `word` is a person noun, and whether `before` a determiner. Cost: a comparison per
  // listed word. Thread-safe.
  bool PersonNoun(std::string_view word) const { return Lists(person_nouns, word); }
  bool Determiner(std::string_view before) const { return Lists(determiners, before); }
  bool RoleWord(std::string_view word) const { return Lists(role_words, word); }

  // Whether `list` holds `word`. Cost: a comparison per listed word.
  static bool Lists(const std::vector<std::string>& list, std::string_view word) {
    return std::find(list.begin(), list.end(), word) != list.end();
  }

  // Parses an inflection.tsv; kDataError "name:line" for an unknown setting.
  static StatusOr<InflectionRule> Parse(std::string_view content, std::string_view name);

  // Whether a one-word form `form` may match the text word `word` that shares its stem.
  bool Allows(std::string_view word, std::string_view form) const;

  // Whether the text word `word` may match the form's word `form_word` that shares its stem
  // (any form, one word or more): false for a plural noun for people meeting another word
  // ("managers" and "management"). Cost: a comparison per listed plural. Thread-safe.
  bool AllowsStem(std::string_view word, std::string_view form_word) const;
};

}  // namespace tailorcore::detail

#endif  // TAILORCORE_LIB_MATCH_INFLECTION_H_
