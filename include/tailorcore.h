/* tailorcore.h: the stable C API of tailorcore (C99).
 *
 * How well a resume covers a job posting, from C and from any language with a C FFI.
 *
 *   tc_engine *engine = NULL;
 *   tc_error *error = NULL;
 *   if (tc_engine_new(&engine, NULL, &error) != TC_OK) {
 *     fprintf(stderr, "%s\n", tc_error_message(error));
 *     tc_error_free(error);
 *     return 1;
 *   }
 *   tc_resume *resume = NULL;
 *   tc_resume_new(&resume, engine, resume_text, strlen(resume_text), NULL);
 *   tc_report *report = NULL;
 *   tc_engine_compare(&report, engine, resume, posting_text, strlen(posting_text), NULL);
 *   printf("%.1f\n", tc_report_score(report));
 *   tc_report_free(report);
 *   tc_resume_free(resume);
 *   tc_engine_free(engine);
 *
 * Conventions (docs/c-api.md):
 *  - Functions that can fail return TC_OK (0) or a negative tc_status, and take a last
 *    argument `tc_error **error`: when it is not NULL and the call fails, *error receives an
 *    error object the caller frees with tc_error_free(). Pass NULL to ignore details.
 *  - Out-parameters come first and are named `out`; on failure *out is set to NULL.
 *  - What a caller receives through `**out` it frees with the matching _free(); every _free()
 *    accepts NULL. Strings returned by accessors live as long as the handle they came from.
 *  - A NULL handle or string argument gives TC_ERR_INVALID_ARGUMENT, never a crash. Texts are
 *    UTF-8 (bytes and a length; invalid bytes are replaced, never rejected).
 *  - Thread-safety: an engine is immutable; any number of threads may use one engine and one
 *    resume at once. Reports and options are plain values: one thread at a time each.
 *  - No C++ exception crosses this API.
 */
#ifndef TAILORCORE_H_
#define TAILORCORE_H_

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(_WIN32)
#define TC_API
#else
#define TC_API __attribute__((visibility("default")))
#endif

/* The version of these headers (TAILORCORE_VERSION_MAJOR ... _STRING, _NUMBER), generated from
 * project(VERSION) by CMake. tc_version() and tc_version_number() give the library's: compare
 * them to detect a header/library mismatch. */
#include "tailorcore/version.h"

typedef enum tc_status {
  TC_OK = 0,
  TC_ERR_INVALID_ARGUMENT = -1, /* a NULL handle or string, an option out of range */
  TC_ERR_DATA = -2,             /* a malformed lexicon file; the message has file:line */
  TC_ERR_IO = -3,               /* a file could not be read */
  TC_ERR_INTERNAL = -4,         /* a broken installation (ICU data, libstemmer) */
  TC_ERR_NO_MEMORY = -5
} tc_status;

typedef enum tc_tier { TC_TIER_REQUIRED = 0, TC_TIER_PREFERRED = 1, TC_TIER_MENTIONED = 2 } tc_tier;

typedef struct tc_error tc_error;
typedef struct tc_engine_options tc_engine_options;
typedef struct tc_engine tc_engine;
typedef struct tc_resume tc_resume;
typedef struct tc_report tc_report;
typedef struct tc_tailored tc_tailored;
typedef struct tc_document tc_document;

typedef struct tc_coverage {
  unsigned total;   /* keywords in this tier */
  unsigned matched; /* of them shown by the resume */
  double total_weight;
  double matched_weight; /* weight × credit */
  double coverage;       /* matched_weight / total_weight, 0 when there are none */
} tc_coverage;

/* The library's version, "MAJOR.MINOR.PATCH". Never NULL; static storage. */
TC_API const char* tc_version(void);
/* The library's version as MAJOR * 10000 + MINOR * 100 + PATCH (0.1.0 is 100), to compare with
 * TAILORCORE_VERSION_NUMBER. Thread-safe. */
TC_API int tc_version_number(void);

/* --- Errors ------------------------------------------------------------------------------ */
/* The failing call's status. Precondition: error is not NULL (returns TC_ERR_INVALID_ARGUMENT
 * for NULL). */
TC_API int tc_error_code(const tc_error* error);
/* A one-line, human-readable message; "" for NULL. Lives as long as `error`. */
TC_API const char* tc_error_message(const tc_error* error);
TC_API void tc_error_free(tc_error* error);

