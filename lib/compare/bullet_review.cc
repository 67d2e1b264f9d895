// The bullet review and the section check of a report.

#include <algorithm>

#include "analysis/normalize.h"
#include "compare/compare.h"

namespace tailorcore::detail {
namespace {

// A bullet's words, case-folded (ICU) with single spaces: two copies of one bullet compare equal
// whatever their spacing, case or final full stop.
std::string Canonical(const std::string& text) {
  const std::string folded = FoldCase(text);
  std::string out;
  for (char ch : folded) {
    if (ch == ' ' || ch == '\t' || ch == '.' || ch == ';') {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(ch);
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// In resume order: a bullet with the words of an earlier one is a duplicate.
void MarkDuplicates(std::vector<BulletReview>* bullets) {
  std::vector<std::string> seen;
  for (BulletReview& b : *bullets) {
    std::string words = Canonical(b.text);
    b.duplicate = std::find(seen.begin(), seen.end(), words) != seen.end();
    if (!b.duplicate) seen.push_back(std::move(words));
  }
}

}  // namespace

void ReviewBullets(const AnalyzedDocument& resume, Report* report) {
  std::vector<BulletReview> bullets;
  bullets.reserve(resume.bullets.size());
  for (const BulletFacts& facts : resume.bullets) {
    BulletReview b;
    b.begin = facts.begin;
    b.end = facts.end;
    b.text = facts.text;
    b.action_verb = facts.flags.action_verb;
    b.measurable = facts.flags.measurable;
    b.weak_opener = facts.flags.weak_opener;
    bullets.push_back(std::move(b));
  }
  MarkDuplicates(&bullets);
  // Relevance: each keyword's evidence lands in at most one bullet (binary search by offset).
  for (const Keyword& k : report->keywords) {
    std::size_t last = bullets.size();
    for (const Evidence& e : k.evidence) {
      auto it =
          std::upper_bound(bullets.begin(), bullets.end(), e.begin,
                           [](std::uint32_t o, const BulletReview& b) { return o < b.begin; });
      if (it == bullets.begin()) continue;
      --it;
      const std::size_t index = static_cast<std::size_t>(it - bullets.begin());
      if (e.end > it->end || index == last) continue;
      it->relevance += k.weight;
      it->keywords.push_back(k.id);
      last = index;
    }
  }
  std::stable_sort(
      bullets.begin(), bullets.end(),
      [](const BulletReview& a, const BulletReview& b) { return a.relevance > b.relevance; });
  report->bullets = std::move(bullets);
}

void CheckSections(const AnalyzedDocument& resume, Report* report) {
  for (SectionKind kind : {SectionKind::kSummary, SectionKind::kSkills, SectionKind::kExperience,
                           SectionKind::kEducation}) {
    SectionCheck check;
    check.section = SectionKindName(kind);
    for (const Section& s : resume.sections) check.present = check.present || s.kind == kind;
    report->sections.push_back(check);
  }
}

}  // namespace tailorcore::detail
