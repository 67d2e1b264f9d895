#include "lang/languages.h"

#include <boost/algorithm/string/split.hpp>
#include <boost/algorithm/string/trim.hpp>

#include "base/embedded_data.h"
#include "base/word_list.h"

namespace tailorcore::detail {

LanguageSet LanguagesOf(const AnalyzedText& text) {
  LanguageSet set;
  for (const Token& t : text.tokens) set.set(t.language);
  return set;
}
namespace {

constexpr std::string_view kRegistry = "lang/registry.tsv";
constexpr std::string_view kRegistryName = "data/lang/registry.tsv";

bool ParseScript(std::string_view name, Script* script) {
  if (name == "latin") {
    *script = Script::kLatin;
  } else if (name == "cyrillic") {
    *script = Script::kCyrillic;
  } else {
    return false;
  }
  return true;
}

bool IsLanguageCode(std::string_view code) {
  if (code.size() < 2 || code.size() > 3) return false;
  for (char c : code) {
    if (c < 'a' || c > 'z') return false;
  }
  return true;
}

bool BundledHasFile(std::string_view path) { return EmbeddedData(path).ok(); }

}  // namespace

const std::vector<std::string_view>& Languages::RequiredFiles() {
  static const std::vector<std::string_view> files = {
      "stopwords.txt",    "section-headings.tsv", "section-cues.tsv",
      "tier-cues.tsv",    "action-verbs.txt",     "weak-openers.txt",
      "inflection.tsv",   "messages.tsv",         "measurable-results.txt",
      "alternatives.tsv", "experience.tsv",       "language-levels.tsv",
      "degrees.tsv",      "seniority.tsv"};
  return files;
}

StatusOr<Languages> Languages::Parse(std::string_view registry,
                                     bool (*has_file)(std::string_view path)) {
  Languages languages;
  for (const WordListEntry& entry : ParseWordList(registry)) {
    auto error = [&](const std::string& what) {
      return Status(StatusCode::kDataError,
                    std::string(kRegistryName) + ":" + std::to_string(entry.line) + ": " + what);
    };
    std::vector<std::string> fields;
    boost::algorithm::split(fields, entry.text, [](char c) { return c == '\t'; });
    for (auto& f : fields) boost::algorithm::trim(f);
    if (fields.size() != 4) return error("expected <code> <name> <script> <Snowball module>");
    LanguageInfo info{fields[0], fields[1], Script::kOther, fields[3]};
    if (!IsLanguageCode(info.code)) return error("'" + info.code + "' is not a language code");
    if (languages.Find(info.code) != kNoLanguage) return error(info.code + " is listed twice");
    if (!ParseScript(fields[2], &info.script)) {
      return error("unknown script '" + fields[2] + "' (latin or cyrillic)");
    }
    for (std::string_view file : RequiredFiles()) {
      const std::string path = "lang/" + info.code + "/" + std::string(file);
      if (!has_file(path)) return error(info.code + " has no data/" + path);
    }
    if (languages.languages_.size() >= kNoLanguage) return error("too many languages");
    languages.languages_.push_back(std::move(info));
  }
  if (languages.languages_.empty()) {
    return Status(StatusCode::kDataError, std::string(kRegistryName) + ": no language listed");
  }
  return languages;
}

StatusOr<const Languages*> Languages::Bundled() {
  static const StatusOr<Languages> bundled = []() -> StatusOr<Languages> {
    auto registry = EmbeddedData(kRegistry);
    if (!registry.ok()) return registry.status();
    return Parse(*registry, &BundledHasFile);
  }();
  if (!bundled.ok()) return bundled.status();
  return &*bundled;
}

std::string_view Languages::Code(LanguageId id) const {
  return id < languages_.size() ? std::string_view(languages_[id].code) : std::string_view();
}

LanguageId Languages::Find(std::string_view code) const {
  for (std::size_t i = 0; i < languages_.size(); ++i) {
    if (languages_[i].code == code) return static_cast<LanguageId>(i);
  }
  return kNoLanguage;
}

std::vector<LanguageId> Languages::ForScript(Script script) const {
  std::vector<LanguageId> ids;
  for (std::size_t i = 0; i < languages_.size(); ++i) {
    if (languages_[i].script == script) ids.push_back(static_cast<LanguageId>(i));
  }
  return ids;
}

StatusOr<std::string_view> Languages::File(LanguageId id, std::string_view file) const {
  return EmbeddedData("lang/" + std::string(Code(id)) + "/" + std::string(file));
}

std::string Languages::FileName(LanguageId id, std::string_view file) const {
  return "data/lang/" + std::string(Code(id)) + "/" + std::string(file);
}

StatusOr<Messages> Messages::Parse(std::string_view content, std::string_view name) {
  Messages messages;
  for (const WordListEntry& entry : ParseWordList(content)) {
    const std::size_t tab = entry.text.find('\t');
    if (tab == std::string::npos) {
      return Status(StatusCode::kDataError, std::string(name) + ":" + std::to_string(entry.line) +
                                                ": expected <key> <TAB> <text>");
    }
    std::string key = boost::algorithm::trim_copy(entry.text.substr(0, tab));
    std::string text = boost::algorithm::trim_copy(entry.text.substr(tab + 1));
    messages.templates_[std::move(key)] = std::move(text);
  }
  return messages;
}

std::string Messages::Format(
    std::string_view key,
    std::initializer_list<std::pair<std::string_view, std::string_view>> values) const {
  auto it = templates_.find(key);
  if (it == templates_.end()) return "[" + std::string(key) + "]";
  const std::string& text = it->second;
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t close = text[i] == '{' ? text.find('}', i) : std::string::npos;
    bool replaced = false;
    if (close != std::string::npos) {
      const std::string_view name = std::string_view(text).substr(i + 1, close - i - 1);
      for (const auto& [placeholder, value] : values) {
        if (placeholder != name) continue;
        out += value;
        i = close + 1;
        replaced = true;
        break;
      }
    }
    if (!replaced) out += text[i++];
  }
  return out;
}

std::string Messages::Quote(std::string_view text) const {
  return Format("quote-open") + std::string(text) + Format("quote-close");
}

}  // namespace tailorcore::detail
