// The posting index (tailorcore/index.h): build, open, rank, add, remove, compact.
#include "tailorcore/index.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <mutex>
#include <optional>
#include <set>
#include <unordered_set>
#include <vector>

#include "base/embedded_data.h"
#include "batch/rank_pool.h"
#include "compare/compare.h"
#include "engine/engine_impl.h"
#include "index/index_files.h"
#include "index/segment.h"
#include "tailorcore/version.h"

namespace tailorcore {

const char* IndexContentsName(IndexContents contents) {
  return contents == IndexContents::kResumes ? "resumes" : "postings";
}
namespace {

namespace fs = std::filesystem;

}  // namespace

namespace {

std::string ComputeFingerprint(const Engine& engine) {
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
    // Relations decide a posting's groups ("message queues (Kafka, RabbitMQ)"), run-time ones too.
    for (const std::string& id : s.implies) recipe += "\t>" + id;
    for (const std::string& id : s.kind_of) recipe += "\t~" + id;
    recipe += "\n";
  }
  // The profile format: its magic and version, the first 8 bytes of any serialized profile.
  recipe += PostingProfile{}.Serialize().substr(0, 8) + "\n";
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
  return detail::Hash64(recipe);
}

}  // namespace

std::string IndexFingerprint(const Engine& engine) {
  const Engine::Impl& impl = detail::EngineAccess::Of(engine);
  std::call_once(impl.fingerprint.once,
                 [&] { impl.fingerprint.value = ComputeFingerprint(engine); });
  return impl.fingerprint.value;
}

struct PostingIndex::Impl {
  std::string directory;
  IndexInfo info;
  nlohmann::json manifest;
  std::vector<std::string> names;  // the segments' file names, in order
  std::vector<std::unique_ptr<detail::Mapped>> files;
  std::vector<detail::SegmentReader> segments;
  std::vector<std::vector<bool>> removed;  // per segment, per record
};

namespace {

// One live posting of an index: where it is, and, when the cursor had to read it (to filter
// on its fields), what it read, so the record is not read and checked twice.
struct Stored {
  const detail::SegmentReader* segment = nullptr;
  std::size_t segment_index = 0;
  std::uint64_t record = 0;
  std::size_t position = 0;  // among the index's live postings
  std::optional<detail::SegmentRecord> read;
};

// True when `fields` hold, for each name `where` names, one of the values it gives that name.
bool Passes(const PostingFields& fields, const PostingFields& where) {
  for (const auto& wanted : where) {
    const std::string& name = wanted.first;
    const bool any = std::any_of(where.begin(), where.end(), [&](const auto& w) {
      return w.first == name && std::find(fields.begin(), fields.end(), w) != fields.end();
    });
    if (!any) return false;
  }
  return true;
}

// The live postings of an index in order (removed ones skipped; with `where`, those whose
// fields do not pass too); `position` numbers the live ones as RankStream numbers a feed of the
// same postings. What ranking, removing and compacting walk.
class LiveCursor {
 public:
  explicit LiveCursor(const PostingIndex::Impl& index, PostingFields where = {})
      : index_(index), where_(std::move(where)) {}
  bool Next(Stored* s) {
    for (;;) {
      while (segment_ < index_.segments.size() && record_ >= index_.segments[segment_].count()) {
        ++segment_;
        record_ = 0;
      }
      if (segment_ >= index_.segments.size()) return false;
      const std::uint64_t r = record_++;
      if (index_.removed[segment_][r]) continue;
      *s = {&index_.segments[segment_], segment_, r, position_++, std::nullopt};
      if (where_.empty()) return true;
      auto stored = s->segment->Record(r);
      PostingFields fields;
      // A record that does not read is scored, so its error is reported.
      if (!stored.ok() || !detail::DecodeFields(stored->fields, &fields)) return true;
      if (Passes(fields, where_)) {
        s->read = *stored;
        return true;
      }
    }
  }

