// One segment file of a posting index (docs/index.md): a fixed header, an offset table, the
// records (id, title, serialized PostingProfile), each record with its own checksum, and the
// terms: per keyword id, the records that ask for it with their score bounds (the sparse pass).
#ifndef TAILORCORE_LIB_INDEX_SEGMENT_H_
#define TAILORCORE_LIB_INDEX_SEGMENT_H_

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "tailorcore/status.h"

namespace tailorcore::detail {

inline constexpr std::size_t kSegmentHeaderSize = 96;

// One posting as stored.
struct SegmentRecord {
  std::string_view id;
  std::string_view title;
  std::string_view fields;   // EncodeFields' bytes
  std::string_view profile;  // PostingProfile::Serialize()
};

// A posting's kept fields as bytes (u32 count, then u32 length + name, u32 length + value each),
// and back: false for bytes that are not such.
std::string EncodeFields(const std::vector<std::pair<std::string, std::string>>& fields);
bool DecodeFields(std::string_view bytes, std::vector<std::pair<std::string, std::string>>* out);

// A keyword id and what a record asking for it can score per unit of credit
// (compare.h's KeywordBounds).
using TermBounds = std::vector<std::pair<std::string, double>>;

// One record of a term's list: a record number of the segment and its bound.
struct TermEntry {
  std::uint32_t record;
  float bound;  // rounded up from KeywordBounds' double
};

// Builds a segment's bytes in memory, record by record.
class SegmentWriter {
 public:
  void Add(std::string_view id, std::string_view title, std::string_view fields,
           std::string_view profile, const TermBounds& terms);
  std::uint64_t count() const { return entries_.size(); }
  // The file's header (with `fingerprint`, 16 characters) and offset table; the records()
  // follow them in the file, then Terms(). Kept apart so the records are never copied.
  std::string Head(std::string_view fingerprint) const;
  std::string_view records() const { return records_; }
  const std::string& Terms() const;
  // The size of the file Head(), records() and Terms() make, in bytes.
  std::uint64_t FileSize() const;

 private:
  struct Entry {
    std::uint64_t offset;  // into records_
    std::uint32_t size;
    std::uint32_t crc;
  };
  std::vector<Entry> entries_;
  std::string records_;
  std::map<std::string, std::vector<TermEntry>, std::less<>> terms_;
  mutable std::string terms_bytes_;  // Terms(), built once the records are all added
};

// A segment's bytes (memory-mapped by the caller), checked on open and per record.
class SegmentReader {
 public:
  // Checks the header (magic, format version, byte order, its checksum) and the offset table
  // (checksum, every record inside the file). kDataError naming `name` and what is wrong.
  static StatusOr<SegmentReader> Open(std::string_view bytes, std::string_view name);
  std::uint64_t count() const { return count_; }
  std::string_view fingerprint() const { return fingerprint_; }
  std::uint32_t format() const { return format_; }
  // Record `i` (< count()). kDataError when its checksum or its fields do not hold.
  StatusOr<SegmentRecord> Record(std::uint64_t i) const;
  // The records asking for keyword `id`, in record order (none: empty). kDataError when the
  // list's checksum does not hold. Cost: a binary search over the terms, a pass over the list.
  StatusOr<std::vector<TermEntry>> Term(std::string_view id) const;
  // Checks every record's and every term list's checksum: the first that does not hold, as
  // Record and Term say it. Cost: a pass over the file.
  Status Verify() const;

 private:
  std::string_view bytes_;
  std::string name_;
  std::uint64_t count_ = 0;
  std::uint32_t format_ = 0;
  std::string fingerprint_;
  std::uint64_t table_ = 0;  // offset of the table in bytes_
  Status OpenTerms();        // checks the terms' head and bounds
  std::string_view TermKey(std::uint64_t i) const;
  StatusOr<std::vector<TermEntry>> TermList(std::uint64_t term) const;  // term < term_count_
  std::string_view terms_;                                              // the terms section
  std::uint64_t term_count_ = 0;
};

// crc32 (zlib) of `bytes`.
std::uint32_t Crc32(std::string_view bytes, std::uint32_t seed = 0);

}  // namespace tailorcore::detail

#endif  // TAILORCORE_LIB_INDEX_SEGMENT_H_
