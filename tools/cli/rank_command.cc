#include "rank_command.h"

#include <simdjson.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "tailorcore/batch.h"

namespace tailorcore::cli {
namespace {

constexpr std::size_t kReportedErrors = 20;

// Reads one posting per JSON line; malformed lines are reported and skipped.
class FeedReader {
 public:
  FeedReader(std::istream& in, std::string name) : in_(in), name_(std::move(name)) {}

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

  std::istream& in_;
  std::string name_;
  simdjson::ondemand::parser parser_;
  std::size_t line_number_ = 0;
  std::size_t malformed_ = 0;
  std::size_t bytes_ = 0;
  std::string read_error_;
};

nlohmann::ordered_json ResultJson(const RankedPosting& r, std::size_t rank) {
  nlohmann::ordered_json tiers = nlohmann::ordered_json::object();
  for (const Coverage& c : r.tiers) {
    tiers[c.name] = {{"total", c.total}, {"matched", c.matched}, {"coverage", c.coverage}};
  }
  nlohmann::ordered_json j = {{"rank", rank},
                              {"index", r.index},
                              {"id", r.id},
                              {"score", r.score},
                              {"literal_score", r.literal_score},
                              {"tiers", tiers},
                              {"top_missing", r.top_missing}};
  return j;
}

}  // namespace

int RunRank(const Engine& engine, const std::string& resume_text, const RankCommand& command) {
  std::ifstream file;
  std::uintmax_t total_bytes = 0;
  if (command.feed_path != "-") {
    std::error_code ec;
    if (std::filesystem::is_directory(command.feed_path, ec)) {
      std::fprintf(stderr, "tailorcore: %s: is a directory, not a file\n",
                   command.feed_path.c_str());
      return 1;
    }
    file.open(command.feed_path, std::ios::binary);
    if (!file) {
      std::fprintf(stderr, "tailorcore: %s: cannot open file\n", command.feed_path.c_str());
      return 1;
    }
    total_bytes = std::filesystem::file_size(command.feed_path, ec);
  }
  std::istream& in = command.feed_path == "-" ? std::cin : file;
  const std::string name = command.feed_path == "-" ? "standard input" : command.feed_path;
  FeedReader reader(in, name);
  const Document resume = engine.AnalyzeResume(resume_text);
  RankOptions options;
  options.top_k = command.top;
  options.threads = command.threads;

  const bool progress = isatty(fileno(stderr)) != 0;
  const auto start = std::chrono::steady_clock::now();
  auto last_progress = start;
  std::size_t read = 0;
  std::size_t printed = 0;
  if (!command.json) {
    std::printf("%-6s %-7s %-8s %s\n", "rank", "score", "literal", "id");
  }
  const RankSummary summary = RankStream(
      engine, resume,
      [&](PostingInput* p) {
        if (!reader.Next(p)) return false;
        ++read;
        if (progress) {
          const auto now = std::chrono::steady_clock::now();
          if (now - last_progress > std::chrono::milliseconds(250)) {
            last_progress = now;
            const double seconds = std::chrono::duration<double>(now - start).count();
            const double rate = read / std::max(seconds, 1e-9);
            std::string eta;
            if (total_bytes > 0 && reader.bytes() > 0) {
              const double left = (static_cast<double>(total_bytes) - reader.bytes()) /
                                  (reader.bytes() / std::max(seconds, 1e-9));
              eta = ", ETA " + std::to_string(static_cast<long>(left)) + " s";
            }
            std::fprintf(stderr, "\r%zu postings, %.0f/s%s   ", read, rate, eta.c_str());
          }
        }
        return true;
      },
      [&](RankedPosting&& r) {
        ++printed;
        if (command.json) {
          std::printf("%s\n",
                      ResultJson(r, printed)
                          .dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace)
                          .c_str());
        } else {
          std::printf("%-6zu %-7.2f %-8.2f %s\n", printed, r.score, r.literal_score, r.id.c_str());
        }
      },
      options);
  if (progress) std::fprintf(stderr, "\r\033[K");
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (!reader.read_error().empty() || reader.bad()) {
    std::fprintf(stderr, "tailorcore: %s: read error%s\n", name.c_str(),
                 reader.read_error().empty() ? "" : (" (" + reader.read_error() + ")").c_str());
    return 1;
  }
  std::fprintf(stderr,
               "tailorcore: %zu posting(s) ranked in %.2f s, %zu malformed line(s) skipped\n",
               summary.postings, seconds, reader.malformed());
  return 0;
}

}  // namespace tailorcore::cli