 private:
  const PostingIndex::Impl& index_;
  PostingFields where_;  // a copy: the cursor may outlive a temporary
  std::size_t segment_ = 0;
  std::uint64_t record_ = 0;
  std::size_t position_ = 0;
};

// A posting or resume analyzed for the index: what its record keeps (in `item.text`: a
// posting's profile's bytes, a resume's text), the record's bytes, and its terms.
struct Profiled {
  PostingInput item;
  detail::EncodedRecord record;
  detail::TermBounds terms;
};

// What the index keeps of `text` (as RankStream reads a posting: its title as the first line;
// a resume as it is) into `p->item.text`, and its terms: a posting's keyword bounds, a resume's
// reach.
void Profile(const Engine::Impl& impl, IndexContents contents, Profiled* p) {
  PostingInput& in = p->item;
  if (contents == IndexContents::kResumes) {
    p->terms = detail::ResumeReach(*impl.Analyze(in.text, detail::DocumentType::kResume),
                                   impl.options.scoring);
    return;
  }
  const std::string text = in.title.empty() ? in.text : in.title + "\n" + in.text;
  const PostingProfile profile = impl.Profile(*impl.Analyze(text, detail::DocumentType::kPosting));
  in.text = profile.Serialize();
  p->terms = detail::KeywordBounds(profile);
}

// The items of `next`, analyzed on `threads` threads (0: all cores), into `writer` in input
// order.
void ProfileItems(const Engine& engine, IndexContents contents,
                  const std::function<bool(Profiled*)>& next, std::size_t threads,
                  detail::SegmentWriter* writer) {
  const Engine::Impl& impl = detail::EngineAccess::Of(engine);
  RankOptions options;
  options.threads = threads;
  const std::size_t workers = detail::ThreadCount(options);
  detail::MapInOrder<Profiled, Profiled>(
      next,
      [&](Profiled& p, std::size_t) {
        Profile(impl, contents, &p);
        const PostingInput& in = p.item;  // the record made here, on the workers
        p.record = detail::EncodeRecord(in.id, in.title, detail::EncodeFields(in.fields), in.text);
        p.item = {};
        return std::move(p);
      },
      [&](Profiled&& p) { writer->Add(p.record, p.terms); }, workers, 64 * workers);
}

// The postings of `next` profiled into `writer`, its file a new one in `directory`, finished:
// kIoError when `failed` says the reading failed or the file cannot be written,
// kInvalidArgument when there was no posting. `fields` gains the names of the fields kept.
Status ProfileAll(const Engine& engine, IndexContents contents, const std::string& directory,
                  const std::function<bool(PostingInput*)>& next, std::size_t threads,
                  const std::function<bool()>& failed, detail::SegmentWriter* writer,
                  std::vector<std::string>* fields) {
  if (Status s = writer->Open(detail::IncomingSegmentPath(directory)); !s.ok()) return s;
  // A write error (a full disk) stops the reading; Finish returns it.
  std::set<std::string> names(fields->begin(), fields->end());
  ProfileItems(
      engine, contents,
      [&](Profiled* p) {
        if (!writer->status().ok() || !next(&p->item)) return false;
        for (const auto& field : p->item.fields) names.insert(field.first);
        return true;
      },
      threads, writer);
  fields->assign(names.begin(), names.end());
  if (failed && failed()) {
    return Status(StatusCode::kIoError,
                  directory + ": reading the postings failed; the index was not changed");
  }
  if (writer->count() == 0) {
    return Status(StatusCode::kInvalidArgument,
                  directory + ": no posting to index; nothing was written");
  }
  return writer->Finish(IndexFingerprint(engine), contents);
}

IndexInfo InfoOf(const detail::Manifest& m, std::uint64_t bytes) {
  IndexInfo info;
  info.contents = m.contents;
  info.fields = m.fields;
  info.postings = m.postings;
  info.segments = static_cast<std::uint32_t>(m.segments.size());
  info.bytes = bytes;
  info.fingerprint = m.fingerprint;
  info.built_by = std::string("tailorcore ") + TAILORCORE_VERSION_STRING;
  info.format = kIndexFormat;
  return info;
}

// A stored record's terms again (what compacting writes): a posting's keyword bounds from its
// profile, a resume's reach from its text analyzed again.
StatusOr<detail::TermBounds> TermsOf(const Engine& engine, IndexContents contents,
                                     std::string_view payload) {
  const Engine::Impl& impl = detail::EngineAccess::Of(engine);
  if (contents == IndexContents::kResumes) {
    return detail::ResumeReach(*impl.Analyze(payload, detail::DocumentType::kResume),
                               impl.options.scoring);
  }
  auto profile = PostingProfile::Deserialize(payload);
  if (!profile.ok()) return profile.status();
  return detail::KeywordBounds(*profile);
}

// Opens the index at `directory` for a change (add, remove, compact), under its lock.
StatusOr<PostingIndex> OpenForChange(const std::string& directory, const Engine& engine,
                                     detail::BuildLock* lock) {
  std::error_code ec;
  if (!fs::is_directory(directory, ec)) {
    return Status(StatusCode::kIoError, directory + ": no index there (not a directory)");
  }
  if (Status s = lock->Take(directory); !s.ok()) return s;
  detail::RemoveIncoming(directory);
  return PostingIndex::Open(directory, engine);
}

}  // namespace

