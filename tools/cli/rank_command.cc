#include "rank_command.h"

#include <simdjson.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "base/text.h"
#include "report_text.h"
#include "tailorcore/batch.h"
#include "tailorcore/index.h"

namespace tailorcore::cli {
namespace {

constexpr std::size_t kReportedErrors = 20;

// Reads one posting per JSON line; malformed lines are reported and skipped.
class FeedReader {
 public:
  // `keep`: the names of other fields to keep (PostingInput::fields), strings or numbers.
  FeedReader(std::istream& in, std::string name, std::vector<std::string> keep = {})
      : in_(in), name_(std::move(name)), keep_(std::move(keep)) {}

  bool Next(PostingInput* out) {
    std::string line;
    for (;;) {
      try {
        if (!std::getline(in_, line)) return false;
      } catch (const std::ios_base::failure& e) {
        read_error_ = e.what();
        return false;
      }
      ++line_number_;
      bytes_ += line.size() + 1;
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      std::string error;
      if (Parse(line, out, &error)) return true;
      if (++malformed_ <= kReportedErrors) {
        std::fprintf(stderr, "tailorcore: %s:%zu: %s (line skipped)\n", name_.c_str(), line_number_,
                     error.c_str());
      }
    }
  }

  std::size_t malformed() const { return malformed_; }
  std::size_t bytes() const { return bytes_; }
  const std::string& read_error() const { return read_error_; }
  bool bad() const { return in_.bad(); }

 private:
  bool Parse(const std::string& line, PostingInput* out, std::string* error) {
    simdjson::padded_string padded(line);
    simdjson::ondemand::document doc;
    simdjson::ondemand::object object;
    if (parser_.iterate(padded).get(doc) != simdjson::SUCCESS ||
        doc.get_object().get(object) != simdjson::SUCCESS) {
      *error = "not a JSON object";
      return false;
    }
    *out = PostingInput{};
    bool has_text = false;
    for (auto field : object) {
      std::string_view key;
      if (field.unescaped_key().get(key) != simdjson::SUCCESS) {
        *error = "malformed JSON";
        return false;
      }
      auto value = field.value();
      std::string_view s;
      if (std::find(keep_.begin(), keep_.end(), key) != keep_.end()) {
        simdjson::ondemand::value kept;
        if (value.get(kept) != simdjson::SUCCESS) {
          *error = "malformed JSON";
          return false;
        }
        Keep(key, kept, out);
        continue;
      }
      if (key == "text" || key == "title" || key == "id") {
        if (value.get_string().get(s) == simdjson::SUCCESS) {
          (key == "text" ? out->text : key == "title" ? out->title : out->id).assign(s);
          has_text = has_text || key == "text";
        } else if (key == "id") {
          std::int64_t number = 0;
          if (value.get_int64().get(number) != simdjson::SUCCESS) {
            *error = "\"id\" is neither a string nor an integer";
            return false;
          }
          out->id = std::to_string(number);
        } else {
          *error = "\"" + std::string(key) + "\" is not a string";
          return false;
        }
      }
    }
    if (!has_text) {
      *error = "no \"text\" field";
      return false;
    }
    if (out->id.empty()) out->id = std::to_string(line_number_);
    return true;
  }

  // A kept field's value: a string, or a number, boolean or null as the JSON writes it.
  static void Keep(std::string_view key, simdjson::ondemand::value& value, PostingInput* out) {
    if (std::string_view s; value.get_string().get(s) == simdjson::SUCCESS) {
      out->fields.emplace_back(key, s);
      return;
    }
    std::string_view raw = value.raw_json_token();
    while (!raw.empty() && (raw.back() == ' ' || raw.back() == '\t')) raw.remove_suffix(1);
    out->fields.emplace_back(key, raw);
  }

