#include "base/read_file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>

namespace tailorcore::detail {

bool ReadWholeFile(const std::string& path, std::string* content, std::string* error) {
  // Larger than any analyzer accepts (AnalyzerOptions::max_input_bytes is at most 2 GiB - 1,
  // 256 MiB by default); also what stops an endless file (/dev/zero) from taking all memory.
  constexpr std::size_t kMaxBytes = std::size_t{1} << 30;
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    *error = path + ": is a directory, not a file";
    return false;
  }
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"),
                                                       &std::fclose);
  if (!file) {
    const int e = errno;
    *error = path + ": cannot open file (" +
             (e == ENOENT   ? std::string("no such file")
              : e == EACCES ? std::string("permission denied")
                            : std::strerror(e)) +
             ")";
    return false;
  }
  content->clear();
  char buffer[1 << 16];
  for (;;) {
    const std::size_t n = std::fread(buffer, 1, sizeof buffer, file.get());
    if (content->size() + n > kMaxBytes) {
      content->clear();
      *error = path + ": too large (over 1 GiB)";
      return false;
    }
    content->append(buffer, n);
    if (n < sizeof buffer) {
      if (std::ferror(file.get())) {
        *error = path + ": read error (" + std::strerror(errno) + ")";
        return false;
      }
      break;
    }
  }
  return true;
}

}  // namespace tailorcore::detail