Status BuildIndex(const Engine& engine, const std::string& directory,
                  const std::function<bool(PostingInput*)>& next, std::size_t threads,
                  IndexInfo* info, const std::function<bool()>& failed, IndexContents contents) {
  std::error_code ec;
  if (fs::exists(directory, ec) && !fs::is_directory(directory, ec)) {
    return Status(StatusCode::kInvalidArgument, directory + ": a file, not an index directory");
  }
  auto previous = detail::ReadManifest(directory);
  if (!previous.ok()) return previous.status();
  if (previous->empty() && !detail::EmptyOfOthers(directory)) {  // not an index: not ours
    return Status(StatusCode::kInvalidArgument,
                  directory +
                      ": a directory that holds other files and no index; give a new or "
                      "empty directory (an index there is replaced)");
  }
  const bool created = !fs::exists(directory, ec);
  fs::create_directories(directory, ec);
  if (ec) return Status(StatusCode::kIoError, directory + ": cannot create: " + ec.message());
  if (created) {  // the new directory's entry on disk too
    const fs::path parent = fs::path(directory).parent_path();
    if (Status s = detail::SyncDirectory(parent.empty() ? "." : parent.string()); !s.ok()) return s;
  }
  detail::BuildLock lock;  // a second build of this directory fails here, before any work
  if (Status s = lock.Take(directory); !s.ok()) return s;
  detail::RemoveIncoming(directory);
  detail::SegmentWriter writer;  // the new segment, written as postings are analyzed
  std::vector<std::string> fields;
  if (Status s = ProfileAll(engine, contents, directory, next, threads, failed, &writer, &fields);
      !s.ok()) {
    writer.Abandon();
    if (created) {  // nothing was written: not even the directory
      lock.Release();
      fs::remove_all(directory, ec);
    }
    return s;
  }
  auto old = detail::ReadManifest(directory);
  if (!old.ok()) return old.status();
  detail::Manifest m;
  m.fingerprint = IndexFingerprint(engine);
  m.contents = contents;
  m.fields = fields;
  const std::uint64_t number = old->value("next_segment", std::uint64_t{1});
  auto name = detail::PlaceSegment(directory, &writer, number);
  if (!name.ok()) return name.status();
  m.segments = {*name};
  m.postings = writer.count();
  m.next_segment = number + 1;
  if (Status s = detail::WriteManifest(directory, m, *old); !s.ok()) return s;
  if (info != nullptr) *info = InfoOf(m, writer.FileSize());
  return Status::Ok();
}

