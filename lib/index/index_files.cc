#include "index/index_files.h"

#include "tailorcore/index.h"
#include "tailorcore/version.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <filesystem>

namespace tailorcore::detail {
namespace {

namespace fs = std::filesystem;
constexpr std::uint64_t kMaxSegment = 999999999;  // segment numbers in file names

// A segment's file name as the manifest may give it: "segment-" digits ".tcx", nothing else
// (never a path out of the directory).
bool SegmentName(const nlohmann::json& name) {
  if (!name.is_string()) return false;
  const std::string& s = name.get_ref<const std::string&>();
  constexpr std::string_view kPrefix = "segment-", kSuffix = ".tcx";
  if (s.size() <= kPrefix.size() + kSuffix.size() || s.rfind(kPrefix, 0) != 0 ||
      s.compare(s.size() - kSuffix.size(), kSuffix.size(), kSuffix) != 0) {
    return false;
  }
  const std::string_view digits =
      std::string_view(s).substr(kPrefix.size(), s.size() - kPrefix.size() - kSuffix.size());
  return digits.find_first_not_of("0123456789") == std::string_view::npos;
}

}  // namespace

Mapped::~Mapped() {
  if (data_ != nullptr) munmap(data_, size_);
}

Status Mapped::Open(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Status(StatusCode::kIoError, path + ": cannot open");
  struct stat st {};
  if (fstat(fd, &st) != 0) {
    ::close(fd);
    return Status(StatusCode::kIoError, path + ": cannot read its size");
  }
  size_ = static_cast<std::size_t>(st.st_size);
  if (size_ > 0) {
    void* p = mmap(nullptr, size_, PROT_READ, MAP_PRIVATE, fd, 0);
    if (p == MAP_FAILED) {
      ::close(fd);
      return Status(StatusCode::kIoError, path + ": cannot map");
    }
    data_ = p;
  }
  ::close(fd);
  return Status::Ok();
}

std::string_view Mapped::bytes() const {
  return data_ == nullptr ? std::string_view() : std::string_view(static_cast<char*>(data_), size_);
}

// Writes `parts` one after the other to `path` crash-safe: a temporary file beside it (named
// for this process, so two writers do not share it), flushed, renamed over it.
Status WriteAtomically(const std::string& path, std::initializer_list<std::string_view> parts) {
  const std::string tmp = path + "." + std::to_string(::getpid()) + ".tmp";
  const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return Status(StatusCode::kIoError, tmp + ": cannot create");
  for (std::string_view bytes : parts) {
    for (std::size_t done = 0; done < bytes.size();) {
      const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
      if (n <= 0) {
        ::close(fd);
        ::unlink(tmp.c_str());
        return Status(StatusCode::kIoError, tmp + ": cannot write (disk full?)");
      }
      done += static_cast<std::size_t>(n);
    }
  }
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    ::unlink(tmp.c_str());
    return Status(StatusCode::kIoError, tmp + ": cannot flush");
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    ::unlink(tmp.c_str());
    return Status(StatusCode::kIoError, path + ": cannot rename into place");
  }
  return Status::Ok();
}

// Flushes a directory's entries (the renames in it), so a rename reaches the disk before the
// next one.
Status SyncDirectory(const std::string& directory) {
  const int fd = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return Status(StatusCode::kIoError, directory + ": cannot open to flush");
  const int synced = ::fsync(fd);
  ::close(fd);
  return synced == 0 ? Status::Ok() : Status(StatusCode::kIoError, directory + ": cannot flush");
}

BuildLock::~BuildLock() { Release(); }

void BuildLock::Release() {
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
}

Status BuildLock::Take(const std::string& directory) {
  const std::string path = directory + "/lock";
  fd_ = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd_ < 0) return Status(StatusCode::kIoError, path + ": cannot create");
  if (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
    return Status(StatusCode::kIoError,
                  directory + ": another index build is writing it; try again when it is done");
  }
  return Status::Ok();
}

