// The posting index (tailorcore/index.h): build, open, rank.
#include "tailorcore/index.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <mutex>
#include <nlohmann/json.hpp>
#include <vector>

#include "base/embedded_data.h"
#include "batch/rank_pool.h"
#include "engine/engine_impl.h"
#include "index/segment.h"
#include "tailorcore/version.h"

namespace tailorcore {
namespace {

namespace fs = std::filesystem;
constexpr const char* kManifest = "manifest.json";
constexpr const char* kManifestFormat = "tailorcore.index/1";
constexpr std::uint64_t kMaxSegment = 999999999;  // segment numbers in file names

// A read-only memory map of a whole file; unmapped when destroyed.
class Mapped {
 public:
  Mapped() = default;
  Mapped(const Mapped&) = delete;
  Mapped& operator=(const Mapped&) = delete;
  ~Mapped() {
    if (data_ != nullptr) munmap(data_, size_);
  }
  Status Open(const std::string& path) {
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
  std::string_view bytes() const {
    return data_ == nullptr ? std::string_view()
                            : std::string_view(static_cast<char*>(data_), size_);
  }

 private:
  void* data_ = nullptr;
  std::size_t size_ = 0;
};

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

// An exclusive lock on the index directory while it is rebuilt (flock on "lock"), released when
// destroyed: two builders never interleave.
class BuildLock {
 public:
  BuildLock() = default;
  BuildLock(const BuildLock&) = delete;
  BuildLock& operator=(const BuildLock&) = delete;
  ~BuildLock() {
    if (fd_ >= 0) ::close(fd_);
  }
  Status Take(const std::string& directory) {
    const std::string path = directory + "/lock";
    fd_ = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd_ < 0) return Status(StatusCode::kIoError, path + ": cannot create");
    if (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
      return Status(StatusCode::kIoError,
                    directory + ": another index build is writing it; try again when it is done");
    }
    return Status::Ok();
  }

 private:
  int fd_ = -1;
};

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
  return manifest;
}

// FNV-1a, 64 bits: a stable hash of the fingerprint's recipe (not a checksum of stored data).
std::uint64_t Fnv1a64(std::string_view bytes) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (unsigned char c : bytes) {
    hash ^= c;
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

std::string Hex(std::uint64_t value) {
  char buffer[17];
  std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(value));
  return buffer;
}

}  // namespace

std::string IndexFingerprint(const Engine& engine) {
  std::string recipe = std::string("tailorcore ") + TAILORCORE_VERSION_STRING + "\n";
  std::uint32_t data = 0;
  for (const detail::EmbeddedFile& f : detail::EmbeddedFiles()) {
    data = detail::Crc32(f.path, data);
    data = detail::Crc32(f.bytes, data);
  }
  recipe += std::to_string(data) + "\n";
  for (const Skill& s : engine.lexicon().skills()) {
    recipe += s.id + "\t" + s.name + "\t" + s.category;
    for (const SkillForm& f : s.forms) {
      recipe += "\t" + f.text + ":" + std::to_string(static_cast<int>(f.kind)) +
                (f.ambiguous ? "?" : "") + (f.generated ? "g" : "");
    }
    recipe += "\n";
  }
  const ScoringOptions& scoring = engine.options().scoring;
  for (std::string_view name : ScoringWeightNames()) {
    char buffer[64];
    const StatusOr<double> value = GetScoringWeight(scoring, name);
    std::snprintf(buffer, sizeof buffer, "%.17g", value.ok() ? *value : 0.0);
    recipe += std::string(name) + "=" + buffer + "\n";
  }
  recipe += scoring.candidate_keywords ? "candidates\n" : "no candidates\n";
  const AnalyzerOptions& analyzer = engine.options().analyzer;
  recipe += "max_input_bytes=" + std::to_string(analyzer.max_input_bytes) +
            " max_token_bytes=" + std::to_string(analyzer.max_token_bytes) + "\n";
  return Hex(Fnv1a64(recipe));
}

struct PostingIndex::Impl {
  IndexInfo info;
  std::vector<std::unique_ptr<Mapped>> files;
  std::vector<detail::SegmentReader> segments;
};

