// The report as one self-contained HTML page (`compare --format html`): the resume and the
// posting side by side with every keyword highlighted by its state, coverage bars, requirements,
// keyword tables, suggestions and the bullet review. No script, no external file: it opens from
// disk, prints, and can be mailed. docs/cli.md describes what it shows.
#ifndef TAILORCORE_TOOLS_CLI_REPORT_HTML_H_
#define TAILORCORE_TOOLS_CLI_REPORT_HTML_H_

#include <string>
#include <string_view>

#include "tailorcore/engine.h"
#include "tailorcore/report.h"

namespace tailorcore::cli {

// `text` with &, <, >, " and ' as character references: safe in an element or a quoted attribute.
std::string EscapeHtml(std::string_view text);

// The page for `report`, the comparison of `resume` with `posting` (the Documents the report was
// made from: its offsets index their texts). Highlights, each a <mark class="kw STATE"> with
// data-skill (the keyword id) and data-state, where STATE is one of
//   matched       the resume shows the keyword (resume: its evidence; posting: its occurrences)
//   missing       the posting asks it and the resume does not show it
//   implied       shown only by a narrower skill ("Kafka" for "message brokers")
//   alternative   another member of a requirement group that a member already carries
//   not-required  the posting names it as no requirement
// Nested matches ("GitHub" inside "GitHub Actions") are not marked twice. Every text from the
// documents is escaped; nothing in them becomes markup. Cost: linear in the two texts plus the
// keywords. Thread-safe (reads only).
std::string RenderHtml(const Report& report, const Document& resume, const Document& posting,
                       const std::string& resume_name, const std::string& posting_name);

}  // namespace tailorcore::cli

#endif  // TAILORCORE_TOOLS_CLI_REPORT_HTML_H_
