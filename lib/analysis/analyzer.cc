// The analysis chain end to end: chunking, then decode → normalize → tokenize → stem → stopwords
// for each chunk.
#include "tailorcore/analyzer.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstring>
#include <vector>

#include "analysis/analyzer_impl.h"
#include "analysis/decode.h"
#include "analysis/stemmer.h"
#include "base/embedded_data.h"
#include "base/flat_ids.h"
#include "base/word_list.h"

namespace tailorcore {
namespace {

using detail::DecodedCodePoint;
using detail::NormalizedText;
using detail::RawToken;

// Text is analyzed in chunks of at most this many bytes, cut at a line break where there is
// one, so that the offset maps and ICU's working memory stay small whatever the input size.
constexpr std::size_t kChunkBytes = 64 * 1024;

// What the analysis says of a word, remembered per thread: words repeat so much in postings
// that the memo answers most lookups.
struct WordFacts {
  std::string stem;
  bool stopword;
  // In the vocabulary of serial `ids_of` (FlatIds::serial(); 0: none yet), or kNoId.
  std::uint32_t word_id;
  std::uint32_t stem_id;
  std::uint64_t ids_of;
};

// Words remembered per language before the memo starts again.
constexpr std::size_t kMemoLimit = 1 << 17;

// Everything Analyze() mutates, one per thread.
struct Scratch {
  detail::TokenizerScratch tokenizer;
  detail::StemmerScratch stemmers;
  // By language. The stopword flags come from the analyzer that filled the memo
  // (`facts_owner`); another analyzer clears it. Each entry says whose ids it holds.
  std::vector<detail::FlatMemo<WordFacts>> facts;
  const void* facts_owner = nullptr;
  std::vector<DecodedCodePoint> code_points;
  NormalizedText normalized;
  std::vector<RawToken> raw_tokens;
};

Scratch& ThreadScratch() {
  thread_local Scratch scratch;
  return scratch;
}

bool IsUtf8Continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Moves `cut` back to the start of a code point (never more than 3 bytes).
std::size_t BackToCodePointStart(std::string_view text, std::size_t cut, std::size_t floor) {
  for (int steps = 0; steps < 3 && cut > floor && IsUtf8Continuation(text[cut]); ++steps) --cut;
  return cut;
}

// The end of the chunk that starts at `begin`: after the last line break within kChunkBytes,
// else after the last ASCII byte that cannot be inside a word, else at a code point boundary.
std::size_t ChunkEnd(std::string_view text, std::size_t begin) {
  if (text.size() - begin <= kChunkBytes) return text.size();
  const std::size_t limit = begin + kChunkBytes;
  const std::string_view window = text.substr(begin, kChunkBytes);
  if (auto nl = window.rfind('\n'); nl != std::string_view::npos && nl > 0) return begin + nl + 1;
  for (std::size_t i = limit; i > begin + kChunkBytes / 2; --i) {
    const char c = text[i - 1];
    if (c == ' ' || c == '\t' || c == '\r' || c == ',' || c == ';') return i;
  }
  return BackToCodePointStart(text, limit, begin + 1);
}

// For each code point below kScriptTableLimit: a Latin letter, a Cyrillic letter, or neither
// (ICU's u_isalpha and uscript_getScript, asked once).
constexpr UChar32 kScriptTableLimit = 0x3000;
enum class LetterScript : std::uint8_t { kNone, kLatin, kCyrillic };

LetterScript LetterScriptOf(UChar32 c) {
  if (!u_isalpha(c)) return LetterScript::kNone;
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode script = uscript_getScript(c, &status);
  if (script == USCRIPT_LATIN) return LetterScript::kLatin;
  if (script == USCRIPT_CYRILLIC) return LetterScript::kCyrillic;
  return LetterScript::kNone;
}

const std::vector<LetterScript>& LetterScripts() {
  static const std::vector<LetterScript> table = [] {
    std::vector<LetterScript> t(kScriptTableLimit);
    for (UChar32 c = 0; c < kScriptTableLimit; ++c)
      t[static_cast<std::size_t>(c)] = LetterScriptOf(c);
    return t;
  }();
  return table;
}

Script ScriptOf(std::string_view normalized) {
  static const std::vector<LetterScript>& table = LetterScripts();
  std::size_t latin = 0;
  std::size_t cyrillic = 0;
  // All ASCII (most tokens): Latin when there is a letter.
  bool ascii = true;
  for (char c : normalized) {
    if (static_cast<unsigned char>(c) >= 0x80) {
      ascii = false;
      break;
    }
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) ++latin;
  }
  if (ascii) return latin > 0 ? Script::kLatin : Script::kOther;
  latin = 0;
  const auto* s = reinterpret_cast<const std::uint8_t*>(normalized.data());
  const auto length = static_cast<std::int32_t>(normalized.size());
  for (std::int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) continue;
    if (c < 0x80) {
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) ++latin;
      continue;
    }
    const LetterScript script =
        c < kScriptTableLimit ? table[static_cast<std::size_t>(c)] : LetterScriptOf(c);
    if (script == LetterScript::kLatin) ++latin;
    if (script == LetterScript::kCyrillic) ++cyrillic;
  }
  if (latin == 0 && cyrillic == 0) return Script::kOther;
  return latin >= cyrillic ? Script::kLatin : Script::kCyrillic;
}

