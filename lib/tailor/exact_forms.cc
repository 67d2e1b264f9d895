// Exact forms: the posting's names for skills the resume writes another way.

#include <algorithm>
#include <cctype>
#include <string>
#include <unordered_map>
#include <vector>

#include "analysis/normalize.h"
#include "structure/lines.h"
#include "tailor/tailor_steps.h"

namespace tailorcore::detail {
namespace {

std::string Folded(std::string_view text) { return FoldCase(text); }

bool HasCyrillic(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) {
    const auto byte = static_cast<unsigned char>(c);
    return byte == 0xD0 || byte == 0xD1;
  });
}

// A variant, an acronym or a transliteration names the same skill another way; an inflection
// (stem) is the same word, and an implied skill is another skill.
bool Renameable(MatchKind kind) {
  return kind == MatchKind::kVariant || kind == MatchKind::kAcronym ||
         kind == MatchKind::kTransliteration;
}

// Whether the line around `offset`, or a line item, reads as a role header, each read once: a
// skills line of 10,000 renamed entries would otherwise be scanned 10,000 times.
class RoleLines {
 public:
  explicit RoleLines(const AnalyzedDocument& resume) : resume_(resume), text_(resume.text) {}
  bool Role(const LineItem& item) {
    const auto [it, added] = items_.try_emplace(&item, false);
    if (added) it->second = resume_.RoleLine(item);
    return it->second;
  }
  bool At(std::uint32_t offset) {
    if (line_starts_.empty()) {
      line_starts_.push_back(0);
      for (std::size_t at = text_.find('\n'); at != std::string_view::npos;
           at = text_.find('\n', at + 1)) {
        line_starts_.push_back(at + 1);
      }
    }
    // The last line start at or before `offset` (a newline's own line is the one it ends).
    const std::size_t begin =
        *std::prev(std::upper_bound(line_starts_.begin(), line_starts_.end(), offset));
    const auto [it, added] = known_.try_emplace(begin, false);
    if (added) {
      const std::size_t end = std::min(text_.find('\n', offset), text_.size());
      it->second = LooksLikeRoleHeader(text_.substr(begin, end - begin));
    }
    return it->second;
  }

 private:
  const AnalyzedDocument& resume_;
  std::string_view text_;
  std::vector<std::size_t> line_starts_;  // filled on first use
  std::unordered_map<std::size_t, bool> known_;
  std::unordered_map<const LineItem*, bool> items_;
};

// Inside a longer match of another skill ("SQL" in "SQL Server"), renaming would break it.
// Matches are in order of `begin` and a skill's name is short, so a match holding the evidence
// starts at most kLongestName bytes before it.
bool InsideLongerMatch(const AnalyzedDocument& resume, const Evidence& evidence) {
  constexpr std::uint32_t kLongestName = 256;
  const std::vector<SkillMatch>& matches = resume.matches.matches;
  const std::uint32_t from = evidence.begin > kLongestName ? evidence.begin - kLongestName : 0;
  auto at =
      std::lower_bound(matches.begin(), matches.end(), from,
                       [](const SkillMatch& m, std::uint32_t offset) { return m.begin < offset; });
  for (; at != matches.end() && at->begin <= evidence.begin; ++at) {
    if (at->end >= evidence.end && at->end - at->begin > evidence.end - evidence.begin) return true;
  }
  return false;
}

