// The C API (include/tailorcore.h): the only extern "C" file, and the one place exceptions are
// caught. Every entry point runs its body through Guard().
#include "tailorcore.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <limits>
#include <memory>
#include <new>
#include <string>
#include <vector>

#include "tailorcore/batch.h"
#include "tailorcore/engine.h"
#include "tailorcore/extract.h"
#include "tailorcore/index.h"

struct tc_error {
  int code;
  std::string message;
};

struct tc_engine_options {
  tailorcore::EngineOptions options;
};

struct tc_engine {
  tailorcore::Engine engine;
};

struct tc_resume {
  tailorcore::Document document;
};

struct tc_ranking {
  std::vector<tc_rank_result> results;
  std::vector<std::string> ids;  // from an index; empty for a ranking of text
};

struct tc_index {
  tailorcore::PostingIndex index;
};

struct tc_report {
  tailorcore::Report report;
  std::string json;
};

struct tc_document {
  tailorcore::Extracted extracted;
};

struct tc_tailored {
  tailorcore::Tailored tailored;
  std::string json;
};

namespace {

int Fail(tc_error** error, int code, std::string message) {
  if (error != nullptr) {
    *error = new (std::nothrow) tc_error{code, std::move(message)};
  }
  return code;
}

int FromStatus(const tailorcore::Status& status, tc_error** error) {
  switch (status.code()) {
    case tailorcore::StatusCode::kOk:
      return TC_OK;
    case tailorcore::StatusCode::kInvalidArgument:
      return Fail(error, TC_ERR_INVALID_ARGUMENT, status.message());
    case tailorcore::StatusCode::kDataError:
      return Fail(error, TC_ERR_DATA, status.message());
    case tailorcore::StatusCode::kIoError:
      return Fail(error, TC_ERR_IO, status.message());
    case tailorcore::StatusCode::kInternal:
      return Fail(error, TC_ERR_INTERNAL, status.message());
  }
  return Fail(error, TC_ERR_INTERNAL, status.message());
}

// Runs `body`, turning any exception into an error status.
template <typename Body>
int Guard(tc_error** error, Body&& body) {
  if (error != nullptr) *error = nullptr;
  try {
    return body();
  } catch (const std::bad_alloc&) {
    return Fail(error, TC_ERR_NO_MEMORY, "out of memory");
  } catch (const std::exception& e) {
    return Fail(error, TC_ERR_INTERNAL, std::string("internal error: ") + e.what());
  } catch (...) {
    return Fail(error, TC_ERR_INTERNAL, "internal error");
  }
}

int Null(tc_error** error, const char* what) {
  return Fail(error, TC_ERR_INVALID_ARGUMENT, std::string(what) + " is NULL");
}

// BuildIndex or AddToIndex from a tc_index_source.
int WriteIndex(const tc_engine* engine, const char* directory, tc_index_source source, void* user,
               size_t threads, bool add, tc_error** error) {
  return Guard(error, [&] {
    if (engine == nullptr) return Null(error, "engine");
    if (directory == nullptr) return Null(error, "directory");
    if (source == nullptr) return Null(error, "source");
    bool failed = false;
    auto next = [&](tailorcore::PostingInput* p) {
      tc_posting posting{};
      const int got = source(user, &posting);
      if (got < 0) failed = true;
      if (got <= 0) return false;
      auto bytes = [](const char* data, size_t length) {
        return data == nullptr ? std::string() : std::string(data, length);
      };
      p->text = bytes(posting.text, posting.text_length);
      p->id = bytes(posting.id, posting.id_length);
      p->title = bytes(posting.title, posting.title_length);
      p->fields.clear();
      return true;
    };
    auto read_failed = [&] { return failed; };
    const tailorcore::Status status =
        add ? tailorcore::AddToIndex(engine->engine, directory, next, threads, nullptr, read_failed)
            : tailorcore::BuildIndex(engine->engine, directory, next, threads, nullptr,
                                     read_failed);
    return FromStatus(status, error);
  });
}

}  // namespace

