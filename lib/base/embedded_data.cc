#include "base/embedded_data.h"

#include <algorithm>
#include <string>

namespace tailorcore::detail {
namespace {

const std::vector<EmbeddedFile>& Files() {
  static const std::vector<EmbeddedFile> files = [] {
    std::vector<EmbeddedFile> f = EmbeddedFiles();
    std::sort(f.begin(), f.end(),
              [](const EmbeddedFile& a, const EmbeddedFile& b) { return a.path < b.path; });
    return f;
  }();
  return files;
}

}  // namespace

StatusOr<std::string_view> EmbeddedData(std::string_view path) {
  const std::vector<EmbeddedFile>& files = Files();
  auto it = std::lower_bound(files.begin(), files.end(), path,
                             [](const EmbeddedFile& f, std::string_view p) { return f.path < p; });
  if (it == files.end() || it->path != path) {
    return Status(StatusCode::kInternal, "data file '" + std::string(path) +
                                             "' is not compiled into the library (a build "
                                             "problem: re-run cmake)");
  }
  return it->bytes;
}

std::vector<std::string_view> EmbeddedPaths(std::string_view prefix) {
  std::vector<std::string_view> paths;
  for (const EmbeddedFile& f : Files()) {
    if (f.path.substr(0, prefix.size()) == prefix) paths.push_back(f.path);
  }
  return paths;
}

}  // namespace tailorcore::detail
