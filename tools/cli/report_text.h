// The report for a person at a terminal: 80 columns, colour only when asked.
#ifndef TAILORCORE_TOOLS_CLI_REPORT_TEXT_H_
#define TAILORCORE_TOOLS_CLI_REPORT_TEXT_H_

#include <string>

#include "tailorcore/report.h"

namespace tailorcore::cli {

// Renders `report` as text no wider than 80 columns (long words aside). `color` adds ANSI
// colours; callers pass true only for a terminal without NO_COLOR.
std::string RenderReport(const Report& report, const std::string& resume_name,
                         const std::string& posting_name, bool color);

// `s` cut to at most `columns` code points, with "…" when cut; `s` padded with spaces to
// `width` code points. Columns are code points: Cyrillic counts one a letter.
std::string Cut(const std::string& s, std::size_t columns);
std::string Pad(const std::string& s, std::size_t width);

// The bullet and section review alone (`tailorcore lint`).
std::string RenderLint(const Report& report, const std::string& resume_name, bool color);

}  // namespace tailorcore::cli

#endif  // TAILORCORE_TOOLS_CLI_REPORT_TEXT_H_
