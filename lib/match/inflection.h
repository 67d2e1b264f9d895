// How one-word lexicon forms meet inflected words, per language (data/lang/<code>/
// inflection.tsv).
#ifndef TAILORCORE_LIB_MATCH_INFLECTION_H_
#define TAILORCORE_LIB_MATCH_INFLECTION_H_

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
  std::size_t min_bytes = 0;

  // Parses an inflection.tsv; kDataError "name:line" for an unknown setting.
  static StatusOr<InflectionRule> Parse(std::string_view content, std::string_view name);

  // Whether a one-word form `form` may match the text word `word` that shares its stem.
  bool Allows(std::string_view word, std::string_view form) const;
};

}  // namespace tailorcore::detail

#endif  // TAILORCORE_LIB_MATCH_INFLECTION_H_
