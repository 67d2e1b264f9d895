#include "base/bytes.h"

#include <cstring>

namespace tailorcore::detail {

void ByteWriter::U32(std::uint32_t value) {
  for (int i = 0; i < 4; ++i) U8(static_cast<std::uint8_t>(value >> (8 * i)));
}

void ByteWriter::U64(std::uint64_t value) {
  for (int i = 0; i < 8; ++i) U8(static_cast<std::uint8_t>(value >> (8 * i)));
}

void ByteWriter::Varint(std::uint64_t value) {
  while (value >= 0x80) {
    U8(static_cast<std::uint8_t>(value | 0x80));
    value >>= 7;
  }
  U8(static_cast<std::uint8_t>(value));
}

void ByteWriter::F64(double value) {
  std::uint64_t bits;
  std::memcpy(&bits, &value, sizeof bits);
  U64(bits);
}

void ByteWriter::String(std::string_view value) {
  Varint(value.size());
  out_.append(value);
}

bool ByteReader::U8(std::uint8_t* value) {
  if (remaining() < 1) return false;
  *value = static_cast<std::uint8_t>(bytes_[offset_++]);
  return true;
}

bool ByteReader::U32(std::uint32_t* value) {
  if (remaining() < 4) return false;
  *value = 0;
  for (int i = 0; i < 4; ++i) {
    *value |= static_cast<std::uint32_t>(static_cast<std::uint8_t>(bytes_[offset_++])) << (8 * i);
  }
  return true;
}

bool ByteReader::U64(std::uint64_t* value) {
  if (remaining() < 8) return false;
  *value = 0;
  for (int i = 0; i < 8; ++i) {
    *value |= static_cast<std::uint64_t>(static_cast<std::uint8_t>(bytes_[offset_++])) << (8 * i);
  }
  return true;
}

bool ByteReader::Varint(std::uint64_t* value) {
  *value = 0;
  for (int shift = 0; shift < 64; shift += 7) {
    std::uint8_t byte;
    if (!U8(&byte)) return false;
    *value |= static_cast<std::uint64_t>(byte & 0x7F) << shift;
    if ((byte & 0x80) == 0) return shift < 63 || byte <= 1;
  }
  return false;
}

bool ByteReader::F64(double* value) {
  std::uint64_t bits;
  if (!U64(&bits)) return false;
  std::memcpy(value, &bits, sizeof bits);
  return true;
}

bool ByteReader::Bool(bool* value) {
  std::uint8_t byte;
  if (!U8(&byte) || byte > 1) return false;
  *value = byte == 1;
  return true;
}

bool ByteReader::String(std::string* value) {
  std::string_view view;
  std::uint64_t size;
  if (!Varint(&size) || size > remaining() || !Raw(static_cast<std::size_t>(size), &view)) {
    return false;
  }
  value->assign(view);
  return true;
}

bool ByteReader::Raw(std::size_t size, std::string_view* value) {
  if (size > remaining()) return false;
  *value = bytes_.substr(offset_, size);
  offset_ += size;
  return true;
}

bool ByteReader::Count(std::size_t* count, std::size_t min_item_bytes) {
  std::uint64_t n;
  if (!Varint(&n)) return false;
  if (min_item_bytes > 0 && n > remaining() / min_item_bytes) return false;
  *count = static_cast<std::size_t>(n);
  return true;
}

}  // namespace tailorcore::detail