// Each language's stopwords, and a check that libstemmer has its Snowball module.
StatusOr<std::vector<detail::StringSet>> LoadStopwords(const detail::Languages& languages) {
  std::vector<detail::StringSet> stopwords;
  for (std::size_t i = 0; i < languages.size(); ++i) {
    const auto id = static_cast<LanguageId>(i);
    if (!detail::SnowballStemmer(languages[id].snowball.c_str()).ok()) {
      return Status(StatusCode::kInternal, "libstemmer has no '" + languages[id].snowball +
                                               "' stemmer for " + languages[id].name +
                                               " (data/lang/registry.tsv)");
    }
    auto content = languages.File(id, "stopwords.txt");
    if (!content.ok()) return content.status();
    detail::StringSet set;
    for (auto& entry : detail::ParseWordList(*content)) set.insert(std::move(entry.text));
    stopwords.push_back(std::move(set));
  }
  return stopwords;
}

}  // namespace

StatusOr<Analyzer> Analyzer::Create(const AnalyzerOptions& options) {
  if (options.max_input_bytes < 1 || options.max_input_bytes > 0x7FFFFFFF) {
    return Status(StatusCode::kInvalidArgument,
                  "max_input_bytes must be between 1 and 2147483647, got " +
                      std::to_string(options.max_input_bytes));
  }
  if (options.max_token_bytes < 16 || options.max_token_bytes > 65536) {
    return Status(StatusCode::kInvalidArgument,
                  "max_token_bytes must be between 16 and 65536, got " +
                      std::to_string(options.max_token_bytes));
  }
  auto typography = detail::EmbeddedData("analysis/typography.tsv");
  auto slash_terms = detail::EmbeddedData("analysis/slash-terms.txt");
  auto languages = detail::Languages::Bundled();
  if (!typography.ok()) return typography.status();
  if (!slash_terms.ok()) return slash_terms.status();
  if (!languages.ok()) return languages.status();
  auto folds = detail::TypographyFolds::Parse(*typography, "data/analysis/typography.tsv");
  if (!folds.ok()) return folds.status();
  auto normalizer = detail::TextNormalizer::Create(std::move(*folds));
  if (!normalizer.ok()) return normalizer.status();
  auto tokenizer = detail::Tokenizer::Create(*slash_terms, "data/analysis/slash-terms.txt");
  if (!tokenizer.ok()) return tokenizer.status();
  auto stopwords = LoadStopwords(**languages);
  if (!stopwords.ok()) return stopwords.status();
  auto impl = std::make_shared<const Impl>(options, std::move(*normalizer), std::move(*tokenizer),
                                           *languages, std::move(*stopwords));
  return Analyzer(std::move(impl));
}

const AnalyzerOptions& Analyzer::options() const { return impl_->options; }

std::string Analyzer::Normalize(std::string_view utf8) const {
  Scratch& scratch = ThreadScratch();
  std::string result;
  std::size_t invalid = 0;
  for (std::size_t begin = 0; begin < utf8.size();) {
    const std::size_t end = ChunkEnd(utf8, begin);
    impl_->normalizer.NormalizeUtf8(utf8.substr(begin, end - begin),
                                    static_cast<std::uint32_t>(begin), &scratch.normalized,
                                    &invalid);
    result += scratch.normalized.text;
    begin = end;
  }
  return result;
}

AnalyzedText Analyzer::Analyze(std::string_view utf8) const {
  return impl_->Analyze(utf8, detail::AnalysisPath::kFast);
}

