// Bullet review: action verbs, measurable results, weak openers (data/structure/).
#ifndef TAILORCORE_LIB_COMPARE_BULLETS_H_
#define TAILORCORE_LIB_COMPARE_BULLETS_H_

#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "tailorcore/analyzer.h"
#include "tailorcore/status.h"

namespace re2 {
class RE2;
}

namespace tailorcore::detail {

struct BulletFlags {
  bool action_verb = false;
  bool measurable = false;
  bool weak_opener = false;
};

class BulletRules {
 public:
  // Loads the action verbs, weak openers and RE2 patterns; kDataError with name:line for a
  // pattern RE2 rejects.
  static StatusOr<BulletRules> Create(std::string_view verbs, std::string_view openers,
                                      std::string_view patterns, const Analyzer& analyzer);

  // Reviews one bullet: `text` is its bytes, `words` its primary tokens in order.
  // Thread-safe (RE2 objects are).
  BulletFlags Review(std::string_view text, const std::vector<const Token*>& words) const;

 private:
  std::unordered_set<std::string> verb_stems_;
  std::vector<std::vector<std::string>> openers_;
  std::vector<std::shared_ptr<const re2::RE2>> patterns_;
};

}  // namespace tailorcore::detail

#endif  // TAILORCORE_LIB_COMPARE_BULLETS_H_
