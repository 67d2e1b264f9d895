// The report for a person at a terminal: 80 columns, colour only when asked.
#ifndef TAILORCORE_TOOLS_CLI_REPORT_TEXT_H_
#define TAILORCORE_TOOLS_CLI_REPORT_TEXT_H_

#include <string>

#include "tailorcore/report.h"

namespace tailorcore::cli {

// Renders `report` as text no wider than `width` columns (long words aside). `color` adds ANSI
// colours; callers pass true only for a terminal without NO_COLOR. A posting with no skill
// gives a line that says so instead of a score.
std::string RenderReport(const Report& report, const std::string& resume_name,
                         const std::string& posting_name, bool color, std::size_t width = 80);

// `s` cut to at most `columns` terminal columns, with "…" when cut; `s` padded with spaces to
// `width` columns. Columns are display width (ICU East Asian width): a Cyrillic letter takes
// one, a CJK character two, a combining mark none; ANSI colour sequences none.
std::string Cut(const std::string& s, std::size_t columns);
std::string Pad(const std::string& s, std::size_t width);

// The width of the terminal on stdout, 80 when stdout is no terminal or says nothing (or less
// than 40).
std::size_t TerminalWidth();

// The bullet and section review alone (`tailorcore lint`).
std::string RenderLint(const Report& report, const std::string& resume_name, bool color,
                       std::size_t width = 80);

}  // namespace tailorcore::cli

#endif  // TAILORCORE_TOOLS_CLI_REPORT_TEXT_H_
