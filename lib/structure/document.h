// An analyzed document: its text, tokens, skill matches, sections and, for a resume, its line
// items and bullets. What the profile and compare stages read; the engine's Document holds one.
#ifndef TAILORCORE_LIB_STRUCTURE_DOCUMENT_H_
#define TAILORCORE_LIB_STRUCTURE_DOCUMENT_H_

#include <cstdint>
#include <string>
#include <vector>

#include "base/string_hash.h"
#include "structure/bullets.h"
#include "structure/credentials.h"
#include "structure/experience.h"
#include "structure/language_levels.h"
#include "structure/lines.h"
#include "structure/sections.h"
#include "tailorcore/analyzer.h"
#include "tailorcore/match.h"
#include "tailorcore/section.h"

namespace tailorcore::detail {

struct AnalyzedDocument {
  std::string text;
  AnalyzedText analyzed;
  MatchResult matches;
  std::vector<Section> sections;
  std::vector<LineItem> items;       // resumes only
  std::vector<BulletFacts> bullets;  // resumes only
  std::vector<DatedEntry> entries;   // resumes only: dated experience entries
  ResumeCredentials credentials;     // resumes only: degree and seniority
  // Resumes only: each spoken language named (a `spoken-languages` skill) and the level next
  // to it (0 when none), in resume order; and the language the resume is written in, as the
  // lexicon skill of its name ("english"), from the language of most of its words.
  struct Spoken {
    std::string skill;
    LanguageLevel level = 0;
  };
  std::vector<Spoken> spoken;
  std::string written_in;
  LanguageId language = kNoLanguage;  // resumes only: the language of most of its words
  // Resumes only: each normalized word (outside compound parts) → its tokens, in order.
  StringMap<std::vector<std::uint32_t>> word_positions;
  DocumentType type = DocumentType::kResume;

  // The section holding byte `offset` (kOther when none). O(log sections).
  SectionKind SectionAt(std::uint32_t offset) const;
  // The section holding byte `offset`, or nullptr when none does. O(log sections).
  const Section* SectionHolding(std::uint32_t offset) const;
  // The line item holding byte `offset`, or nullptr. O(log items).
  const LineItem* ItemAt(std::uint32_t offset) const;
  // Whether `item`, one of `items` (any other item gets the first test only), names a role
  // rather than describing work: it holds a date (LooksLikeRoleHeader: "Senior Engineer, Acme,
  // 2021 - present"); or it has no bullet mark and stands right above a line of dates alone
  // ("Financial Analyst, Acme" / "Jan 2020 – Present"), or right under one with no role line
  // above the dates, where resumes written for hh.ru put the role ("Июнь 2020 — настоящее время
  // (4 года)" / "Старший кладовщик, ООО «ТрансСклад»"). O(log entries + log sections).
  bool RoleLine(const LineItem& item) const;
  // Whether a section heading lies on `item`. O(log sections).
  bool HeadingOn(const LineItem& item) const;
  // Whether `item` holds a date range of `entries` and nothing else but punctuation and a
  // duration in parentheses. O(log entries).
  bool DatesAlone(const LineItem& item) const;
  // Starts each entry whose dates stand alone on their line at the role line right above them
  // ("Android-разработчик — «Тинькофф»" / "Май 2019 — Сентябрь 2021"; no bullet mark, no
  // heading, at most 100 bytes, no full stop at its end), which else counts as the previous
  // entry's words; not where the line above is the previous entry's role under its own dates
  // (hh.ru). Call after `entries` and `items` are found. O(entries × log items).
  void AdoptRoleLinesAbove();
};

}  // namespace tailorcore::detail

#endif  // TAILORCORE_LIB_STRUCTURE_DOCUMENT_H_