Status AddToIndex(const Engine& engine, const std::string& directory,
                  const std::function<bool(PostingInput*)>& next, std::size_t threads,
                  IndexInfo* info, const std::function<bool()>& failed) {
  detail::BuildLock lock;
  auto index = OpenForChange(directory, engine, &lock);
  if (!index.ok()) return index.status();
  detail::SegmentWriter writer;
  const IndexContents contents = index->info().contents;
  std::vector<std::string> fields = index->info().fields;
  if (Status s = ProfileAll(engine, contents, directory, next, threads, failed, &writer, &fields);
      !s.ok()) {
    return s;
  }
  const nlohmann::json& old = index->impl_->manifest;
  detail::Manifest m;
  m.fingerprint = index->info().fingerprint;
  m.contents = contents;
  m.fields = fields;
  m.segments = index->impl_->names;
  m.removed = old["removed"];
  const std::uint64_t number = old["next_segment"].get<std::uint64_t>();
  auto name = detail::PlaceSegment(directory, &writer, number);
  if (!name.ok()) return name.status();
  m.segments.push_back(*name);
  m.postings = index->info().postings + writer.count();
  m.next_segment = number + 1;
  if (Status s = detail::WriteManifest(directory, m, old); !s.ok()) return s;
  if (info != nullptr) {
    *info = InfoOf(m, index->info().bytes + writer.FileSize());
    info->removed = index->info().removed;
  }
  return Status::Ok();
}

StatusOr<std::uint64_t> RemoveFromIndex(const Engine& engine, const std::string& directory,
                                        const std::vector<std::string>& ids) {
  detail::BuildLock lock;
  auto index = OpenForChange(directory, engine, &lock);
  if (!index.ok()) return index.status();
  const std::unordered_set<std::string> wanted(ids.begin(), ids.end());
  const PostingIndex::Impl& impl = *index->impl_;
  detail::Manifest m;
  m.fingerprint = impl.info.fingerprint;
  m.contents = impl.info.contents;
  m.fields = impl.info.fields;
  m.segments = impl.names;
  m.removed = impl.manifest["removed"];
  m.next_segment = impl.manifest["next_segment"].get<std::uint64_t>();
  std::uint64_t removed = 0;
  LiveCursor cursor(impl);
  for (Stored s; cursor.Next(&s);) {
    auto record = s.segment->Record(s.record);
    if (!record.ok()) return record.status();
    if (wanted.count(std::string(record->id)) == 0) continue;
    m.removed[impl.names[s.segment_index]].push_back(s.record);
    ++removed;
  }
  m.postings = impl.info.postings - removed;
  if (removed == 0) return removed;
  if (Status s = detail::WriteManifest(directory, m, impl.manifest); !s.ok()) return s;
  return removed;
}

Status CompactIndex(const Engine& engine, const std::string& directory, IndexInfo* info) {
  detail::BuildLock lock;
  auto index = OpenForChange(directory, engine, &lock);
  if (!index.ok()) return index.status();
  const PostingIndex::Impl& impl = *index->impl_;
  detail::SegmentWriter writer;
  if (Status s = writer.Open(detail::IncomingSegmentPath(directory)); !s.ok()) return s;
  LiveCursor cursor(impl);
  for (Stored s; cursor.Next(&s);) {
    auto record = s.segment->Record(s.record);
    if (!record.ok()) return record.status();
    auto terms = TermsOf(engine, impl.info.contents, record->profile);
    if (!terms.ok()) return terms.status();
    writer.Add(record->id, record->title, record->fields, record->profile, *terms);
  }
  detail::Manifest m;
  m.fingerprint = impl.info.fingerprint;
  m.contents = impl.info.contents;
  m.fields = impl.info.fields;
  if (Status s = writer.Finish(m.fingerprint, m.contents); !s.ok()) return s;
  const std::uint64_t number = impl.manifest["next_segment"].get<std::uint64_t>();
  auto name = detail::PlaceSegment(directory, &writer, number);
  if (!name.ok()) return name.status();
  m.segments = {*name};
  m.postings = writer.count();
  m.next_segment = number + 1;
  if (Status s = detail::WriteManifest(directory, m, impl.manifest); !s.ok()) return s;
  if (info != nullptr) {
    *info = InfoOf(m, writer.FileSize());
  }
  return Status::Ok();
}