/* --- Engine options ---------------------------------------------------------------------- */
/* Default options: the bundled lexicon, the documented weights (docs/scoring.md). */
TC_API int tc_engine_options_new(tc_engine_options** out, tc_error** error);
TC_API void tc_engine_options_free(tc_engine_options* options);
/* Load this lexicon file too (docs/lexicon-format.md). The file is read by tc_engine_new. */
TC_API int tc_engine_options_add_lexicon(tc_engine_options* options, const char* path,
                                         tc_error** error);
/* 1: start from the bundled lexicon (default); 0: from an empty one. */
TC_API int tc_engine_options_set_bundled_lexicon(tc_engine_options* options, int bundled,
                                                 tc_error** error);
/* The day "present" in a resume's dates means, "YYYY-MM-DD" (the month counts); NULL or "": the
 * day tc_engine_new runs. Checked by tc_engine_new (TC_ERR_INVALID_ARGUMENT for another shape). */
TC_API int tc_engine_options_set_as_of(tc_engine_options* options, const char* date,
                                       tc_error** error);
/* The language of the report's advice, a registered code ("en", "ru"); NULL or "": the resume's
 * own language (English when none is found). Checked by tc_engine_new (TC_ERR_INVALID_ARGUMENT
 * for an unknown code). */
TC_API int tc_engine_options_set_advice_language(tc_engine_options* options, const char* code,
                                                 tc_error** error);
/* Sets a scoring weight by name: "required_weight", "preferred_weight", "mentioned_weight",
 * "title_factor", "repeat_bonus", "max_repeat_bonus", "experience_credit", "summary_credit",
 * "listed_credit", "implied_credit", "non_technical_factor", and the requirement costs
 * "experience_cost", "language_cost", "degree_cost", "seniority_cost", "max_requirements_cost".
 * TC_ERR_INVALID_ARGUMENT for an unknown name; the value is checked by tc_engine_new. */
TC_API int tc_engine_options_set_weight(tc_engine_options* options, const char* name, double value,
                                        tc_error** error);

/* --- Engine ------------------------------------------------------------------------------ */
/* Creates an engine; `options` may be NULL for the defaults. Cost: about a second. Errors:
 * TC_ERR_IO, TC_ERR_DATA (file:line), TC_ERR_INVALID_ARGUMENT (weights), TC_ERR_INTERNAL. */
TC_API int tc_engine_new(tc_engine** out, const tc_engine_options* options, tc_error** error);
TC_API void tc_engine_free(tc_engine* engine);

/* --- Documents: HTML, DOCX, Markdown, text in any encoding -> UTF-8 text ------------------ */
/* Reads `length` bytes of a document (docs/documents.md): `format` is "auto" (or NULL: told by
 * content), "text", "markdown", "html", "docx" or "pdf"; `encoding` names the encoding of a text
 * or HTML document ("windows-1251") or is NULL to detect it. The C library has no PDF reader
 * (poppler is GPL: LICENSE): a PDF is TC_ERR_INVALID_ARGUMENT with a message that says so.
 * Errors: TC_ERR_DATA for a damaged or scanned file or a zip bomb, TC_ERR_INVALID_ARGUMENT for
 * binary data, an unknown format or encoding, NULL arguments. Thread-safe. */
TC_API int tc_document_read(tc_document** out, const char* data, size_t length, const char* format,
                            const char* encoding, tc_error** error);
TC_API void tc_document_free(tc_document* document);
/* The document's UTF-8 text (NUL-terminated; pass it with its length to tc_resume_new or
 * tc_engine_compare), its length in bytes, and the format read ("html", ...). Each lives as long
 * as `document`; "" and 0 for NULL. */
TC_API const char* tc_document_text(const tc_document* document);
TC_API size_t tc_document_text_length(const tc_document* document);
TC_API const char* tc_document_format(const tc_document* document);

/* --- Resume: analyzed once, compared with any number of postings ------------------------- */
/* `text` holds `length` bytes of UTF-8 (not necessarily NUL-terminated); length 0 is an empty
 * resume. `text` may be freed after the call. */
TC_API int tc_resume_new(tc_resume** out, const tc_engine* engine, const char* text, size_t length,
                         tc_error** error);
TC_API void tc_resume_free(tc_resume* resume);

/* --- Compare ----------------------------------------------------------------------------- */
/* Compares `resume` with a posting of `length` bytes of UTF-8. Fails only on NULL arguments or
 * memory exhaustion. */
TC_API int tc_engine_compare(tc_report** out, const tc_engine* engine, const tc_resume* resume,
                             const char* posting, size_t length, tc_error** error);