namespace {

void AppendTokens(const AnalyzerOptions& options, const std::vector<RawToken>& raw_tokens,
                  const NormalizedText& text, AnalyzedText* result) {
  bool skip_parts = false;
  for (const RawToken& raw : raw_tokens) {
    if (raw.part && skip_parts) continue;
    const std::size_t size = raw.end - raw.begin;
    if (size > options.max_token_bytes) {
      if (!raw.part) ++result->oversized_words;
      skip_parts = raw.compound;
      continue;
    }
    if (!raw.part) skip_parts = false;
    Token token;
    token.begin = text.source_begin[raw.begin];
    token.end = text.source_end[raw.end - 1];
    token.normalized.assign(text.text, raw.begin, size);
    token.kind = raw.kind;
    token.compound = raw.compound;
    token.part = raw.part;
    token.script = ScriptOf(token.normalized);
    result->tokens.push_back(std::move(token));
  }
}

std::array<LanguageId, 3> ChooseLanguages(const Analyzer::Impl& impl,
                                          const std::vector<Token>& tokens) {
  std::array<LanguageId, 3> chosen;
  for (std::size_t script = 0; script < chosen.size(); ++script) {
    const std::vector<LanguageId>& candidates = impl.by_script[script];
    chosen[script] = candidates.empty() ? kNoLanguage : candidates.front();
    if (candidates.size() < 2) continue;
    // Languages sharing a script: the one whose stopwords the document's words hit most.
    std::vector<std::size_t> hits(candidates.size(), 0);
    for (const Token& t : tokens) {
      if (static_cast<std::size_t>(t.script) != script || t.part) continue;
      for (std::size_t c = 0; c < candidates.size(); ++c) {
        hits[c] += impl.stopwords[candidates[c]].contains(t.normalized) ? 1 : 0;
      }
    }
    std::size_t best = 0;
    for (std::size_t c = 1; c < candidates.size(); ++c) {
      if (hits[c] > hits[best]) best = c;
    }
    chosen[script] = candidates[best];
  }
  return chosen;
}

using Vocabulary = detail::FlatIds<std::string>;

std::uint32_t IdIn(const Vocabulary* vocabulary, std::string_view word) {
  return vocabulary == nullptr ? detail::kNoId : vocabulary->Find(word);
}

// The stem, stopword flag and vocabulary ids of a word of `language`, from the thread's memo.
const WordFacts& FactsOf(const Analyzer::Impl& impl, LanguageId language, std::string_view word,
                         const Vocabulary* vocabulary, Scratch* scratch) {
  auto& memo = scratch->facts[language];
  // The ids of another vocabulary (a serial, not an address, which a later one may reuse) are
  // looked up again; a call without one leaves them as they are.
  auto set_ids = [&](WordFacts* facts) {
    facts->word_id = IdIn(vocabulary, word);
    facts->stem_id = facts->stem == word ? facts->word_id : IdIn(vocabulary, facts->stem);
    facts->ids_of = vocabulary == nullptr ? 0 : vocabulary->serial();
  };
  if (WordFacts* known = memo.Find(word)) {
    if (vocabulary != nullptr && known->ids_of != vocabulary->serial()) set_ids(known);
    return *known;
  }
  if (memo.size() >= kMemoLimit) memo.Clear();
  WordFacts facts{scratch->stemmers.Stem(language, (*impl.languages)[language].snowball, word),
                  impl.stopwords[language].contains(word), detail::kNoId, detail::kNoId, 0};
  set_ids(&facts);
  return memo.Insert(word, std::move(facts));
}

// StemAndFlag for a token the memo does not answer whole: of no language, not a word, or a
// word compound. A word compound's stem is its parts' stems joined by '-', each part in the
// language of its own script ("python-разработчик"), so that "back-ends" and "back-end" meet.
void StemAndFlagOther(const Analyzer::Impl& impl, const std::array<LanguageId, 3>& language_of,
                      LanguageId language, const Vocabulary* vocabulary, Token* token,
                      Scratch* scratch) {
  if (language == kNoLanguage) {
    token->stem = token->normalized;
    return;
  }
  token->stopword = impl.stopwords[language].contains(token->normalized);
  if (token->kind != TokenKind::kWord) {
    token->stem = token->normalized;
    return;
  }
  token->stem.clear();
  for (std::size_t from = 0; from <= token->normalized.size();) {
    std::size_t dash = token->normalized.find('-', from);
    if (dash == std::string::npos) dash = token->normalized.size();
    if (!token->stem.empty()) token->stem.push_back('-');
    const std::string_view part = std::string_view(token->normalized).substr(from, dash - from);
    const LanguageId part_language = language_of[static_cast<std::size_t>(ScriptOf(part))];
    if (part_language == kNoLanguage) {
      token->stem += part;
    } else {
      token->stem += FactsOf(impl, part_language, part, vocabulary, scratch).stem;
    }
    from = dash + 1;
  }
}

// The stem, stopword flag and language of `token` (and its ids, with a vocabulary: `word_id` and
// `stem_id` are not null then).
void StemAndFlag(const Analyzer::Impl& impl, const std::array<LanguageId, 3>& language_of,
                 const Vocabulary* vocabulary, Token* token, std::uint32_t* word_id,
                 std::uint32_t* stem_id, Scratch* scratch) {
  const LanguageId language = language_of[static_cast<std::size_t>(token->script)];
  token->language = language;
  if (language != kNoLanguage && token->kind == TokenKind::kWord && !token->compound) {
    const WordFacts& facts = FactsOf(impl, language, token->normalized, vocabulary, scratch);
    token->stem = facts.stem;
    token->stopword = facts.stopword;
    if (vocabulary != nullptr) {
      *word_id = facts.word_id;
      *stem_id = facts.stem_id;
    }
    return;
  }
  StemAndFlagOther(impl, language_of, language, vocabulary, token, scratch);
  if (vocabulary != nullptr) {
    *word_id = vocabulary->Find(token->normalized);
    *stem_id = token->stem == token->normalized ? *word_id : vocabulary->Find(token->stem);
  }
}

}  // namespace

