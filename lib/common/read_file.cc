#include "common/read_file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>

namespace tailorcore::detail {

bool ReadWholeFile(const std::string& path, std::string* content, std::string* error) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    *error = path + ": is a directory, not a file";
    return false;
  }
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!file) {
    const int e = errno;
    *error = path + ": cannot open file (" +
             (e == ENOENT ? std::string("no such file")
                          : e == EACCES ? std::string("permission denied") : std::strerror(e)) +
             ")";
    return false;
  }
  content->clear();
  char buffer[1 << 16];
  for (;;) {
    const std::size_t n = std::fread(buffer, 1, sizeof buffer, file.get());
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