namespace {

// One stored posting to rank: where it is.
struct Stored {
  const detail::SegmentReader* segment = nullptr;
  std::uint64_t record = 0;
};

// The profiles of `next`'s postings, analyzed on `threads` threads (0: all cores), into
// `writer` in input order.
void ProfilePostings(const Engine& engine, const std::function<bool(PostingInput*)>& next,
                     std::size_t threads, detail::SegmentWriter* writer) {
  const Engine::Impl& impl = detail::EngineAccess::Of(engine);
  RankOptions options;
  options.threads = threads;
  const std::size_t workers = detail::ThreadCount(options);
  detail::MapInOrder<PostingInput, PostingInput>(
      next,
      [&](PostingInput& p, std::size_t) {
        // As RankStream reads a posting: its title as the first line.
        const std::string text = p.title.empty() ? p.text : p.title + "\n" + p.text;
        p.text = impl.Profile(*impl.Analyze(text, detail::DocumentType::kPosting)).Serialize();
        return std::move(p);
      },
      [&](PostingInput&& p) { writer->Add(p.id, p.title, p.text); }, workers, 64 * workers);
}

}  // namespace

namespace {

// Writes the new segment and then the manifest naming it, each flushed and renamed into place,
// under the build lock; then removes the old segments. The old index stays whole until the
// manifest's rename.
Status Commit(const std::string& directory, const detail::SegmentWriter& writer,
              const std::string& fingerprint, IndexInfo* info) {
  BuildLock lock;
  if (Status s = lock.Take(directory); !s.ok()) return s;
  auto old = ReadManifest(directory);
  if (!old.ok()) return old.status();
  const std::uint64_t number = old->value("next_segment", std::uint64_t{1});
  char name[64];
  std::snprintf(name, sizeof name, "segment-%06llu.tcx", static_cast<unsigned long long>(number));
  const std::string head = writer.Head(fingerprint);
  if (Status s = WriteAtomically(directory + "/" + name, {head, writer.records()}); !s.ok()) {
    return s;
  }
  if (Status s = SyncDirectory(directory); !s.ok()) return s;
  const std::string built_by = std::string("tailorcore ") + TAILORCORE_VERSION_STRING;
  const nlohmann::ordered_json manifest = {
      {"format", kManifestFormat}, {"format_version", kIndexFormat}, {"fingerprint", fingerprint},
      {"built_by", built_by},      {"postings", writer.count()},     {"segments", {name}},
      {"next_segment", number + 1}};
  const std::string text = manifest.dump(2) + "\n";
  if (Status s = WriteAtomically(directory + "/" + kManifest, {text}); !s.ok()) return s;
  if (Status s = SyncDirectory(directory); !s.ok()) return s;
  std::error_code ec;
  for (const auto& old_name : old->value("segments", nlohmann::json::array())) {
    if (old_name != name) fs::remove(directory + "/" + old_name.get<std::string>(), ec);
  }
  if (info != nullptr) {
    const std::uint64_t bytes = head.size() + writer.records().size();
    *info = {writer.count(), 1, bytes, fingerprint, built_by, kIndexFormat};
  }
  return Status::Ok();
}

}  // namespace

Status BuildIndex(const Engine& engine, const std::string& directory,
                  const std::function<bool(PostingInput*)>& next, std::size_t threads,
                  IndexInfo* info, const std::function<bool()>& failed) {
  std::error_code ec;
  if (fs::exists(directory, ec) && !fs::is_directory(directory, ec)) {
    return Status(StatusCode::kInvalidArgument, directory + ": a file, not an index directory");
  }
  if (auto old = ReadManifest(directory); !old.ok()) return old.status();
  detail::SegmentWriter writer;
  ProfilePostings(engine, next, threads, &writer);
  if (failed && failed()) {
    return Status(StatusCode::kIoError,
                  directory + ": reading the postings failed; the index was not changed");
  }
  if (writer.count() == 0) {
    return Status(StatusCode::kInvalidArgument,
                  directory + ": no posting to index; nothing was written");
  }
  fs::create_directories(directory, ec);
  if (ec) return Status(StatusCode::kIoError, directory + ": cannot create: " + ec.message());
  return Commit(directory, writer, IndexFingerprint(engine), info);
}

