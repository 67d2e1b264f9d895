// The files of a posting index (docs/index.md): memory maps, crash-safe writes, the build lock,
// the manifest and segment names.
#ifndef TAILORCORE_LIB_INDEX_INDEX_FILES_H_
#define TAILORCORE_LIB_INDEX_INDEX_FILES_H_

#include <cstdint>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "index/segment.h"
#include "tailorcore/index.h"
#include "tailorcore/status.h"

namespace tailorcore::detail {

inline constexpr const char* kManifest = "manifest.json";
inline constexpr const char* kManifestFormat = "tailorcore.index/1";

// A read-only memory map of a whole file; unmapped when destroyed.
class Mapped {
 public:
  Mapped() = default;
  Mapped(const Mapped&) = delete;
  Mapped& operator=(const Mapped&) = delete;
  ~Mapped();
  // Maps `path`. kIoError naming it when it cannot be opened or mapped.
  Status Open(const std::string& path);
  std::string_view bytes() const;

 private:
  void* data_ = nullptr;
  std::size_t size_ = 0;
};

// Writes `parts` one after the other to `path` crash-safe: a temporary file beside it (named
// for this process), flushed, renamed over it. kIoError naming the file on failure.
Status WriteAtomically(const std::string& path, std::initializer_list<std::string_view> parts);

// Flushes a directory's entries (the renames in it). kIoError on failure.
Status SyncDirectory(const std::string& directory);

// An exclusive lock on an index directory while it is written (flock on "lock"), released when
// destroyed: two writers never interleave.
class BuildLock {
 public:
  BuildLock() = default;
  BuildLock(const BuildLock&) = delete;
  BuildLock& operator=(const BuildLock&) = delete;
  ~BuildLock();
  // kIoError when the lock file cannot be made or another writer holds it.
  Status Take(const std::string& directory);
  void Release();  // before the directory is removed

 private:
  int fd_ = -1;
};

// The manifest of `directory`, or an empty object when it has none. kDataError for one that is
// not an index's (wrong format, fields of the wrong type, a segment name that is not
// "segment-N.tcx", a removal list that does not name its segments).
StatusOr<nlohmann::json> ReadManifest(const std::string& directory);

// A temporary path for a new segment file in `directory`, unique to this process and call
// ("incoming-<pid>-<n>.tmp": nothing reads it; one a killed process leaves harms nothing).
std::string IncomingSegmentPath(const std::string& directory);

// Removes the temporary files a killed writer left in `directory` (incoming-*.tmp,
// manifest.json.*.tmp). Only under the directory's lock, where no other writer is at work.
void RemoveIncoming(const std::string& directory);

// True when `directory` does not exist or holds nothing but what an interrupted build leaves
// (its lock, incoming-*.tmp, manifest.json.*.tmp): a directory `index build` may write to
// when it holds no manifest.
bool EmptyOfOthers(const std::string& directory);

// Renames `writer`'s finished file into `directory` as segment-<number>.tcx, flushes the
// directory (so the rename is on disk before the manifest names it), marks the writer's file
// placed, and returns the name. kIoError naming the path.
StatusOr<std::string> PlaceSegment(const std::string& directory, SegmentWriter* writer,
                                   std::uint64_t number);

// "postings" or "resumes", as manifests write it; and the contents a manifest (as ReadManifest
// read it) records.
IndexContents ContentsOf(const nlohmann::json& manifest);

// What a manifest records.
struct Manifest {
  std::string fingerprint;
  IndexContents contents = IndexContents::kPostings;
  std::vector<std::string> segments;
  nlohmann::json removed = nlohmann::json::object();  // segment name → removed record numbers
  std::uint64_t postings = 0;                         // live postings
  std::uint64_t next_segment = 1;
  std::vector<std::string> fields;  // the feed fields kept with the postings, sorted
};
// Writes the manifest (crash-safe, the directory flushed), then removes the segments of `old`
// (a manifest as ReadManifest read it) that `manifest` no longer names.
Status WriteManifest(const std::string& directory, const Manifest& manifest,
                     const nlohmann::json& old);

// A stable 64-bit hash (FNV-1a), as 16 hex digits.
std::string Hash64(std::string_view bytes);

}  // namespace tailorcore::detail

#endif  // TAILORCORE_LIB_INDEX_INDEX_FILES_H_
