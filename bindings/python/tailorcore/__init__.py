"""tailorcore: how well a resume covers a job posting, and how to tailor it honestly.

    >>> import tailorcore
    >>> report = tailorcore.compare(resume_text, posting_text)
    >>> report.score, report.literal_score
    >>> [k["term"] for k in report.keywords if not k["matched"]]

One engine compares one resume with many postings; analyze the resume once:

    >>> engine = tailorcore.Engine()
    >>> resume = engine.analyze_resume(resume_text)
    >>> scores = [engine.compare(resume, p).score for p in postings]

A posting index analyzes each posting once, so ranking any resume against it is fast:

    >>> index = tailorcore.Index.build("jobs.idx", postings)      # dicts with "text", "id"...
    >>> engine.rank(resume, tailorcore.Index.open("jobs.idx"), top_k=20)

The C++ work runs without the GIL, so threads over one Engine run in parallel. Errors raise
tailorcore.Error (a ValueError) with the library's message; wrong argument types raise TypeError.
"""
import hashlib as _hashlib
import heapq as _heapq
import itertools as _itertools
import json as _json
import os as _os
import pickle as _pickle
import tempfile as _tempfile
import threading as _threading

from ._core import Error, Resume, __version__
from ._core import _Engine, _Index, _read_document

__all__ = ["Engine", "Index", "Report", "Resume", "RankResult", "Tailored", "Error", "compare",
           "extract", "tailor", "read_document", "__version__"]


def read_document(source, format="auto", encoding=None) -> dict:
    """The text tailorcore reads in a document (docs/documents.md).

    source: a path (str or os.PathLike) or the document's bytes; PDF, DOCX, HTML, Markdown or
    text, told by content unless format names it ("pdf", "docx", "html", "markdown", "text").
    encoding: of a text or HTML document, e.g. "windows-1251" (None: detected).
    Returns a dict: "text" (str), "format", "encoding", "notes" (what was assumed), "layout"
    (pages, max_columns, tables, text_boxes, header_footer, images) and "blocks" (kind, begin,
    end as byte offsets into the text's UTF-8, level, page, column).
    Raises tailorcore.Error for a scanned, encrypted or damaged file, binary data or an unknown
    encoding, OSError for a path that cannot be read.
    """
    return _read_document(_document_bytes(source), format, encoding or "")


def _document_bytes(source):
    """The bytes of a document given as a path (str or os.PathLike) or as bytes."""
    if isinstance(source, (str, _os.PathLike)):
        with open(source, "rb") as f:
            source = f.read()
    if not isinstance(source, (bytes, bytearray, memoryview)):
        raise TypeError("source must be a path or bytes, not " + type(source).__name__)
    return bytes(source)


def _is_document(value):
    """Bytes or a path (os.PathLike): a document to read, not text."""
    return isinstance(value, (bytes, bytearray, memoryview, _os.PathLike))


def _text(value):
    """A resume or posting given as bytes or a path (os.PathLike), read as a document; a str is
    the text itself."""
    if _is_document(value):
        return read_document(value)["text"]
    return value

_CHUNK = 1024  # postings handed to C++ at a time by Engine.rank


class Report:
    """The comparison of a resume with a posting (docs/report-schema.md).

    Offsets inside the report (evidence, bullets, sections) are byte offsets into the UTF-8
    texts, as in the JSON schema every front end shares.
    """

    __slots__ = ("_core", "_dict")

    def __init__(self, core):
        self._core = core
        self._dict = None

    @property
    def score(self) -> float:
        """0-100: keyword_score less what unmet requirements take (docs/scoring.md, 4-5)."""
        return self._core.score

    @property
    def keyword_score(self) -> float:
        """0-100: weighted coverage of the posting's keywords alone (docs/scoring.md, 4)."""
        return self.to_dict()["keyword_score"]

    @property
    def literal_score(self) -> float:
        """0-100: the same, counting only the posting's exact forms, as a literal ATS would."""
        return self._core.literal_score

    def to_json(self) -> str:
        """The report as JSON, identical to the C API's tc_report_json and the CLI's --json."""
        return self._core.to_json()

    def to_dict(self) -> dict:
        """The report as a dict (the JSON form, parsed)."""
        if self._dict is None:
            self._dict = _json.loads(self._core.to_json())
        return self._dict

    @property
    def tiers(self) -> dict:
        """Coverage by tier: {"required": {...}, "preferred": {...}, "mentioned": {...}}."""
        return self.to_dict()["tiers"]

    @property
    def categories(self) -> list:
        """Coverage by category, heaviest first."""
        return self.to_dict()["categories"]

    @property
    def keywords(self) -> list:
        """The posting's keywords, most important first, each with its evidence."""
        return self.to_dict()["keywords"]

    @property
    def missing(self) -> list:
        """Ids of the keywords the resume does not show, most important first."""
        return self.to_dict()["missing"]

    @property
    def requirements(self) -> list:
        """Years of experience, spoken languages, degree and seniority the posting asks for, each
        with what the resume shows, its status ("met", "not_met", "unknown") and its points."""
        return self.to_dict()["requirements"]

    @property
    def suggestions(self) -> list:
        """Advice: {"kind", "keyword", "message"} dicts. Never invented content."""
        return self.to_dict()["suggestions"]

    @property
    def bullets(self) -> list:
        """The resume's bullets, most relevant to the posting first, with their review."""
        return self.to_dict()["bullets"]

    def __repr__(self) -> str:
        return f"<tailorcore.Report score={self.score:.1f} literal_score={self.literal_score:.1f}>"


