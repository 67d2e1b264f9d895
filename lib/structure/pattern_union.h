// One RE2 pattern for a list of the languages' case-insensitive patterns: a text is searched
// once for "any of them" (a posting with no degree at all, a years phrase next to none of the
// `not` words) instead of once per pattern.
#ifndef TAILORCORE_LIB_STRUCTURE_PATTERN_UNION_H_
#define TAILORCORE_LIB_STRUCTURE_PATTERN_UNION_H_

#include <memory>
#include <string>
#include <vector>

namespace re2 {
class RE2;
}

namespace tailorcore::detail {

// `pattern` compiled case-insensitive, without logging its errors (check ok() and error()).
// Cost: compiling it, at start-up. Thread-safe.
std::shared_ptr<const re2::RE2> CaseInsensitive(const std::string& pattern);

// A case-insensitive pattern matching where any of `patterns` does; one that never matches when
// `patterns` is empty. A pattern that ends inside \Q ("\Qc++" for the text "c++") is closed with
// \E in the union, so it quotes nothing of the others. Check ok() on the result all the same
// (the union's DFA may exceed its memory budget). Cost: compiling the union, at start-up.
// Thread-safe.
std::shared_ptr<const re2::RE2> UnionOf(
    const std::vector<std::shared_ptr<const re2::RE2>>& patterns);

}  // namespace tailorcore::detail

#endif  // TAILORCORE_LIB_STRUCTURE_PATTERN_UNION_H_