extern "C" {

const char* tc_version(void) { return TAILORCORE_VERSION_STRING; }
int tc_version_number(void) { return TAILORCORE_VERSION_NUMBER; }

int tc_error_code(const tc_error* error) {
  return error == nullptr ? TC_ERR_INVALID_ARGUMENT : error->code;
}
const char* tc_error_message(const tc_error* error) {
  return error == nullptr ? "" : error->message.c_str();
}
void tc_error_free(tc_error* error) { delete error; }

int tc_engine_options_new(tc_engine_options** out, tc_error** error) {
  return Guard(error, [&] {
    if (out == nullptr) return Null(error, "out");
    *out = new tc_engine_options();
    return static_cast<int>(TC_OK);
  });
}

void tc_engine_options_free(tc_engine_options* options) { delete options; }

int tc_engine_options_add_lexicon(tc_engine_options* options, const char* path, tc_error** error) {
  return Guard(error, [&] {
    if (options == nullptr) return Null(error, "options");
    if (path == nullptr) return Null(error, "path");
    options->options.lexicon_files.emplace_back(path);
    return static_cast<int>(TC_OK);
  });
}

int tc_engine_options_set_bundled_lexicon(tc_engine_options* options, int bundled,
                                          tc_error** error) {
  return Guard(error, [&] {
    if (options == nullptr) return Null(error, "options");
    options->options.bundled_lexicon = bundled != 0;
    return static_cast<int>(TC_OK);
  });
}

int tc_engine_options_set_as_of(tc_engine_options* options, const char* date, tc_error** error) {
  return Guard(error, [&] {
    if (options == nullptr) return Null(error, "options");
    options->options.as_of = date == nullptr ? "" : date;
    return static_cast<int>(TC_OK);
  });
}

int tc_engine_options_set_advice_language(tc_engine_options* options, const char* code,
                                          tc_error** error) {
  return Guard(error, [&] {
    if (options == nullptr) return Null(error, "options");
    options->options.advice_language = code == nullptr ? "" : code;
    return static_cast<int>(TC_OK);
  });
}

int tc_engine_options_set_weight(tc_engine_options* options, const char* name, double value,
                                 tc_error** error) {
  return Guard(error, [&] {
    if (options == nullptr) return Null(error, "options");
    if (name == nullptr) return Null(error, "name");
    const tailorcore::Status s =
        tailorcore::SetScoringWeight(&options->options.scoring, name, value);
    if (!s.ok()) return FromStatus(s, error);
    return static_cast<int>(TC_OK);
  });
}

int tc_engine_new(tc_engine** out, const tc_engine_options* options, tc_error** error) {
  return Guard(error, [&] {
    if (out == nullptr) return Null(error, "out");
    *out = nullptr;
    auto engine = tailorcore::Engine::Create(options == nullptr ? tailorcore::EngineOptions{}
                                                                : options->options);
    if (!engine.ok()) return FromStatus(engine.status(), error);
    *out = new tc_engine{std::move(engine).value()};
    return static_cast<int>(TC_OK);
  });
}

void tc_engine_free(tc_engine* engine) { delete engine; }

int tc_resume_new(tc_resume** out, const tc_engine* engine, const char* text, size_t length,
                  tc_error** error) {
  return Guard(error, [&] {
    if (out == nullptr) return Null(error, "out");
    *out = nullptr;
    if (engine == nullptr) return Null(error, "engine");
    if (text == nullptr && length > 0) return Null(error, "text");
    *out = new tc_resume{
        engine->engine.AnalyzeResume(std::string_view(text == nullptr ? "" : text, length))};
    return static_cast<int>(TC_OK);
  });
}

void tc_resume_free(tc_resume* resume) { delete resume; }

int tc_engine_compare(tc_report** out, const tc_engine* engine, const tc_resume* resume,
                      const char* posting, size_t length, tc_error** error) {
  return Guard(error, [&] {
    if (out == nullptr) return Null(error, "out");
    *out = nullptr;
    if (engine == nullptr) return Null(error, "engine");
    if (resume == nullptr) return Null(error, "resume");
    if (posting == nullptr && length > 0) return Null(error, "posting");
    auto report = engine->engine.Compare(
        resume->document, std::string_view(posting == nullptr ? "" : posting, length));
    std::string json = tailorcore::ReportToJson(report);
    *out = new tc_report{std::move(report), std::move(json)};
    return static_cast<int>(TC_OK);
  });
}

void tc_report_free(tc_report* report) { delete report; }

double tc_report_score(const tc_report* report) {
  return report == nullptr ? 0 : report->report.score;
}
double tc_report_literal_score(const tc_report* report) {
  return report == nullptr ? 0 : report->report.literal_score;
}

int tc_report_tier(const tc_report* report, tc_tier tier, tc_coverage* out, tc_error** error) {
  return Guard(error, [&] {
    if (report == nullptr) return Null(error, "report");
    if (out == nullptr) return Null(error, "out");
    // A C caller may pass any int as a tc_tier; in C++ loading an enum outside its range is
    // undefined, so read the argument's bytes as an int instead.
    int index = 0;
    static_assert(sizeof(index) == sizeof(tier));
    std::memcpy(&index, &tier, sizeof index);
    if (index < 0 || index >= static_cast<int>(report->report.tiers.size())) {
      return Fail(error, TC_ERR_INVALID_ARGUMENT, "unknown tier " + std::to_string(index));
    }
    const tailorcore::Coverage& c = report->report.tiers[static_cast<std::size_t>(index)];
    *out = tc_coverage{c.total, c.matched, c.total_weight, c.matched_weight, c.coverage};
    return static_cast<int>(TC_OK);
  });
}

size_t tc_report_keyword_count(const tc_report* report) {
  return report == nullptr ? 0 : report->report.keywords.size();
}

size_t tc_report_missing_count(const tc_report* report) {
  return report == nullptr ? 0 : report->report.missing.size();
}

const char* tc_report_json(const tc_report* report) {
  return report == nullptr ? "" : report->json.c_str();
}

int tc_document_read(tc_document** out, const char* data, size_t length, const char* format,
                     const char* encoding, tc_error** error) {
  return Guard(error, [&] {
    if (out == nullptr) return Null(error, "out");
    *out = nullptr;
    if (data == nullptr && length > 0) return Null(error, "data");
    tailorcore::DocumentFormat f = tailorcore::DocumentFormat::kAuto;
    if (format != nullptr && !tailorcore::ParseDocumentFormat(format, &f)) {
      return Fail(
          error, TC_ERR_INVALID_ARGUMENT,
          std::string("unknown format '") + format + "' (auto, text, markdown, html, docx, pdf)");
    }
    tailorcore::ExtractOptions options;
    if (encoding != nullptr) options.encoding = encoding;
    auto doc =
        tailorcore::ExtractText(std::string_view(data == nullptr ? "" : data, length), f, options);
    if (!doc.ok()) return FromStatus(doc.status(), error);
    *out = new tc_document{std::move(doc).value()};
    return static_cast<int>(TC_OK);
  });
}

void tc_document_free(tc_document* document) { delete document; }

const char* tc_document_text(const tc_document* document) {
  return document == nullptr ? "" : document->extracted.text.c_str();
}
size_t tc_document_text_length(const tc_document* document) {
  return document == nullptr ? 0 : document->extracted.text.size();
}
const char* tc_document_format(const tc_document* document) {
  return document == nullptr ? "" : tailorcore::DocumentFormatName(document->extracted.format);
}

int tc_engine_tailor(tc_tailored** out, const tc_engine* engine, const tc_resume* resume,
                     const char* posting, size_t length, size_t max_bullets, tc_error** error) {
  return Guard(error, [&] {
    if (out == nullptr) return Null(error, "out");
    *out = nullptr;
    if (engine == nullptr) return Null(error, "engine");
    if (resume == nullptr) return Null(error, "resume");
    if (posting == nullptr && length > 0) return Null(error, "posting");
    tailorcore::TailorOptions options;
    options.max_bullets = static_cast<std::uint32_t>(
        std::min<size_t>(max_bullets, std::numeric_limits<std::uint32_t>::max()));
    auto tailored = engine->engine.Tailor(
        resume->document,
        engine->engine.Profile(std::string_view(posting == nullptr ? "" : posting, length)),
        options);
    std::string json = tailorcore::TailoredToJson(tailored);
    *out = new tc_tailored{std::move(tailored), std::move(json)};
    return static_cast<int>(TC_OK);
  });
}

void tc_tailored_free(tc_tailored* tailored) { delete tailored; }

const char* tc_tailored_text(const tc_tailored* tailored) {
  return tailored == nullptr ? "" : tailored->tailored.text.c_str();
}
const char* tc_tailored_diff(const tc_tailored* tailored) {
  return tailored == nullptr ? "" : tailored->tailored.diff.c_str();
}
const char* tc_tailored_json(const tc_tailored* tailored) {
  return tailored == nullptr ? "" : tailored->json.c_str();
}
double tc_tailored_score_before(const tc_tailored* tailored) {
  return tailored == nullptr ? 0 : tailored->tailored.score_before;
}
double tc_tailored_score_after(const tc_tailored* tailored) {
  return tailored == nullptr ? 0 : tailored->tailored.score_after;
}
size_t tc_tailored_edit_count(const tc_tailored* tailored) {
  return tailored == nullptr ? 0 : tailored->tailored.edits.size();
}

int tc_engine_rank(tc_ranking** out, const tc_engine* engine, const tc_resume* resume,
                   const char* const* postings, const size_t* lengths, size_t count, size_t threads,
                   size_t top_k, tc_error** error) {
  return Guard(error, [&] {
    if (out == nullptr) return Null(error, "out");
    *out = nullptr;
    if (engine == nullptr) return Null(error, "engine");
    if (resume == nullptr) return Null(error, "resume");
    if (count > 0 && (postings == nullptr || lengths == nullptr)) return Null(error, "postings");
    for (size_t i = 0; i < count; ++i) {
      if (postings[i] == nullptr && lengths[i] > 0) return Null(error, "postings[i]");
    }
    tailorcore::RankOptions options;
    options.threads = threads;
    options.top_k = top_k;
    auto ranking = std::make_unique<tc_ranking>();
    size_t next = 0;
    tailorcore::RankStream(
        engine->engine, resume->document,
        [&](tailorcore::PostingInput* p) {
          if (next >= count) return false;
          p->text.assign(postings[next] == nullptr ? "" : postings[next], lengths[next]);
          ++next;
          return true;
        },
        [&](tailorcore::RankedPosting&& r) {
          ranking->results.push_back(tc_rank_result{r.index, r.score, r.literal_score});
        },
        options);
    *out = ranking.release();
    return static_cast<int>(TC_OK);
  });
}

size_t tc_ranking_count(const tc_ranking* ranking) {
  return ranking == nullptr ? 0 : ranking->results.size();
}

int tc_ranking_get(const tc_ranking* ranking, size_t i, tc_rank_result* out, tc_error** error) {
  return Guard(error, [&] {
    if (ranking == nullptr) return Null(error, "ranking");
    if (out == nullptr) return Null(error, "out");
    if (i >= ranking->results.size()) {
      return Fail(error, TC_ERR_INVALID_ARGUMENT,
                  "result " + std::to_string(i) + " out of range (" +
                      std::to_string(ranking->results.size()) + " results)");
    }
    *out = ranking->results[i];
    return static_cast<int>(TC_OK);
  });
}

void tc_ranking_free(tc_ranking* ranking) { delete ranking; }

int tc_engine_rank_stream(const tc_engine* engine, const tc_resume* resume,
                          tc_posting_source source, void* source_user, tc_result_sink sink,
                          void* sink_user, size_t threads, size_t top_k, tc_error** error) {
  return Guard(error, [&] {
    if (engine == nullptr) return Null(error, "engine");
    if (resume == nullptr) return Null(error, "resume");
    if (source == nullptr) return Null(error, "source");
    if (sink == nullptr) return Null(error, "sink");
    tailorcore::RankOptions options;
    options.threads = threads;
    options.top_k = top_k;
    tailorcore::RankStream(
        engine->engine, resume->document,
        [&](tailorcore::PostingInput* p) {
          const char* text = nullptr;
          size_t length = 0;
          if (source(source_user, &text, &length) == 0) return false;
          p->text.assign(text == nullptr ? "" : text, text == nullptr ? 0 : length);
          return true;
        },
        [&](tailorcore::RankedPosting&& r) {
          const tc_rank_result result{r.index, r.score, r.literal_score};
          sink(sink_user, &result);
        },
        options);
    return static_cast<int>(TC_OK);
  });
}

int tc_index_build(const tc_engine* engine, const char* directory, tc_index_source source,
                   void* user, size_t threads, tc_error** error) {
  return WriteIndex(engine, directory, source, user, threads, false, error);
}

int tc_index_add(const tc_engine* engine, const char* directory, tc_index_source source, void* user,
                 size_t threads, tc_error** error) {
  return WriteIndex(engine, directory, source, user, threads, true, error);
}

int tc_index_remove(const tc_engine* engine, const char* directory, const char* const* ids,
                    size_t count, size_t* removed, tc_error** error) {
  return Guard(error, [&] {
    if (removed != nullptr) *removed = 0;
    if (engine == nullptr) return Null(error, "engine");
    if (directory == nullptr) return Null(error, "directory");
    if (count > 0 && ids == nullptr) return Null(error, "ids");
    std::vector<std::string> wanted;
    for (size_t i = 0; i < count; ++i) {
      if (ids[i] == nullptr) return Null(error, "ids[i]");
      wanted.emplace_back(ids[i]);
    }
    auto done = tailorcore::RemoveFromIndex(engine->engine, directory, wanted);
    if (!done.ok()) return FromStatus(done.status(), error);
    if (removed != nullptr) *removed = static_cast<size_t>(*done);
    return static_cast<int>(TC_OK);
  });
}

int tc_index_compact(const tc_engine* engine, const char* directory, tc_error** error) {
  return Guard(error, [&] {
    if (engine == nullptr) return Null(error, "engine");
    if (directory == nullptr) return Null(error, "directory");
    return FromStatus(tailorcore::CompactIndex(engine->engine, directory), error);
  });
}

int tc_index_open(tc_index** out, const tc_engine* engine, const char* directory,
                  tc_error** error) {
  return Guard(error, [&] {
    if (out == nullptr) return Null(error, "out");
    *out = nullptr;
    if (engine == nullptr) return Null(error, "engine");
    if (directory == nullptr) return Null(error, "directory");
    auto opened = tailorcore::PostingIndex::Open(directory, engine->engine);
    if (!opened.ok()) return FromStatus(opened.status(), error);
    *out = new tc_index{std::move(opened).value()};
    return static_cast<int>(TC_OK);
  });
}

void tc_index_free(tc_index* index) { delete index; }

size_t tc_index_postings(const tc_index* index) {
  return index == nullptr ? 0 : static_cast<size_t>(index->index.info().postings);
}

int tc_index_verify(const tc_index* index, tc_error** error) {
  return Guard(error, [&] {
    if (index == nullptr) return Null(error, "index");
    return FromStatus(index->index.Verify(), error);
  });
}

int tc_index_rank(tc_ranking** out, const tc_index* index, const tc_engine* engine,
                  const tc_resume* resume, size_t threads, size_t top_k, tc_error** error) {
  return Guard(error, [&] {
    if (out == nullptr) return Null(error, "out");
    *out = nullptr;
    if (index == nullptr) return Null(error, "index");
    if (engine == nullptr) return Null(error, "engine");
    if (resume == nullptr) return Null(error, "resume");
    tailorcore::RankOptions options;
    options.threads = threads;
    options.top_k = top_k;
    auto ranking = std::make_unique<tc_ranking>();
    auto summary = index->index.Rank(
        engine->engine, resume->document,
        [&](tailorcore::RankedPosting&& r) {
          ranking->results.push_back(tc_rank_result{r.index, r.score, r.literal_score});
          ranking->ids.push_back(std::move(r.id));
        },
        options);
    if (!summary.ok()) return FromStatus(summary.status(), error);
    *out = ranking.release();
    return static_cast<int>(TC_OK);
  });
}

const char* tc_ranking_id(const tc_ranking* ranking, size_t i) {
  if (ranking == nullptr || i >= ranking->ids.size()) return "";
  return ranking->ids[i].c_str();
}

}  // extern "C"