class Tailored:
    """A resume tailored to a posting by moves and exact wording only (docs/tailoring.md).

    It names no skill, number, date, employer or title the original does not, keeps every
    original bullet (unless max_bullets dropped it, and an edit says so) and scores no lower.
    Offsets in edits are byte offsets into the original resume's UTF-8, as in the JSON schema
    (schemas/tailor.schema.json) every front end shares.
    """

    __slots__ = ("_json", "_dict")

    def __init__(self, json_text):
        self._json = json_text
        self._dict = _json.loads(json_text)

    text = property(lambda self: self._dict["text"], doc="The tailored resume, plain text.")
    diff = property(lambda self: self._dict["diff"], doc="A unified diff from the original.")
    edits = property(lambda self: self._dict["edits"],
                     doc="Each edit: kind, before, after, reason, begin, end, skill.")
    score_before = property(lambda self: self._dict["score_before"])
    score_after = property(lambda self: self._dict["score_after"])
    literal_before = property(lambda self: self._dict["literal_before"])
    literal_after = property(lambda self: self._dict["literal_after"])
    gaps = property(lambda self: self._dict["gaps"],
                    doc="Required and preferred keyword ids only real experience can close.")
    withheld = property(lambda self: self._dict["withheld"],
                        doc="Steps left out because they would have broken the guarantee.")

    def to_json(self) -> str:
        """The result as JSON, identical to the C API's tc_tailored_json and the CLI's
        tailor --format json."""
        return self._json

    def to_dict(self) -> dict:
        """The result as a dict (the JSON form, parsed)."""
        return self._dict

    def __repr__(self) -> str:
        return (f"<tailorcore.Tailored edits={len(self.edits)} "
                f"score={self.score_before:.1f}->{self.score_after:.1f}>")


class RankResult:
    """One posting's result from Engine.rank: small, with the full report only on request."""

    __slots__ = ("index", "id", "score", "literal_score", "tiers", "missing", "_report_json",
                 "title", "fields")

    def __init__(self, index, id, score, literal_score, tiers, missing, report_json, title="",
                 fields=None):
        self.index = index                  # position in the input (or the index), from 0
        self.id = id                        # the dict's "id" (a str from an Index), else the index
        self.score = score
        self.literal_score = literal_score
        self.tiers = tiers                  # {"required": {"total", "matched", "coverage"}, ...}
        self.missing = missing              # ids of the most important missing keywords
        self._report_json = report_json
        self.title = title                  # the posting's title, from an Index ("" otherwise)
        self.fields = fields or {}          # fields an Index kept (Index.build(fields=...))

    @property
    def report(self):
        """The full report as a dict, when rank(..., reports=True); else None."""
        return None if self._report_json is None else _json.loads(self._report_json)

    def __repr__(self) -> str:
        return f"<tailorcore.RankResult id={self.id!r} score={self.score:.1f}>"


