#include "index/segment.h"

#include <zlib.h>

#include <cstring>

#include "tailorcore/index.h"

namespace tailorcore::detail {
namespace {

constexpr char kMagic[8] = {'T', 'C', 'I', 'N', 'D', 'E', 'X', '\0'};
constexpr std::uint32_t kByteOrder = 0x01020304;
constexpr std::size_t kEntrySize = 16;  // u64 offset, u32 size, u32 crc
constexpr std::size_t kFingerprintSize = 16;

// Header layout (docs/index.md): magic, format, byte order, count, table offset, table crc,
// header crc (of the 36 bytes before it), fingerprint, records offset.
constexpr std::size_t kFormatAt = 8, kOrderAt = 12, kCountAt = 16, kTableAt = 24;
constexpr std::size_t kTableCrcAt = 32, kHeaderCrcAt = 36, kFingerprintAt = 40, kRecordsAt = 56;

template <typename T>
void Put(std::string* out, std::size_t at, T value) {
  std::memcpy(out->data() + at, &value, sizeof value);
}

template <typename T>
T Get(std::string_view bytes, std::size_t at) {
  T value;
  std::memcpy(&value, bytes.data() + at, sizeof value);
  return value;
}

void Append32(std::string* out, std::string_view field) {
  const auto size = static_cast<std::uint32_t>(field.size());
  out->append(reinterpret_cast<const char*>(&size), sizeof size);
  out->append(field);
}

// Reads a u32-length-prefixed field at `*at` of `record`; false when it runs past the end.
bool Field(std::string_view record, std::size_t* at, std::string_view* out) {
  if (record.size() - *at < 4) return false;
  const auto size = Get<std::uint32_t>(record, *at);
  *at += 4;
  if (record.size() - *at < size) return false;
  *out = record.substr(*at, size);
  *at += size;
  return true;
}

}  // namespace

std::uint32_t Crc32(std::string_view bytes, std::uint32_t seed) {
  uLong crc = seed;
  while (!bytes.empty()) {  // zlib takes lengths as uInt
    const std::size_t n = std::min<std::size_t>(bytes.size(), 1u << 30);
    crc = crc32(crc, reinterpret_cast<const Bytef*>(bytes.data()), static_cast<uInt>(n));
    bytes.remove_prefix(n);
  }
  return static_cast<std::uint32_t>(crc);
}

std::string EncodeFields(const std::vector<std::pair<std::string, std::string>>& fields) {
  std::string out;
  const auto count = static_cast<std::uint32_t>(fields.size());
  out.append(reinterpret_cast<const char*>(&count), sizeof count);
  for (const auto& [name, value] : fields) {
    Append32(&out, name);
    Append32(&out, value);
  }
  return out;
}

bool DecodeFields(std::string_view bytes, std::vector<std::pair<std::string, std::string>>* out) {
  out->clear();
  if (bytes.size() < 4) return false;
  const auto count = Get<std::uint32_t>(bytes, 0);
  std::size_t at = 4;
  for (std::uint32_t i = 0; i < count; ++i) {
    std::string_view name;
    std::string_view value;
    if (!Field(bytes, &at, &name) || !Field(bytes, &at, &value)) return false;
    out->emplace_back(name, value);
  }
  return at == bytes.size();
}

void SegmentWriter::Add(std::string_view id, std::string_view title, std::string_view fields,
                        std::string_view profile) {
  std::string record;
  Append32(&record, id);
  Append32(&record, title);
  Append32(&record, fields);
  Append32(&record, profile);
  entries_.push_back({records_.size(), static_cast<std::uint32_t>(record.size()), Crc32(record)});
  records_ += record;
}

std::uint64_t SegmentWriter::FileSize() const {
  return kSegmentHeaderSize + entries_.size() * kEntrySize + records_.size();
}

std::string SegmentWriter::Head(std::string_view fingerprint) const {
  const std::uint64_t table_at = kSegmentHeaderSize;
  const std::uint64_t records_at = table_at + entries_.size() * kEntrySize;
  std::string out(records_at, '\0');
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    const std::size_t at = table_at + i * kEntrySize;
    Put<std::uint64_t>(&out, at, records_at + entries_[i].offset);
    Put<std::uint32_t>(&out, at + 8, entries_[i].size);
    Put<std::uint32_t>(&out, at + 12, entries_[i].crc);
  }
  std::memcpy(out.data(), kMagic, sizeof kMagic);
  Put<std::uint32_t>(&out, kFormatAt, kIndexFormat);
  Put<std::uint32_t>(&out, kOrderAt, kByteOrder);
  Put<std::uint64_t>(&out, kCountAt, entries_.size());
  Put<std::uint64_t>(&out, kTableAt, table_at);
  Put<std::uint32_t>(&out, kTableCrcAt,
                     Crc32(std::string_view(out).substr(table_at, records_at - table_at)));
  Put<std::uint32_t>(&out, kHeaderCrcAt, Crc32(std::string_view(out).substr(0, kHeaderCrcAt)));
  std::memcpy(out.data() + kFingerprintAt, fingerprint.data(),
              std::min(fingerprint.size(), kFingerprintSize));
  Put<std::uint64_t>(&out, kRecordsAt, records_at);
  return out;
}

