// The report as Markdown (CommonMark with GitHub tables), for pasting into notes and issues.
#ifndef TAILORCORE_TOOLS_CLI_REPORT_MARKDOWN_H_
#define TAILORCORE_TOOLS_CLI_REPORT_MARKDOWN_H_

#include <string>

#include "tailorcore/report.h"

namespace tailorcore::cli {

// `report` as Markdown: the scores, coverage by tier, requirements, matched and missing keywords
// (tables), suggestions and the bullet review (lists). Every text from the resume or the posting
// is escaped: "<script>", "|", "*" and the like show as written and never become markup. A
// posting with no skill gives a line that says so instead of the scores.
// `text` with Markdown's special characters escaped ("\\*", "\\|") and line breaks as spaces.
std::string EscapeMarkdown(const std::string& text);

std::string RenderMarkdown(const Report& report, const std::string& resume_name,
                           const std::string& posting_name);

}  // namespace tailorcore::cli

#endif  // TAILORCORE_TOOLS_CLI_REPORT_MARKDOWN_H_