StatusOr<PostingIndex> PostingIndex::Open(const std::string& directory, const Engine& engine) {
  std::error_code ec;
  if (!fs::is_directory(directory, ec)) {
    return Status(StatusCode::kIoError, directory + ": no index there (not a directory)");
  }
  if (!fs::exists(directory + "/" + kManifest, ec)) {
    return Status(StatusCode::kDataError,
                  directory + ": not a tailorcore index (no " + kManifest + ")");
  }
  auto manifest = ReadManifest(directory);
  if (!manifest.ok()) return manifest.status();
  auto impl = std::make_shared<Impl>();
  impl->info.fingerprint = (*manifest)["fingerprint"].get<std::string>();
  impl->info.built_by = (*manifest)["built_by"].get<std::string>();
  impl->info.format = (*manifest)["format_version"].get<std::uint32_t>();
  const std::string expected = IndexFingerprint(engine);
  for (const auto& name : (*manifest)["segments"]) {
    const std::string path = directory + "/" + name.get<std::string>();
    impl->files.push_back(std::make_unique<Mapped>());
    if (Status s = impl->files.back()->Open(path); !s.ok()) return s;
    auto segment = detail::SegmentReader::Open(impl->files.back()->bytes(), path);
    if (!segment.ok()) return segment.status();
    if (segment->fingerprint() != expected) {
      std::string message = path;
      message += ": built by another lexicon, data, version or scoring options (fingerprint ";
      message += segment->fingerprint();
      message += ", this engine " + expected + "); rebuild the index with these options";
      return Status(StatusCode::kDataError, message);
    }
    impl->info.postings += segment->count();
    impl->info.bytes += impl->files.back()->bytes().size();
    impl->segments.push_back(std::move(*segment));
  }
  impl->info.segments = static_cast<std::uint32_t>(impl->segments.size());
  return PostingIndex(std::move(impl));
}

const IndexInfo& PostingIndex::info() const { return impl_->info; }

StatusOr<RankSummary> PostingIndex::Rank(const Engine& engine, const Document& resume,
                                         const std::function<void(RankedPosting&&)>& sink,
                                         const RankOptions& options) const {
  const Engine::Impl& impl = detail::EngineAccess::Of(engine);
  const Document::Impl& analyzed = detail::EngineAccess::Of(resume);
  std::size_t segment = 0;
  std::uint64_t record = 0;
  Status error;
  std::mutex error_mutex;
  constexpr std::size_t kFailed = static_cast<std::size_t>(-1);
  std::size_t error_index = kFailed;
  const RankSummary summary = detail::RankPool<Stored>(
      [&](Stored* s) {
        while (segment < impl_->segments.size() && record >= impl_->segments[segment].count()) {
          ++segment;
          record = 0;
        }
        if (segment >= impl_->segments.size()) return false;
        *s = {&impl_->segments[segment], record++};
        return true;
      },
      [&](Stored& s, std::size_t index) {
        auto stored = s.segment->Record(s.record);
        auto profile = stored.ok() ? PostingProfile::Deserialize(stored->profile)
                                   : StatusOr<PostingProfile>(stored.status());
        if (!profile.ok()) {
          std::lock_guard<std::mutex> lock(error_mutex);
          if (index < error_index) {  // the first bad record by position, whatever the threads
            error_index = index;
            error = profile.status();
          }
          RankedPosting failed;
          failed.index = kFailed;  // never handed to `sink`
          return failed;
        }
        return detail::Summarize(impl.Score(analyzed, *profile,
                                            options.keep_reports ? detail::CompareDepth::kFull
                                                                 : detail::CompareDepth::kScore),
                                 index, std::string(stored->id), std::string(stored->title),
                                 options);
      },
      [&](RankedPosting&& r) {
        if (r.index != kFailed) sink(std::move(r));
      },
      options);
  if (!error.ok()) return error;
  return summary;
}

}  // namespace tailorcore
