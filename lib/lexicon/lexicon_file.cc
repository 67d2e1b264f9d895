// The lexicon file format (docs/lexicon-format.md): UTF-8, one record per line, fields separated
// by tabs, '#' starts a comment line.
//
//   category <TAB> id <TAB> Display name [<TAB> non-technical]
//   skill    <TAB> id <TAB> Display name <TAB> category id <TAB> forms
//
// forms: '|'-separated; each is [kind:]text[?] with kind one of var (default), acr, exp, tr (a
// transliteration) or a language code of data/lang/registry.tsv (ru: a Russian name), and a
// trailing '?' marking an ambiguous form. The display name is always a form; listing it again
// with '?' marks it ambiguous.
#include <unicode/utf8.h>

#include <algorithm>

#include <boost/algorithm/string/predicate.hpp>
#include <boost/algorithm/string/split.hpp>

#include "base/text.h"
#include "lang/languages.h"
#include "lexicon/lexicon_state.h"

namespace tailorcore {
namespace {

struct ParsedForm {
  SkillForm form;
  bool ok = true;
  std::string error;
};

// The kind a prefix before ':' names: var, acr, exp, tr, or a language code (a name in that
// language, a variant). False for anything else.
bool PrefixKind(std::string_view prefix, FormKind* kind) {
  static const std::pair<std::string_view, FormKind> kPrefixes[] = {
      {"var", FormKind::kVariant},
      {"acr", FormKind::kAcronym},
      {"exp", FormKind::kExpansion},
      {"tr", FormKind::kTransliteration},
  };
  for (const auto& [name, prefix_kind] : kPrefixes) {
    if (prefix == name) {
      *kind = prefix_kind;
      return true;
    }
  }
  auto languages = detail::Languages::Bundled();
  if (languages.ok() && (*languages)->Find(prefix) != kNoLanguage) {
    *kind = FormKind::kVariant;
    return true;
  }
  return false;
}

ParsedForm ParseForm(std::string text) {
  ParsedForm parsed;
  detail::TrimAscii(text);
  FormKind kind = FormKind::kVariant;
  const auto colon = text.find(':');
  if (colon != std::string::npos && colon > 0 && colon <= 10) {
    // Only a lower-case word before the colon looks like a kind; "1С:Предприятие" is a form
    // with a colon in it.
    const bool looks_like_kind =
        std::all_of(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(colon),
                    [](char c) { return c >= 'a' && c <= 'z'; });
    if (looks_like_kind && PrefixKind(std::string_view(text).substr(0, colon), &kind)) {
      text.erase(0, colon + 1);
    } else if (looks_like_kind) {
      parsed.ok = false;
      parsed.error = "unknown form kind '" + text.substr(0, colon + 1) +
                     "' (use var:, acr:, exp:, tr: or a language code such as ru:)";
      return parsed;
    }
  }
  bool ambiguous = false;
  if (!text.empty() && text.back() == '?') {
    ambiguous = true;
    text.pop_back();
  }
  detail::TrimAscii(text);
  if (text.empty()) {
    parsed.ok = false;
    parsed.error = "empty form";
    return parsed;
  }
  parsed.form = SkillForm{text, kind, ambiguous, false};
  return parsed;
}

// The offset of the first byte of `s` that is not part of valid UTF-8, or npos.
std::size_t FirstInvalidUtf8(std::string_view s) {
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(s.data());
  const auto length = static_cast<std::int32_t>(s.size());
  for (std::int32_t i = 0; i < length;) {
    const std::int32_t start = i;
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0 || c == 0) return static_cast<std::size_t>(start);
  }
  return std::string_view::npos;
}

// `s` for an error message: at most 40 bytes, control characters as '?'.
std::string Printable(std::string_view s) {
  std::string out(s.substr(0, 40));
  for (char& c : out) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) c = '?';
  }
  return s.size() > 40 ? out + "..." : out;
}

}  // namespace

