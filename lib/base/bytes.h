// Plain values written to bytes and read back: little-endian fixed-width integers and doubles,
// LEB128 varints, length-prefixed strings. The reader never reads past its input and never
// trusts a count it cannot back with bytes, so corrupt or hostile input gives false, not a
// crash or a huge allocation.
#ifndef TAILORCORE_LIB_BASE_BYTES_H_
#define TAILORCORE_LIB_BASE_BYTES_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace tailorcore::detail {

class ByteWriter {
 public:
  void U8(std::uint8_t value) { out_.push_back(static_cast<char>(value)); }
  void U32(std::uint32_t value);
  void U64(std::uint64_t value);
  void Varint(std::uint64_t value);
  void F64(double value);  // the IEEE-754 bits, little-endian: exact round trip
  void Bool(bool value) { U8(value ? 1 : 0); }
  void String(std::string_view value);
  void Raw(std::string_view bytes) { out_.append(bytes); }

  const std::string& bytes() const { return out_; }
  std::string Take() { return std::move(out_); }

 private:
  std::string out_;
};

class ByteReader {
 public:
  explicit ByteReader(std::string_view bytes) : bytes_(bytes) {}

  // Each returns false, leaving the output unspecified, when the input ends too early or the
  // value is malformed (a varint over 10 bytes, a bool other than 0 or 1).
  bool U8(std::uint8_t* value);
  bool U32(std::uint32_t* value);
  bool U64(std::uint64_t* value);
  bool Varint(std::uint64_t* value);
  bool F64(double* value);
  bool Bool(bool* value);
  bool String(std::string* value);
  bool Raw(std::size_t size, std::string_view* value);
  // A count of items that take at least `min_item_bytes` each: false when the rest of the input
  // cannot hold that many, so a corrupt count never causes a large allocation.
  bool Count(std::size_t* count, std::size_t min_item_bytes = 1);

  std::size_t offset() const { return offset_; }
  std::size_t remaining() const { return bytes_.size() - offset_; }
  bool at_end() const { return offset_ == bytes_.size(); }

 private:
  std::string_view bytes_;
  std::size_t offset_ = 0;
};

}  // namespace tailorcore::detail

#endif  // TAILORCORE_LIB_BASE_BYTES_H_
