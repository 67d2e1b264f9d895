// libFuzzer target: the lexicon file loader and compiler on any bytes. A file either loads
// whole or is rejected with a message; a loaded one compiles and matches.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "tailorcore/lexicon.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const tailorcore::LexiconBuilder empty = tailorcore::LexiconBuilder::Empty().value();
  tailorcore::LexiconBuilder builder = empty;
  const std::string_view content(reinterpret_cast<const char*>(data), size);
  const tailorcore::Status status = builder.AddText(content, "fuzz.tsv");
  if (!status.ok()) {
    if (status.message().rfind("fuzz.tsv:", 0) != 0) std::abort();  // always file:line
    if (builder.skill_count() != 0) std::abort();                   // rejected whole
    return 0;
  }
  auto lexicon = builder.Build();
  if (!lexicon.ok()) std::abort();
  lexicon->Extract(content);
  return 0;
}