// The manifest of `directory`, or an empty object when it has none. kDataError for one that is
// not an index's (wrong format, fields of the wrong type, a segment name that is not one).
StatusOr<nlohmann::json> ReadManifest(const std::string& directory) {
  const std::string path = directory + "/" + kManifest;
  std::error_code ec;
  if (!fs::exists(path, ec)) return nlohmann::json::object();
  Mapped file;
  if (Status s = file.Open(path); !s.ok()) return s;
  nlohmann::json manifest = nlohmann::json::parse(file.bytes(), nullptr, false);
  const auto bad = Status(StatusCode::kDataError,
                          path + ": not a tailorcore index manifest (" + kManifestFormat +
                              "); remove the directory, or give another, to build an index there");
  if (manifest.is_discarded() || !manifest.is_object() || !manifest["format"].is_string() ||
      manifest["format"] != kManifestFormat || !manifest["segments"].is_array() ||
      !manifest["next_segment"].is_number_unsigned() || manifest["next_segment"] > kMaxSegment ||
      !manifest["format_version"].is_number_unsigned() || !manifest["fingerprint"].is_string() ||
      !manifest["built_by"].is_string()) {
    return bad;
  }
  for (const auto& name : manifest["segments"]) {
    if (!SegmentName(name)) return bad;
  }
  // What it stores (older manifests: postings).
  if (!manifest.contains("contents")) manifest["contents"] = "postings";
  if (manifest["contents"] != "postings" && manifest["contents"] != "resumes") return bad;
  // Removed postings: segment name → record numbers (older manifests have none).
  // Kept field names (older manifests: none).
  if (!manifest.contains("fields")) manifest["fields"] = nlohmann::json::array();
  if (!manifest["fields"].is_array()) return bad;
  for (const auto& name : manifest["fields"]) {
    if (!name.is_string()) return bad;
  }
  if (!manifest.contains("removed")) manifest["removed"] = nlohmann::json::object();
  if (!manifest["removed"].is_object()) return bad;
  for (const auto& [name, records] : manifest["removed"].items()) {
    const auto& segments = manifest["segments"];
    if (std::find(segments.begin(), segments.end(), name) == segments.end() ||
        !records.is_array()) {
      return bad;
    }
    for (const auto& r : records) {
      if (!r.is_number_unsigned()) return bad;
    }
  }
  return manifest;
}

std::string Hash64(std::string_view bytes) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;  // FNV-1a
  for (unsigned char c : bytes) {
    hash ^= c;
    hash *= 0x100000001b3ULL;
  }
  char buffer[17];
  std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(hash));
  return buffer;
}

IndexContents ContentsOf(const nlohmann::json& manifest) {
  return manifest.value("contents", "postings") == "resumes" ? IndexContents::kResumes
                                                             : IndexContents::kPostings;
}

std::string IncomingSegmentPath(const std::string& directory) {
  static std::atomic<std::uint64_t> counter{0};
  return directory + "/incoming-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) +
         ".tmp";
}

namespace {

// A file an interrupted writer leaves: incoming-*.tmp, manifest.json.*.tmp.
bool Leftover(const std::string& name) {
  return name.size() > 4 && name.compare(name.size() - 4, 4, ".tmp") == 0 &&
         (name.rfind("incoming-", 0) == 0 || name.rfind("manifest.json.", 0) == 0);
}

}  // namespace

void RemoveIncoming(const std::string& directory) {
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(directory, ec)) {
    // A leftover harms nothing: errors are ignored.
    if (Leftover(entry.path().filename().string())) fs::remove(entry.path(), ec);
  }
}

bool EmptyOfOthers(const std::string& directory) {
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(directory, ec)) {
    const std::string name = entry.path().filename().string();
    if (name != "lock" && !Leftover(name)) return false;
  }
  return true;
}

StatusOr<std::string> PlaceSegment(const std::string& directory, SegmentWriter* writer,
                                   std::uint64_t number) {
  char name[64];
  std::snprintf(name, sizeof name, "segment-%06llu.tcx", static_cast<unsigned long long>(number));
  const std::string path = directory + "/" + name;
  if (std::rename(writer->path().c_str(), path.c_str()) != 0) {
    return Status(StatusCode::kIoError, path + ": cannot rename into place");
  }
  writer->Placed();
  if (Status s = SyncDirectory(directory); !s.ok()) return s;
  return std::string(name);
}

Status WriteManifest(const std::string& directory, const Manifest& manifest,
                     const nlohmann::json& old) {
  const nlohmann::ordered_json out = {
      {"format", kManifestFormat},
      {"format_version", kIndexFormat},
      {"fingerprint", manifest.fingerprint},
      {"contents", IndexContentsName(manifest.contents)},
      {"built_by", std::string("tailorcore ") + TAILORCORE_VERSION_STRING},
      {"postings", manifest.postings},
      {"segments", manifest.segments},
      {"removed", manifest.removed},
      {"next_segment", manifest.next_segment},
      {"fields", manifest.fields}};
  const std::string text = out.dump(2) + "\n";
  if (Status s = WriteAtomically(directory + "/" + kManifest, {text}); !s.ok()) return s;
  if (Status s = SyncDirectory(directory); !s.ok()) return s;
  std::error_code ec;
  for (const auto& name : old.value("segments", nlohmann::json::array())) {
    if (std::find(manifest.segments.begin(), manifest.segments.end(), name) ==
        manifest.segments.end()) {
      fs::remove(directory + "/" + name.get<std::string>(), ec);  // an orphan harms nothing
    }
  }
  return Status::Ok();
}

}  // namespace tailorcore::detail
