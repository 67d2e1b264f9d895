// What `tailorcore tailor` prints: a summary of the edits, or the tailored resume as Markdown.
#ifndef TAILORCORE_TOOLS_CLI_TAILOR_OUTPUT_H_
#define TAILORCORE_TOOLS_CLI_TAILOR_OUTPUT_H_

#include <string>
#include <vector>

#include "tailorcore/section.h"
#include "tailorcore/tailor.h"

namespace tailorcore::cli {

// The score before and after, each edit (kind, what changed, why), the gaps tailoring cannot
// close, and how to get the resume and the diff.
std::string RenderTailorSummary(const Tailored& tailored, const std::string& resume_name,
                                const std::string& posting_name);

// The tailored resume as Markdown: its first line a level-1 heading, each section heading
// (`sections`, from analyzing `text` as a resume) a level-2 heading, bullet lines list items,
// other lines kept apart by hard breaks; every word escaped.
std::string TailoredMarkdown(const std::string& text, const std::vector<Section>& sections);

}  // namespace tailorcore::cli

#endif  // TAILORCORE_TOOLS_CLI_TAILOR_OUTPUT_H_
