#include "analysis/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <boost/algorithm/string/predicate.hpp>
#include <boost/algorithm/string/split.hpp>
#include <boost/algorithm/string/trim.hpp>
#include <charconv>

namespace tailorcore::detail {

std::string FoldCase(std::string_view utf8) {
  std::string folded;
  icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())))
      .foldCase()
      .toUTF8String(folded);
  return folded;
}

namespace {

constexpr char32_t kCyrillicSmallIo = 0x0451;  // ё
constexpr char32_t kCyrillicSmallIe = 0x0435;  // е

// Parses "U+00A0" into its code point.
bool ParseCodePoint(std::string_view text, char32_t* out) {
  if (!boost::algorithm::starts_with(text, "U+") || text.size() < 6 || text.size() > 8) {
    return false;
  }
  std::uint32_t value = 0;
  const char* first = text.data() + 2;
  const char* last = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(first, last, value, 16);
  if (ec != std::errc() || ptr != last || value > 0x10FFFF) return false;
  *out = value;
  return true;
}

void AppendUtf8(const icu::UnicodeString& s, std::uint32_t begin, std::uint32_t end,
                NormalizedText* out) {
  const std::size_t before = out->text.size();
  s.toUTF8String(out->text);
  const std::size_t added = out->text.size() - before;
  out->source_begin.insert(out->source_begin.end(), added, begin);
  out->source_end.insert(out->source_end.end(), added, end);
}

}  // namespace

StatusOr<TypographyFolds> TypographyFolds::Parse(std::string_view content, std::string_view name) {
  TypographyFolds result;
  std::vector<std::string> lines;
  boost::algorithm::split(lines, content, [](char c) { return c == '\n'; });
  for (std::size_t n = 0; n < lines.size(); ++n) {
    std::string line = lines[n];
    if (auto hash = line.find('#'); hash != std::string::npos) line.erase(hash);
    boost::algorithm::trim(line);
    if (line.empty()) continue;
    auto error = [&](const std::string& what) {
      return Status(StatusCode::kDataError,
                    std::string(name) + ":" + std::to_string(n + 1) + ": " + what);
    };
    std::vector<std::string> fields;
    boost::algorithm::split(fields, line, boost::algorithm::is_any_of("\t "),
                            boost::algorithm::token_compress_on);
    if (fields.size() != 2) return error("expected <code point> <replacement>, got '" + line + "'");
    char32_t from = 0;
    char32_t to = 0;
    if (!ParseCodePoint(fields[0], &from)) return error("bad code point '" + fields[0] + "'");
    if (fields[1] == "drop") {
      to = kDrop;
    } else if (!ParseCodePoint(fields[1], &to)) {
      return error("bad replacement '" + fields[1] + "' (U+XXXX or drop)");
    }
    if (!result.folds_.emplace(from, to).second) return error(fields[0] + " listed twice");
  }
  return result;
}

StatusOr<TextNormalizer> TextNormalizer::Create(TypographyFolds folds) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc_cf = icu::Normalizer2::getNFKCCasefoldInstance(status);
  if (U_FAILURE(status) || nfkc_cf == nullptr) {
    return Status(StatusCode::kInternal,
                  std::string("ICU NFKC_Casefold data unavailable: ") + u_errorName(status));
  }
  TextNormalizer normalizer(std::move(folds), nfkc_cf);
  auto table = std::make_shared<Table>();
  table->entries.resize(kTableLimit);
  for (char32_t c = 0; c < kTableLimit; ++c) {
    Entry& e = table->entries[c];
    e.folded = normalizer.folds_.Fold(c);
    e.starter = e.folded != TypographyFolds::kDrop &&
                (e.folded < 0x80 || nfkc_cf->hasBoundaryBefore(static_cast<UChar32>(e.folded)));
    // What Normalize() makes of a segment holding only `c`.
    NormalizedText one;
    if (c < 0x80) {
      one.text.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
    } else if (!U_IS_SURROGATE(c)) {
      normalizer.AppendSegment(icu::UnicodeString(static_cast<UChar32>(c)), 0, 0, &one);
    }
    if (one.text.size() > 255) {
      return Status(StatusCode::kInternal, "a normalized code point is longer than 255 bytes");
    }
    e.offset = static_cast<std::uint32_t>(table->normalized_bytes.size());
    e.length = static_cast<std::uint8_t>(one.text.size());
    table->normalized_bytes += one.text;
  }
  for (char32_t c = 1; c < 0x80; ++c) {
    const Entry& e = table->entries[c];
    if (e.folded == c && e.starter && e.length == 1) {
      table->ascii[c] = static_cast<std::uint8_t>(table->normalized_bytes[e.offset]);
    }
  }
  normalizer.table_ = std::move(table);
  return normalizer;
}

void TextNormalizer::AppendSegment(const icu::UnicodeString& segment, std::uint32_t begin,
                                   std::uint32_t end, NormalizedText* out) const {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString folded = nfkc_casefold_->normalize(segment, status);
  if (U_FAILURE(status)) folded = segment;  // only on allocation failure: keep the text
  folded.findAndReplace(icu::UnicodeString(static_cast<UChar32>(kCyrillicSmallIo)),
                        icu::UnicodeString(static_cast<UChar32>(kCyrillicSmallIe)));
  AppendUtf8(folded, begin, end, out);
}

