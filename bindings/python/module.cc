// tailorcore._core: the pybind11 module over the C++ API (not the C API). The public Python
// package is bindings/python/tailorcore/__init__.py, which re-exports these names.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <exception>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "tailorcore/batch.h"
#include "tailorcore/engine.h"
#include "tailorcore/extract.h"
#include "tailorcore/index.h"
#ifdef TAILORCORE_WITH_PDF
#include "tailorcore/pdf.h"
#endif

namespace py = pybind11;

namespace {

// Raised for every tailorcore failure; registered as tailorcore.Error (a ValueError).
class TailorcoreError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// A Python str as UTF-8. Anything else (bytes, None, numbers) is a TypeError: a resume is text.
// Lone surrogates, which UTF-8 cannot hold, become U+FFFD rather than an exception.
std::string Utf8(const py::handle& value, const char* what) {
  if (!py::isinstance<py::str>(value)) {
    throw py::type_error(std::string(what) + " must be str, not " +
                         py::str(py::type::of(value).attr("__name__")).cast<std::string>());
  }
  PyObject* bytes = PyUnicode_AsEncodedString(value.ptr(), "utf-8", "replace");
  if (bytes == nullptr) throw py::error_already_set();
  std::string out(PyBytes_AS_STRING(bytes), static_cast<std::size_t>(PyBytes_GET_SIZE(bytes)));
  Py_DECREF(bytes);
  return out;
}

// Byte offsets of a UTF-8 text → indexes of the Python str it came from (code points).
class StrOffsets {
 public:
  explicit StrOffsets(const std::string& utf8) : index_(utf8.size() + 1, 0) {
    std::size_t cp = 0;
    for (std::size_t i = 0; i < utf8.size(); ++i) {
      index_[i] = cp;
      if ((static_cast<unsigned char>(utf8[i]) & 0xC0) != 0x80) index_[i] = cp++;
    }
    index_[utf8.size()] = cp;
  }
  std::size_t operator()(std::size_t byte) const {
    return index_[std::min(byte, index_.size() - 1)];
  }

 private:
  std::vector<std::size_t> index_;
};

// The tiers of a result as a dict: {"required": {"total", "matched", "coverage"}, ...}.
py::dict TiersOf(const tailorcore::RankedPosting& r) {
  py::dict tiers;
  for (const tailorcore::Coverage& c : r.tiers) {
    py::dict d;
    d["total"] = c.total;
    d["matched"] = c.matched;
    d["coverage"] = c.coverage;
    tiers[py::str(c.name)] = d;
  }
  return tiers;
}

struct PyResume {
  tailorcore::Document document;
};

struct PyReport {
  tailorcore::Report report;
  std::string json;
};

struct PyEngine {
  std::shared_ptr<tailorcore::Engine> engine;

  PyEngine(const py::object& lexicon, const py::object& extra_lexicons, const py::object& weights,
           const std::string& as_of, const std::string& advice_language) {
    tailorcore::EngineOptions options;
    options.as_of = as_of;
    options.advice_language = advice_language;
    auto path_of = [](const py::handle& path, const char* what) {
      // str or os.PathLike; bytes and anything else are a TypeError, not a file name.
      py::object fspath = py::module_::import("os").attr("fspath");
      if (!py::isinstance<py::str>(path) && !py::hasattr(path, "__fspath__")) {
        throw py::type_error(std::string(what) + " must be a str or os.PathLike, not " +
                             py::str(py::type::of(path).attr("__name__")).cast<std::string>());
      }
      py::object converted = fspath(path);
      if (!py::isinstance<py::str>(converted))
        throw py::type_error(std::string(what) + " must be a str path");
      return converted.cast<std::string>();
    };
    if (!lexicon.is_none()) {
      options.bundled_lexicon = false;
      options.lexicon_files.push_back(path_of(lexicon, "lexicon"));
    }
    if (py::isinstance<py::str>(extra_lexicons) || py::isinstance<py::bytes>(extra_lexicons)) {
      throw py::type_error("extra_lexicons must be a list of paths, not a single string");
    }
    for (const py::handle& path : extra_lexicons) {
      options.lexicon_files.push_back(path_of(path, "extra_lexicons item"));
    }
    if (!weights.is_none()) {
      if (!py::isinstance<py::dict>(weights)) throw py::type_error("weights must be a dict");
      for (const auto& item : weights.cast<py::dict>()) {
        const std::string name = py::str(item.first).cast<std::string>();
        if (name == "candidate_keywords") {  // the one switch among the weights
          if (!py::isinstance<py::bool_>(item.second)) {
            throw py::type_error("'candidate_keywords' must be True or False");
          }
          options.scoring.candidate_keywords = item.second.cast<bool>();
          continue;
        }
        const bool number =
            (py::isinstance<py::float_>(item.second) || py::isinstance<py::int_>(item.second)) &&
            !py::isinstance<py::bool_>(item.second);
        if (!number) throw py::type_error("weight '" + name + "' must be a number");
        // float() of a huge int raises OverflowError, which is right for a weight.
        const double value =
            py::float_(py::reinterpret_borrow<py::object>(item.second)).cast<double>();
        const tailorcore::Status set = tailorcore::SetScoringWeight(&options.scoring, name, value);
        if (!set.ok()) throw TailorcoreError(set.message());
      }
    }
    tailorcore::StatusOr<tailorcore::Engine> created = [&] {
      py::gil_scoped_release release;
      return tailorcore::Engine::Create(options);
    }();
    if (!created.ok()) throw TailorcoreError(created.status().message());
    engine = std::make_shared<tailorcore::Engine>(std::move(created).value());
  }

