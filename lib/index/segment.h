// One segment file of a posting index (docs/index.md): a fixed header, an offset table and the
// records (id, title, serialized PostingProfile), each record with its own checksum.
#ifndef TAILORCORE_LIB_INDEX_SEGMENT_H_
#define TAILORCORE_LIB_INDEX_SEGMENT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "tailorcore/status.h"

namespace tailorcore::detail {

inline constexpr std::size_t kSegmentHeaderSize = 64;

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

// Builds a segment's bytes in memory, record by record.
class SegmentWriter {
 public:
  void Add(std::string_view id, std::string_view title, std::string_view fields,
           std::string_view profile);
  std::uint64_t count() const { return entries_.size(); }
  // The file's header (with `fingerprint`, 16 characters) and offset table; the records()
  // follow them in the file. Kept apart so the records are never copied.
  std::string Head(std::string_view fingerprint) const;
  std::string_view records() const { return records_; }
  // The size of the file Head() and records() make, in bytes.
  std::uint64_t FileSize() const;

 private:
  struct Entry {
    std::uint64_t offset;  // into records_
    std::uint32_t size;
    std::uint32_t crc;
  };
  std::vector<Entry> entries_;
  std::string records_;
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

 private:
  std::string_view bytes_;
  std::string name_;
  std::uint64_t count_ = 0;
  std::uint32_t format_ = 0;
  std::string fingerprint_;
  std::uint64_t table_ = 0;  // offset of the table in bytes_
};

// crc32 (zlib) of `bytes`.
std::uint32_t Crc32(std::string_view bytes, std::uint32_t seed = 0);

}  // namespace tailorcore::detail

#endif  // TAILORCORE_LIB_INDEX_SEGMENT_H_
