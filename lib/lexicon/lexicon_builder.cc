#include <algorithm>

#include "base/embedded_data.h"
#include "base/read_file.h"
#include "lexicon/lexicon_state.h"

namespace tailorcore {

bool IsValidId(std::string_view id) {
  if (id.empty() || id.size() > 100) return false;
  auto alnum = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
  if (!alnum(id[0])) return false;
  for (char c : id) {
    if (!alnum(c) && c != '.' && c != '_' && c != '+' && c != '#' && c != '-') return false;
  }
  return true;
}

std::string LexiconBuilder::State::FormKey(const AnalyzedText& analyzed) {
  std::string key;
  for (const Token& t : analyzed.tokens) {
    if (t.part) continue;
    if (!key.empty()) key.push_back(' ');
    key += t.normalized;
  }
  return key;
}

Status LexiconBuilder::State::AddCategory(const Category& category, bool technical) {
  if (!IsValidId(category.id)) {
    return Status(
        StatusCode::kInvalidArgument,
        "category id '" + category.id + "' must be lower-case letters, digits and . _ + # -");
  }
  if (category.name.empty()) {
    return Status(StatusCode::kInvalidArgument, "category '" + category.id + "' has no name");
  }
  auto it = category_index.find(category.id);
  if (it != category_index.end()) {
    if (categories[it->second].name != category.name) {
      return Status(
          StatusCode::kInvalidArgument,
          "category '" + category.id + "' is already named '" + categories[it->second].name + "'");
    }
    return Status::Ok();
  }
  category_index.emplace(category.id, categories.size());
  categories.push_back(category);
  categories.back().technical = technical;
  if (!technical) non_technical_categories.insert(category.id);
  return Status::Ok();
}

Status LexiconBuilder::State::AddSkill(std::string_view id, std::string_view name,
                                       std::string_view category,
                                       const std::vector<SkillForm>& more_forms) {
  const std::string id_string(id);
  if (!IsValidId(id)) {
    return Status(StatusCode::kInvalidArgument,
                  "skill id '" + id_string + "' must be lower-case letters, digits and . _ + # -");
  }
  if (skill_index.count(id_string) > 0) {
    return Status(StatusCode::kInvalidArgument, "skill id '" + id_string + "' is already used");
  }
  if (category_index.count(std::string(category)) == 0 && !IsValidId(category)) {
    // Forms where the category belongs: "skill<TAB>redis<TAB>Redis<TAB>Redis DB|redis-server".
    return Status(StatusCode::kInvalidArgument,
                  "skill '" + id_string + "': '" + std::string(category) +
                      "' is no category id (lower-case letters, digits and . _ + # -); is the "
                      "category field missing? (skill, id, name, category, forms)");
  }
  if (category_index.count(std::string(category)) == 0) {
    return Status(StatusCode::kInvalidArgument, "unknown category '" + std::string(category) +
                                                    "' for skill '" + id_string +
                                                    "' (declare it with a category record first)");
  }
  AnalyzedText name_analyzed = analyzer.Analyze(name);
  const std::string key = FormKey(name_analyzed);
  if (key.empty()) {
    return Status(StatusCode::kInvalidArgument,
                  "skill '" + id_string + "': name '" + std::string(name) + "' has no words");
  }
  if (auto owner = form_owner.find(key); owner != form_owner.end()) {
    return Status(StatusCode::kInvalidArgument, "skill '" + id_string + "': name '" +
                                                    std::string(name) + "' is already a form of '" +
                                                    skills[owner->second].id + "'");
  }
  // Check every form before changing anything.
  std::unordered_map<std::string, bool> keys{{key, true}};
  std::vector<AnalyzedText> forms_analyzed;
  forms_analyzed.reserve(more_forms.size());
  for (const SkillForm& form : more_forms) {
    forms_analyzed.push_back(analyzer.Analyze(form.text));
    const std::string form_key = FormKey(forms_analyzed.back());
    if (form_key.empty()) {
      return Status(StatusCode::kInvalidArgument,
                    "skill '" + id_string + "': form '" + form.text + "' has no words");
    }
    if (auto owner = form_owner.find(form_key); owner != form_owner.end()) {
      return Status(StatusCode::kInvalidArgument, "skill '" + id_string + "': form '" + form.text +
                                                      "' is already a form of '" +
                                                      skills[owner->second].id + "'");
    }
    keys.emplace(form_key, true);
  }
  Skill skill;
  skill.id = id_string;
  skill.name = std::string(name);
  skill.category = std::string(category);
  skill.forms.push_back(SkillForm{skill.name, FormKind::kName, false, false});
  const std::size_t index = skills.size();
  skill_index.emplace(skill.id, index);
  form_owner.emplace(key, index);
  ++form_count;
  skills.push_back(std::move(skill));
  analyzed.emplace_back().push_back(std::move(name_analyzed));
  for (std::size_t f = 0; f < more_forms.size(); ++f) {
    if (Status s = AddForm(index, more_forms[f], std::move(forms_analyzed[f])); !s.ok()) return s;
  }
  return Status::Ok();
}

Status LexiconBuilder::State::AddForm(std::size_t skill, const SkillForm& form) {
  return AddForm(skill, form, analyzer.Analyze(form.text));
}

Status LexiconBuilder::State::AddForm(std::size_t skill, const SkillForm& form,
                                      AnalyzedText form_analyzed) {
  const std::string key = FormKey(form_analyzed);
  if (key.empty()) {
    return Status(StatusCode::kInvalidArgument,
                  "skill '" + skills[skill].id + "': form '" + form.text + "' has no words");
  }
  if (auto owner = form_owner.find(key); owner != form_owner.end()) {
    if (owner->second == skill) return Status::Ok();  // already has it (another spelling)
    return Status(StatusCode::kInvalidArgument, "skill '" + skills[skill].id + "': form '" +
                                                    form.text + "' is already a form of '" +
                                                    skills[owner->second].id + "'");
  }
  form_owner.emplace(key, skill);
  skills[skill].forms.push_back(form);
  analyzed[skill].push_back(std::move(form_analyzed));
  ++form_count;
  return Status::Ok();
}

StatusOr<LexiconBuilder> LexiconBuilder::Empty(const AnalyzerOptions& analyzer_options) {
  auto analyzer = Analyzer::Create(analyzer_options);
  if (!analyzer.ok()) return analyzer.status();
  return LexiconBuilder(std::make_shared<State>(std::move(*analyzer)));
}

StatusOr<LexiconBuilder> LexiconBuilder::Bundled(const AnalyzerOptions& analyzer_options) {
  auto builder = Empty(analyzer_options);
  if (!builder.ok()) return builder;
  // Parsed in place, not into a copy as AddText does: the new builder is no one else's, and an
  // error returns no builder at all.
  for (const char* file : {"lexicon/bundled.tsv", "lexicon/relations.tsv"}) {
    auto content = detail::EmbeddedData(file);
    if (!content.ok()) return content.status();
    const std::string name = std::string("data/") + file;
    if (Status s = ParseLexiconText(*content, name, builder->state_.get()); !s.ok()) return s;
  }
  return builder;
}

void LexiconBuilder::Detach() {
  if (state_.use_count() > 1) state_ = std::make_shared<State>(*state_);
}

Status LexiconBuilder::AddFile(const std::string& path) {
  std::string content;
  std::string error;
  if (!detail::ReadWholeFile(path, &content, &error)) return Status(StatusCode::kIoError, error);
  return AddText(content, path);
}

Status LexiconBuilder::AddText(std::string_view content, std::string_view name) {
  // All or nothing: parse into a copy, keep it only if the whole text is valid.
  auto copy = std::make_shared<State>(*state_);
  if (Status s = ParseLexiconText(content, name, copy.get()); !s.ok()) return s;
  state_ = std::move(copy);
  return Status::Ok();
}

Status LexiconBuilder::AddCategory(const Category& category) {
  Detach();
  return state_->AddCategory(category, category.technical);
}

Status LexiconBuilder::AddSkill(std::string_view id, std::string_view name,
                                std::string_view category,
                                const std::vector<SkillForm>& more_forms) {
  auto copy = std::make_shared<State>(*state_);
  if (Status s = copy->AddSkill(id, name, category, more_forms); !s.ok()) return s;
  state_ = std::move(copy);
  return Status::Ok();
}

Status LexiconBuilder::AddForm(std::string_view skill_id, std::string_view text, FormKind kind,
                               bool ambiguous) {
  auto it = state_->skill_index.find(std::string(skill_id));
  if (it == state_->skill_index.end()) {
    return Status(StatusCode::kInvalidArgument, "no skill with id '" + std::string(skill_id) + "'");
  }
  if (kind == FormKind::kName) {
    return Status(StatusCode::kInvalidArgument, "a skill has one name; add this form as a variant");
  }
  Detach();
  return state_->AddForm(it->second, SkillForm{std::string(text), kind, ambiguous, false});
}

void LexiconBuilder::State::Relate(std::size_t member, std::size_t broader, bool kind) {
  const std::pair<std::size_t, std::size_t> relation{member, broader};
  auto add = [&](std::vector<std::pair<std::size_t, std::size_t>>* to) {
    if (std::find(to->begin(), to->end(), relation) == to->end()) to->push_back(relation);
  };
  add(&implies);
  if (kind) add(&kinds);
}

Status LexiconBuilder::AddImplies(std::string_view member, std::string_view umbrella,
                                  Relation relation) {
  auto m = state_->skill_index.find(std::string(member));
  auto u = state_->skill_index.find(std::string(umbrella));
  for (const auto& [it, id] : {std::pair{m, member}, std::pair{u, umbrella}}) {
    if (it == state_->skill_index.end()) {
      return Status(StatusCode::kInvalidArgument, "no skill with id '" + std::string(id) + "'");
    }
  }
  if (m->second == u->second) {
    return Status(StatusCode::kInvalidArgument, "a skill cannot imply itself");
  }
  Detach();
  state_->Relate(m->second, u->second, relation == Relation::kKindOf);
  return Status::Ok();
}

std::size_t LexiconBuilder::skill_count() const { return state_->skills.size(); }
std::size_t LexiconBuilder::form_count() const { return state_->form_count; }

}  // namespace tailorcore