  PyResume AnalyzeResume(const py::handle& text) const {
    const std::string utf8 = Utf8(text, "resume");
    py::gil_scoped_release release;
    return PyResume{engine->AnalyzeResume(utf8)};
  }

  // A resume document's bytes (PDF, DOCX, HTML, Markdown, text: told by content), analyzed with
  // the headings its format marks (Engine::AnalyzeResume(const Extracted&)).
  PyResume AnalyzeResumeDocument(const py::bytes& data) const {
    const std::string bytes = data;
    tailorcore::StatusOr<tailorcore::Extracted> doc = [&] {
      py::gil_scoped_release release;
      return tailorcore::ExtractText(bytes);
    }();
    if (!doc.ok()) throw TailorcoreError(doc.status().message());
    py::gil_scoped_release release;
    return PyResume{engine->AnalyzeResume(*doc)};
  }

  PyReport Compare(const py::handle& resume, const py::handle& posting) const {
    const std::string posting_utf8 = Utf8(posting, "posting");
    if (py::isinstance<PyResume>(resume)) {
      const PyResume& analyzed = resume.cast<const PyResume&>();
      py::gil_scoped_release release;
      tailorcore::Report report = engine->Compare(analyzed.document, posting_utf8);
      std::string json = tailorcore::ReportToJson(report);
      return PyReport{std::move(report), std::move(json)};
    }
    const std::string resume_utf8 = Utf8(resume, "resume");
    py::gil_scoped_release release;
    tailorcore::Report report = engine->Compare(resume_utf8, posting_utf8);
    std::string json = tailorcore::ReportToJson(report);
    return PyReport{std::move(report), std::move(json)};
  }

  // The resume tailored to the posting, as its JSON (tailorcore.tailor/1). The GIL is released
  // while C++ works.
  std::string Tailor(const py::handle& resume, const py::handle& posting,
                     std::uint32_t max_bullets) const {
    const std::string posting_utf8 = Utf8(posting, "posting");
    tailorcore::TailorOptions options;
    options.max_bullets = max_bullets;
    if (py::isinstance<PyResume>(resume)) {
      const PyResume& analyzed = resume.cast<const PyResume&>();
      py::gil_scoped_release release;
      return tailorcore::TailoredToJson(
          engine->Tailor(analyzed.document, engine->Profile(posting_utf8), options));
    }
    const std::string resume_utf8 = Utf8(resume, "resume");
    py::gil_scoped_release release;
    return tailorcore::TailoredToJson(engine->Tailor(resume_utf8, posting_utf8, options));
  }

  // Ranks one chunk: `texts` (str) against the resume; returns (index in chunk, score,
  // literal_score, tiers dict, top missing ids, report JSON or None) tuples, in input order or,
  // with top_k, the chunk's best top_k. The GIL is released while C++ works.
  py::list RankChunk(const py::handle& resume, const py::list& texts, std::size_t threads,
                     std::size_t top_k, bool keep_reports) const {
    std::vector<tailorcore::PostingInput> inputs;
    inputs.reserve(texts.size());
    for (const py::handle& t : texts) inputs.push_back({"", "", Utf8(t, "posting text")});
    std::optional<tailorcore::Document> analyzed;
    if (py::isinstance<PyResume>(resume)) {
      analyzed = resume.cast<const PyResume&>().document;
    } else {
      const std::string resume_utf8 = Utf8(resume, "resume");
      py::gil_scoped_release release;
      analyzed = engine->AnalyzeResume(resume_utf8);
    }
    tailorcore::RankOptions options;
    options.threads = threads;
    options.top_k = top_k;
    options.keep_reports = keep_reports;
    std::vector<tailorcore::RankedPosting> ranked;
    {
      py::gil_scoped_release release;
      ranked = tailorcore::Rank(*engine, *analyzed, inputs, options);
    }
    py::list out;
    for (const tailorcore::RankedPosting& r : ranked) {
      py::object report = py::none();
      if (r.report) report = py::str(tailorcore::ReportToJson(*r.report));
      out.append(
          py::make_tuple(r.index, r.score, r.literal_score, TiersOf(r), r.top_missing, report));
    }
    return out;
  }