  std::istream& in_;
  std::string name_;
  std::vector<std::string> keep_;
  simdjson::ondemand::parser parser_;
  std::size_t line_number_ = 0;
  std::size_t malformed_ = 0;
  std::size_t bytes_ = 0;
  std::string read_error_;
};

nlohmann::ordered_json ResultJson(const RankedPosting& r, std::size_t rank) {
  nlohmann::ordered_json tiers = nlohmann::ordered_json::object();
  for (const Coverage& c : r.tiers) {
    tiers[c.name] = {{"total", c.total},
                     {"matched", c.matched},
                     {"coverage", detail::Round(c.coverage, 0.0001)}};
  }
  nlohmann::ordered_json j = {{"rank", rank},
                              {"index", r.index},
                              {"id", r.id},
                              {"title", r.title},
                              {"score", r.score},
                              {"literal_score", r.literal_score},
                              {"tiers", tiers},
                              {"top_missing", r.top_missing},
                              {"top_missing_terms", r.top_missing_terms}};
  if (!r.fields.empty()) {
    nlohmann::ordered_json fields = nlohmann::ordered_json::object();
    for (const auto& [name, value] : r.fields) fields[name] = value;
    j["fields"] = fields;
  }
  return j;
}

class Printer {
 public:
  explicit Printer(bool json) : json_(json), width_(TerminalWidth()) {}
  void Print(const RankedPosting& r) {
    // The header with the first line: a ranking refused or empty prints nothing on stdout.
    if (!json_ && printed_ == 0) {
      std::printf("%-5s %-7s %-8s %-12s %s\n", "rank", "score", "literal", "id", "title");
    }
    ++printed_;
    if (json_) {
      std::printf("%s\n",
                  ResultJson(r, printed_)
                      .dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace)
                      .c_str());
      return;
    }
    char head[64];
    std::snprintf(head, sizeof head, "%-5zu %-7.2f %-8.2f ", printed_, r.score, r.literal_score);
    const std::size_t room = width_ > 36 ? width_ - 36 : 10;
    std::printf("%s%s %s\n", head, Pad(Cut(r.id, 12), 12).c_str(), Cut(r.title, room).c_str());
  }
  std::size_t printed() const { return printed_; }

 private:
  bool json_;
  std::size_t width_;
  std::size_t printed_ = 0;
};

// The lines of a ranking: printed as results come (the best `top`, or input order), or, with
// --top 0, held and printed by score at the end.
class Results {
 public:
  explicit Results(const RankCommand& command)
      : printer_(command.json), sort_all_(!command.input_order && command.top == 0) {}
  void Add(RankedPosting&& r) {
    if (sort_all_) {
      all_.push_back(std::move(r));
    } else {
      printer_.Print(r);
    }
  }
  void Finish() {
    std::stable_sort(all_.begin(), all_.end(), [](const RankedPosting& a, const RankedPosting& b) {
      return a.score > b.score;
    });
    for (const RankedPosting& r : all_) printer_.Print(r);
    all_.clear();
  }

 private:
  Printer printer_;
  bool sort_all_;
  std::vector<RankedPosting> all_;
};

// The options of a ranking from the command's: by score, the best `top` in a bounded heap (or,
// top 0, all of them, sorted by Results), or every posting in input order.
RankOptions OptionsOf(const RankCommand& command) {
  RankOptions options;
  options.threads = command.threads;
  options.top_k = command.input_order ? 0 : command.top;
  return options;
}

// A progress line on stderr when it is a terminal: postings, rate, and ETA for a file.
class Progress {
 public:
  Progress(bool enabled, std::uintmax_t total_bytes)
      : enabled_(enabled), total_bytes_(total_bytes), start_(Clock::now()), last_(start_) {}
  void Update(std::size_t read, std::size_t bytes) {
    if (!enabled_) return;
    const auto now = Clock::now();
    if (now - last_ < std::chrono::milliseconds(250)) return;
    last_ = now;
    const double seconds = std::max(Seconds(), 1e-9);
    std::string eta;
    if (total_bytes_ > 0 && bytes > 0) {
      const double left = (static_cast<double>(total_bytes_) - bytes) / (bytes / seconds);
      eta = ", ETA " + std::to_string(static_cast<long>(left)) + " s";
    }
    std::fprintf(stderr, "\r%zu postings, %.0f/s%s   ", read, read / seconds, eta.c_str());
  }
  void Clear() const {
    if (enabled_) std::fprintf(stderr, "\r\033[K");
  }
  double Seconds() const { return std::chrono::duration<double>(Clock::now() - start_).count(); }

 private:
  using Clock = std::chrono::steady_clock;
  bool enabled_;
  std::uintmax_t total_bytes_;
  Clock::time_point start_;
  Clock::time_point last_;
};

// Opens the feed; "" and a message on failure.
bool OpenFeed(const std::string& path, std::ifstream* file, std::uintmax_t* bytes) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    std::fprintf(stderr, "tailorcore: %s: is a directory, not a file\n", path.c_str());
    return false;
  }
  file->open(path, std::ios::binary);
  if (!*file) {
    std::fprintf(stderr, "tailorcore: %s: cannot open file\n", path.c_str());
    return false;
  }
  *bytes = std::filesystem::file_size(path, ec);
  return true;
}

// The exit code after the feed is read: 1 on a read error or when no posting was ranked.
int Finish(const FeedReader& reader, const std::string& name, const RankSummary& summary,
           double seconds) {
  if (!reader.read_error().empty() || reader.bad()) {
    std::fprintf(stderr, "tailorcore: %s: read error%s\n", name.c_str(),
                 reader.read_error().empty() ? "" : (" (" + reader.read_error() + ")").c_str());
    return 1;
  }
  if (summary.postings == 0) {
    std::fprintf(stderr,
                 "tailorcore: %s: no posting to rank (%zu malformed line(s); expected JSON Lines "
                 "with a \"text\" field on each line)\n",
                 name.c_str(), reader.malformed());
    return 1;
  }
  std::fprintf(stderr,
               "tailorcore: %zu posting(s) ranked in %.2f s, %zu malformed line(s) skipped\n",
               summary.postings, seconds, reader.malformed());
  return 0;
}

