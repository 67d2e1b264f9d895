// Word boundaries for stage 3 of the analysis chain: the segments of normalized text that ICU's
// word break rules (root locale, UAX #29 plus ICU's changes) mark as words or numbers.
//
// Two paths that give the same segments:
//  - the reference path runs ICU's BreakIterator over the whole text;
//  - the fast path cuts the text at ASCII white space (UAX #29 breaks on both sides of it) and
//    finds the boundaries of each piece from a table of word-break classes, following the rules
//    WB5-WB13b; a piece holding any character the table does not cover (combining marks,
//    format characters, Hebrew, kana, ideographs, emoji, Thai and other dictionary scripts)
//    goes to ICU on its own.
// The table is read from ICU's own Word_Break property with ICU's two changes to UAX #29 (the
// colon is not MidLetter, '@' is ALetter). tests/analysis/word_breaks_test.cc compares the two
// paths on every covered character in context and on every short string over the classes, and
// the shared analysis test helper compares them on every test document.
#ifndef TAILORCORE_LIB_ANALYSIS_WORD_BREAKS_H_
#define TAILORCORE_LIB_ANALYSIS_WORD_BREAKS_H_

#include <unicode/uversion.h>

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "analysis/analysis_path.h"
#include "tailorcore/status.h"

U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END

namespace tailorcore::detail {

// A byte range [begin, end) of the text given to WordBreaker::Find.
struct Segment {
  std::uint32_t begin;
  std::uint32_t end;
};

// Per-thread mutable state: ICU break iterators are not thread-safe.
class WordBreakScratch {
 public:
  WordBreakScratch();
  ~WordBreakScratch();
  WordBreakScratch(const WordBreakScratch&) = delete;
  WordBreakScratch& operator=(const WordBreakScratch&) = delete;

  icu::BreakIterator* iterator() { return iterator_.get(); }

  // The fast path's working buffers: the class and byte offset of each code point.
  std::vector<std::uint8_t> classes;
  std::vector<std::uint32_t> offsets;

 private:
  std::unique_ptr<icu::BreakIterator> iterator_;
};

class WordBreaker {
 public:
  // The characters below this code point may have a class in the table.
  static constexpr char32_t kTableLimit = 0x2E80;

  // Builds the class table from ICU's properties. kInternal when ICU has no word break rules.
  static StatusOr<WordBreaker> Create();

  // Appends to `out`, in order, the segments of UTF-8 `text` that ICU gives a word or number
  // rule status (letters, digits, kana, ideographs; not spaces or punctuation). `text` must be
  // well-formed UTF-8 (normalized text is). Both paths give the same segments. Thread-safe
  // given one scratch per thread. Cost: linear; the fast path does not call ICU for text in the
  // table's scripts.
  void Find(std::string_view text, AnalysisPath path, WordBreakScratch* scratch,
            std::vector<Segment>* out) const;

 private:
  enum Class : std::uint8_t {
    kUncovered,  // handled by ICU
    kALetter,
    kNumeric,
    kMidLetter,
    kMidNumLet,  // MidNumLet and Single_Quote: the rules here treat them alike
    kMidNum,
    kExtendNumLet,
    kOther,
    kSpace,  // ASCII white space: the fast path cuts there
  };

  // ICU over `text` (the whole of it, or one piece at `base`).
  static void IcuSegments(std::string_view text, std::uint32_t base, WordBreakScratch* scratch,
                          std::vector<Segment>* out);
  // Appends the word segments of one piece without white space, given the class and byte
  // offset of each of its `n` code points (offset[n] is the piece's end).
  static void ApplyRules(const std::uint8_t* cls, const std::uint32_t* offset, std::size_t n,
                         std::vector<Segment>* out);

  std::shared_ptr<const std::vector<Class>> classes_;  // by code point, below kTableLimit
  std::uint8_t ascii_[0x80] = {};                      // classes of ASCII, kSpace for spaces
};

}  // namespace tailorcore::detail

#endif  // TAILORCORE_LIB_ANALYSIS_WORD_BREAKS_H_
