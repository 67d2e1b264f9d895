/* Built against an installed tailorcore with find_package(tailorcore), target tailorcore::c. */
#include <stdio.h>
#include <string.h>

#include "tailorcore.h"

int main(void) {
  tc_engine* engine = NULL;
  tc_resume* resume = NULL;
  tc_report* report = NULL;
  const char* resume_text = "Skills: Python, PostgreSQL";
  const char* posting = "Requirements: Python, PostgreSQL, Kafka";
  if (strcmp(tc_version(), TAILORCORE_VERSION_STRING) != 0) return 1;
  if (tc_engine_new(&engine, NULL, NULL) != TC_OK) return 1;
  if (tc_resume_new(&resume, engine, resume_text, strlen(resume_text), NULL) != TC_OK) return 1;
  if (tc_engine_compare(&report, engine, resume, posting, strlen(posting), NULL) != TC_OK) return 1;
  printf("c score %.2f\n", tc_report_score(report));
  int ok = tc_report_score(report) > 0 && tc_report_missing_count(report) == 1;
  tc_report_free(report);
  tc_resume_free(resume);
  tc_engine_free(engine);
  return ok ? 0 : 1;
}
