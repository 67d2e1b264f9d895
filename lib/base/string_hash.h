// Hash containers keyed by std::string that can be searched with a std::string_view (or a
// const char*) without building a std::string first: the analysis and matching hot paths look up
// words they hold as views.
#ifndef TAILORCORE_LIB_BASE_STRING_HASH_H_
#define TAILORCORE_LIB_BASE_STRING_HASH_H_

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace tailorcore::detail {

struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept {
    return std::hash<std::string_view>{}(s);
  }
};

template <typename Value>
using StringMap = std::unordered_map<std::string, Value, StringHash, std::equal_to<>>;
using StringSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;

}  // namespace tailorcore::detail

#endif  // TAILORCORE_LIB_BASE_STRING_HASH_H_