namespace {

// A category record, its fields trimmed; the error without the file:line prefix.
Status ParseCategory(const std::vector<std::string>& fields, LexiconBuilder::State* state) {
  if (fields.size() != 3 && fields.size() != 4) {
    return Status(StatusCode::kDataError,
                  "a category record has 3 or 4 tab-separated fields: category, id, name "
                  "[, non-technical]; got " +
                      std::to_string(fields.size()));
  }
  bool technical = true;
  if (fields.size() == 4) {
    if (fields[3] != "non-technical") {
      return Status(StatusCode::kDataError,
                    "unknown category flag '" + fields[3] + "' (only non-technical)");
    }
    technical = false;
  }
  return state->AddCategory({fields[1], fields[2], technical}, technical);
}

// A skill record: a new skill, or more forms for one already present.
// implies|kind <TAB> member id <TAB> umbrella id[, umbrella id ...]
Status ParseImplies(const std::vector<std::string>& fields, LexiconBuilder::State* state) {
  if (fields.size() != 3) {
    return Status(StatusCode::kDataError,
                  "expected " + fields[0] + " <TAB> member id <TAB> umbrella ids");
  }
  auto member = state->skill_index.find(fields[1]);
  if (member == state->skill_index.end()) {
    return Status(StatusCode::kDataError, "no skill '" + Printable(fields[1]) + "'");
  }
  std::vector<std::string> umbrellas;
  boost::algorithm::split(umbrellas, fields[2], [](char c) { return c == ','; });
  for (std::string& id : umbrellas) {
    detail::TrimAscii(id);
    auto umbrella = state->skill_index.find(id);
    if (umbrella == state->skill_index.end()) {
      return Status(StatusCode::kDataError, "no skill '" + Printable(id) + "'");
    }
    if (umbrella->second == member->second) {
      return Status(StatusCode::kDataError, "'" + id + "' cannot imply itself");
    }
    state->Relate(member->second, umbrella->second, fields[0] == "kind");
  }
  return Status::Ok();
}

// A skill record: skill, id, name, category and forms; a record without forms may leave out the
// last field and its tab ("skill<TAB>acme-bus<TAB>Acme Bus<TAB>messaging").
Status ParseSkill(std::vector<std::string> fields, LexiconBuilder::State* state) {
  if (fields.size() == 4) fields.emplace_back();
  if (fields.size() != 5) {
    return Status(StatusCode::kDataError,
                  "a skill record has 4 or 5 tab-separated fields: skill, id, name, category "
                  "and, if it has any, forms; got " +
                      std::to_string(fields.size()));
  }
  std::vector<std::string> form_texts;
  boost::algorithm::split(form_texts, fields[4], [](char c) { return c == '|'; });
  std::vector<SkillForm> forms;
  bool name_ambiguous = false;
  for (const std::string& text : form_texts) {
    if (detail::TrimmedAscii(text).empty() && form_texts.size() == 1) break;
    ParsedForm parsed = ParseForm(text);
    if (!parsed.ok) return Status(StatusCode::kDataError, parsed.error + " in '" + fields[4] + "'");
    if (parsed.form.text == fields[2]) {
      name_ambiguous = name_ambiguous || parsed.form.ambiguous;
      continue;
    }
    forms.push_back(std::move(parsed.form));
  }
  auto existing = state->skill_index.find(fields[1]);
  if (existing == state->skill_index.end()) {
    if (Status s = state->AddSkill(fields[1], fields[2], fields[3], forms); !s.ok()) return s;
    if (name_ambiguous) state->skills.back().forms[0].ambiguous = true;
    return Status::Ok();
  }
  // A record for a skill already present extends it (e.g. a user file adding synonyms).
  Skill& skill = state->skills[existing->second];
  if (skill.name != fields[2] || skill.category != fields[3]) {
    return Status(StatusCode::kDataError,
                  "skill '" + fields[1] + "' is already defined as '" + skill.name + "' in '" +
                      skill.category +
                      "'; a record extending it must repeat its name and category");
  }
  if (name_ambiguous) skill.forms[0].ambiguous = true;
  for (const SkillForm& form : forms) {
    if (Status s = state->AddForm(existing->second, form); !s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace

Status ParseLexiconText(std::string_view content, std::string_view name,
                        LexiconBuilder::State* state) {
  if (content.substr(0, 3) == "\xEF\xBB\xBF") content.remove_prefix(3);  // a UTF-8 BOM
  std::vector<std::string> lines;
  boost::algorithm::split(lines, content, [](char c) { return c == '\n'; });
  for (std::size_t n = 0; n < lines.size(); ++n) {
    std::string line = lines[n];
    if (!line.empty() && line.back() == '\r') line.pop_back();
    auto error = [&](const std::string& what) {
      return Status(StatusCode::kDataError,
                    std::string(name) + ":" + std::to_string(n + 1) + ": " + what);
    };
    std::string trimmed = detail::TrimmedAscii(line);
    if (trimmed.empty() || trimmed[0] == '#') continue;
    if (const std::size_t bad = FirstInvalidUtf8(line); bad != std::string::npos) {
      return error("invalid UTF-8 at byte " + std::to_string(bad + 1) + " of the line");
    }
    std::vector<std::string> fields;
    boost::algorithm::split(fields, line, [](char c) { return c == '\t'; });
    for (auto& f : fields) detail::TrimAscii(f);
    Status s;
    if (fields[0] == "category") {
      s = ParseCategory(fields, state);
    } else if (fields[0] == "skill") {
      s = ParseSkill(fields, state);
    } else if (fields[0] == "implies" || fields[0] == "kind") {
      s = ParseImplies(fields, state);
    } else {
      s = Status(StatusCode::kDataError, "unknown record '" + Printable(fields[0]) +
                                             "' (expected category, skill, implies or kind)");
    }
    if (!s.ok()) return error(s.message());
  }
  return Status::Ok();
}

}  // namespace tailorcore