TC_API void tc_report_free(tc_report* report);

/* 0-100; 0 for NULL. */
TC_API double tc_report_score(const tc_report* report);
/* 0-100, counting only the posting's exact forms; 0 for NULL. */
TC_API double tc_report_literal_score(const tc_report* report);
/* Coverage of one tier into *out. TC_ERR_INVALID_ARGUMENT for NULL or an unknown tier. */
TC_API int tc_report_tier(const tc_report* report, tc_tier tier, tc_coverage* out,
                          tc_error** error);
/* Number of posting keywords, and of those the resume misses. 0 for NULL. */
TC_API size_t tc_report_keyword_count(const tc_report* report);
TC_API size_t tc_report_missing_count(const tc_report* report);
/* The report as JSON (docs/report-schema.md, "tailorcore.report/1"), indented with two
 * spaces; the same text as the C++ ReportToJson(report) and the CLI's --json. Lives as long as
 * `report`; "" for NULL. */
TC_API const char* tc_report_json(const tc_report* report);

/* --- Tailor: the resume adapted to a posting by moves and exact wording only -------------- */
/* Tailors `resume` to a posting of `length` bytes of UTF-8 (docs/tailoring.md): every edit is a
 * move, a regrouping or a renaming of what the resume already says. `max_bullets` > 0 keeps at
 * most that many bullets per role (the most relevant), 0 keeps all. Fails only on NULL
 * arguments or memory exhaustion. Thread-safe. Cost: about five comparisons. */
TC_API int tc_engine_tailor(tc_tailored** out, const tc_engine* engine, const tc_resume* resume,
                            const char* posting, size_t length, size_t max_bullets,
                            tc_error** error);
TC_API void tc_tailored_free(tc_tailored* tailored);
/* The tailored resume (UTF-8 text), the unified diff from the original ("" when nothing
 * changed), and the whole result as JSON ("tailorcore.tailor/1", schemas/tailor.schema.json,
 * the same text as the C++ TailoredToJson and the CLI's tailor --format json). Each lives as
 * long as `tailored`; "" for NULL. */
TC_API const char* tc_tailored_text(const tc_tailored* tailored);
TC_API const char* tc_tailored_diff(const tc_tailored* tailored);
TC_API const char* tc_tailored_json(const tc_tailored* tailored);
/* The score (0-100) of the original resume and of the tailored one; 0 for NULL. */
TC_API double tc_tailored_score_before(const tc_tailored* tailored);
TC_API double tc_tailored_score_after(const tc_tailored* tailored);
/* The number of edits; 0 for NULL. */
TC_API size_t tc_tailored_edit_count(const tc_tailored* tailored);

/* --- Batch: one resume against many postings --------------------------------------------- */
typedef struct tc_rank_result {
  size_t index;         /* the posting's position in the input, from 0 */
  double score;         /* 0-100 */
  double literal_score; /* 0-100 */
} tc_rank_result;

typedef struct tc_ranking tc_ranking;

/* Compares `resume` with `count` postings (postings[i] holds lengths[i] bytes of UTF-8) on
 * `threads` threads (0: all cores). Keeps all results in input order, or with top_k > 0 the
 * best top_k by score (ties: earlier input first). Results are the same for any thread count.
 * Errors: TC_ERR_INVALID_ARGUMENT for NULL arguments (postings and lengths may be NULL when
 * count is 0, and postings[i] NULL when lengths[i] is 0). */
TC_API int tc_engine_rank(tc_ranking** out, const tc_engine* engine, const tc_resume* resume,
                          const char* const* postings, const size_t* lengths, size_t count,
                          size_t threads, size_t top_k, tc_error** error);
TC_API size_t tc_ranking_count(const tc_ranking* ranking);
/* Result i (0 <= i < count) into *out; TC_ERR_INVALID_ARGUMENT out of range. */
TC_API int tc_ranking_get(const tc_ranking* ranking, size_t i, tc_rank_result* out,
                          tc_error** error);
TC_API void tc_ranking_free(tc_ranking* ranking);

/* The streaming form, for feeds larger than memory. `source` is called from the calling thread
 * for the next posting: it sets *text and *length and returns 1, or returns 0 at the end; the
 * text is copied before the next call. `sink` is called from the calling thread with each
 * result: in input order as they are done, or with top_k > 0 the best top_k in score order at
 * the end. Memory: one chunk of postings (64 per thread) plus top_k results. */