StatusOr<SegmentReader> SegmentReader::Open(std::string_view bytes, std::string_view name) {
  auto bad = [&](const std::string& what) {
    return Status(StatusCode::kDataError, std::string(name) + ": " + what);
  };
  if (bytes.size() < kSegmentHeaderSize || std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0) {
    return bad("not a tailorcore index segment");
  }
  SegmentReader r;
  r.bytes_ = bytes;
  r.name_ = name;
  r.format_ = Get<std::uint32_t>(bytes, kFormatAt);
  if (Get<std::uint32_t>(bytes, kOrderAt) != kByteOrder) {
    return bad("written on a machine of the other byte order; rebuild the index here");
  }
  if (r.format_ != kIndexFormat) {
    return bad("index format " + std::to_string(r.format_) + ", this library reads format " +
               std::to_string(kIndexFormat) + "; rebuild the index");
  }
  if (Crc32(bytes.substr(0, kHeaderCrcAt)) != Get<std::uint32_t>(bytes, kHeaderCrcAt)) {
    return bad("header checksum does not match (a corrupt file); rebuild the index");
  }
  r.count_ = Get<std::uint64_t>(bytes, kCountAt);
  r.table_ = Get<std::uint64_t>(bytes, kTableAt);
  r.fingerprint_ = std::string(bytes.substr(kFingerprintAt, kFingerprintSize));
  if (r.table_ != kSegmentHeaderSize || r.count_ > (bytes.size() - r.table_) / kEntrySize) {
    return bad("offset table past the end of the file (a truncated file); rebuild the index");
  }
  const std::string_view table = bytes.substr(r.table_, r.count_ * kEntrySize);
  if (Crc32(table) != Get<std::uint32_t>(bytes, kTableCrcAt)) {
    return bad("offset table checksum does not match (a corrupt file); rebuild the index");
  }
  for (std::uint64_t i = 0; i < r.count_; ++i) {
    const auto offset = Get<std::uint64_t>(table, i * kEntrySize);
    const auto size = Get<std::uint32_t>(table, i * kEntrySize + 8);
    if (offset > bytes.size() || size > bytes.size() - offset) {
      return bad("record " + std::to_string(i) + " past the end of the file (a truncated file)");
    }
  }
  return r;
}

StatusOr<SegmentRecord> SegmentReader::Record(std::uint64_t i) const {
  const std::size_t at = table_ + i * kEntrySize;
  const auto offset = Get<std::uint64_t>(bytes_, at);
  const auto size = Get<std::uint32_t>(bytes_, at + 8);
  const std::string_view record = bytes_.substr(offset, size);
  if (Crc32(record) != Get<std::uint32_t>(bytes_, at + 12)) {
    return Status(StatusCode::kDataError, name_ + ": record " + std::to_string(i) +
                                              ": checksum does not match (a corrupt file); "
                                              "rebuild the index");
  }
  SegmentRecord out;
  std::size_t p = 0;
  if (!Field(record, &p, &out.id) || !Field(record, &p, &out.title) ||
      !Field(record, &p, &out.fields) || !Field(record, &p, &out.profile) || p != record.size()) {
    return Status(StatusCode::kDataError,
                  name_ + ": record " + std::to_string(i) + ": malformed; rebuild the index");
  }
  return out;
}

}  // namespace tailorcore::detail