class Engine:
    """Compares resumes with postings. Immutable and thread-safe once built.

    lexicon: a lexicon file to use instead of the bundled one (None: the bundled lexicon).
    extra_lexicons: more lexicon files loaded on top (docs/lexicon-format.md).
    weights: scoring weights by name, e.g. {"required_weight": 4.0} (docs/scoring.md), and
        "candidate_keywords": True or False (count terms the lexicon lacks; default True).
    as_of: the day "present" in a resume's dates means, a datetime.date or "YYYY-MM-DD" (None:
        today), so years of experience do not change with the calendar.
    advice_language: the language of the suggestions, "en" or "ru" (None: the resume's own).
    Raises tailorcore.Error for an unreadable or malformed lexicon (the message has file:line),
    a bad weight, a bad as_of or an unknown advice_language. Building takes about a second.

    An Engine pickles as its options and the contents of its lexicon files, so it travels to
    other processes and machines (Dask, multiprocessing); unpickling builds it once per process
    and reuses it after (docs/distributed.md).
    """

    __slots__ = ("_core", "_recipe")

    def __init__(self, lexicon=None, extra_lexicons=(), weights=None, as_of=None,
                 advice_language=None):
        if isinstance(extra_lexicons, (str, bytes)):
            raise TypeError("extra_lexicons must be a list of paths, not a single string")
        extra_lexicons = list(extra_lexicons)  # read twice below
        if hasattr(as_of, "isoformat"):  # datetime.date (a datetime counts by its date)
            as_of = as_of.isoformat()[:10]
        if as_of is not None and not isinstance(as_of, str):
            raise TypeError("as_of must be a datetime.date or a 'YYYY-MM-DD' str")
        if advice_language is not None and not isinstance(advice_language, str):
            raise TypeError("advice_language must be a language code such as 'en', or None")
        self._core = _Engine(lexicon, list(extra_lexicons), weights, as_of or "",
                             advice_language or "")

        def contents(path):  # what a lexicon file held when the engine was built
            with open(path, "rb") as f:
                return (_os.path.basename(_os.fspath(path)), f.read())

        # What pickling sends: the options, and the lexicon files' bytes as they were built.
        self._recipe = (None if lexicon is None else contents(lexicon),
                        tuple(contents(p) for p in extra_lexicons),
                        tuple(sorted((weights or {}).items())), as_of, advice_language)

    def __reduce__(self):
        return (_engine_from_recipe, (self._recipe,))
    def analyze_resume(self, text) -> Resume:
        """Analyzes a resume once, for any number of compare() calls: a str of text, or bytes or
        a path (os.PathLike) of a PDF, DOCX, HTML or text file (read_document)."""
        if _is_document(text):  # with the headings its format marks (docs/documents.md)
            return self._core.analyze_resume_document(_document_bytes(text))
        return self._core.analyze_resume(text)

    def compare(self, resume, posting) -> Report:
        """Compares a resume (str, a Resume from analyze_resume, or bytes or a path of a
        document) with a posting (str, or bytes or a path of a document)."""
        if _is_document(resume):
            resume = self.analyze_resume(resume)
        return Report(self._core.compare(resume, _text(posting)))

    def tailor(self, resume, posting: str, max_bullets: int = 0) -> Tailored:
        """The resume (str, or a Resume from analyze_resume) tailored to a posting (str) by moves
        and exact wording only; max_bullets > 0 keeps that many bullets per role."""
        if not isinstance(max_bullets, int) or isinstance(max_bullets, bool) or max_bullets < 0:
            raise ValueError("max_bullets must be an int >= 0")
        return Tailored(self._core.tailor(_text(resume), _text(posting), min(max_bullets, 2**32 - 1)))

    def rank(self, resume, postings, top_k=None, threads=0, reports=False, where=None) -> list:
        """Ranks postings for one resume.

        postings: any iterable of str (text), bytes or paths (documents: read_document), or of
        dicts with "text" and optional "id" and "title";
        consumed in chunks of 1024, so a generator over a file larger than memory works.
        Or an Index (Index.open): the same results as ranking the postings it was built from,
        from their stored analysis (with top_k, a sparse pass that reads few of them); where
        ({"city": ["Berlin", "Remote"], "remote": True}) then keeps the postings whose kept
        field has one of the values given for each name. The index must have been built with
        an engine of the same lexicon, data and weights (tailorcore.Error otherwise).
        top_k: keep the best k by score (ties: earlier first), in memory independent of the
        feed's length; None keeps every result, in input order.
        threads: worker threads, 0 for all cores. The GIL is released while C++ works.
        Returns RankResult objects; with reports=True each carries its full report.
        """
        if top_k is not None and top_k < 0:
            raise ValueError("top_k must be None or >= 0")
        if not isinstance(resume, Resume):
            resume = self.analyze_resume(resume)
        if isinstance(postings, Index):
            return postings._rank(self, resume, top_k or 0, threads, reports, where)
        if where is not None:
            raise TypeError("where needs an Index (fields are kept by Index.build)")
        kept = []  # top-k: a min-heap of (score, -index, result); else results in order
        base = 0
        iterator = iter(postings)
        while True:
            chunk = list(_itertools.islice(iterator, _CHUNK))
            if not chunk:
                break
            ids, texts = [], []
            for offset, item in enumerate(chunk):
                if isinstance(item, (str, bytes, bytearray, memoryview, _os.PathLike)):
                    ids.append(base + offset)
                    texts.append(_text(item))
                elif isinstance(item, dict):
                    text = item.get("text")
                    if not isinstance(text, str):
                        raise TypeError(f"posting {base + offset}: \"text\" must be str")
                    title = item.get("title") or ""
                    ids.append(item.get("id", base + offset))
                    texts.append(f"{title}\n{text}" if title else text)
                else:
                    raise TypeError(f"posting {base + offset} must be str, bytes, a path or dict, "
                                    f"not {type(item).__name__}")
            rows = self._core.rank_chunk(resume, texts, threads, top_k or 0, reports)
            for index, score, literal, tiers, missing, report_json in rows:
                result = RankResult(base + index, ids[index], score, literal, tiers, missing, report_json)
                if top_k:
                    entry = (score, -result.index, result)
                    if len(kept) < top_k:
                        _heapq.heappush(kept, entry)
                    elif entry[:2] > kept[0][:2]:
                        _heapq.heapreplace(kept, entry)
                else:
                    kept.append(result)
            base += len(chunk)
        if top_k:
            return [r for _, _, r in sorted(kept, key=lambda e: (-e[0], -e[1]))]
        return kept

    def extract(self, text) -> list:
        """The skills found in text: dicts with id, name, category, start and end (indexes into
        the str), text, form, kind (exact, variant, acronym, stem, transliteration), nested.
        Bytes or a path are read as a document first (read_document); start and end then index
        its extracted text (read_document(...)["text"])."""
        if isinstance(text, (bytes, bytearray, memoryview, _os.PathLike)):
            text = read_document(text)["text"]
        return self._core.extract(text)