  py::list Extract(const py::handle& text) const {
    const std::string utf8 = Utf8(text, "text");
    tailorcore::MatchResult result;
    {
      py::gil_scoped_release release;
      result = engine->lexicon().Extract(utf8);
    }
    const StrOffsets offsets(utf8);
    py::list out;
    for (const tailorcore::SkillMatch& m : result.matches) {
      py::dict d;
      d["id"] = m.skill->id;
      d["name"] = m.skill->name;
      d["category"] = m.skill->category;
      d["start"] = offsets(m.begin);
      d["end"] = offsets(m.end);
      d["text"] = utf8.substr(m.begin, m.end - m.begin);
      d["form"] = m.form;
      d["kind"] = tailorcore::MatchKindName(m.kind);
      d["nested"] = m.nested;
      out.append(d);
    }
    return out;
  }
};

// Reads postings from a Python iterable for BuildIndex/AddToIndex, which call `Next` from the
// thread that called them while the GIL is released: each call takes the GIL for one item.
// An item is a str (the text) or a dict with "text" (str), optional "id" and "title" (str or
// int) and the `fields` named (kept as str; numbers and booleans as JSON writes them). A bad
// item stops the reading; Rethrow raises it once the C++ call has returned.
class PostingReader {
 public:
  PostingReader(const py::iterable& postings, std::vector<std::string> fields)
      : iterator_(py::iter(postings)), fields_(std::move(fields)) {}

  bool Next(tailorcore::PostingInput* p) {
    py::gil_scoped_acquire gil;
    if (error_) return false;
    try {
      py::object item;
      {
        py::handle next = PyIter_Next(iterator_.ptr());
        if (next.ptr() == nullptr) {
          if (PyErr_Occurred() != nullptr) throw py::error_already_set();
          return false;
        }
        item = py::reinterpret_steal<py::object>(next);
      }
      *p = {};
      if (py::isinstance<py::str>(item)) {
        p->text = Utf8(item, "posting");
      } else if (py::isinstance<py::dict>(item)) {
        const py::dict d = item.cast<py::dict>();
        if (!d.contains("text") || !py::isinstance<py::str>(d["text"])) {
          throw py::type_error("posting " + std::to_string(count_) + ": \"text\" must be str");
        }
        p->text = Utf8(d["text"], "posting text");
        if (d.contains("id") && !d["id"].is_none()) p->id = Field(d["id"], "id");
        if (d.contains("title") && !d["title"].is_none()) p->title = Field(d["title"], "title");
        for (const std::string& name : fields_) {
          if (d.contains(name.c_str())) p->fields.emplace_back(name, Field(d[name.c_str()], name));
        }
      } else {
        throw py::type_error("posting " + std::to_string(count_) + " must be str or dict, not " +
                             py::str(py::type::of(item).attr("__name__")).cast<std::string>());
      }
      ++count_;
      return true;
    } catch (...) {
      error_ = std::current_exception();
      return false;
    }
  }
  bool failed() const { return error_ != nullptr; }
  void Rethrow() const {
    if (error_) std::rethrow_exception(error_);
  }

 private:
  std::string Field(const py::handle& value, const std::string& name) const {
    if (py::isinstance<py::str>(value)) return Utf8(value, name.c_str());
    if (py::isinstance<py::bool_>(value)) return value.cast<bool>() ? "true" : "false";
    if (py::isinstance<py::int_>(value) || py::isinstance<py::float_>(value)) {
      return py::str(value).cast<std::string>();
    }
    throw py::type_error("posting " + std::to_string(count_) + ": \"" + name +
                         "\" must be str or a number");
  }
  py::iterator iterator_;
  std::vector<std::string> fields_;
  std::size_t count_ = 0;
  std::exception_ptr error_;
};

py::dict InfoDict(const tailorcore::IndexInfo& i) {
  py::dict d;
  d["postings"] = i.postings;
  d["removed"] = i.removed;
  d["segments"] = i.segments;
  d["bytes"] = i.bytes;
  d["format"] = i.format;
  d["fingerprint"] = i.fingerprint;
  d["built_by"] = i.built_by;
  d["contents"] = tailorcore::IndexContentsName(i.contents);
  d["fields"] = i.fields;
  return d;
}

// A posting index opened for one engine (tailorcore/index.h).
struct PyIndex {
  std::shared_ptr<const tailorcore::PostingIndex> index;
  std::shared_ptr<tailorcore::Engine> engine;  // the engine it was opened with (kept alive)
  std::string path;

