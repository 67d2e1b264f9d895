// One segment file of a posting index (docs/index.md): a fixed header, an offset table, the
// records (id, title, serialized PostingProfile), each record with its own checksum, and the
// terms: per keyword id, the records that ask for it with their score bounds (the sparse pass).
#ifndef TAILORCORE_LIB_INDEX_SEGMENT_H_
#define TAILORCORE_LIB_INDEX_SEGMENT_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "tailorcore/index.h"
#include "tailorcore/status.h"

namespace tailorcore::detail {

inline constexpr std::size_t kSegmentHeaderSize = 96;

// One posting (or resume) as stored.
struct SegmentRecord {
  std::string_view id;
  std::string_view title;
  std::string_view fields;   // EncodeFields' bytes
  std::string_view profile;  // PostingProfile::Serialize(); a resume's text in a resume index
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

// A record's bytes and their crc32, made on any thread for SegmentWriter::Add.
struct EncodedRecord {
  std::string bytes;
  std::uint32_t crc = 0;
};
EncodedRecord EncodeRecord(std::string_view id, std::string_view title, std::string_view fields,
                           std::string_view profile);

// Writes a segment file as its records come: each record is appended to the file when added
// (so a build holds no record in memory), the offset table and the terms are kept (24 bytes a
// record and 8 a term entry) and written by Finish, then the header. The file is written under
// a temporary name in the index's directory; placing it (a rename) is the caller's; a writer
// destroyed before Placed() removes its file.
class SegmentWriter {
 public:
  SegmentWriter() = default;
  SegmentWriter(const SegmentWriter&) = delete;
  SegmentWriter& operator=(const SegmentWriter&) = delete;
  ~SegmentWriter() { Abandon(); }

  // Creates (truncates) the file at `path`. kIoError naming it.
  Status Open(std::string path);
  // Appends a record with its terms (keyword ids and what they bound). A write error is kept
  // and returned by status() and Finish; later adds are then ignored.
  void Add(std::string_view id, std::string_view title, std::string_view fields,
           std::string_view profile, const TermBounds& terms);
  void Add(const EncodedRecord& record, const TermBounds& terms);
  // Writes the offset table, the terms and the header (with `fingerprint`, 16 characters, and
  // `contents`), flushes the file to disk (fsync) and closes it. kIoError naming the file.
  Status Finish(std::string_view fingerprint, IndexContents contents);
  // The file is in place (renamed): it is no longer the writer's to remove.
  void Placed() { path_.clear(); }
  // Closes and removes the file (when not placed).
  void Abandon();

  const Status& status() const { return status_; }
  const std::string& path() const { return path_; }
  std::uint64_t count() const { return entries_.size(); }
  // The file's size in bytes, once finished.
  std::uint64_t FileSize() const { return size_; }

 private:
  struct Entry {
    std::uint64_t offset;  // in the file
    std::uint32_t size;
    std::uint32_t crc;
  };
  void Write(std::string_view bytes);  // buffered; errors into status_
  void Flush();
  std::string Terms() const;
  std::string Header(std::string_view fingerprint, IndexContents contents, std::uint64_t table_at,
                     std::uint64_t terms_at, const std::string& terms) const;

  std::string path_;
  int fd_ = -1;
  Status status_;
  std::string buffer_;
  std::uint64_t size_ = 0;  // bytes written so far, buffered or not
  std::vector<Entry> entries_;
  std::unordered_map<std::string, std::vector<TermEntry>> terms_;
};

// A segment's bytes (memory-mapped by the caller), checked on open and per record.
class SegmentReader {
 public:
  // Checks the header (magic, format version, byte order, its checksum), that the offset table
  // lies inside the file, and the terms' head (checksum): O(1) in the records. kDataError
  // naming `name` and what is wrong. Each record and list is checked when it is read.
  static StatusOr<SegmentReader> Open(std::string_view bytes, std::string_view name);
  std::uint64_t count() const { return count_; }
  std::string_view fingerprint() const { return fingerprint_; }
  std::uint32_t format() const { return format_; }
  IndexContents contents() const { return contents_; }
  // Record `i` (< count()). kDataError when its checksum or its fields do not hold.
  StatusOr<SegmentRecord> Record(std::uint64_t i) const;
  // The records asking for keyword `id`, in record order (none: empty). kDataError when the
  // list's checksum does not hold. Cost: a binary search over the terms, a pass over the list.
  StatusOr<std::vector<TermEntry>> Term(std::string_view id) const;
  // Checks the offset table's, every record's and every term list's checksum: the first that
  // does not hold, as Record and Term say it. Cost: a pass over the file.
  Status Verify() const;

 private:
  std::string_view bytes_;
  std::string name_;
  std::uint64_t count_ = 0;
  std::uint32_t format_ = 0;
  IndexContents contents_ = IndexContents::kPostings;
  std::string fingerprint_;
  std::uint64_t table_ = 0;  // offset of the table in bytes_
  Status OpenTerms();        // checks the terms' head and bounds
  std::string_view TermKey(std::uint64_t i) const;
  StatusOr<std::vector<TermEntry>> TermList(std::uint64_t term) const;  // term < term_count_
  std::string_view terms_;                                              // the terms section
  std::uint64_t term_count_ = 0;
  std::uint64_t lists_at_ = 0;  // where the lists start in terms_
};

// crc32 (zlib) of `bytes`.
std::uint32_t Crc32(std::string_view bytes, std::uint32_t seed = 0);

}  // namespace tailorcore::detail

#endif  // TAILORCORE_LIB_INDEX_SEGMENT_H_
