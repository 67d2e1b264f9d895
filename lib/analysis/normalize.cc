#include "analysis/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <boost/algorithm/string/predicate.hpp>
#include <boost/algorithm/string/split.hpp>
#include <boost/algorithm/string/trim.hpp>
#include <charconv>

namespace tailorcore::detail {
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
  return TextNormalizer(std::move(folds), nfkc_cf);
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
      UErrorCode status = U_ZERO_ERROR;
      icu::UnicodeString folded = nfkc_casefold_->normalize(segment, status);
      if (U_FAILURE(status)) folded = segment;  // only on allocation failure: keep the text
      folded.findAndReplace(icu::UnicodeString(static_cast<UChar32>(kCyrillicSmallIo)),
                            icu::UnicodeString(static_cast<UChar32>(kCyrillicSmallIe)));
      AppendUtf8(folded, segment_begin, segment_end, out);
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
