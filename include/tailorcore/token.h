// tailorcore/token.h: the analyzed form of a text, a buffer of tokens with byte offsets.
//
// Every token points into the original input with [begin, end) byte offsets. Later stages (the
// matcher, the structure stage) may read tokens but never change those offsets, so anything they
// report can be shown to a person by slicing the input: input.substr(t.begin, t.end - t.begin).
//
// Thread-safety: plain values; const access from many threads is safe.
#ifndef TAILORCORE_TOKEN_H_
#define TAILORCORE_TOKEN_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tailorcore {

// The writing system of a token's letters. Chosen by the letters it contains: a token with only
// Latin letters is kLatin, only Cyrillic kCyrillic; a mix goes to the script of most of its
// letters (Latin on a tie); a token without letters (a number) or in any other script is kOther.
enum class Script : std::uint8_t { kLatin, kCyrillic, kOther };
// "latin", "cyrillic", "other"; never null (static storage).
const char* ScriptName(Script script);

// The language of a token's words: an index into the analyzer's languages
// (data/lang/registry.tsv, in its order: 0 English, 1 Russian); Analyzer::LanguageCode() names
// it. Chosen by the token's script (docs/adding-a-language.md); kNoLanguage for tokens without
// Latin or Cyrillic letters (numbers, other scripts).
using LanguageId = std::uint8_t;
inline constexpr LanguageId kNoLanguage = 0xFF;

enum class TokenKind : std::uint8_t {
  kWord,    // letters only, possibly with an apostrophe or a hyphen ("driven", "don't", "back-end")
  kNumber,  // digits with optional separators ("17", "3.11", "1,000")
  kTech,    // a technology-shaped token: symbols or digits inside letters, or inner capitals
            // ("c++", "c#", ".net", "node.js", "ci/cd", "k8s", "oauth2", "x86-64", "grpc" as gRPC)
};
// "word", "number", "tech"; never null (static storage).
const char* TokenKindName(TokenKind kind);

struct Token {
  std::uint32_t begin = 0;  // byte offset of the first byte in the original input
  std::uint32_t end = 0;    // byte offset one past the last byte in the original input
  std::string normalized;   // NFKC + full case folding + typographic folds + ё→е, UTF-8
  std::string stem;         // Snowball stem in the token's language; equals `normalized` for
                            // numbers, tech tokens and tokens of no language
  Script script = Script::kOther;
  LanguageId language = kNoLanguage;  // decides the stemmer and the stopword list, not `script`
  TokenKind kind = TokenKind::kWord;
  bool stopword = false;  // `normalized` is in data/lang/<language>/stopwords.txt
  // A hyphenated word ("event-driven") is one token flagged `compound`, followed in the buffer by
  // its parts ("event", "driven") flagged `part`. Parts are left out when any part is a single
  // letter ("objective-c", "e-commerce"), so that a lone "c" never appears where none was written.
  bool compound = false;
  bool part = false;
};

// The result of analysis. Tokens are in input order: `begin` never decreases from one token to
// the next (a compound and its first part share `begin`).
struct AnalyzedText {
  std::vector<Token> tokens;
  std::size_t input_bytes = 0;        // bytes of input that were analyzed
  std::size_t invalid_sequences = 0;  // invalid UTF-8 sequences, NUL bytes, encoded surrogates and
                                      // overlong forms, each read as U+FFFD (a separator)
  std::size_t oversized_words = 0;    // words longer than AnalyzerOptions::max_token_bytes, skipped
  bool truncated = false;             // the input exceeded AnalyzerOptions::max_input_bytes; only
                                      // its first `input_bytes` bytes were analyzed
};

}  // namespace tailorcore

#endif  // TAILORCORE_TOKEN_H_