namespace {

// Opens one segment of `directory`'s index and checks it was built by `fingerprint`'s engine.
Status OpenSegment(const std::string& directory, const std::string& name,
                   const std::string& fingerprint, PostingIndex::Impl* impl) {
  const std::string path = directory + "/" + name;
  impl->files.push_back(std::make_unique<detail::Mapped>());
  if (Status s = impl->files.back()->Open(path); !s.ok()) return s;
  auto segment = detail::SegmentReader::Open(impl->files.back()->bytes(), path);
  if (!segment.ok()) return segment.status();
  if (segment->fingerprint() != fingerprint) {
    std::string message = path;
    message += ": built by another lexicon, data, version or scoring options (fingerprint ";
    message += segment->fingerprint();
    message += ", this engine " + fingerprint + "); rebuild the index with these options";
    return Status(StatusCode::kDataError, message);
  }
  if (segment->contents() != impl->info.contents) {
    return Status(StatusCode::kDataError,
                  path + ": a segment of " + IndexContentsName(segment->contents()) +
                      " in an index of " + IndexContentsName(impl->info.contents) +
                      " (a file from another index); rebuild the index");
  }
  std::vector<bool> removed(segment->count(), false);
  for (const auto& r : impl->manifest["removed"].value(name, nlohmann::json::array())) {
    if (r.get<std::uint64_t>() >= removed.size()) {
      return Status(StatusCode::kDataError, path + ": the manifest removes a record it lacks");
    }
    removed[r.get<std::uint64_t>()] = true;
  }
  impl->info.postings +=
      static_cast<std::uint64_t>(std::count(removed.begin(), removed.end(), false));
  impl->info.bytes += impl->files.back()->bytes().size();
  impl->segments.push_back(std::move(*segment));
  impl->removed.push_back(std::move(removed));
  impl->names.push_back(name);
  return Status::Ok();
}

}  // namespace

StatusOr<PostingIndex> PostingIndex::Open(const std::string& directory, const Engine& engine) {
  std::error_code ec;
  if (!fs::is_directory(directory, ec)) {
    return Status(StatusCode::kIoError, directory + ": no index there (not a directory)");
  }
  if (!fs::exists(directory + "/" + detail::kManifest, ec)) {
    return Status(StatusCode::kDataError,
                  directory + ": not a tailorcore index (no " + detail::kManifest + ")");
  }
  auto manifest = detail::ReadManifest(directory);
  if (!manifest.ok()) return manifest.status();
  auto impl = std::make_shared<Impl>();
  impl->directory = directory;
  impl->manifest = std::move(*manifest);
  impl->info.contents = detail::ContentsOf(impl->manifest);
  impl->info.fields = impl->manifest["fields"].get<std::vector<std::string>>();
  impl->info.fingerprint = impl->manifest["fingerprint"].get<std::string>();
  impl->info.built_by = impl->manifest["built_by"].get<std::string>();
  impl->info.format = impl->manifest["format_version"].get<std::uint32_t>();
  const std::string expected = IndexFingerprint(engine);
  for (const auto& name : impl->manifest["segments"]) {
    if (Status s = OpenSegment(directory, name.get<std::string>(), expected, impl.get()); !s.ok()) {
      return s;
    }
  }
  impl->info.segments = static_cast<std::uint32_t>(impl->segments.size());
  impl->info.removed = 0;
  for (const auto& r : impl->removed) {
    impl->info.removed += static_cast<std::uint64_t>(std::count(r.begin(), r.end(), true));
  }
  return PostingIndex(std::move(impl));
}

const IndexInfo& PostingIndex::info() const { return impl_->info; }

Status PostingIndex::Verify() const {
  for (const detail::SegmentReader& segment : impl_->segments) {
    if (Status s = segment.Verify(); !s.ok()) return s;
  }
  return Status::Ok();
}

