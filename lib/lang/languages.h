// The languages tailorcore reads, as data: data/lang/registry.tsv lists them, and each has a
// folder data/lang/<code>/ with its word lists, rules and advice sentences
// (docs/adding-a-language.md). Later stages ask this stage for a language's files; none of them
// names a language in code.
#ifndef TAILORCORE_LIB_LANG_LANGUAGES_H_
#define TAILORCORE_LIB_LANG_LANGUAGES_H_

#include <bitset>
#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/string_hash.h"
#include "tailorcore/status.h"
#include "tailorcore/token.h"

namespace tailorcore::detail {

// A set of languages by LanguageId (kNoLanguage included): which a text's words are written in.
using LanguageSet = std::bitset<256>;

// The languages of `text`'s words. Linear in the tokens.
LanguageSet LanguagesOf(const AnalyzedText& text);

struct LanguageInfo {
  std::string code;      // "en"
  std::string name;      // "English"
  Script script;         // the letters of its words
  std::string snowball;  // libstemmer algorithm: "english"
};

class Languages {
 public:
  // The bundled registry, checked once: every registered language has every file of
  // RequiredFiles(). kInternal (a broken build) or kDataError (registry.tsv:line) otherwise.
  // The result lives for the program. Thread-safe.
  static StatusOr<const Languages*> Bundled();
  // Parses a registry; `has_file(path)` says whether a data file exists. For tests.
  static StatusOr<Languages> Parse(std::string_view registry,
                                   bool (*has_file)(std::string_view path));

  // The files every language folder must have.
  static const std::vector<std::string_view>& RequiredFiles();

  const std::vector<LanguageInfo>& all() const { return languages_; }
  std::size_t size() const { return languages_.size(); }
  const LanguageInfo& operator[](LanguageId id) const { return languages_[id]; }
  // The code of a language ("en"), "" for kNoLanguage or an unknown id.
  std::string_view Code(LanguageId id) const;
  // The language with this code, or kNoLanguage.
  LanguageId Find(std::string_view code) const;
  // The languages whose words are written in `script`, in registry order.
  std::vector<LanguageId> ForScript(Script script) const;

  // The bytes of data/lang/<code>/<file>. kInternal when it was not compiled in.
  StatusOr<std::string_view> File(LanguageId id, std::string_view file) const;
  // "data/lang/<code>/<file>", for file:line messages.
  std::string FileName(LanguageId id, std::string_view file) const;

 private:
  std::vector<LanguageInfo> languages_;
};

// Advice sentences of one language (data/lang/<code>/messages.tsv): templates with {name}
// placeholders.
class Messages {
 public:
  // Parses a messages file; kDataError "name:line" for a line without a tab.
  static StatusOr<Messages> Parse(std::string_view content, std::string_view name);

  // The template `key` with each {name} replaced by its value; the key itself in brackets when
  // it is missing (the conformance test makes sure none is).
  std::string Format(
      std::string_view key,
      std::initializer_list<std::pair<std::string_view, std::string_view>> values = {}) const;
  // `text` between this language's quotation marks.
  std::string Quote(std::string_view text) const;
  bool Has(std::string_view key) const { return templates_.count(key) > 0; }
  const StringMap<std::string>& templates() const { return templates_; }

 private:
  StringMap<std::string> templates_;
};

}  // namespace tailorcore::detail

#endif  // TAILORCORE_LIB_LANG_LANGUAGES_H_
