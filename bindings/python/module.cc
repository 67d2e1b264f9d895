// tailorcore._core: the pybind11 module over the C++ API (not the C API). The public Python
// package is bindings/python/tailorcore/__init__.py, which re-exports these names.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "tailorcore/batch.h"
#include "tailorcore/engine.h"
#include "tailorcore/extract.h"
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
      py::dict tiers;
      for (const tailorcore::Coverage& c : r.tiers) {
        py::dict d;
        d["total"] = c.total;
        d["matched"] = c.matched;
        d["coverage"] = c.coverage;
        tiers[py::str(c.name)] = d;
      }
      py::object report = py::none();
      if (r.report) report = py::str(tailorcore::ReportToJson(*r.report));
      out.append(py::make_tuple(r.index, r.score, r.literal_score, tiers, r.top_missing, report));
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
}
