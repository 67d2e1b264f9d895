// tailorcore/analyzer.h: text in, normalized and stemmed tokens with byte offsets out.
//
//   auto analyzer = tailorcore::Analyzer::Create();          // bundled stopwords and rules
//   if (!analyzer.ok()) return fail(analyzer.status().message());
//   tailorcore::AnalyzedText text = analyzer->Analyze("Опыт с PostgreSQL и CI/CD.");
//   for (const tailorcore::Token& t : text.tokens)
//     std::cout << t.normalized << " " << t.stem << "\n";    // опыт опыт, с с, postgresql ...
//
// The chain (docs/architecture.md): decode UTF-8 (invalid bytes read as U+FFFD) → fold
// typographic variants (data/analysis/typography.tsv) → NFKC_Casefold (ICU) and ё→е → ICU word
// boundaries plus tech-token rules (C++, C#, .NET, CI/CD ...; data/analysis/slash-terms.txt) →
// each word's language by its script (data/lang/registry.tsv) → Snowball stemming and stopword
// flags in that language (data/lang/<code>/stopwords.txt).
//
// Thread-safety: an Analyzer is immutable once created and may be shared by any number of
// threads. Analyze() keeps its mutable state (ICU break iterator, Snowball stemmers, stem memo) in
// per-thread scratch objects that live as long as the thread.
#ifndef TAILORCORE_ANALYZER_H_
#define TAILORCORE_ANALYZER_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "tailorcore/status.h"
#include "tailorcore/token.h"

namespace tailorcore {

namespace detail {
struct AnalyzerAccess;  // lets the library's tests reach the reference path
}  // namespace detail

struct AnalyzerOptions {
  // Inputs longer than this are cut at the last code point boundary before it; the result says
  // so in AnalyzedText::truncated. Must be between 1 and 2^31 - 1 bytes.
  std::size_t max_input_bytes = std::size_t{256} << 20;  // 256 MiB
  // Words whose normalized form is longer than this are skipped and counted in
  // AnalyzedText::oversized_words (no skill is that long; such runs are base64, hashes, URLs).
  // Must be between 16 and 65,536.
  std::size_t max_token_bytes = 256;
};

class Analyzer {
 public:
  // Builds an analyzer with the bundled stopwords and tokenizer rules.
  // Returns kInvalidArgument for options out of range, kInternal when ICU cannot create a word
  // break iterator or the Snowball stemmers (a broken installation). Cost: a few milliseconds.
  static StatusOr<Analyzer> Create(const AnalyzerOptions& options = {});

  // Analyzes UTF-8 text. Never fails: any byte sequence is accepted (see AnalyzedText for how
  // invalid bytes, oversized words and oversized inputs are reported). Cost: linear in the input.
  // Thread-safe.
  AnalyzedText Analyze(std::string_view utf8) const;

  // The normalized form of a piece of text as the analyzer sees it: typographic folds,
  // NFKC_Casefold and ё→е, with invalid UTF-8 replaced by U+FFFD. Analyze() gives every token
  // `normalized == Normalize(input.substr(begin, end - begin))`. Thread-safe.
  std::string Normalize(std::string_view utf8) const;

  // The options it was created with.
  const AnalyzerOptions& options() const;

  // The code of a language ("en", "ru"; data/lang/registry.tsv) that Token::language holds,
  // "" for kNoLanguage. Thread-safe; O(1).
  std::string_view LanguageCode(LanguageId language) const;
  // The id of the language with this code, or kNoLanguage. Thread-safe; O(languages).
  LanguageId FindLanguage(std::string_view code) const;
  // A moved-from analyzer may only be assigned to or destroyed.

  class Impl;  // detail: defined in lib/analysis/analyzer_impl.h

 private:
  friend struct detail::AnalyzerAccess;
  explicit Analyzer(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}
  std::shared_ptr<const Impl> impl_;
};

}  // namespace tailorcore

#endif  // TAILORCORE_ANALYZER_H_