typedef int (*tc_posting_source)(void* user, const char** text, size_t* length);
typedef void (*tc_result_sink)(void* user, const tc_rank_result* result);
TC_API int tc_engine_rank_stream(const tc_engine* engine, const tc_resume* resume,
                                 tc_posting_source source, void* source_user, tc_result_sink sink,
                                 void* sink_user, size_t threads, size_t top_k, tc_error** error);

/* --- The posting index: each posting analyzed once, stored on disk (docs/index.md) ------- */
typedef struct tc_index tc_index;

/* A posting for an index: UTF-8 bytes and lengths; id and title may be NULL (length 0). */
typedef struct tc_posting {
  const char* text;
  size_t text_length;
  const char* id;
  size_t id_length;
  const char* title; /* read as the posting's first line, as ranking its text does */
  size_t title_length;
} tc_posting;

/* Called from the calling thread for the next posting: fills *posting and returns 1, or returns
 * 0 at the end (or -1 for a read error: then nothing is written and the call fails with
 * TC_ERR_IO). The bytes are copied before the next call. */
typedef int (*tc_index_source)(void* user, tc_posting* posting);

/* Writes a new index at `directory` (created if absent; an index there is replaced as one step
 * once the new one is complete) from `source`'s postings, analyzed on `threads` threads (0: all
 * cores) with `engine`. Errors: TC_ERR_INVALID_ARGUMENT for NULL arguments, or no posting
 * (nothing written); TC_ERR_IO for a path that cannot be written, another build of the same
 * directory running, or the source's -1; TC_ERR_DATA for a directory whose manifest is not an
 * index's. Cost: one analysis per posting; memory: about 4 KB a posting until it is written. */
TC_API int tc_index_build(const tc_engine* engine, const char* directory, tc_index_source source,
                          void* user, size_t threads, tc_error** error);
/* Adds `source`'s postings to the index at `directory` as a new segment (they rank after the
 * others). Errors as tc_index_build's and tc_index_open's; nothing changes on an error. */
TC_API int tc_index_add(const tc_engine* engine, const char* directory, tc_index_source source,
                        void* user, size_t threads, tc_error** error);
/* Removes the postings whose id is one of ids[0..count) (NUL-terminated); *removed (may be
 * NULL) receives how many. Errors as tc_index_open's, TC_ERR_IO when it cannot write. */
TC_API int tc_index_remove(const tc_engine* engine, const char* directory, const char* const* ids,
                           size_t count, size_t* removed, tc_error** error);
/* Rewrites the index as one segment of its live postings (ranking is unchanged). */
TC_API int tc_index_compact(const tc_engine* engine, const char* directory, tc_error** error);

/* Opens the index at `directory` for `engine`, memory-mapped. Errors: TC_ERR_IO for no
 * directory or an unreadable file; TC_ERR_DATA for no index there, a corrupt or truncated file,
 * another format version, or an index built by an engine with another lexicon, data or weights
 * (the message says to rebuild). The index must outlive nothing: it keeps what it needs. */
TC_API int tc_index_open(tc_index** out, const tc_engine* engine, const char* directory,
                         tc_error** error);
TC_API void tc_index_free(tc_index* index);
/* The number of live postings; 0 for NULL. */
TC_API size_t tc_index_postings(const tc_index* index);
/* Reads every record and list and checks its checksum: TC_OK, or TC_ERR_DATA naming the first
 * that does not hold. Cost: a pass over the whole index. */
TC_API int tc_index_verify(const tc_index* index, tc_error** error);
/* Ranks the index's postings for `resume` as tc_engine_rank ranks the same postings' text (the
 * same scores and order; index = the posting's position in the index), with `engine` (it must
 * have the fingerprint of the engine that built the index: TC_ERR_DATA otherwise). With
 * top_k > 0, a sparse pass that reads only the postings that can reach the best top_k.
 * TC_ERR_DATA for a stored record or list that does not hold (a corrupt file). Thread-safe:
 * any number of threads may rank one index at once. */
TC_API int tc_index_rank(tc_ranking** out, const tc_index* index, const tc_engine* engine,
                         const tc_resume* resume, size_t threads, size_t top_k, tc_error** error);
/* The id of result i of a ranking from tc_index_rank (as the posting gave it, "" for none); ""
 * for a ranking from text, NULL or i out of range. Lives as long as the ranking. */
TC_API const char* tc_ranking_id(const tc_ranking* ranking, size_t i);

#ifdef __cplusplus
}
#endif

#endif /* TAILORCORE_H_ */
