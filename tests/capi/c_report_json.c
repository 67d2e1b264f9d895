/* Prints the JSON report for RESUME and POSTING through the C API (with --tailor after them:
 * the tailored resume's JSON, tc_tailored_json), for the differential test
 * (tests/python/test_frontends.py): the C, C++ and Python front ends give identical JSON. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tailorcore.h"

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
  if (data != NULL) *length = (size_t)size;
  return data;
}

int main(int argc, char** argv) {
  size_t resume_length = 0;
  size_t posting_length = 0;
  char* resume_text;
  char* posting_text;
  tc_engine* engine = NULL;
  tc_resume* resume = NULL;
  tc_report* report = NULL;
  tc_tailored* tailored = NULL;
  tc_error* error = NULL;
  const int tailor = argc == 4 && strcmp(argv[3], "--tailor") == 0;
  if (argc != 3 && !tailor) {
    fprintf(stderr, "usage: c_report_json RESUME POSTING [--tailor]\n");
    return 2;
  }
  resume_text = read_file(argv[1], &resume_length);
  posting_text = read_file(argv[2], &posting_length);
  if (resume_text == NULL || posting_text == NULL) {
    fprintf(stderr, "c_report_json: cannot read input\n");
    return 1;
  }
  if (tc_engine_new(&engine, NULL, &error) != TC_OK ||
      tc_resume_new(&resume, engine, resume_text, resume_length, &error) != TC_OK ||
      tc_engine_compare(&report, engine, resume, posting_text, posting_length, &error) != TC_OK ||
      (tailor && tc_engine_tailor(&tailored, engine, resume, posting_text, posting_length, 0,
                                  &error) != TC_OK)) {
    fprintf(stderr, "c_report_json: %s\n", tc_error_message(error));
    tc_error_free(error);
    return 1;
  }
  printf("%s\n", tailor ? tc_tailored_json(tailored) : tc_report_json(report));
  tc_tailored_free(tailored);
  tc_report_free(report);
  tc_resume_free(resume);
  tc_engine_free(engine);
  free(resume_text);
  free(posting_text);
  return 0;
}