AnalyzedText Analyzer::Impl::Analyze(std::string_view utf8, detail::AnalysisPath path,
                                     const detail::FlatIds<std::string>* vocabulary,
                                     detail::TokenIds* ids) const {
  AnalyzedText result;
  if (utf8.size() > options.max_input_bytes) {
    utf8 = utf8.substr(0, BackToCodePointStart(utf8, options.max_input_bytes, 0));
    result.truncated = true;
  }
  result.input_bytes = utf8.size();
  result.tokens.reserve(utf8.size() / 6);

  Scratch& scratch = ThreadScratch();
  if (scratch.facts_owner != this) {
    scratch.facts.assign(languages->size(), {});
    scratch.facts_owner = this;
  }
  for (std::size_t begin = 0; begin < utf8.size();) {
    const std::size_t end = ChunkEnd(utf8, begin);
    const std::string_view chunk = utf8.substr(begin, end - begin);
    if (path == detail::AnalysisPath::kFast) {
      normalizer.NormalizeUtf8(chunk, static_cast<std::uint32_t>(begin), &scratch.normalized,
                               &result.invalid_sequences);
    } else {
      scratch.code_points.clear();
      detail::DecodeUtf8(chunk, static_cast<std::uint32_t>(begin), &scratch.code_points,
                         &result.invalid_sequences);
      normalizer.Normalize(scratch.code_points, &scratch.normalized);
    }
    scratch.raw_tokens.clear();
    tokenizer.Tokenize(scratch.normalized, utf8, &scratch.tokenizer, &scratch.raw_tokens, path);
    AppendTokens(options, scratch.raw_tokens, scratch.normalized, &result);
    begin = end;
  }
  const std::array<LanguageId, 3> language_of = ChooseLanguages(*this, result.tokens);
  if (vocabulary == nullptr) {
    for (Token& token : result.tokens) {
      StemAndFlag(*this, language_of, nullptr, &token, nullptr, nullptr, &scratch);
    }
    return result;
  }
  ids->word.resize(result.tokens.size());
  ids->stem.resize(result.tokens.size());
  for (std::size_t i = 0; i < result.tokens.size(); ++i) {
    StemAndFlag(*this, language_of, vocabulary, &result.tokens[i], &ids->word[i], &ids->stem[i],
                &scratch);
  }
  return result;
}

std::string_view Analyzer::LanguageCode(LanguageId language) const {
  return impl_->languages->Code(language);
}

LanguageId Analyzer::FindLanguage(std::string_view code) const {
  return impl_->languages->Find(code);
}

}  // namespace tailorcore
