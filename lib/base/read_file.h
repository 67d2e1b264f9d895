// Reading a whole file without exceptions: directories, devices and read errors become a
// message, never a throw (std::istreambuf_iterator throws std::ios_base::failure from libstdc++
// on a directory).
#ifndef TAILORCORE_LIB_BASE_READ_FILE_H_
#define TAILORCORE_LIB_BASE_READ_FILE_H_

#include <string>

namespace tailorcore::detail {

// Reads `path` into `*content`. On failure returns false and sets `*error` to
// "<path>: <reason>" (no such file, permission denied, is a directory, read error: <errno text>,
// too large: over 1 GiB, which also stops endless files such as /dev/zero).
bool ReadWholeFile(const std::string& path, std::string* content, std::string* error);

}  // namespace tailorcore::detail

#endif  // TAILORCORE_LIB_BASE_READ_FILE_H_