  static PyIndex Open(const PyEngine& engine, const std::string& path) {
    tailorcore::StatusOr<tailorcore::PostingIndex> opened = [&] {
      py::gil_scoped_release release;
      return tailorcore::PostingIndex::Open(path, *engine.engine);
    }();
    if (!opened.ok()) throw TailorcoreError(opened.status().message());
    return PyIndex{std::make_shared<const tailorcore::PostingIndex>(std::move(opened).value()),
                   engine.engine, path};
  }

  // Builds (add = false) or adds to (add = true) the index at `path`; returns its info.
  static py::dict Write(const PyEngine& engine, const std::string& path,
                        const py::iterable& postings, std::size_t threads,
                        const std::vector<std::string>& fields, bool add) {
    PostingReader reader(postings, fields);
    tailorcore::IndexInfo info;
    tailorcore::Status status;
    {
      py::gil_scoped_release release;
      auto next = [&](tailorcore::PostingInput* p) { return reader.Next(p); };
      auto failed = [&] { return reader.failed(); };
      status = add ? tailorcore::AddToIndex(*engine.engine, path, next, threads, &info, failed)
                   : tailorcore::BuildIndex(*engine.engine, path, next, threads, &info, failed);
    }
    reader.Rethrow();
    if (!status.ok()) throw TailorcoreError(status.message());
    return InfoDict(info);
  }

  // (index, id, title, score, literal_score, tiers, missing, report JSON or None, fields) per
  // result, best first with top_k, else in index order.
  // `engine` ranks (its as_of and advice language apply); it must profile postings as the
  // index's did (its fingerprint), or this raises tailorcore.Error.
  py::list Rank(const PyEngine& ranking, const py::handle& resume, std::size_t top_k,
                std::size_t threads, bool keep_reports,
                const std::vector<std::pair<std::string, std::string>>& where) const {
    const tailorcore::Document& analyzed = resume.cast<const PyResume&>().document;
    tailorcore::RankOptions options;
    options.threads = threads;
    options.top_k = top_k;
    options.keep_reports = keep_reports;
    std::vector<tailorcore::RankedPosting> ranked;
    tailorcore::StatusOr<tailorcore::RankSummary> summary = [&] {
      py::gil_scoped_release release;
      return index->Rank(
          *ranking.engine, analyzed,
          [&](tailorcore::RankedPosting&& r) { ranked.push_back(std::move(r)); }, options, where);
    }();
    if (!summary.ok()) throw TailorcoreError(summary.status().message());
    py::list out;
    for (const tailorcore::RankedPosting& r : ranked) {
      py::object report = py::none();
      if (r.report) report = py::str(tailorcore::ReportToJson(*r.report));
      py::dict fields;
      for (const auto& [name, value] : r.fields) fields[py::str(name)] = value;
      out.append(py::make_tuple(r.index, r.id, r.title, r.score, r.literal_score, TiersOf(r),
                                r.top_missing, report, fields));
    }
    return out;
  }
};

// A document's bytes read as ExtractText reads them: a dict with text, format, encoding, notes,
// layout and blocks (byte offsets into the text's UTF-8). Errors raise tailorcore.Error.
py::dict ReadDocument(const py::bytes& data, const std::string& format,
                      const std::string& encoding) {
  tailorcore::DocumentFormat f = tailorcore::DocumentFormat::kAuto;
  if (!tailorcore::ParseDocumentFormat(format, &f)) {
    throw TailorcoreError("unknown format '" + format +
                          "' (auto, text, markdown, html, docx, pdf)");
  }
  tailorcore::ExtractOptions options;
  options.encoding = encoding;
  const std::string bytes = data;
  tailorcore::StatusOr<tailorcore::Extracted> doc = [&] {
    py::gil_scoped_release release;
    return tailorcore::ExtractText(bytes, f, options);
  }();
  if (!doc.ok()) throw TailorcoreError(doc.status().message());
  py::dict out;
  out["text"] = py::str(doc->text);
  out["format"] = tailorcore::DocumentFormatName(doc->format);
  out["encoding"] = doc->encoding;
  out["notes"] = doc->notes;
  const tailorcore::LayoutFacts& l = doc->layout;
  py::dict layout;
  layout["pages"] = l.pages;
  layout["max_columns"] = l.max_columns;
  layout["tables"] = l.tables;
  layout["text_boxes"] = l.text_boxes;
  layout["header_footer"] = l.header_footer;
  layout["images"] = l.images;
  out["layout"] = layout;
  py::list blocks;
  for (const tailorcore::Block& b : doc->blocks) {
    py::dict d;
    d["kind"] = tailorcore::BlockKindName(b.kind);
    d["begin"] = b.begin;
    d["end"] = b.end;
    d["level"] = b.level;
    d["page"] = b.page;
    d["column"] = b.column;
    blocks.append(d);
  }
  out["blocks"] = blocks;
  return out;
}

}  // namespace