void TextNormalizer::Flush(Segment* segment, NormalizedText* out) const {
  if (segment->count == 0) return;
  if (segment->count == 1 && segment->first < kTableLimit) {
    const Table& table = *table_;
    const Entry& e = table.entries[segment->first];
    if (e.length == 1) {  // most of the text: ASCII and one-byte folds
      out->text.push_back(table.normalized_bytes[e.offset]);
      out->source_begin.push_back(segment->begin);
      out->source_end.push_back(segment->end);
    } else {
      out->text.append(table.normalized_bytes, e.offset, e.length);
      for (std::uint8_t k = 0; k < e.length; ++k) {
        out->source_begin.push_back(segment->begin);
        out->source_end.push_back(segment->end);
      }
    }
  } else {
    if (segment->count == 1) segment->text.setTo(static_cast<UChar32>(segment->first));
    AppendSegment(segment->text, segment->begin, segment->end, out);
    segment->text.remove();
  }
  segment->count = 0;
}

std::int32_t TextNormalizer::CopyAsciiRun(const std::uint8_t* s, std::int32_t i,
                                          std::int32_t length, std::uint32_t base,
                                          NormalizedText* out) const {
  const Table& table = *table_;
  std::int32_t j = i;
  while (j + 1 < length && table.ascii[s[j + 1]] != 0) ++j;
  const std::size_t old_size = out->text.size();
  const auto run = static_cast<std::size_t>(j - i);
  out->text.resize(old_size + run);
  out->source_begin.resize(old_size + run);
  out->source_end.resize(old_size + run);
  char* text = out->text.data() + old_size;
  std::uint32_t* begins = out->source_begin.data() + old_size;
  std::uint32_t* ends = out->source_end.data() + old_size;
  for (std::size_t k = 0; k < run; ++k) {
    const auto offset = base + static_cast<std::uint32_t>(i) + static_cast<std::uint32_t>(k);
    text[k] = static_cast<char>(table.ascii[s[i + static_cast<std::int32_t>(k)]]);
    begins[k] = offset;
    ends[k] = offset + 1;
  }
  return j;
}

void TextNormalizer::NormalizeUtf8(std::string_view bytes, std::uint32_t base, NormalizedText* out,
                                   std::size_t* invalid) const {
  out->clear();
  out->text.reserve(bytes.size() + bytes.size() / 4);
  out->source_begin.reserve(out->text.capacity());
  out->source_end.reserve(out->text.capacity());
  const Table& table = *table_;
  Segment segment;
  const auto* s = reinterpret_cast<const std::uint8_t*>(bytes.data());
  const auto length = static_cast<std::int32_t>(bytes.size());
  for (std::int32_t i = 0; i < length;) {
    // A run of ASCII: every character but the last is a segment of its own (the next one is
    // ASCII, a starter), so it is copied from the table without the segment bookkeeping. The
    // last one goes the usual way: a combining mark may follow it.
    if (table.ascii[s[i]] != 0 && i + 1 < length && table.ascii[s[i + 1]] != 0) {
      Flush(&segment, out);
      i = CopyAsciiRun(s, i, length, base, out);
    }
    const std::int32_t start = i;
    UChar32 raw;
    U8_NEXT(s, i, length, raw);  // raw < 0 for ill-formed input; i always advances
    // NUL reads like an invalid sequence (see DecodeUtf8).
    if (raw <= 0) {
      raw = 0xFFFD;
      ++*invalid;
    }
    const auto cp = static_cast<char32_t>(raw);
    char32_t c;
    bool starter;
    if (cp < kTableLimit) {
      const Entry& e = table.entries[cp];
      c = e.folded;
      starter = e.starter;
    } else {
      c = folds_.Fold(cp);
      starter = c != TypographyFolds::kDrop &&
                (c < 0x80 || nfkc_casefold_->hasBoundaryBefore(static_cast<UChar32>(c)));
    }
    if (c == TypographyFolds::kDrop) continue;
    if (starter || segment.count == 0) {
      Flush(&segment, out);
      segment.begin = base + static_cast<std::uint32_t>(start);
      segment.first = c;
    } else {
      if (segment.count == 1) segment.text.setTo(static_cast<UChar32>(segment.first));
      segment.text.append(static_cast<UChar32>(c));
    }
    ++segment.count;
    segment.end = base + static_cast<std::uint32_t>(i);
  }
  Flush(&segment, out);
}

void TextNormalizer::Normalize(const std::vector<DecodedCodePoint>& code_points,
                               NormalizedText* out) const {
  out->clear();
  out->text.reserve(code_points.size() + code_points.size() / 4);
  out->source_begin.reserve(out->text.capacity());
  out->source_end.reserve(out->text.capacity());

  // NFKC_Casefold works on normalization segments: runs that start at a code point with a
  // boundary before it (a starter) and hold the combining marks after it. Each segment is
  // normalized on its own, so its output maps back to exactly its input bytes.
  icu::UnicodeString segment;
  std::uint32_t segment_begin = 0;
  std::uint32_t segment_end = 0;
  bool segment_ascii = false;  // one ASCII code point: lower-cased directly, no ICU call

  auto flush = [&]() {
    if (segment.isEmpty()) return;
    if (segment_ascii) {
      char c = static_cast<char>(segment.charAt(0));
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      out->text.push_back(c);
      out->source_begin.push_back(segment_begin);
      out->source_end.push_back(segment_end);
    } else {
      AppendSegment(segment, segment_begin, segment_end, out);
    }
    segment.remove();
  };

  for (const DecodedCodePoint& cp : code_points) {
    const char32_t c = folds_.Fold(cp.code_point);
    if (c == TypographyFolds::kDrop) continue;
    const bool starter = c < 0x80 || nfkc_casefold_->hasBoundaryBefore(static_cast<UChar32>(c));
    if (starter || segment.isEmpty()) {
      flush();
      segment_begin = cp.begin;
      segment_ascii = c < 0x80;
    } else {
      segment_ascii = false;
    }
    segment.append(static_cast<UChar32>(c));
    segment_end = cp.end;
  }
  flush();
}

}  // namespace tailorcore::detail