def _field_names(fields) -> list:
    if isinstance(fields, (str, bytes)):
        raise TypeError("fields must be a list of field names, not a single string")
    return [str(f) for f in fields]


def _field_value(value) -> str:
    """A kept field's value as the index stores it: str, numbers and booleans as JSON writes them."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (str, int, float)):
        return str(value)
    raise TypeError(f"a field value must be str, a number or bool, not {type(value).__name__}")


class Index:
    """A posting index on disk (docs/index.md): each posting analyzed once and stored, so any
    resume ranks against it fast (Engine.rank(resume, index, top_k=...)), with the same results
    as ranking the postings themselves. A directory; writes are crash-safe (a reader sees the old
    index or the new one). Open it with the engine (lexicon, weights) that built it. Thread-safe
    for ranking; build, add, remove and compact take the directory's lock.
    """

    __slots__ = ("_core", "_engine")

    def __init__(self, core, engine):
        self._core = core
        self._engine = engine

    @classmethod
    def build(cls, path, postings, engine=None, threads=0, fields=()) -> "Index":
        """Writes a new index at path (replacing one there, as one step, when complete) from
        postings: an iterable of str or of dicts with "text" and optional "id", "title" and the
        fields named in fields (kept and returned with results; Engine.rank's where filters on
        them). Analyzed on threads threads (0: all cores), the GIL released. Returns the index,
        open. Raises tailorcore.Error (no posting, an unwritable path, a directory that is not
        an index) or the postings' own TypeError; nothing is written then."""
        engine = engine or _default_engine()
        path = _os.fspath(path)
        _Index.write(engine._core, path, postings, threads, _field_names(fields), False)
        return cls.open(path, engine)

    @classmethod
    def open(cls, path, engine=None) -> "Index":
        """Opens the index at path for engine (None: the default Engine). Raises
        tailorcore.Error for no index there, a corrupt or truncated file, another format
        version, or an index built with another lexicon, data or weights (rebuild it)."""
        engine = engine or _default_engine()
        return cls(_Index.open(engine._core, _os.fspath(path)), engine)

    def add(self, postings, threads=0, fields=()) -> None:
        """Adds postings (as build takes them) as a new segment; they rank after the others. The
        fields the index keeps are kept for them too, and `fields` as well."""
        names = sorted(set(self.info["fields"]) | set(_field_names(fields)))
        _Index.write(self._engine._core, self.path, postings, threads, names, True)
        self._core = _Index.open(self._engine._core, self.path)

    def remove(self, ids) -> int:
        """Removes every posting whose id is one of ids; returns how many."""
        if isinstance(ids, (str, bytes)):
            raise TypeError("ids must be a list of ids, not a single string")
        removed = _Index.remove(self._engine._core, self.path, [str(i) for i in ids])
        self._core = _Index.open(self._engine._core, self.path)
        return removed

    def compact(self) -> None:
        """Rewrites the index as one segment of its live postings (ranking is unchanged)."""
        _Index.compact(self._engine._core, self.path)
        self._core = _Index.open(self._engine._core, self.path)

    def verify(self) -> None:
        """Reads every stored record and list and checks its checksum; raises tailorcore.Error
        naming the first that does not hold."""
        self._core.verify()

    @property
    def path(self) -> str:
        return self._core.path

    @property
    def info(self) -> dict:
        """postings, removed, segments, bytes, format, fingerprint, built_by, contents, fields."""
        return self._core.info()

    def __len__(self) -> int:
        return self.info["postings"]

    def __reduce__(self):
        # Pickles as its path and engine; unpickled, it is opened (memory-mapped) there, so the
        # path must name the same index on that machine (a shared or copied directory).
        return (_open_index, (self.path, self._engine))

    def __repr__(self) -> str:
        return f"<tailorcore.Index {self.path!r} postings={len(self)}>"

    def _rank(self, engine, resume, top_k, threads, reports, where) -> list:
        if where is not None and not isinstance(where, dict):
            raise TypeError("where must be a dict of field name to a value or a list of values")
        pairs = []
        for name, values in (where or {}).items():
            if not isinstance(values, (list, tuple, set, frozenset)):
                values = [values]
            pairs += [(str(name), _field_value(v)) for v in values]
        rows = self._core.rank(engine._core, resume, top_k, threads, reports, pairs)
        return [RankResult(index, id or index, score, literal, tiers, missing, report, title, fields)
                for index, id, title, score, literal, tiers, missing, report, fields in rows]


