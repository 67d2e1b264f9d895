// tailorcore/index.h: a posting index. Each posting is analyzed once (its PostingProfile) and
// stored on disk; ranking a resume against the index scores the stored profiles, with the same
// results as ranking the postings' text (tailorcore/batch.h), to the last digit.
//
//   auto built = tailorcore::BuildIndex(*engine, "jobs.idx", next_posting);   // once
//   auto index = tailorcore::PostingIndex::Open("jobs.idx", *engine);          // any time later
//   index->Rank(*engine, engine->AnalyzeResume(resume), print, options);
//
// An index is a directory: `manifest.json` (format, fingerprint, segments, counts) and one
// segment file per build (docs/index.md gives every byte). It is written crash-safe: files are
// written under temporary names, flushed and renamed into place, the manifest last, so a reader
// (or a process killed at any moment) sees the old index or the new one, never a torn one.
//
// Thread-safety: a PostingIndex is immutable once opened; Rank may be called from any thread.
#ifndef TAILORCORE_INDEX_H_
#define TAILORCORE_INDEX_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "tailorcore/batch.h"
#include "tailorcore/engine.h"
#include "tailorcore/status.h"

namespace tailorcore {

// What an index stores: postings (ranked for a resume) or resumes (ranked for a posting).
enum class IndexContents { kPostings, kResumes };

// "postings" or "resumes": the name an index's manifest, `tailorcore index info` and Python's
// `Index.info()` give its contents. Never null; a static string. Thread-safe, O(1).
const char* IndexContentsName(IndexContents contents);

// What an index holds and what built it.
struct IndexInfo {
  std::uint64_t postings = 0;  // live postings, in all segments
  std::uint64_t removed = 0;   // postings removed (index remove) and not yet compacted away
  std::uint32_t segments = 0;
  std::uint64_t bytes = 0;   // the segment files' total size
  std::string fingerprint;   // IndexFingerprint of the engine that built it
  std::string built_by;      // "tailorcore 0.1.0"
  std::uint32_t format = 0;  // the format version (kIndexFormat when it was written by this one)
  IndexContents contents = IndexContents::kPostings;
  // The feed fields kept with the postings (index build --field), sorted: what `where` can name
  // and what `index add` keeps again.
  std::vector<std::string> fields;
};

// The format version this library writes and reads.
inline constexpr std::uint32_t kIndexFormat = 2;

// A fingerprint of everything that decides a posting's profile under `engine`: the library's
// version, its bundled data files, the lexicon (bundled and user skills, every form and
// relation), the profile format, and the scoring options. Two engines with the same fingerprint
// profile every posting alike. 16 hex digits. Cost: a pass over the lexicon and the data (a few
// milliseconds) the first time for an engine, a copy after. Thread-safe.
std::string IndexFingerprint(const Engine& engine);

// Writes a new index at `directory` (created if absent; an index already there is replaced, as
// one step, when the new one is complete) from the postings `next` yields (it fills its
// argument and returns true, or returns false at the end; called from the calling thread only).
// Each posting is analyzed as RankStream analyzes it (its title as the first line), with
// `threads` threads (0: all cores). `failed` (optional), asked once `next` has returned false:
// true when the postings could not all be read (a read error), and then nothing is written.
// Errors: kIoError naming the path when a file cannot be written, when another build holds the
// directory's lock, or when `failed`; kInvalidArgument when `directory` is a file, a directory
// that holds other files and no index (nothing is written there), or when `next` yields no
// posting (nothing is written); kDataError when `directory` holds a manifest
// that is not an index's (remove it or choose another directory). `info` (optional) receives
// what was written. Cost: one analysis per posting; memory: one chunk of postings, and 24 bytes
// a posting plus 8 a keyword it asks for until the segment is finished (the records go to its
// file as they are done). Thread-safe; two builds of one directory exclude each other (the
// second fails at once, before analyzing anything).
// With `contents` kResumes the index stores resumes instead, ranked for a posting by
// PostingIndex::RankResumes: `next` yields resumes (id; title: a name or headline, not part of
// the text; text; fields), each analyzed as Engine::AnalyzeResume(text) analyzes it, and the
// record keeps its text (analyzed again when it is scored) and the keywords it can satisfy.
Status BuildIndex(const Engine& engine, const std::string& directory,
                  const std::function<bool(PostingInput*)>& next, std::size_t threads = 0,
                  IndexInfo* info = nullptr, const std::function<bool()>& failed = {},
                  IndexContents contents = IndexContents::kPostings);

// Adds the postings of `next` to the index at `directory` as a new segment, after the ones it
// holds (ranking gives them the next positions, as if appended to the feed). `engine` must have
// the index's fingerprint. `failed` and the errors as BuildIndex's, plus Open's for the existing
// index; nothing is changed on an error. `info` (optional) receives the index's new state. Cost:
// one analysis per new posting; the old segments are not rewritten. Thread-safe; exclusive with
// other writers of the directory.
Status AddToIndex(const Engine& engine, const std::string& directory,
                  const std::function<bool(PostingInput*)>& next, std::size_t threads = 0,
                  IndexInfo* info = nullptr, const std::function<bool()>& failed = {});

// Removes every live posting whose id is one of `ids` from the index at `directory` (recorded
// in the manifest; the segments keep their bytes until CompactIndex). Returns how many were
// removed (0: nothing changed). Errors as Open's, and kIoError when the manifest cannot be
// written. Cost: a pass over the records' ids. Thread-safe; exclusive with other writers.
StatusOr<std::uint64_t> RemoveFromIndex(const Engine& engine, const std::string& directory,
                                        const std::vector<std::string>& ids);

// Rewrites the index at `directory` as one segment holding its live postings in order (removed
// ones dropped), without analyzing anything again; ranking gives the same results before and
// after. Errors as Open's and BuildIndex's. Cost: a copy of the live records. Thread-safe;
// exclusive with other writers.
Status CompactIndex(const Engine& engine, const std::string& directory, IndexInfo* info = nullptr);

class PostingIndex {
 public:
  // Opens the index at `directory` for ranking with `engine`: the manifest is read and each
  // segment memory-mapped; its header and offset table are checked, not its records (each is
  // checked when it is read). Errors (each says what to do): kIoError when the directory or a
  // file cannot be read; kDataError for a file that is no index, another format version, a
  // checksum that does not match (a corrupt file), or an index built with a different engine
  // (another lexicon, data, version or scoring options: its fingerprint differs; rebuild it).
  // Cost: O(segments + term keys) and a bit per posting (the removed ones), without reading
  // the offset tables, records or lists; IndexFingerprint(engine) the first time.
  static StatusOr<PostingIndex> Open(const std::string& directory, const Engine& engine);