// Ranks an index: the same lines as ranking its feed (an index of postings, for a resume) or as
// comparing the posting with each resume (an index of resumes, command.resumes).
int RankIndex(const Engine& engine, const Document& document, const RankCommand& command) {
  const char* what = command.resumes ? "resume" : "posting";
  auto index = PostingIndex::Open(command.index_path, engine);
  if (!index.ok()) {
    std::fprintf(stderr, "tailorcore: %s\n", index.status().message().c_str());
    return 1;
  }
  Results results(command);
  const auto start = std::chrono::steady_clock::now();
  auto add = [&](RankedPosting&& r) { results.Add(std::move(r)); };
  auto summary = command.resumes
                     ? index->RankResumes(engine, document, add, OptionsOf(command), command.where)
                     : index->Rank(engine, document, add, OptionsOf(command), command.where);
  if (!summary.ok()) {
    results.Finish();
    std::fprintf(stderr, "tailorcore: %s\n", summary.status().message().c_str());
    return 1;
  }
  results.Finish();
  if (summary->postings == 0 && !command.where.empty()) {  // an answer: none match
    std::fprintf(stderr, "tailorcore: %s: no %s matches --where\n", command.index_path.c_str(),
                 what);
    return 0;
  }
  if (summary->postings == 0) {
    std::fprintf(stderr, "tailorcore: %s: the index holds no %s\n", command.index_path.c_str(),
                 what);
    return 1;
  }
  std::fprintf(stderr,
               "tailorcore: %zu %s(s) ranked in %.2f s from the index (%zu scored in full)\n",
               summary->postings, what,
               std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(),
               summary->scored);
  return 0;
}

}  // namespace

int RunRankResumes(const Engine& engine, const Extracted& posting_document,
                   const RankCommand& command) {
  return RankIndex(engine, engine.AnalyzePosting(posting_document), command);
}

int RunRank(const Engine& engine, const Extracted& resume_document, const RankCommand& command) {
  if (!command.index_path.empty()) {
    return RankIndex(engine, engine.AnalyzeResume(resume_document), command);
  }
  std::ifstream file;
  std::uintmax_t total_bytes = 0;
  if (command.feed_path != "-" && !OpenFeed(command.feed_path, &file, &total_bytes)) return 1;
  std::istream& in = command.feed_path == "-" ? std::cin : file;
  const std::string name = command.feed_path == "-" ? "standard input" : command.feed_path;
  FeedReader reader(in, name);
  const Document resume = engine.AnalyzeResume(resume_document);
  Progress progress(!command.quiet && isatty(fileno(stderr)) != 0, total_bytes);
  Results results(command);
  std::size_t read = 0;
  const RankSummary summary = RankStream(
      engine, resume,
      [&](PostingInput* p) {
        if (!reader.Next(p)) return false;
        progress.Update(++read, reader.bytes());
        return true;
      },
      [&](RankedPosting&& r) { results.Add(std::move(r)); }, OptionsOf(command));
  results.Finish();
  progress.Clear();
  return Finish(reader, name, summary, progress.Seconds());
}

