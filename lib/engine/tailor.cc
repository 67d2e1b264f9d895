// Engine::Tailor: the tailoring steps taken one at a time, each kept only when the resume it
// gives keeps the guarantee (tailorcore/tailor.h) and scores no lower.
#include <algorithm>
#include <string>
#include <vector>

#include "engine/engine_impl.h"
#include "tailor/tailor_steps.h"

namespace tailorcore {
namespace {

using detail::Replacement;
using detail::StepPlan;

// The renames outside every region, and the regions (which carry the renames inside them).
// O((renames + regions) log regions).
std::vector<Replacement> Assemble(const std::vector<Replacement>& renames,
                                  const std::vector<const StepPlan*>& regions) {
  std::vector<Replacement> all;
  for (const StepPlan* plan : regions) {
    for (const Replacement& r : plan->replacements) {
      if (r.end > r.begin) all.push_back(r);  // insertions hold no rename
    }
  }
  const auto by_begin = [](const Replacement& a, const Replacement& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
  };
  std::sort(all.begin(), all.end(), by_begin);
  const std::size_t spans = all.size();
  for (const Replacement& r : renames) {
    // The last region starting at or before the rename is the only one that can hold it.
    auto after =
        std::upper_bound(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(spans), r.begin,
                         [](std::uint32_t b, const Replacement& o) { return b < o.begin; });
    const bool inside = after != all.begin() && std::prev(after)->end >= r.end;
    if (!inside) all.push_back(r);
  }
  for (const StepPlan* plan : regions) {
    for (const Replacement& r : plan->replacements) {
      if (r.end == r.begin) all.push_back(r);
    }
  }
  std::stable_sort(all.begin(), all.end(), by_begin);
  return all;
}

struct Attempt {
  std::string text;
  std::shared_ptr<const Document::Impl> doc;
  Report report;
  bool ok = false;
};

// The resume's bullets inside the lines `plans` drop (a dropped line of fewer than three words
// was no bullet). O(drops × log bullets).
std::size_t Dropped(const Document::Impl& resume, const std::vector<const StepPlan*>& plans) {
  std::size_t dropped = 0;
  const auto& bullets = resume.bullets;
  for (const StepPlan* plan : plans) {
    for (const Edit& e : plan->edits) {
      if (e.kind != EditKind::kDropBullet) continue;
      const auto first = std::lower_bound(
          bullets.begin(), bullets.end(), e.begin,
          [](const detail::BulletFacts& b, std::uint32_t offset) { return b.begin < offset; });
      const auto last = std::lower_bound(
          first, bullets.end(), e.end,
          [](const detail::BulletFacts& b, std::uint32_t offset) { return b.begin < offset; });
      dropped += static_cast<std::size_t>(last - first);
    }
  }
  return dropped;
}

// The resume with `renames` and `regions` applied, analyzed and scored; ok when it keeps the
// guarantee and scores at least `floor`.
Attempt Try(const Engine::Impl& engine, const Document::Impl& resume, const PostingProfile& profile,
            double floor, const StepPlan* renames, const std::vector<const StepPlan*>& regions) {
  static const std::vector<Replacement> kNone;
  Attempt a;
  a.text = detail::ApplyReplacements(
      resume.text, Assemble(renames != nullptr ? renames->replacements : kNone, regions));
  a.doc = engine.Analyze(a.text, detail::DocumentType::kResume);
  a.report = engine.Score(*a.doc, profile, detail::CompareDepth::kScore);
  std::vector<const StepPlan*> plans = regions;
  if (renames != nullptr) plans.push_back(renames);
  std::vector<std::string> words;
  for (const StepPlan* plan : plans) {
    for (const std::string& s : plan->inserted) {
      for (const Token& t : engine.lexicon.analyzer().Analyze(s).tokens)
        words.push_back(t.normalized);
    }
  }
  const auto broken = detail::CheckGuarantee(resume, *a.doc, words, Dropped(resume, regions));
  a.ok = broken.empty() && a.report.score + 1e-9 >= floor;
  return a;
}

}  // namespace

Tailored Engine::Impl::Tailor(const Document::Impl& resume, const PostingProfile& profile,
                              const TailorOptions& options) const {
  const Report before = Score(resume, profile);
  const detail::Messages& messages = advice.For(resume);
  Tailored out;
  out.score_before = before.score;
  out.literal_before = before.literal_score;
  for (const Keyword& k : before.keywords) {
    if (k.matched || k.alternative || k.tier == PostingTier::kMentioned) continue;
    out.gaps.push_back(k.id);
    out.gap_terms.push_back(k.term);
  }
  out.text = resume.text;
  out.score_after = out.score_before;
  out.literal_after = out.literal_before;
  // Past AnalyzerOptions::max_input_bytes a tailored text would be cut again where the original
  // was, so the two could not be compared: such a resume is not tailored.
  if (resume.analyzed.truncated) return out;
  const StepPlan exact =
      options.exact_forms ? detail::PlanExactForms(resume, before, messages) : StepPlan{};
  auto attempt = [&](const StepPlan* renames, const std::vector<const StepPlan*>& regions) {
    return Try(*this, resume, profile, before.score, renames, regions);
  };
  Attempt best{resume.text, nullptr, before, true};
  const StepPlan* renames = nullptr;
  if (!exact.edits.empty()) {
    Attempt a = attempt(&exact, {});
    if (a.ok) {
      renames = &exact;
      best = std::move(a);
    } else {
      out.withheld.emplace_back(EditKindName(EditKind::kExactForm));
    }
  }
  static const std::vector<Replacement> kNoRenames;
  const detail::TailorInput input{resume, before, messages,
                                  renames != nullptr ? renames->replacements : kNoRenames};
  const StepPlan steps[] = {
      options.skills ? detail::PlanSkillsList(input) : StepPlan{},
      options.bullets ? detail::PlanBulletOrder(input, options.max_bullets) : StepPlan{},
      options.summary ? detail::PlanSummary(input) : StepPlan{}};
  const EditKind kinds[] = {EditKind::kSkillsOrder, EditKind::kBulletOrder, EditKind::kSummary};
  std::vector<const StepPlan*> taken;
  for (std::size_t i = 0; i < std::size(steps); ++i) {
    if (steps[i].replacements.empty()) continue;
    std::vector<const StepPlan*> trial = taken;
    trial.push_back(&steps[i]);
    Attempt a = attempt(renames, trial);
    if (a.ok) {
      taken = std::move(trial);
      best = std::move(a);
    } else {
      out.withheld.emplace_back(EditKindName(kinds[i]));
    }
  }
  out.text = std::move(best.text);
  out.score_after = best.report.score;
  out.literal_after = best.report.literal_score;
  if (renames != nullptr) taken.insert(taken.begin(), renames);
  for (const StepPlan* plan : taken) {
    out.edits.insert(out.edits.end(), plan->edits.begin(), plan->edits.end());
  }
  std::stable_sort(out.edits.begin(), out.edits.end(),
                   [](const Edit& a, const Edit& b) { return a.begin < b.begin; });
  out.diff = detail::UnifiedDiff(resume.text, out.text);
  return out;
}

Tailored Engine::Tailor(const Document& resume, const PostingProfile& profile,
                        const TailorOptions& options) const {
  return impl_->Tailor(*resume.impl_, profile, options);
}

Tailored Engine::Tailor(std::string_view resume, std::string_view posting,
                        const TailorOptions& options) const {
  const auto doc = impl_->Analyze(resume, detail::DocumentType::kResume);
  Tailored out = impl_->Tailor(
      *doc, impl_->Profile(*impl_->Analyze(posting, detail::DocumentType::kPosting)), options);
  // Past AnalyzerOptions::max_input_bytes the resume was not analyzed nor tailored: it comes
  // back whole.
  if (doc->text.size() < resume.size()) out.text.append(resume.substr(doc->text.size()));
  return out;
}

}  // namespace tailorcore
