// tailorcore/tailor.h: a resume adapted to a posting by moves and exact wording only.
//
//   tailorcore::Tailored t = engine->Tailor(resume_text, posting_text);
//   std::cout << t.text;                       // the tailored resume
//   for (const auto& e : t.edits) std::cout << tailorcore::EditKindName(e.kind) << ": " <<
//   e.reason; std::cout << t.score_before << " -> " << t.score_after << "\n";
//
// Every edit is a move, a regrouping or a renaming of something the resume already says
// (docs/tailoring.md): the tailored resume names no skill, number, date, employer or title the
// original does not, keeps every original bullet (unless TailorOptions::max_bullets drops it,
// and then an edit says so), and scores no lower than the original. Engine::Tailor checks this
// on its own result and leaves out any step that would break it.
//
// Thread-safety: plain values.
#ifndef TAILORCORE_TAILOR_H_
#define TAILORCORE_TAILOR_H_

#include <cstdint>
#include <string>
#include <vector>

namespace tailorcore {

inline constexpr const char* kTailorSchema = "tailorcore.tailor/1";

struct TailorOptions {
  // Bullets kept per role (a run of bullets under one role), the most relevant to the posting;
  // 0 keeps all. Each dropped bullet is a kDropBullet edit.
  std::uint32_t max_bullets = 0;
  // Which steps run (all by default): the posting's exact forms, the skills list's order and
  // the skills added to it, the bullets' order, the summary sentence.
  bool exact_forms = true;
  bool skills = true;
  bool bullets = true;
  bool summary = true;
};

enum class EditKind : std::uint8_t {
  kExactForm,    // a skill renamed to the posting's form, the resume's kept in parentheses once
  kSkillsOrder,  // the skills list reordered: required, preferred, then the rest
  kAddSkill,     // a skill the resume shows in its work added to its skills list
  kBulletOrder,  // a role's bullets reordered: the posting's required skills and results first
  kDropBullet,   // a bullet left out by TailorOptions::max_bullets
  kSummary,      // a sentence naming the required skills the resume's work shows
};

// "exact_form", "skills_order", "add_skill", "bullet_order", "drop_bullet", "summary"; never
// null (static storage).
const char* EditKindName(EditKind kind);

struct Edit {
  EditKind kind = EditKind::kExactForm;
  std::string before;       // the original's bytes at [begin, end) ("" for an insertion)
  std::string after;        // what the tailored resume has instead
  std::string reason;       // one sentence, in the advice language
  std::uint32_t begin = 0;  // byte offsets into the original resume
  std::uint32_t end = 0;
  std::string skill;  // exact_form, add_skill: the lexicon skill id; "" otherwise
};

struct Tailored {
  std::string schema = kTailorSchema;
  std::string text;  // the tailored resume (plain text, the original's line breaks)
  std::string diff;  // a unified diff from the original ("original", "tailored"), "" if equal
  std::vector<Edit> edits;  // in order of `begin`
  double score_before = 0;  // Report::score of the original and of the tailored resume
  double score_after = 0;
  double literal_before = 0;  // Report::literal_score of each
  double literal_after = 0;
  // Required and preferred keywords the resume does not show in any form: tailoring cannot
  // close them, only real experience can. Ids, most important first.
  std::vector<std::string> gaps;
  std::vector<std::string> gap_terms;  // their display names, in the same order
  // Steps left out because their result broke the guarantee (never expected; reported so that a
  // lexicon or rule that causes it can be found), as EditKindName values.
  std::vector<std::string> withheld;
};

// The result as JSON ("schema": "tailorcore.tailor/1", schemas/tailor.schema.json): UTF-8,
// keys in a fixed order, scores rounded to 0.01. `indent` < 0 gives one line. Never fails.
std::string TailoredToJson(const Tailored& tailored, int indent = 2);

}  // namespace tailorcore

#endif  // TAILORCORE_TAILOR_H_
