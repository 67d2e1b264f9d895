// Comparing a resume with a posting's profile: evidence, coverage, the score and the literal
// score (docs/scoring.md), then the bullet review, the section check and the suggestions.
#ifndef TAILORCORE_LIB_COMPARE_COMPARE_H_
#define TAILORCORE_LIB_COMPARE_COMPARE_H_

#include <string>
#include <utility>
#include <vector>

#include "lang/languages.h"
#include "structure/document.h"
#include "tailorcore/profile.h"
#include "tailorcore/report.h"
#include "tailorcore/scoring.h"

namespace tailorcore::detail {

// How much of a report Score fills: everything, or the score, literal score, tier coverage,
// keywords (with tier, weight, credit, match) and missing list alone (what ranking keeps).
enum class CompareDepth { kFull, kScore };

// What advice is written with: each language's messages (by LanguageId), and the language of
// the report's sentences: `report_language`, or the resume's own when that is kNoLanguage.
struct Advice {
  const Languages* languages = nullptr;
  std::vector<Messages> messages;
  LanguageId report_language = kNoLanguage;
  LanguageId fallback = 0;                       // English: for a resume in no registered language
  const CredentialRules* credentials = nullptr;  // role nouns, for the job title check

  // The language a report on `resume` is written in.
  LanguageId LanguageFor(const AnalyzedDocument& resume) const {
    if (report_language < messages.size()) return report_language;
    return resume.language < messages.size() ? resume.language : fallback;
  }
  const Messages& For(const AnalyzedDocument& resume) const {
    return messages[LanguageFor(resume)];
  }
};

// The report of `resume` against `profile`, built with the same lexicon and `scoring`. Never
// fails. Cost: linear in the resume's matches and the profile's keywords; kFull adds the bullet
// review and the suggestions. Thread-safe (reads only).
// `as_of` is the month "present" ends in (EngineOptions::as_of).
Report Score(const AnalyzedDocument& resume, const PostingProfile& profile,
             const ScoringOptions& scoring, CompareDepth depth, const Advice& advice,
             MonthIndex as_of);

// For the posting index's sparse pass (docs/index.md): every keyword id `resume` can satisfy
// (the skills it shows, the broader skills they imply, "term:<word>" for each of its words),
// each with the most credit Score can give a keyword of that id, sorted by id. Never fails;
// linear in the resume's matches and words. Thread-safe.
std::vector<std::pair<std::string, double>> ResumeReach(const AnalyzedDocument& resume,
                                                        const ScoringOptions& scoring);

// For each keyword of `profile` that can earn points (not-required ones left out), its id and
// bound: 100 × its weight (its group's heaviest, for a group member) over the least total
// weight its score can be divided by (+infinity when that is 0). For any resume, Score's score
// is at most the sum, over the keywords whose id ResumeReach gives, of bound × that credit,
// plus 0.01 for rounding (scores never gain from requirements). In profile order; an id may
// repeat. Never fails; linear in the keywords. Thread-safe.
std::vector<std::pair<std::string, double>> KeywordBounds(const PostingProfile& profile);

// Fills report->requirements: each experience, language, degree and seniority requirement of
// the profile, with what the resume shows for it (docs/scoring.md, 5). Linear in entries × the
// resume's matches per requirement.
void CheckRequirements(const AnalyzedDocument& resume, const PostingProfile& profile,
                       MonthIndex as_of, Report* report);

// Each requirement's points (what an unmet one takes from report->keyword_score, capped
// together at scoring.max_requirements_cost) and report->score, their sum with the keyword
// score (docs/scoring.md, 5). Requirements must be filled.
void CostRequirements(const ScoringOptions& scoring, Report* report);

// The months `entries` cover together (overlaps counted once), "present" ending at `as_of`.
// Linear in the entries after sorting them.
int MonthsCovered(const std::vector<const DatedEntry*>& entries, MonthIndex as_of);

// Adds the checks of the resume itself to report->suggestions (docs/scoring.md, "Resume
// checks"): contact details (email, phone, a profile link, and a code link for a resume that
// names a programming language), dates written more than one way, length (over two pages, or
// over one under ten years of dated experience), and `title` (the posting's job title, "" for
// none) absent from the resume. Nothing for an empty resume. Linear in the resume.
// The words of case-folded text, split at spaces, tabs, hyphens and commas ("python-
// разработчик" → "python", "разработчик"); one-byte words left out. Never fails; linear.
// Thread-safe.
std::vector<std::string> FoldedWords(const std::string& folded);

void CheckResume(const Advice& advice, const AnalyzedDocument& resume, const std::string& title,
                 MonthIndex as_of, Report* report);

// Fills report->bullets: the resume's bullets ranked by the weight of the posting keywords they
// show (report->keywords must be filled).
void ReviewBullets(const AnalyzedDocument& resume, Report* report);

// Fills report->sections: summary, skills, experience, education present or not.
void CheckSections(const AnalyzedDocument& resume, Report* report);

// Fills report->suggestions from the keywords, bullets and sections already in the report.
// `profile`: the posting's, for the names advice gives keywords (AdviceName).
void Suggest(const Advice& advice, const AnalyzedDocument& resume, const PostingProfile& profile,
             Report* report);

// How advice names a posting keyword: the posting's first form, or where that form is a
// non-Latin inflection of a lexicon form (the posting's "брокерами сообщений" of "брокеры
// сообщений", "базе данных" of "базы данных"), that lexicon form: a quoted name reads as a
// name, and the resume should write it so. "" for a keyword with no form. O(forms).
std::string AdviceName(const PostingKeyword& k);

}  // namespace tailorcore::detail

#endif  // TAILORCORE_LIB_COMPARE_COMPARE_H_