namespace {

// How a stored record's payload becomes a report: a posting's profile scored against the
// resume, or a resume's text analyzed and scored against the posting's profile.
using ReportOf = std::function<StatusOr<Report>(std::string_view payload, detail::CompareDepth)>;

// Scores stored records (on any thread); remembers the first one, by position, that does not
// read.
class RecordScorer {
 public:
  RecordScorer(const RankOptions& options, ReportOf report_of)
      : options_(options), report_of_(std::move(report_of)) {}

  static constexpr std::size_t kFailed = static_cast<std::size_t>(-1);

  // The record's result line; index kFailed for a record that does not read.
  RankedPosting operator()(const Stored& s) {
    auto stored = s.read ? StatusOr<detail::SegmentRecord>(*s.read) : s.segment->Record(s.record);
    PostingFields fields;
    if (stored.ok() && !detail::DecodeFields(stored->fields, &fields)) {
      stored = Status(StatusCode::kDataError, "record " + std::to_string(s.record) +
                                                  ": malformed fields; rebuild the index");
    }
    const detail::CompareDepth depth =
        options_.keep_reports ? detail::CompareDepth::kFull : detail::CompareDepth::kScore;
    auto report =
        stored.ok() ? report_of_(stored->profile, depth) : StatusOr<Report>(stored.status());
    if (!report.ok()) {
      std::lock_guard<std::mutex> lock(mutex_);
      if (s.position < error_position_) {  // the first bad record by position, whatever the threads
        error_position_ = s.position;
        error_ = report.status();
      }
      RankedPosting failed;
      failed.index = kFailed;  // never handed to a sink
      return failed;
    }
    RankedPosting r = detail::Summarize(std::move(*report), s.position, std::string(stored->id),
                                        std::string(stored->title), options_);
    r.fields = std::move(fields);
    return r;
  }
  const Status& error() const { return error_; }