int RunIndexWrite(const Engine& engine, const std::vector<std::string>& feeds,
                  const std::string& directory, std::size_t threads, bool quiet, bool add,
                  const std::vector<std::string>& keep_fields, bool resumes) {
  std::uintmax_t total_bytes = 0;
  std::vector<std::unique_ptr<std::ifstream>> files;
  for (const std::string& path : feeds) {
    files.push_back(std::make_unique<std::ifstream>());
    std::uintmax_t bytes = 0;
    if (path != "-" && !OpenFeed(path, files.back().get(), &bytes)) return 1;
    total_bytes += bytes;
  }
  std::vector<std::string> fields = keep_fields;  // index add keeps what the index keeps
  if (add) {
    if (auto index = PostingIndex::Open(directory, engine); index.ok()) {
      for (const std::string& f : index->info().fields) {
        if (std::find(fields.begin(), fields.end(), f) == fields.end()) fields.push_back(f);
      }
    }
  }
  Progress progress(!quiet && isatty(fileno(stderr)) != 0, total_bytes);
  std::size_t feed = 0;
  std::size_t read = 0;
  std::size_t malformed = 0;
  std::size_t bytes_before = 0;
  std::unique_ptr<FeedReader> reader;
  auto next = [&](PostingInput* p) {
    while (feed < feeds.size()) {
      if (!reader) {
        const bool stdin_feed = feeds[feed] == "-";
        reader = std::make_unique<FeedReader>(stdin_feed ? std::cin : *files[feed],
                                              stdin_feed ? "standard input" : feeds[feed], fields);
      }
      if (reader->Next(p)) {
        progress.Update(++read, bytes_before + reader->bytes());
        return true;
      }
      if (!reader->read_error().empty() || reader->bad()) return false;
      malformed += reader->malformed();
      bytes_before += reader->bytes();
      reader.reset();
      ++feed;
    }
    return false;
  };
  IndexInfo info;
  auto read_failed = [&] { return reader && (!reader->read_error().empty() || reader->bad()); };
  const Status status =
      add ? AddToIndex(engine, directory, next, threads, &info, read_failed)
          : BuildIndex(engine, directory, next, threads, &info, read_failed,
                       resumes ? IndexContents::kResumes : IndexContents::kPostings);
  progress.Clear();
  if (read_failed()) {
    std::fprintf(stderr, "tailorcore: %s: read error; the index was not changed\n",
                 feeds[feed].c_str());
    return 1;
  }
  if (!status.ok()) {
    const std::size_t skipped = malformed + (reader ? reader->malformed() : 0);
    const std::string note =
        skipped == 0 ? "" : " (" + std::to_string(skipped) + " malformed line(s) skipped)";
    std::fprintf(stderr, "tailorcore: %s%s\n", status.message().c_str(), note.c_str());
    return 1;
  }
  std::fprintf(stderr,
               "tailorcore: %s: %llu %s(s) in the index after %.2f s, %zu malformed line(s) "
               "skipped\n",
               directory.c_str(), static_cast<unsigned long long>(info.postings),
               info.contents == IndexContents::kResumes ? "resume" : "posting", progress.Seconds(),
               malformed);
  return 0;
}

int RunIndexRemove(const Engine& engine, const std::string& directory,
                   const std::vector<std::string>& ids) {
  auto removed = RemoveFromIndex(engine, directory, ids);
  if (!removed.ok()) {
    std::fprintf(stderr, "tailorcore: %s\n", removed.status().message().c_str());
    return 1;
  }
  std::fprintf(stderr, "tailorcore: %s: %llu posting(s) removed\n", directory.c_str(),
               static_cast<unsigned long long>(*removed));
  return 0;
}

int RunIndexCompact(const Engine& engine, const std::string& directory) {
  IndexInfo info;
  if (Status s = CompactIndex(engine, directory, &info); !s.ok()) {
    std::fprintf(stderr, "tailorcore: %s\n", s.message().c_str());
    return 1;
  }
  std::fprintf(stderr, "tailorcore: %s: %llu posting(s) in one segment, %llu bytes\n",
               directory.c_str(), static_cast<unsigned long long>(info.postings),
               static_cast<unsigned long long>(info.bytes));
  return 0;
}

int RunIndexInfo(const Engine& engine, const std::string& directory, bool json, bool verify) {
  auto index = PostingIndex::Open(directory, engine);
  if (!index.ok()) {
    std::fprintf(stderr, "tailorcore: %s\n", index.status().message().c_str());
    return 1;
  }
  if (Status s = verify ? index->Verify() : Status::Ok(); !s.ok()) {
    std::fprintf(stderr, "tailorcore: %s\n", s.message().c_str());
    return 1;
  }
  const IndexInfo& i = index->info();
  if (json) {
    nlohmann::ordered_json j = {
        {"postings", i.postings}, {"removed", i.removed},
        {"segments", i.segments}, {"bytes", i.bytes},
        {"format", i.format},     {"fingerprint", i.fingerprint},
        {"built_by", i.built_by}, {"contents", IndexContentsName(i.contents)},
        {"fields", i.fields}};
    if (verify) j["verified"] = true;
    std::printf("%s\n", j.dump(2).c_str());
    return 0;
  }
  std::printf(
      "%s: %llu %s(s) (%llu removed) in %u segment(s), %llu bytes\nformat %u, built by %s\n"
      "fingerprint %s (this engine's: the same)\n",
      directory.c_str(), static_cast<unsigned long long>(i.postings),
      i.contents == IndexContents::kResumes ? "resume" : "posting",
      static_cast<unsigned long long>(i.removed), i.segments,
      static_cast<unsigned long long>(i.bytes), i.format, i.built_by.c_str(),
      i.fingerprint.c_str());
  std::string kept;
  for (const std::string& f : i.fields) kept += (kept.empty() ? "" : ", ") + f;
  std::printf("fields kept: %s\n", kept.empty() ? "none" : kept.c_str());
  if (verify) std::printf("verified: every checksum holds\n");
  return 0;
}

}  // namespace tailorcore::cli
