/* The C API from a real C file, compiled as C99 with -Wall -Wextra -pedantic -Werror.
 * Usage: capi_test EXAMPLES_DIR INDEX_DIR (INDEX_DIR: where to build a posting index) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tailorcore.h"

static int passes = 0;
static int failures = 0;

#define CHECK(cond)                                                            \
  do {                                                                         \
    if (cond) {                                                                \
      ++passes;                                                                \
    } else {                                                                   \
      ++failures;                                                              \
      fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
    }                                                                          \
  } while (0)

/* A posting source over an array, and a sink that records scores, for tc_engine_rank_stream. */
struct feed {
  const char* const* texts;
  size_t count;
  size_t next;
};

static int next_posting(void* user, const char** text, size_t* length) {
  struct feed* f = (struct feed*)user;
  if (f->next >= f->count) return 0;
  *text = f->texts[f->next];
  *length = strlen(*text);
  ++f->next;
  return 1;
}

struct received {
  size_t count;
  size_t last_index;
  int in_order;
};

static void take_result(void* user, const tc_rank_result* result) {
  struct received* r = (struct received*)user;
  if (r->count > 0 && result->index != r->last_index + 1) r->in_order = 0;
  r->last_index = result->index;
  ++r->count;
}

/* A posting source with ids for tc_index_build; `fail` makes it report a read error at the end. */
struct indexed {
  const char* const* texts;
  const char* const* ids;
  size_t count;
  size_t next;
  int fail;
};

static int next_indexed(void* user, tc_posting* posting) {
  struct indexed* f = (struct indexed*)user;
  if (f->next >= f->count) return f->fail ? -1 : 0;
  posting->text = f->texts[f->next];
  posting->text_length = strlen(f->texts[f->next]);
  posting->id = f->ids[f->next];
  posting->id_length = strlen(f->ids[f->next]);
  ++f->next;
  return 1;
}

static char* read_file(const char* path, size_t* length) {
  FILE* f = fopen(path, "rb");
  char* data;
  long size;
  if (f == NULL) return NULL;
  fseek(f, 0, SEEK_END);
  size = ftell(f);
  fseek(f, 0, SEEK_SET);
  data = malloc((size_t)size + 1);
  if (data != NULL && fread(data, 1, (size_t)size, f) != (size_t)size) {
    free(data);
    data = NULL;
  }
  fclose(f);
  if (data != NULL) {
    data[size] = '\0';
    *length = (size_t)size;
  }
  return data;
}