 private:
  const RankOptions& options_;
  ReportOf report_of_;
  std::mutex mutex_;
  Status error_;
  std::size_t error_position_ = kFailed;
};

// A live record and the most it can score (its bound), from the term lists.
struct Bounded {
  float bound;
  std::uint32_t segment;
  std::uint64_t record;
  std::size_t position;
};

// Higher bound first, then earlier.
bool HigherBound(const Bounded& a, const Bounded& b) {
  return a.bound != b.bound ? a.bound > b.bound : a.position < b.position;
}

// The bound of every record `reach` reaches (an id and its factor: the resume's credit for a
// posting index's lists of bounds, the posting's bound for a resume index's lists of credits);
// one reached by no list scores 0. Those with a bound as a heap (std::make_heap with its front
// the highest, HigherBound), so that only the ones scored are ever ordered; `bounds` per
// segment, per record (0: reached by none).
StatusOr<std::vector<Bounded>> BoundRecords(
    const PostingIndex::Impl& index, const std::vector<std::pair<std::string, double>>& reach,
    std::vector<std::vector<float>>* bounds) {
  std::vector<Bounded> reached;
  std::size_t position = 0;
  for (std::size_t s = 0; s < index.segments.size(); ++s) {
    const detail::SegmentReader& segment = index.segments[s];
    std::vector<float>& bound = (*bounds)[s];
    bound.assign(segment.count(), 0.0f);
    for (const auto& [id, factor] : reach) {
      auto list = segment.Term(id);
      if (!list.ok()) return list.status();
      const auto f = static_cast<float>(factor);
      if (f == 0) continue;  // adds nothing (and infinity × 0 would be NaN)
      for (const detail::TermEntry& e : *list) {
        if (e.bound != 0) bound[e.record] += e.bound * f;
      }
    }
    for (std::uint64_t r = 0; r < segment.count(); ++r) {
      if (index.removed[s][r]) continue;
      if (bound[r] > 0) reached.push_back({bound[r], static_cast<std::uint32_t>(s), r, position});
      ++position;
    }
  }
  std::make_heap(reached.begin(), reached.end(),
                 [](const Bounded& a, const Bounded& b) { return HigherBound(b, a); });
  return reached;
}

// Whether a record at `position` that scores at most `most` can still enter `best`: beat its
// worst, or tie with it and come earlier.
bool CanEnter(const detail::TopK& best, double most, std::size_t position) {
  if (!best.full()) return true;
  const RankedPosting& worst = best.worst();
  return most > worst.score || (most == worst.score && position < worst.index);
}

// The most a record of bound `bound` can score: room for float sums and the score's rounding.
double Most(float bound) { return static_cast<double>(bound) * (1 + 1e-5) + 0.01; }

// The sparse pass (docs/index.md): the reached records, best bound first, scored while one can
// still enter the best options.top_k; then the others (they score 0), in order, while one can.
StatusOr<RankSummary> RankSparse(const PostingIndex::Impl& index,
                                 const std::vector<std::pair<std::string, double>>& reach,
                                 const ReportOf& report_of,
                                 const std::function<void(RankedPosting&&)>& sink,
                                 const RankOptions& options) {
  std::vector<std::vector<float>> bounds(index.segments.size());
  auto reached = BoundRecords(index, reach, &bounds);
  if (!reached.ok()) return reached.status();
  RecordScorer scorer(options, report_of);
  detail::TopK best(options.top_k);
  const std::size_t threads = detail::ThreadCount(options);
  const std::size_t chunk = options.chunk > 0 ? options.chunk : 16 * threads;
  auto score = [&](Stored& s, std::size_t) { return scorer(s); };
  auto keep = [&](RankedPosting&& r) {
    if (r.index != RecordScorer::kFailed) best.Push(std::move(r));
  };
  RankSummary summary;
  summary.scored = detail::MapInOrder<Stored, RankedPosting>(
      [&](Stored* s) {
        if (reached->empty()) return false;
        std::pop_heap(reached->begin(), reached->end(),
                      [](const Bounded& a, const Bounded& b) { return HigherBound(b, a); });
        const Bounded b = reached->back();
        reached->pop_back();
        if (!CanEnter(best, Most(b.bound), b.position)) return false;
        *s = {&index.segments[b.segment], b.segment, b.record, b.position, std::nullopt};
        return true;
      },
      score, keep, threads, chunk);
  LiveCursor cursor(index);
  summary.scored += detail::MapInOrder<Stored, RankedPosting>(
      [&](Stored* s) {
        while (cursor.Next(s)) {
          if (!CanEnter(best, 0, s->position)) return false;
          if (bounds[s->segment_index][s->record] == 0) return true;
        }
        return false;
      },
      score, keep, threads, chunk);
  summary.postings = index.info.postings;
  for (RankedPosting& r : best.Take()) {  // also with a record that did not read, as RankAll
    sink(std::move(r));
    ++summary.kept;
  }
  if (!scorer.error().ok()) return scorer.error();
  return summary;
}

// Every live record (passing `where`) scored: in order, or the best options.top_k.
StatusOr<RankSummary> RankAll(const PostingIndex::Impl& index, const ReportOf& report_of,
                              const std::function<void(RankedPosting&&)>& sink,
                              const RankOptions& options, const PostingFields& where) {
  RecordScorer scorer(options, report_of);
  LiveCursor cursor(index, where);
  const RankSummary summary =
      detail::RankPool<Stored>([&](Stored* stored) { return cursor.Next(stored); },
                               [&](Stored& s, std::size_t) { return scorer(s); },
                               [&](RankedPosting&& r) {
                                 if (r.index != RecordScorer::kFailed) sink(std::move(r));
                               },
                               options);
  if (!scorer.error().ok()) return scorer.error();
  return summary;
}

// kInvalidArgument for a `where` that names a field the index does not keep.
Status KeptFields(const PostingIndex::Impl& index, const PostingFields& where) {
  for (const auto& [name, value] : where) {
    if (std::binary_search(index.info.fields.begin(), index.info.fields.end(), name)) continue;
    std::string kept;
    for (const std::string& f : index.info.fields) kept += (kept.empty() ? "" : ", ") + f;
    return Status(StatusCode::kInvalidArgument,
                  index.directory + ": keeps no field '" + name + "' (it keeps: " +
                      (kept.empty() ? "none" : kept) + "; index build --field NAME keeps one)");
  }
  return Status::Ok();
}

// kDataError unless `engine` profiles as the one that built `index` (its fingerprint): another
// engine's credits and weights would break the sparse pass's bounds, and its scores differ.
Status SameEngine(const PostingIndex::Impl& index, const Engine& engine) {
  const std::string fingerprint = IndexFingerprint(engine);
  if (fingerprint == index.info.fingerprint) return Status::Ok();
  return Status(StatusCode::kDataError,
                index.directory + ": built by another lexicon, data, version or scoring options " +
                    "(fingerprint " + index.info.fingerprint + ", this engine " + fingerprint +
                    "); rank with the engine that built it, or rebuild the index");
}

// kInvalidArgument unless `index` stores `wanted`, saying which command ranks what it stores.
Status Holds(const PostingIndex::Impl& index, IndexContents wanted) {
  if (index.info.contents == wanted) return Status::Ok();
  return Status(StatusCode::kInvalidArgument,
                wanted == IndexContents::kPostings
                    ? index.directory +
                          ": an index of resumes; rank-resumes ranks them for a "
                          "posting (index build without --resumes indexes postings)"
                    : index.directory +
                          ": an index of postings; rank ranks them for a resume "
                          "(index build --resumes indexes resumes)");
}

}  // namespace