PYBIND11_MODULE(_core, m) {
  m.doc() = "tailorcore's C++ core. Use the tailorcore package, not this module.";
  m.attr("__version__") = tailorcore::Version();
  py::register_exception<TailorcoreError>(m, "Error", PyExc_ValueError);
#ifdef TAILORCORE_WITH_PDF
  tailorcore::EnablePdf();
#endif
  m.def("_read_document", &ReadDocument, py::arg("data"), py::arg("format"), py::arg("encoding"));

  // Registered for its name only: the type has no methods of its own.
  py::class_<PyResume>(m, "Resume",  // NOLINT(bugprone-unused-raii)
                       "A resume analyzed once by Engine.analyze_resume, for many comparisons.");

  py::class_<PyReport>(m, "_Report")
      .def_property_readonly("score", [](const PyReport& r) { return r.report.score; })
      .def_property_readonly("literal_score",
                             [](const PyReport& r) { return r.report.literal_score; })
      .def(
          "to_json", [](const PyReport& r) { return r.json; },
          "The report as JSON (schema tailorcore.report/1), indented by two spaces.");

  py::class_<PyEngine>(m, "_Engine")
      .def(py::init<const py::object&, const py::object&, const py::object&, const std::string&,
                    const std::string&>(),
           py::arg("lexicon"), py::arg("extra_lexicons"), py::arg("weights"), py::arg("as_of"),
           py::arg("advice_language"))
      .def("analyze_resume", &PyEngine::AnalyzeResume, py::arg("text"))
      .def("analyze_resume_document", &PyEngine::AnalyzeResumeDocument, py::arg("data"))
      .def("compare", &PyEngine::Compare, py::arg("resume"), py::arg("posting"))
      .def("extract", &PyEngine::Extract, py::arg("text"))
      .def("tailor", &PyEngine::Tailor, py::arg("resume"), py::arg("posting"),
           py::arg("max_bullets"))
      .def("rank_chunk", &PyEngine::RankChunk, py::arg("resume"), py::arg("texts"),
           py::arg("threads"), py::arg("top_k"), py::arg("keep_reports"));

  py::class_<PyIndex>(m, "_Index")
      .def_static("open", &PyIndex::Open, py::arg("engine"), py::arg("path"))
      .def_static("write", &PyIndex::Write, py::arg("engine"), py::arg("path"), py::arg("postings"),
                  py::arg("threads"), py::arg("fields"), py::arg("add"))
      .def_static(
          "remove",
          [](const PyEngine& engine, const std::string& path, const std::vector<std::string>& ids) {
            tailorcore::StatusOr<std::uint64_t> removed = [&] {
              py::gil_scoped_release release;
              return tailorcore::RemoveFromIndex(*engine.engine, path, ids);
            }();
            if (!removed.ok()) throw TailorcoreError(removed.status().message());
            return *removed;
          },
          py::arg("engine"), py::arg("path"), py::arg("ids"))
      .def_static(
          "compact",
          [](const PyEngine& engine, const std::string& path) {
            tailorcore::IndexInfo info;
            tailorcore::Status status = [&] {
              py::gil_scoped_release release;
              return tailorcore::CompactIndex(*engine.engine, path, &info);
            }();
            if (!status.ok()) throw TailorcoreError(status.message());
            return InfoDict(info);
          },
          py::arg("engine"), py::arg("path"))
      .def("info", [](const PyIndex& i) { return InfoDict(i.index->info()); })
      .def("verify",
           [](const PyIndex& i) {
             tailorcore::Status status = [&] {
               py::gil_scoped_release release;
               return i.index->Verify();
             }();
             if (!status.ok()) throw TailorcoreError(status.message());
           })
      .def_readonly("path", &PyIndex::path)
      .def("rank", &PyIndex::Rank, py::arg("engine"), py::arg("resume"), py::arg("top_k"),
           py::arg("threads"), py::arg("keep_reports"), py::arg("where"));
}
