// Bullet order: in each role, the bullets that show what the posting asks first.
#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "base/string_hash.h"
#include "tailor/tailor_steps.h"

namespace tailorcore::detail {
namespace {

// A bullet line and the lines that continue it (indented, no mark of their own).
struct Unit {
  std::uint32_t begin = 0;  // the line's first byte (the mark included)
  std::uint32_t end = 0;    // before the last line's break
  double relevance = 0;     // the weight of the posting keywords it shows
  bool measurable = false;
  std::vector<std::string> keywords;
  std::size_t index = 0;
};

struct Line {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
};

std::vector<Line> SplitLines(std::string_view text, std::uint32_t begin, std::uint32_t end) {
  std::vector<Line> lines;
  while (begin < end) {
    const auto stop =
        static_cast<std::uint32_t>(std::min<std::size_t>(text.find('\n', begin), end));
    lines.push_back({begin, stop});
    begin = stop + 1;
  }
  return lines;
}

// The line starts with a bullet mark: its first line item is a bullet.
bool BulletLine(const AnalyzedDocument& resume, const Line& line) {
  const auto item =
      std::lower_bound(resume.items.begin(), resume.items.end(), line.begin,
                       [](const LineItem& i, std::uint32_t offset) { return i.begin < offset; });
  return item != resume.items.end() && item->begin < line.end && item->bullet;
}

bool Indented(std::string_view text, const Line& line) {
  return line.end > line.begin && (text[line.begin] == ' ' || text[line.begin] == '\t');
}

// Each unit's relevance from the bullet review: `by_begin` is report.bullets ordered by begin.
// O(log bullets) per unit.
void Score(const std::vector<const BulletReview*>& by_begin, Unit* unit) {
  auto at = std::lower_bound(
      by_begin.begin(), by_begin.end(), unit->begin,
      [](const BulletReview* b, std::uint32_t offset) { return b->begin < offset; });
  for (; at != by_begin.end() && (*at)->begin < unit->end; ++at) {
    const BulletReview& b = **at;
    unit->relevance += b.relevance;
    unit->measurable = unit->measurable || b.measurable;
    unit->keywords.insert(unit->keywords.end(), b.keywords.begin(), b.keywords.end());
  }
}

// Runs of bullets in the work sections, each a list of units in resume order.
std::vector<std::vector<Unit>> FindRuns(const TailorInput& in) {
  std::vector<std::vector<Unit>> runs;
  for (const Section& section : in.resume.sections) {
    if (!IsWorkSection(section.kind)) continue;
    std::vector<Unit> run;
    for (const Line& line : SplitLines(in.resume.text, section.heading_end, section.end)) {
      // Only whole lines move: a section that ends inside a line ends before it.
      const bool whole = line.end == in.resume.text.size() || in.resume.text[line.end] == '\n';
      if (whole && BulletLine(in.resume, line)) {
        Unit unit;
        unit.begin = line.begin;
        unit.end = line.end;
        unit.index = run.size();
        run.push_back(std::move(unit));
      } else if (whole && !run.empty() && Indented(in.resume.text, line)) {
        run.back().end = line.end;
      } else if (!run.empty()) {
        runs.push_back(std::move(run));
        run.clear();
      }
    }
    if (!run.empty()) runs.push_back(std::move(run));
  }
  std::vector<const BulletReview*> by_begin;
  for (const BulletReview& b : in.report.bullets) by_begin.push_back(&b);
  std::sort(by_begin.begin(), by_begin.end(),
            [](const BulletReview* a, const BulletReview* b) { return a->begin < b->begin; });
  for (std::vector<Unit>& run : runs) {
    for (Unit& unit : run) Score(by_begin, &unit);
  }
  return runs;
}

bool MoreRelevant(const Unit& a, const Unit& b) {
  if (a.relevance != b.relevance) return a.relevance > b.relevance;
  if (a.measurable != b.measurable) return a.measurable;
  return a.index < b.index;
}

// Keeps past run[0, keep) each unit that shows a posting skill no kept unit shows, moving it
// up; returns how many are kept. Linear in the run's keywords.
std::size_t KeepUnique(std::vector<Unit>& run, std::size_t keep) {
  StringSet shown;
  for (std::size_t i = 0; i < keep; ++i)
    shown.insert(run[i].keywords.begin(), run[i].keywords.end());
  for (std::size_t i = keep; i < run.size(); ++i) {
    const bool unique = std::any_of(run[i].keywords.begin(), run[i].keywords.end(),
                                    [&](const std::string& id) { return shown.count(id) == 0; });
    if (!unique) continue;
    shown.insert(run[i].keywords.begin(), run[i].keywords.end());
    std::rotate(run.begin() + static_cast<std::ptrdiff_t>(keep),
                run.begin() + static_cast<std::ptrdiff_t>(i),
                run.begin() + static_cast<std::ptrdiff_t>(i) + 1);
    ++keep;
  }
  return keep;
}

std::string Terms(const Report& report, const std::vector<std::string>& ids) {
  std::string terms;
  for (const Keyword& keyword : report.keywords) {
    if (std::find(ids.begin(), ids.end(), keyword.id) == ids.end()) continue;
    if (!terms.empty()) terms += ", ";
    terms += keyword.term;
  }
  return terms;
}

void PlanRun(const TailorInput& in, std::vector<Unit> run, std::uint32_t max_bullets,
             StepPlan* plan) {
  const std::uint32_t begin = run.front().begin;
  const std::uint32_t end = run.back().end;
  std::stable_sort(run.begin(), run.end(), MoreRelevant);
  std::size_t keep = max_bullets == 0 ? run.size() : std::min<std::size_t>(max_bullets, run.size());
  // A bullet beyond the limit that alone in its role shows a posting skill stays: dropping it
  // would lower the score, and tailoring never does.
  keep = KeepUnique(run, keep);
  const std::string count = std::to_string(keep);
  for (std::size_t i = keep; i < run.size(); ++i) {
    const Unit& u = run[i];
    plan->edits.push_back({EditKind::kDropBullet, in.resume.text.substr(u.begin, u.end - u.begin),
                           "", in.messages.Format("tailor-drop-bullet", {{"count", count}}),
                           u.begin, u.end, ""});
  }
  const bool dropped = keep < run.size();
  run.resize(keep);
  const bool moved =
      std::any_of(run.begin(), run.end(),
                  [&, i = std::size_t{0}](const Unit& u) mutable { return u.index != i++; });
  if (!moved && !dropped) return;
  std::string after;
  for (const Unit& u : run) {
    if (!after.empty()) after += '\n';
    after += Renamed(in, u.begin, u.end);
  }
  if (moved) {
    const std::string skills = Terms(in.report, run.front().keywords);
    const std::string reason =
        skills.empty() ? in.messages.Format("tailor-bullet-order-results")
                       : in.messages.Format("tailor-bullet-order", {{"skills", skills}});
    plan->edits.push_back({EditKind::kBulletOrder, in.resume.text.substr(begin, end - begin), after,
                           reason, begin, end, ""});
  }
  plan->replacements.push_back({begin, end, std::move(after)});
}

}  // namespace

StepPlan PlanBulletOrder(const TailorInput& in, std::uint32_t max_bullets) {
  StepPlan plan;
  for (std::vector<Unit>& run : FindRuns(in)) PlanRun(in, std::move(run), max_bullets, &plan);
  std::stable_sort(plan.edits.begin(), plan.edits.end(),
                   [](const Edit& a, const Edit& b) { return a.begin < b.begin; });
  return plan;
}

}  // namespace tailorcore::detail
