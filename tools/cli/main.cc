// The tailorcore command-line tool.
//
//   tailorcore analyze FILE...            print the analyzed tokens of each file ('-' reads stdin)
//   tailorcore extract FILE...            list the skills found in each file
//   tailorcore lexicon check FILE...      load lexicon files, report the first error as file:line
//   tailorcore lexicon keys               print the lookup key of each form read from stdin
//
// Exit codes: 0 success, 1 input error (a file cannot be read), 2 usage error.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

#include "tailorcore/analyzer.h"
#include "tailorcore/lexicon.h"
#include "extract_jsonl.h"

namespace {

constexpr int kExitInputError = 1;
constexpr int kExitUsageError = 2;

bool ReadInput(const std::string& path, std::string* out, std::string* error) {
  if (path == "-") {
    out->assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    if (std::cin.bad()) {
      *error = "standard input: read error";
      return false;
    }
    return true;
  }
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    *error = path + ": is a directory, not a file";
    return false;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = path + ": cannot open file (" + (std::filesystem::exists(path, ec)
                                                    ? "permission denied" : "no such file") + ")";
    return false;
  }
  out->assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  if (in.bad()) {
    *error = path + ": read error";
    return false;
  }
  return true;
}

const char* KindName(tailorcore::TokenKind kind) {
  switch (kind) {
    case tailorcore::TokenKind::kWord: return "word";
    case tailorcore::TokenKind::kNumber: return "number";
    case tailorcore::TokenKind::kTech: return "tech";
  }
  return "?";
}

const char* ScriptName(tailorcore::Script script) {
  switch (script) {
    case tailorcore::Script::kLatin: return "latin";
    case tailorcore::Script::kCyrillic: return "cyrillic";
    case tailorcore::Script::kOther: return "other";
  }
  return "?";
}

// Pads to `width` columns, counting code points rather than bytes so Cyrillic lines up.
std::string Pad(const std::string& s, std::size_t width) {
  std::size_t columns = 0;
  for (char c : s) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++columns;
  }
  return columns >= width ? s + " " : s + std::string(width - columns, ' ');
}

void PrintTokens(const std::string& name, const std::string& input,
                 const tailorcore::AnalyzedText& text) {
  std::printf("== %s: %zu bytes, %zu tokens", name.c_str(), text.input_bytes, text.tokens.size());
  if (text.invalid_sequences > 0) std::printf(", %zu invalid UTF-8 sequences", text.invalid_sequences);
  if (text.oversized_words > 0) std::printf(", %zu oversized words skipped", text.oversized_words);
  if (text.truncated) std::printf(", input truncated");
  std::printf("\n%-13s %-6s %-8s %-22s %-22s %s\n", "bytes", "kind", "script", "text", "normalized",
              "stem");
  for (const tailorcore::Token& t : text.tokens) {
    std::string original = input.substr(t.begin, t.end - t.begin);
    std::string range = std::to_string(t.begin) + "-" + std::to_string(t.end);
    std::string flags;
    if (t.stopword) flags += " stopword";
    if (t.compound) flags += " compound";
    if (t.part) flags += " part";
    std::printf("%-13s %-6s %-8s %s%s%s%s\n", range.c_str(), KindName(t.kind),
                ScriptName(t.script), Pad(original, 22).c_str(), Pad(t.normalized, 22).c_str(),
                t.stem.c_str(), flags.c_str());
  }
}