bool MayRename(const AnalyzedDocument& resume, const Keyword& keyword, const Evidence& evidence,
               std::string_view form, RoleLines& role_lines) {
  if (!Renameable(evidence.kind) || evidence.section == SectionKind::kTitle) return false;
  // A Russian name of a skill ("микросервисы", "базы данных") is a word of its sentence; only a
  // list entry of it is a name to rename.
  if (evidence.kind == MatchKind::kVariant && HasCyrillic(evidence.text) &&
      evidence.section != SectionKind::kSkills)
    return false;
  for (const std::string& posting : keyword.posting_forms) {
    if (Folded(posting) == Folded(evidence.text)) return false;
  }
  // The same name, or an inflection of it ("REST APIs" for "REST API"): a rename would only
  // break the sentence's grammar.
  const std::string yours = Folded(evidence.text);
  const std::string theirs = Folded(form);
  const auto plural = [](const std::string& longer, const std::string& shorter) {
    return longer.rfind(shorter, 0) == 0 &&
           (longer.substr(shorter.size()) == "s" || longer.substr(shorter.size()) == "es");
  };
  if (yours == theirs || plural(yours, theirs) || plural(theirs, yours)) return false;
  // A role line: its whole line (items may split it at inline bullets: "K8s Engineer • Acme •
  // 2019 – 2021"), or the item by the layout around it.
  if (role_lines.At(evidence.begin)) return false;
  if (const LineItem* item = resume.ItemAt(evidence.begin); item && role_lines.Role(*item)) {
    return false;
  }
  // Joined to a word by a hyphen, a slash, a dot or an underscore ("Java-Core Java"): a rename
  // would make a new word.
  const auto joins = [](char c) {
    return c == '-' || c == '/' || c == '.' || c == '_' ||
           std::isalnum(static_cast<unsigned char>(c));
  };
  if ((evidence.begin > 0 && joins(resume.text[evidence.begin - 1])) ||
      (evidence.end < resume.text.size() && joins(resume.text[evidence.end]) &&
       resume.text[evidence.end] != '.'))
    return false;
  return !InsideLongerMatch(resume, evidence);
}

}  // namespace

std::string PostingForm(const Keyword& keyword) {
  const std::string term = Folded(keyword.term);
  for (const std::string& form : keyword.posting_forms) {
    if (Folded(form) == term) return form;
  }
  for (const std::string& form : keyword.posting_forms) {
    if (!HasCyrillic(form)) return form;
  }
  return "";
}

std::string NameFor(const Keyword& keyword) {
  std::string form = PostingForm(keyword);
  if (!form.empty()) return form;
  for (const Evidence& e : keyword.evidence) {
    if (IsWorkSection(e.section) && (e.kind == MatchKind::kExact || e.kind == MatchKind::kVariant))
      return e.text;
  }
  return "";
}

StepPlan PlanExactForms(const AnalyzedDocument& resume, const Report& report,
                        const Messages& messages) {
  StepPlan plan;
  RoleLines role_lines(resume);
  for (const Keyword& keyword : report.keywords) {
    // An implied keyword's evidence is another skill's ("Postgres" for SQL): never renamed.
    if (!keyword.matched || keyword.match == MatchKind::kImplied ||
        keyword.id.rfind("term:", 0) == 0)
      continue;
    const std::string form = PostingForm(keyword);
    // The posting names it only in an inflected Russian phrase ("математической статистики"):
    // no name to put first.
    if (form.empty()) continue;
    // The resume's own form stays beside the posting's once, so an ATS finds either.
    bool first = true;
    bool renamed = false;
    for (const Evidence& evidence : keyword.evidence) {
      if (!MayRename(resume, keyword, evidence, form, role_lines)) continue;
      Edit edit;
      edit.kind = EditKind::kExactForm;
      edit.begin = evidence.begin;
      edit.end = evidence.end;
      edit.before = resume.text.substr(evidence.begin, evidence.end - evidence.begin);
      edit.after = first ? form + " (" + edit.before + ")" : form;
      edit.skill = keyword.id;
      edit.reason = messages.Format(
          first ? "tailor-exact-form" : "tailor-exact-form-again",
          {{"theirs", messages.Quote(form)}, {"yours", messages.Quote(edit.before)}});
      plan.edits.push_back(std::move(edit));
      first = false;
      renamed = true;
    }
    if (renamed) plan.inserted.push_back(form);
  }
  std::stable_sort(plan.edits.begin(), plan.edits.end(),
                   [](const Edit& a, const Edit& b) { return a.begin < b.begin; });
  // Two keywords never share resume words, but a guard costs nothing: keep the first.
  std::vector<Edit> kept;
  for (Edit& edit : plan.edits) {
    if (!kept.empty() && edit.begin < kept.back().end) continue;
    plan.replacements.push_back({edit.begin, edit.end, edit.after});
    kept.push_back(std::move(edit));
  }
  plan.edits = std::move(kept);
  return plan;
}

}  // namespace tailorcore::detail