_recipes = {}  # pickled engines rebuilt in this process, by a hash of their recipe
_recipes_lock = _threading.Lock()


def _engine_from_recipe(recipe) -> "Engine":
    """The Engine a pickled one describes, built once per process: its lexicon files written
    to a private temporary directory, its options as they were."""
    key = _hashlib.sha256(_pickle.dumps(recipe)).hexdigest()
    with _recipes_lock:
        engine = _recipes.get(key)
        if engine is None:
            lexicon, extra, weights, as_of, advice_language = recipe
            directory = _tempfile.mkdtemp(prefix="tailorcore-lexicon-")

            def place(item, n):
                path = _os.path.join(directory, f"{n}-{item[0]}")
                with open(path, "wb") as f:
                    f.write(item[1])
                return path

            engine = Engine(lexicon=None if lexicon is None else place(lexicon, "main"),
                            extra_lexicons=[place(item, i) for i, item in enumerate(extra)],
                            weights=dict(weights) or None, as_of=as_of,
                            advice_language=advice_language)
            engine._recipe = recipe
            _recipes[key] = engine
        return engine


def _open_index(path, engine) -> "Index":
    return Index.open(path, engine)


_default = None
_default_lock = _threading.Lock()


def _default_engine() -> Engine:
    global _default
    with _default_lock:
        if _default is None:
            _default = Engine()
        return _default


def compare(resume, posting: str) -> Report:
    """Compares a resume with a posting using a default Engine (built on first use)."""
    return _default_engine().compare(resume, posting)


def extract(text: str) -> list:
    """The skills found in text, using a default Engine (built on first use)."""
    return _default_engine().extract(text)


def tailor(resume, posting: str, max_bullets: int = 0) -> Tailored:
    """Tailors a resume to a posting using a default Engine (built on first use)."""
    return _default_engine().tailor(resume, posting, max_bullets)