  // What the index holds and what built it (from its manifest and segments). Never fails.
  const IndexInfo& info() const;

  // Reads every record and every term list of every segment and checks its checksum (Open
  // checks the headers, offset tables and term keys; ranking checks what it reads). Ok, or
  // kDataError naming the file and the first record or list that does not hold (rebuild).
  // Cost: a pass over the whole index. Thread-safe.
  Status Verify() const;

  // Ranks every posting of the index for `resume` exactly as RankStream ranks the same postings
  // read from their text (same scores, order, top missing keywords; index = the posting's
  // position in the index, ids and titles as stored). `engine` must have the index's
  // fingerprint (as the one it was opened with; kDataError otherwise, nothing ranked).
  // kInvalidArgument for an index of resumes (RankResumes). Errors: kDataError naming the first
  // record (by position) whose checksum or fields do not hold; the other postings are still ranked
  // and handed to `sink`, so the caller decides whether to use them; kDataError alone (nothing
  // handed to `sink`) when a term list the resume reaches does not hold.
  // Cost: with options.top_k and no `where`, a sparse pass (docs/index.md): the term lists of
  // the keywords the resume can satisfy give each posting a bound on its score, and only the
  // postings whose bound can still reach the k-th best are read and scored, best bound first,
  // on the threads RankOptions says; memory: 4 bytes a posting for the bounds. Otherwise one
  // scoring pass per posting (its profile read from the map), no analysis. Records are
  // checksummed as they are read (Verify checks them all).
  // Thread-safe. The files must not be truncated or rewritten in place while an index is open
  // (the map would fault); `index build` never does that, it renames new files into place.
  // `where` (optional) keeps only the postings whose kept fields (index build --field) match:
  // for each name it names, the posting's value is one of the values it gives that name
  // ({"city","Berlin"}, {"city","Remote"}, {"level","senior"}: Berlin or Remote, and senior);
  // this reads each record's fields on the calling thread. Results carry their kept fields;
  // `index` stays the posting's position among the index's live postings, filtered or not.
  StatusOr<RankSummary> Rank(const Engine& engine, const Document& resume,
                             const std::function<void(RankedPosting&&)>& sink,
                             const RankOptions& options = {},
                             const PostingFields& where = {}) const;

  // Ranks every resume of an index built with IndexContents::kResumes for `posting` exactly as
  // comparing the posting with each resume's text ranks them (Engine::Compare: the same scores
  // and order; ties: earlier first; index = the resume's position in the index; id, title and
  // fields as stored). kInvalidArgument for an index of postings (and Rank refuses an index of
  // resumes). Errors as Rank's. Cost: with options.top_k and no `where`, the sparse pass: the
  // posting's keyword bounds meet the term lists of the resumes' reach, and only the resumes
  // that can reach the best k are analyzed again and scored (one resume analysis each, about a
  // millisecond); otherwise every resume is. Thread-safe.
  StatusOr<RankSummary> RankResumes(const Engine& engine, const Document& posting,
                                    const std::function<void(RankedPosting&&)>& sink,
                                    const RankOptions& options = {},
                                    const PostingFields& where = {}) const;

  struct Impl;

 private:
  friend Status AddToIndex(const Engine&, const std::string&,
                           const std::function<bool(PostingInput*)>&, std::size_t, IndexInfo*,
                           const std::function<bool()>&);
  friend StatusOr<std::uint64_t> RemoveFromIndex(const Engine&, const std::string&,
                                                 const std::vector<std::string>&);
  friend Status CompactIndex(const Engine&, const std::string&, IndexInfo*);
  explicit PostingIndex(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}

  std::shared_ptr<const Impl> impl_;
};

}  // namespace tailorcore

#endif  // TAILORCORE_INDEX_H_