StatusOr<RankSummary> PostingIndex::Rank(const Engine& engine, const Document& resume,
                                         const std::function<void(RankedPosting&&)>& sink,
                                         const RankOptions& options,
                                         const PostingFields& where) const {
  if (Status s = Holds(*impl_, IndexContents::kPostings); !s.ok()) return s;
  if (Status s = SameEngine(*impl_, engine); !s.ok()) return s;
  if (Status s = KeptFields(*impl_, where); !s.ok()) return s;
  const Engine::Impl& e = detail::EngineAccess::Of(engine);
  const Document::Impl& analyzed = detail::EngineAccess::Of(resume);
  const ReportOf report_of = [&](std::string_view bytes, detail::CompareDepth depth) {
    auto profile = PostingProfile::Deserialize(bytes);
    if (!profile.ok()) return StatusOr<Report>(profile.status());
    return StatusOr<Report>(e.Score(analyzed, *profile, depth));
  };
  if (options.top_k > 0 && where.empty()) {
    return RankSparse(*impl_, detail::ResumeReach(analyzed, e.options.scoring), report_of, sink,
                      options);
  }
  return RankAll(*impl_, report_of, sink, options, where);
}

StatusOr<RankSummary> PostingIndex::RankResumes(const Engine& engine, const Document& posting,
                                                const std::function<void(RankedPosting&&)>& sink,
                                                const RankOptions& options,
                                                const PostingFields& where) const {
  if (Status s = Holds(*impl_, IndexContents::kResumes); !s.ok()) return s;
  if (Status s = SameEngine(*impl_, engine); !s.ok()) return s;
  if (Status s = KeptFields(*impl_, where); !s.ok()) return s;
  const Engine::Impl& e = detail::EngineAccess::Of(engine);
  const PostingProfile profile = e.Profile(detail::EngineAccess::Of(posting));
  const ReportOf report_of = [&](std::string_view text, detail::CompareDepth depth) {
    return StatusOr<Report>(
        e.Score(*e.Analyze(text, detail::DocumentType::kResume), profile, depth));
  };
  if (options.top_k > 0 && where.empty()) {
    return RankSparse(*impl_, detail::KeywordBounds(profile), report_of, sink, options);
  }
  return RankAll(*impl_, report_of, sink, options, where);
}

}  // namespace tailorcore
