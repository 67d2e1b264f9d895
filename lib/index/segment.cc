#include "index/segment.h"

#include <fcntl.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

#include "tailorcore/index.h"

namespace tailorcore::detail {
namespace {

constexpr char kMagic[8] = {'T', 'C', 'I', 'N', 'D', 'E', 'X', '\0'};
constexpr std::uint32_t kByteOrder = 0x01020304;
constexpr std::size_t kEntrySize = 16;  // u64 offset, u32 size, u32 crc
constexpr std::size_t kFingerprintSize = 16;

// Header layout (docs/index.md): magic, format, byte order, count, table offset, table crc,
// header crc (of the header's other bytes), fingerprint, records offset, terms offset, terms
// size, the crc of the terms' head (their count, key table and keys).
constexpr std::size_t kFormatAt = 8, kOrderAt = 12, kCountAt = 16, kTableAt = 24;
constexpr std::size_t kTableCrcAt = 32, kHeaderCrcAt = 36, kFingerprintAt = 40, kRecordsAt = 56;
constexpr std::size_t kTermsAt = 64, kTermsSizeAt = 72, kTermsCrcAt = 80, kContentsAt = 84;
// Terms: u64 count T, u64 offset of the lists, T key entries, the keys, the lists.
constexpr std::size_t kTermsHead = 16, kKeyEntrySize = 32, kTermEntrySize = 8;

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

// The crc of a header: every byte but the crc's own.
std::uint32_t HeaderCrc(std::string_view header) {
  return Crc32(header.substr(kHeaderCrcAt + 4, kSegmentHeaderSize - kHeaderCrcAt - 4),
               Crc32(header.substr(0, kHeaderCrcAt)));
}

// `value` as a float no smaller than it.
float RoundedUp(double value) {
  float f = static_cast<float>(value);
  if (static_cast<double>(f) < value) f = std::nextafter(f, std::numeric_limits<float>::infinity());
  return f;
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

EncodedRecord EncodeRecord(std::string_view id, std::string_view title, std::string_view fields,
                           std::string_view profile) {
  EncodedRecord r;
  r.bytes.reserve(16 + id.size() + title.size() + fields.size() + profile.size());
  Append32(&r.bytes, id);
  Append32(&r.bytes, title);
  Append32(&r.bytes, fields);
  Append32(&r.bytes, profile);
  r.crc = Crc32(r.bytes);
  return r;
}

Status SegmentWriter::Open(std::string path) {
  fd_ = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd_ < 0) return Status(StatusCode::kIoError, path + ": cannot create");
  path_ = std::move(path);
  Write(std::string(kSegmentHeaderSize, '\0'));  // the header, written last
  return status_;
}

void SegmentWriter::Write(std::string_view bytes) {
  buffer_ += bytes;
  size_ += bytes.size();
  if (buffer_.size() >= (1u << 20)) Flush();
}

void SegmentWriter::Flush() {
  for (std::size_t done = 0; status_.ok() && done < buffer_.size();) {
    const ssize_t n = ::write(fd_, buffer_.data() + done, buffer_.size() - done);
    if (n <= 0) {
      status_ = Status(StatusCode::kIoError, path_ + ": cannot write (disk full?)");
    } else {
      done += static_cast<std::size_t>(n);
    }
  }
  buffer_.clear();
}

void SegmentWriter::Abandon() {
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
  if (!path_.empty()) ::unlink(path_.c_str());
  path_.clear();
}

void SegmentWriter::Add(std::string_view id, std::string_view title, std::string_view fields,
                        std::string_view profile, const TermBounds& terms) {
  Add(EncodeRecord(id, title, fields, profile), terms);
}

void SegmentWriter::Add(const EncodedRecord& record, const TermBounds& terms) {
  if (!status_.ok() || fd_ < 0) return;
  const auto number = static_cast<std::uint32_t>(entries_.size());
  for (const auto& [key, bound] : terms) {
    std::vector<TermEntry>& list = terms_[key];
    if (!list.empty() && list.back().record == number) {  // a repeated id: both count
      list.back().bound = RoundedUp(static_cast<double>(list.back().bound) + bound);
    } else {
      list.push_back({number, RoundedUp(bound)});
    }
  }
  entries_.push_back({size_, static_cast<std::uint32_t>(record.bytes.size()), record.crc});
  Write(record.bytes);
}

Status SegmentWriter::Finish(std::string_view fingerprint, IndexContents contents) {
  if (fd_ < 0 && status_.ok()) status_ = Status(StatusCode::kIoError, "no segment file open");
  if (!status_.ok()) return status_;
  const std::uint64_t table_at = size_;
  std::string table(entries_.size() * kEntrySize, '\0');
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    Put<std::uint64_t>(&table, i * kEntrySize, entries_[i].offset);
    Put<std::uint32_t>(&table, i * kEntrySize + 8, entries_[i].size);
    Put<std::uint32_t>(&table, i * kEntrySize + 12, entries_[i].crc);
  }
  Write(table);
  const std::uint64_t terms_at = size_;
  const std::string terms = Terms();
  std::string head = Header(fingerprint, contents, table_at, terms_at, terms);
  Put<std::uint32_t>(&head, kTableCrcAt, Crc32(table));
  Put<std::uint32_t>(&head, kHeaderCrcAt, HeaderCrc(head));
  Write(terms);
  Flush();
  if (status_.ok() &&
      ::pwrite(fd_, head.data(), head.size(), 0) != static_cast<ssize_t>(head.size())) {
    status_ = Status(StatusCode::kIoError, path_ + ": cannot write (disk full?)");
  }
  if (status_.ok() && ::fsync(fd_) != 0) {
    status_ = Status(StatusCode::kIoError, path_ + ": cannot flush");
  }
  if (::close(fd_) != 0 && status_.ok()) {
    status_ = Status(StatusCode::kIoError, path_ + ": cannot flush");
  }
  fd_ = -1;
  return status_;
}

std::string SegmentWriter::Terms() const {
  std::vector<const std::pair<const std::string, std::vector<TermEntry>>*> sorted;
  sorted.reserve(terms_.size());
  std::size_t keys = 0;
  for (const auto& term : terms_) {
    keys += term.first.size();
    sorted.push_back(&term);
  }
  std::sort(sorted.begin(), sorted.end(),
            [](const auto* a, const auto* b) { return a->first < b->first; });
  const std::uint64_t keys_at = kTermsHead + terms_.size() * kKeyEntrySize;
  const std::uint64_t lists_at = keys_at + keys;
  std::string out(lists_at, '\0');
  Put<std::uint64_t>(&out, 0, terms_.size());
  Put<std::uint64_t>(&out, 8, lists_at);
  std::size_t at = kTermsHead;
  std::uint64_t key_at = keys_at;
  for (const auto* term : sorted) {
    const std::string& key = term->first;
    const std::vector<TermEntry>& list = term->second;
    std::string bytes(list.size() * kTermEntrySize, '\0');
    for (std::size_t i = 0; i < list.size(); ++i) {
      Put<std::uint32_t>(&bytes, i * kTermEntrySize, list[i].record);
      Put<float>(&bytes, i * kTermEntrySize + 4, list[i].bound);
    }
    Put<std::uint64_t>(&out, at, key_at);
    Put<std::uint32_t>(&out, at + 8, static_cast<std::uint32_t>(key.size()));
    Put<std::uint32_t>(&out, at + 12, static_cast<std::uint32_t>(list.size()));
    Put<std::uint64_t>(&out, at + 16, out.size());
    Put<std::uint32_t>(&out, at + 24, Crc32(bytes));
    std::memcpy(out.data() + key_at, key.data(), key.size());
    out += bytes;
    at += kKeyEntrySize;
    key_at += key.size();
  }
  return out;
}

std::string SegmentWriter::Header(std::string_view fingerprint, IndexContents contents,
                                  std::uint64_t table_at, std::uint64_t terms_at,
                                  const std::string& terms) const {
  std::string out(kSegmentHeaderSize, '\0');
  std::memcpy(out.data(), kMagic, sizeof kMagic);
  Put<std::uint32_t>(&out, kFormatAt, kIndexFormat);
  Put<std::uint32_t>(&out, kOrderAt, kByteOrder);
  Put<std::uint64_t>(&out, kCountAt, entries_.size());
  Put<std::uint64_t>(&out, kTableAt, table_at);
  std::memcpy(out.data() + kFingerprintAt, fingerprint.data(),
              std::min(fingerprint.size(), kFingerprintSize));
  Put<std::uint64_t>(&out, kRecordsAt, kSegmentHeaderSize);
  Put<std::uint64_t>(&out, kTermsAt, terms_at);
  Put<std::uint64_t>(&out, kTermsSizeAt, terms.size());
  Put<std::uint32_t>(&out, kTermsCrcAt,
                     Crc32(std::string_view(terms).substr(0, Get<std::uint64_t>(terms, 8))));
  Put<std::uint32_t>(&out, kContentsAt, contents == IndexContents::kResumes ? 1 : 0);
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
  if (HeaderCrc(bytes) != Get<std::uint32_t>(bytes, kHeaderCrcAt)) {
    return bad("header checksum does not match (a corrupt file); rebuild the index");
  }
  r.count_ = Get<std::uint64_t>(bytes, kCountAt);
  r.table_ = Get<std::uint64_t>(bytes, kTableAt);
  r.contents_ = Get<std::uint32_t>(bytes, kContentsAt) == 1 ? IndexContents::kResumes
                                                            : IndexContents::kPostings;
  r.fingerprint_ = std::string(bytes.substr(kFingerprintAt, kFingerprintSize));
  if (r.table_ < kSegmentHeaderSize || r.table_ > bytes.size() ||
      r.count_ > (bytes.size() - r.table_) / kEntrySize) {
    return bad("offset table past the end of the file (a truncated file); rebuild the index");
  }
  // The table's checksum is checked by Verify; each entry is checked when its record is read
  // (its bounds, and a changed entry fails its record's checksum), so opening is O(1).
  if (Status s = r.OpenTerms(); !s.ok()) return s;
  return r;
}

Status SegmentReader::OpenTerms() {
  auto bad = [&](const std::string& what) {
    return Status(StatusCode::kDataError, name_ + ": terms " + what + "; rebuild the index");
  };
  const auto at = Get<std::uint64_t>(bytes_, kTermsAt);
  const auto size = Get<std::uint64_t>(bytes_, kTermsSizeAt);
  if (at > bytes_.size() || size > bytes_.size() - at || size < kTermsHead) {
    return bad("past the end of the file (a truncated file)");
  }
  terms_ = bytes_.substr(at, size);
  term_count_ = Get<std::uint64_t>(terms_, 0);
  const auto lists_at = Get<std::uint64_t>(terms_, 8);
  if (lists_at > size || term_count_ > (lists_at - kTermsHead) / kKeyEntrySize) {
    return bad("past the end of the file (a truncated file)");
  }
  if (Crc32(terms_.substr(0, lists_at)) != Get<std::uint32_t>(bytes_, kTermsCrcAt)) {
    return bad("checksum does not match (a corrupt file)");
  }
  lists_at_ = lists_at;
  return Status::Ok();
}

std::string_view SegmentReader::TermKey(std::uint64_t i) const {
  const std::size_t e = kTermsHead + i * kKeyEntrySize;
  // Past the keys only in a corrupt file whose head checksum still held: an empty key.
  const auto at = Get<std::uint64_t>(terms_, e);
  const auto size = Get<std::uint32_t>(terms_, e + 8);
  if (at > lists_at_ || size > lists_at_ - at) return {};
  return terms_.substr(at, size);
}

StatusOr<std::vector<TermEntry>> SegmentReader::Term(std::string_view id) const {
  std::uint64_t low = 0;
  std::uint64_t high = term_count_;
  while (low < high) {  // the first key not less than `id`
    const std::uint64_t mid = low + (high - low) / 2;
    if (TermKey(mid) < id) {
      low = mid + 1;
    } else {
      high = mid;
    }
  }
  if (low == term_count_ || TermKey(low) != id) return std::vector<TermEntry>{};
  return TermList(low);
}

StatusOr<std::vector<TermEntry>> SegmentReader::TermList(std::uint64_t term) const {
  const std::string id(TermKey(term));
  std::vector<TermEntry> out;
  const std::size_t e = kTermsHead + term * kKeyEntrySize;
  const auto count = Get<std::uint32_t>(terms_, e + 12);
  const auto list_at = Get<std::uint64_t>(terms_, e + 16);
  const std::size_t list_size = count * std::size_t{kTermEntrySize};
  if (list_at < lists_at_ || list_at > terms_.size() || list_size > terms_.size() - list_at) {
    return Status(StatusCode::kDataError, name_ + ": the list of " + id +
                                              " out of bounds (a corrupt file); rebuild the index");
  }
  const std::string_view list = terms_.substr(list_at, list_size);
  if (Crc32(list) != Get<std::uint32_t>(terms_, e + 24)) {
    return Status(StatusCode::kDataError, name_ + ": the list of " + id +
                                              ": checksum does not match (a corrupt file); "
                                              "rebuild the index");
  }
  out.resize(count);
  for (std::uint32_t i = 0; i < count; ++i) {
    out[i].record = Get<std::uint32_t>(list, i * kTermEntrySize);
    out[i].bound = Get<float>(list, i * kTermEntrySize + 4);
    if (out[i].record >= count_) {
      return Status(StatusCode::kDataError, name_ + ": the list of " + id +
                                                ": a record past the segment's; rebuild the index");
    }
  }
  return out;
}

StatusOr<SegmentRecord> SegmentReader::Record(std::uint64_t i) const {
  const std::size_t at = table_ + i * kEntrySize;
  const auto offset = Get<std::uint64_t>(bytes_, at);
  const auto size = Get<std::uint32_t>(bytes_, at + 8);
  if (offset > bytes_.size() || size > bytes_.size() - offset) {
    return Status(StatusCode::kDataError, name_ + ": record " + std::to_string(i) +
                                              " past the end of the file (a truncated or "
                                              "corrupt file); rebuild the index");
  }
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

Status SegmentReader::Verify() const {
  if (Crc32(bytes_.substr(table_, count_ * kEntrySize)) !=
      Get<std::uint32_t>(bytes_, kTableCrcAt)) {
    return Status(
        StatusCode::kDataError,
        name_ + ": offset table checksum does not match (a corrupt file); rebuild the index");
  }
  for (std::uint64_t i = 0; i < count_; ++i) {
    if (auto r = Record(i); !r.ok()) return r.status();
  }
  for (std::uint64_t t = 0; t < term_count_; ++t) {
    if (auto list = TermList(t); !list.ok()) return list.status();
  }
  return Status::Ok();
}

}  // namespace tailorcore::detail