int main(int argc, char** argv) {
  char path[4096];
  size_t resume_length = 0;
  size_t posting_length = 0;
  char* resume_text;
  char* posting_text;
  tc_engine* engine = NULL;
  tc_resume* resume = NULL;
  tc_report* report = NULL;
  tc_error* error = NULL;
  tc_engine_options* options = NULL;
  tc_coverage required;
  int rc;

  if (argc != 3) {
    fprintf(stderr, "usage: capi_test EXAMPLES_DIR INDEX_DIR\n");
    return 2;
  }
  snprintf(path, sizeof path, "%s/resume-en.txt", argv[1]);
  resume_text = read_file(path, &resume_length);
  snprintf(path, sizeof path, "%s/posting-en.txt", argv[1]);
  posting_text = read_file(path, &posting_length);
  CHECK(resume_text != NULL && posting_text != NULL);
  if (resume_text == NULL || posting_text == NULL) return 1;

  /* Version: the header and the library agree. */
  CHECK(strcmp(tc_version(), TAILORCORE_VERSION_STRING) == 0);
  CHECK(tc_version_number() == TAILORCORE_VERSION_NUMBER);
  CHECK(tc_version_number() == TAILORCORE_VERSION_MAJOR * 10000 + TAILORCORE_VERSION_MINOR * 100 +
                                   TAILORCORE_VERSION_PATCH);

  /* The normal path. */
  rc = tc_engine_new(&engine, NULL, &error);
  CHECK(rc == TC_OK);
  CHECK(error == NULL);
  CHECK(engine != NULL);
  CHECK(tc_resume_new(&resume, engine, resume_text, resume_length, NULL) == TC_OK);
  CHECK(tc_engine_compare(&report, engine, resume, posting_text, posting_length, NULL) == TC_OK);
  CHECK(tc_report_score(report) > 0 && tc_report_score(report) <= 100);
  CHECK(tc_report_literal_score(report) <= tc_report_score(report));
  CHECK(tc_report_tier(report, TC_TIER_REQUIRED, &required, NULL) == TC_OK);
  CHECK(required.total > 0 && required.matched <= required.total);
  CHECK(required.coverage >= 0 && required.coverage <= 1);
  CHECK(tc_report_keyword_count(report) > tc_report_missing_count(report));
  CHECK(strstr(tc_report_json(report), "\"schema\": \"tailorcore.report/1\"") != NULL);

  /* One resume, another posting: the resume is reused. */
  {
    tc_report* second = NULL;
    const char* posting = "Requirements: Python and Django";
    CHECK(tc_engine_compare(&second, engine, resume, posting, strlen(posting), NULL) == TC_OK);
    CHECK(tc_report_score(second) > 50);
    tc_report_free(second);
  }

  /* Tailoring: the resume adapted by moves and renames, its diff and scores. */
  {
    tc_tailored* t = NULL;
    tc_tailored* cut = NULL;
    CHECK(tc_engine_tailor(&t, engine, resume, posting_text, posting_length, 0, NULL) == TC_OK);
    CHECK(strstr(tc_tailored_text(t), "PostgreSQL (Postgres)") != NULL);
    CHECK(strncmp(tc_tailored_diff(t), "--- original\n+++ tailored\n", 26) == 0);
    CHECK(strstr(tc_tailored_json(t), "\"schema\": \"tailorcore.tailor/1\"") != NULL);
    CHECK(tc_tailored_score_after(t) >= tc_tailored_score_before(t));
    CHECK(tc_tailored_score_before(t) == tc_report_score(report));
    CHECK(tc_tailored_edit_count(t) > 0);
    CHECK(tc_engine_tailor(&cut, engine, resume, posting_text, posting_length, 1, NULL) == TC_OK);
    CHECK(strstr(tc_tailored_json(cut), "\"drop_bullet\"") != NULL);
    CHECK(strlen(tc_tailored_text(cut)) < strlen(tc_tailored_text(t)));
    tc_tailored_free(cut);
    tc_tailored_free(t);
    t = (tc_tailored*)1;
    CHECK(tc_engine_tailor(&t, engine, NULL, "x", 1, 0, NULL) == TC_ERR_INVALID_ARGUMENT);
    CHECK(t == NULL);
    CHECK(tc_engine_tailor(&t, engine, resume, NULL, 3, 0, NULL) == TC_ERR_INVALID_ARGUMENT);
    CHECK(tc_engine_tailor(NULL, engine, resume, "x", 1, 0, NULL) == TC_ERR_INVALID_ARGUMENT);
    CHECK(strcmp(tc_tailored_text(NULL), "") == 0 && tc_tailored_edit_count(NULL) == 0);
    tc_tailored_free(NULL);
  }

  /* Documents: HTML read to text; binary data, a PDF (no PDF reader in the C library) and an
   * unknown encoding refused with a message. */
  {
    tc_document* doc = NULL;
    const char* html =
        "<html><body><h1>Backend</h1><ul><li>Python &amp; Kafka</li></ul>"
        "<script>var x = 'Haskell';</script></body></html>";
    CHECK(tc_document_read(&doc, html, strlen(html), NULL, NULL, NULL) == TC_OK);
    CHECK(strcmp(tc_document_format(doc), "html") == 0);
    CHECK(strcmp(tc_document_text(doc), "Backend\n\u2022 Python & Kafka\n") == 0);
    CHECK(tc_document_text_length(doc) == strlen(tc_document_text(doc)));
    tc_document_free(doc);
    doc = (tc_document*)1;
    CHECK(tc_document_read(&doc, "\0\1\2", 3, "auto", NULL, &error) == TC_ERR_INVALID_ARGUMENT);
    CHECK(doc == NULL && strstr(tc_error_message(error), "binary data") != NULL);
    tc_error_free(error);
    error = NULL;
    CHECK(tc_document_read(&doc, "%PDF-1.4", 8, NULL, NULL, &error) == TC_ERR_INVALID_ARGUMENT);
    CHECK(strstr(tc_error_message(error), "PDF reader") != NULL);
    tc_error_free(error);
    error = NULL;
    CHECK(tc_document_read(&doc, "text", 4, "text", "klingon-8", NULL) == TC_ERR_INVALID_ARGUMENT);
    CHECK(tc_document_read(&doc, "text", 4, "rtf", NULL, NULL) == TC_ERR_INVALID_ARGUMENT);
    CHECK(tc_document_read(NULL, "text", 4, NULL, NULL, NULL) == TC_ERR_INVALID_ARGUMENT);
    CHECK(strcmp(tc_document_text(NULL), "") == 0 && tc_document_text_length(NULL) == 0);
    tc_document_free(NULL);
  }

  /* NULL arguments are errors with a message, never crashes. */
  rc = tc_engine_compare(NULL, engine, resume, "x", 1, &error);
  CHECK(rc == TC_ERR_INVALID_ARGUMENT);
  CHECK(error != NULL && strstr(tc_error_message(error), "out") != NULL);
  CHECK(tc_error_code(error) == TC_ERR_INVALID_ARGUMENT);
  tc_error_free(error);
  error = NULL;
  {
    tc_report* r = (tc_report*)1;
    CHECK(tc_engine_compare(&r, NULL, resume, "x", 1, NULL) == TC_ERR_INVALID_ARGUMENT);
    CHECK(r == NULL);
    r = (tc_report*)1;
    CHECK(tc_engine_compare(&r, engine, NULL, "x", 1, NULL) == TC_ERR_INVALID_ARGUMENT);
    CHECK(tc_engine_compare(&r, engine, resume, NULL, 5, NULL) == TC_ERR_INVALID_ARGUMENT);
    /* A NULL text of length 0 is an empty posting. */
    CHECK(tc_engine_compare(&r, engine, resume, NULL, 0, NULL) == TC_OK);
    CHECK(tc_report_keyword_count(r) == 0);
    tc_report_free(r);
  }
  CHECK(tc_resume_new(NULL, engine, "x", 1, NULL) == TC_ERR_INVALID_ARGUMENT);
  CHECK(tc_report_score(NULL) == 0);
  CHECK(strcmp(tc_report_json(NULL), "") == 0);
  CHECK(tc_report_tier(report, (tc_tier)7, &required, NULL) == TC_ERR_INVALID_ARGUMENT);
  CHECK(tc_error_code(NULL) == TC_ERR_INVALID_ARGUMENT);
  CHECK(strcmp(tc_error_message(NULL), "") == 0);

  /* Every _free accepts NULL. */
  tc_error_free(NULL);
  tc_engine_options_free(NULL);
  tc_engine_free(NULL);
  tc_resume_free(NULL);
  tc_report_free(NULL);

  /* Options: an unknown weight, a missing lexicon file, a bad weight. */
  CHECK(tc_engine_options_new(&options, NULL) == TC_OK);
  CHECK(tc_engine_options_set_weight(options, "no_such_weight", 1.0, &error) ==
        TC_ERR_INVALID_ARGUMENT);
  CHECK(error != NULL && strstr(tc_error_message(error), "no_such_weight") != NULL);
  tc_error_free(error);
  error = NULL;
  CHECK(tc_engine_options_add_lexicon(options, "/nonexistent/skills.tsv", NULL) == TC_OK);
  {
    tc_engine* bad = (tc_engine*)1;
    CHECK(tc_engine_new(&bad, options, &error) == TC_ERR_IO);
    CHECK(bad == NULL);
    CHECK(error != NULL && strstr(tc_error_message(error), "/nonexistent/skills.tsv") != NULL);
    tc_error_free(error);
    error = NULL;
  }
  tc_engine_options_free(options);
  options = NULL;
  CHECK(tc_engine_options_new(&options, NULL) == TC_OK);
  CHECK(tc_engine_options_set_weight(options, "listed_credit", 2.0, NULL) == TC_OK);
  {
    tc_engine* bad = NULL;
    CHECK(tc_engine_new(&bad, options, NULL) == TC_ERR_INVALID_ARGUMENT);
  }
  tc_engine_options_free(options);

  /* as_of: a date in another shape is refused by tc_engine_new; a good one builds. */
  options = NULL;
  CHECK(tc_engine_options_new(&options, NULL) == TC_OK);
  CHECK(tc_engine_options_set_as_of(options, "31.01.2023", NULL) == TC_OK);
  {
    tc_engine* bad = NULL;
    CHECK(tc_engine_new(&bad, options, NULL) == TC_ERR_INVALID_ARGUMENT);
    CHECK(tc_engine_options_set_as_of(options, "2023-01-31", NULL) == TC_OK);
    CHECK(tc_engine_new(&bad, options, NULL) == TC_OK);
    tc_engine_free(bad);
  }
  tc_engine_options_free(options);

  /* advice_language: an unknown code is refused by tc_engine_new; "ru" builds. */
  options = NULL;
  CHECK(tc_engine_options_new(&options, NULL) == TC_OK);
  CHECK(tc_engine_options_set_advice_language(options, "xx", NULL) == TC_OK);
  {
    tc_engine* bad = NULL;
    CHECK(tc_engine_new(&bad, options, NULL) == TC_ERR_INVALID_ARGUMENT);
    CHECK(tc_engine_options_set_advice_language(options, "ru", NULL) == TC_OK);
    CHECK(tc_engine_new(&bad, options, NULL) == TC_OK);
    tc_engine_free(bad);
  }
  tc_engine_options_free(options);

  /* Batch: an array, top-k, and the streaming form with callbacks. */
  {
    const char* postings[] = {"Requirements: Java, Spring", "Requirements: Python, Django, Redis",
                              "Requirements: Python, Kafka", ""};
    size_t lengths[4];
    size_t i;
    tc_ranking* ranking = NULL;
    tc_rank_result result;
    struct feed f;
    struct received r;
    for (i = 0; i < 4; ++i) lengths[i] = strlen(postings[i]);
    CHECK(tc_engine_rank(&ranking, engine, resume, postings, lengths, 4, 2, 0, NULL) == TC_OK);
    CHECK(tc_ranking_count(ranking) == 4);
    CHECK(tc_ranking_get(ranking, 1, &result, NULL) == TC_OK);
    CHECK(result.index == 1 && result.score > 50);
    CHECK(tc_ranking_get(ranking, 4, &result, NULL) == TC_ERR_INVALID_ARGUMENT);
    tc_ranking_free(ranking);
    ranking = NULL;
    CHECK(tc_engine_rank(&ranking, engine, resume, postings, lengths, 4, 1, 2, NULL) == TC_OK);
    CHECK(tc_ranking_count(ranking) == 2);
    CHECK(tc_ranking_get(ranking, 0, &result, NULL) == TC_OK);
    CHECK(result.index == 1); /* the best match first */
    tc_ranking_free(ranking);
    tc_ranking_free(NULL);
    CHECK(tc_engine_rank(&ranking, engine, resume, NULL, NULL, 3, 1, 0, NULL) ==
          TC_ERR_INVALID_ARGUMENT);
    f.texts = postings;
    f.count = 4;
    f.next = 0;
    r.count = 0;
    r.last_index = 0;
    r.in_order = 1;
    CHECK(tc_engine_rank_stream(engine, resume, next_posting, &f, take_result, &r, 2, 0, NULL) ==
          TC_OK);
    CHECK(r.count == 4 && r.in_order);
    CHECK(tc_engine_rank_stream(engine, resume, NULL, &f, take_result, &r, 2, 0, NULL) ==
          TC_ERR_INVALID_ARGUMENT);

    /* The posting index: built once, ranked as the texts are, with ids. */
    {
      const char* ids[] = {"java-1", "py-2", "py-3", "empty-4"};
      struct indexed in;
      tc_index* index = NULL;
      tc_ranking* from_text = NULL;
      tc_engine* other = NULL;
      tc_engine_options* other_options = NULL;
      size_t top, removed = 0;
      in.texts = postings;
      in.ids = ids;
      in.count = 4;
      in.next = 0;
      in.fail = 0;
      CHECK(tc_index_build(engine, argv[2], next_indexed, &in, 2, NULL) == TC_OK);
      CHECK(tc_index_open(&index, engine, argv[2], NULL) == TC_OK);
      CHECK(tc_index_postings(index) == 4);
      CHECK(tc_index_verify(index, NULL) == TC_OK);
      for (top = 0; top <= 2; top += 2) {
        ranking = NULL;
        CHECK(tc_index_rank(&ranking, index, engine, resume, 1, top, NULL) == TC_OK);
        CHECK(tc_engine_rank(&from_text, engine, resume, postings, lengths, 4, 1, top, NULL) ==
              TC_OK);
        CHECK(tc_ranking_count(ranking) == (top == 0 ? 4 : 2));
        CHECK(tc_ranking_count(ranking) == tc_ranking_count(from_text));
        for (i = 0; i < tc_ranking_count(ranking); ++i) {
          tc_rank_result want;
          CHECK(tc_ranking_get(ranking, i, &result, NULL) == TC_OK);
          CHECK(tc_ranking_get(from_text, i, &want, NULL) == TC_OK);
          CHECK(result.index == want.index && result.score == want.score &&
                result.literal_score == want.literal_score);
          CHECK(strcmp(tc_ranking_id(ranking, i), ids[result.index]) == 0);
          CHECK(strcmp(tc_ranking_id(from_text, i), "") == 0);
        }
        tc_ranking_free(ranking);
        tc_ranking_free(from_text);
        from_text = NULL;
      }
      /* An engine with other weights: refused, by open and by rank. */
      CHECK(tc_engine_options_new(&other_options, NULL) == TC_OK);
      CHECK(tc_engine_options_set_weight(other_options, "required_weight", 4.0, NULL) == TC_OK);
      CHECK(tc_engine_new(&other, other_options, NULL) == TC_OK);
      ranking = NULL;
      CHECK(tc_index_rank(&ranking, index, other, resume, 1, 2, &error) == TC_ERR_DATA);
      CHECK(ranking == NULL && strstr(tc_error_message(error), "rebuild") != NULL);
      tc_error_free(error);
      error = NULL;
      tc_index_free(index);
      index = NULL;
      CHECK(tc_index_open(&index, other, argv[2], &error) == TC_ERR_DATA);
      CHECK(index == NULL && strstr(tc_error_message(error), "fingerprint") != NULL);
      tc_error_free(error);
      error = NULL;
      tc_engine_free(other);
      tc_engine_options_free(other_options);
      /* Remove by id, a source that fails (nothing changes), NULL arguments. */
      CHECK(tc_index_remove(engine, argv[2], ids + 1, 1, &removed, NULL) == TC_OK);
      CHECK(removed == 1);
      in.next = 0;
      in.fail = 1;
      CHECK(tc_index_add(engine, argv[2], next_indexed, &in, 1, NULL) == TC_ERR_IO);
      CHECK(tc_index_compact(engine, argv[2], NULL) == TC_OK);
      CHECK(tc_index_open(&index, engine, argv[2], NULL) == TC_OK);
      CHECK(tc_index_postings(index) == 3);
      CHECK(tc_index_rank(&ranking, index, engine, NULL, 1, 2, NULL) == TC_ERR_INVALID_ARGUMENT);
      CHECK(tc_index_build(engine, NULL, next_indexed, &in, 1, NULL) == TC_ERR_INVALID_ARGUMENT);
      CHECK(tc_index_postings(NULL) == 0);
      CHECK(strcmp(tc_ranking_id(NULL, 0), "") == 0);
      tc_index_free(index);
      tc_index_free(NULL);
    }
  }

  tc_report_free(report);
  tc_resume_free(resume);
  tc_engine_free(engine);
  free(resume_text);
  free(posting_text);
  printf("%d passed, %d failed\n", passes, failures);
  return failures == 0 ? 0 : 1;
}