void PrintMatches(const std::string& name, const tailorcore::Lexicon& lexicon,
                  const tailorcore::MatchResult& result) {
  std::printf("== %s: %zu skills found\n", name.c_str(), result.matches.size());
  std::printf("%-13s %-28s %-20s %-15s %s\n", "bytes", "skill", "category", "how", "form");
  for (const tailorcore::SkillMatch& m : result.matches) {
    std::string range = std::to_string(m.begin) + "-" + std::to_string(m.end);
    std::printf("%-13s %s%s%-15s %s\n", range.c_str(), Pad(m.skill->name, 28).c_str(),
                Pad(lexicon.CategoryName(m.skill->category), 20).c_str(),
                tailorcore::MatchKindName(m.kind), m.form.c_str());
  }
  if (!result.candidates.empty()) {
    std::printf("-- not in the lexicon, but look like keywords:\n");
    for (const tailorcore::CandidateTerm& c : result.candidates) {
      std::printf("%-13s %s(%s)\n", (std::to_string(c.begin) + "-" + std::to_string(c.end)).c_str(),
                  Pad(c.text, 28).c_str(), c.reason);
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"tailorcore: how well a resume covers a job posting, and what to change"};
  app.set_version_flag("--version", std::string("tailorcore ") + TAILORCORE_VERSION);
  app.require_subcommand(1);

  std::vector<std::string> files;
  CLI::App* analyze = app.add_subcommand("analyze", "Print the analyzed tokens of each file");
  analyze->add_option("files", files, "UTF-8 text files ('-' reads standard input)")->required();

  std::vector<std::string> extract_files;
  std::vector<std::string> extra_lexicons;
  bool empty_lexicon = false;
  CLI::App* extract = app.add_subcommand("extract", "List the skills found in each file");
  extract->add_option("files", extract_files, "UTF-8 text files ('-' reads standard input)")
      ->required();
  extract->add_option("--lexicon", extra_lexicons, "Also load this lexicon file (repeatable)");
  extract->add_flag("--no-bundled", empty_lexicon, "Start from an empty lexicon, not the bundled one");
  bool jsonl = false;
  extract->add_flag("--jsonl", jsonl,
                    "Each file is JSON Lines with a \"text\" field; print one JSON result per line");

  CLI::App* lexicon_cmd = app.add_subcommand("lexicon", "Check lexicon files");
  lexicon_cmd->require_subcommand(1);
  std::vector<std::string> check_files;
  bool check_on_empty = false;
  CLI::App* check = lexicon_cmd->add_subcommand(
      "check", "Load lexicon files on top of the bundled lexicon; print counts or the first error");
  check->add_option("files", check_files, "Lexicon files (docs/lexicon-format.md)")->required();
  check->add_flag("--no-bundled", check_on_empty, "Load them into an empty lexicon instead");
  CLI::App* keys = lexicon_cmd->add_subcommand(
      "keys", "Print the lookup key (normalized words) of each form read from standard input");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? 0 : kExitUsageError;
  }

  if (keys->parsed()) {
    auto analyzer = tailorcore::Analyzer::Create();
    if (!analyzer.ok()) {
      std::fprintf(stderr, "tailorcore: %s\n", analyzer.status().message().c_str());
      return kExitInputError;
    }
    std::string line;
    while (std::getline(std::cin, line)) {
      std::string key;
      for (const tailorcore::Token& t : analyzer->Analyze(line).tokens) {
        if (t.part) continue;
        if (!key.empty()) key += ' ';
        key += t.normalized;
      }
      std::printf("%s\n", key.c_str());
    }
    return 0;
  }
  if (check->parsed() || extract->parsed()) {
    const bool empty = check->parsed() ? check_on_empty : empty_lexicon;
    auto builder = empty ? tailorcore::LexiconBuilder::Empty() : tailorcore::LexiconBuilder::Bundled();
    if (!builder.ok()) {
      std::fprintf(stderr, "tailorcore: %s\n", builder.status().message().c_str());
      return kExitInputError;
    }
    for (const std::string& path : check->parsed() ? check_files : extra_lexicons) {
      if (tailorcore::Status s = builder->AddFile(path); !s.ok()) {
        std::fprintf(stderr, "tailorcore: %s\n", s.message().c_str());
        return kExitInputError;
      }
    }
    auto lexicon = builder->Build();
    if (!lexicon.ok()) {
      std::fprintf(stderr, "tailorcore: %s\n", lexicon.status().message().c_str());
      return kExitInputError;
    }
    if (check->parsed()) {
      std::size_t forms = 0;
      for (const tailorcore::Skill& skill : lexicon->skills()) forms += skill.forms.size();
      std::printf("ok: %zu categories, %zu skills, %zu forms (%zu written, the rest generated "
                  "transliterations)\n",
                  lexicon->categories().size(), lexicon->skills().size(), forms,
                  builder->form_count());
      return 0;
    }
    int exit_code = 0;
    if (jsonl) {
      for (const std::string& path : extract_files) {
        std::ifstream file;
        if (path != "-") {
          std::error_code ec;
          if (std::filesystem::is_directory(path, ec)) {
            std::fprintf(stderr, "tailorcore: %s: is a directory, not a file\n", path.c_str());
            exit_code = kExitInputError;
            continue;
          }
          file.open(path, std::ios::binary);
          if (!file) {
            std::fprintf(stderr, "tailorcore: %s: cannot open file\n", path.c_str());
            exit_code = kExitInputError;
            continue;
          }
        }
        std::istream& in = path == "-" ? std::cin : file;
        const auto summary = tailorcore::cli::ExtractJsonl(
            *lexicon, in, path == "-" ? "standard input" : path, std::cout, std::cerr);
        std::fprintf(stderr, "tailorcore: %s: %zu documents, %zu malformed lines skipped\n",
                     path.c_str(), summary.documents, summary.malformed);
      }
      return exit_code;
    }
    for (const std::string& path : extract_files) {
      std::string input;
      std::string error;
      if (!ReadInput(path, &input, &error)) {
        std::fprintf(stderr, "tailorcore: %s\n", error.c_str());
        exit_code = kExitInputError;
        continue;
      }
      PrintMatches(path, *lexicon, lexicon->Extract(input));
    }
    return exit_code;
  }

  auto analyzer = tailorcore::Analyzer::Create();
  if (!analyzer.ok()) {
    std::fprintf(stderr, "tailorcore: %s\n", analyzer.status().message().c_str());
    return kExitInputError;
  }
  int exit_code = 0;
  for (const std::string& path : files) {
    std::string input;
    std::string error;
    if (!ReadInput(path, &input, &error)) {
      std::fprintf(stderr, "tailorcore: %s\n", error.c_str());
      exit_code = kExitInputError;
      continue;
    }
    PrintTokens(path, input, analyzer->Analyze(input));
  }
  return exit_code;
}
