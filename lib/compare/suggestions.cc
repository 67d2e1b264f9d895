// Suggestions: advice sentences from data/lang/<code>/messages.tsv. None of it writes content
// for the applicant: it names gaps and the posting's own words.
#include <algorithm>
#include <cmath>
#include <string>

#include "analysis/normalize.h"
#include "base/text.h"
#include "compare/compare.h"

namespace tailorcore::detail {
namespace {

constexpr std::size_t kQuoteBytes = 120;  // longest posting sentence quoted in a message
constexpr std::size_t kBulletQuoteBytes = 70;
constexpr std::size_t kMaxBulletAdvice = 10;

// `text` cut to at most `bytes` at a code point boundary, with "…" when cut.
std::string Shorten(const std::string& text, std::size_t bytes) {
  if (text.size() <= bytes) return text;
  std::size_t cut = bytes;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return text.substr(0, cut) + "\u2026";
}

bool IsAcronymLike(const std::string& s) {
  std::size_t upper = 0;
  std::size_t letters = 0;
  for (char c : s) {
    if (c >= 'A' && c <= 'Z') ++upper;
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) ++letters;
  }
  return s.find(' ') == std::string::npos && letters > 0 && upper * 2 >= letters;
}

Suggestion Make(SuggestionKind kind, std::string keyword_id, std::string message) {
  Suggestion s;
  s.kind = kind;
  s.keyword_id = std::move(keyword_id);
  s.message = std::move(message);
  return s;
}

// The names advice gives the posting's keywords (AdviceName), by id.
using Names = StringMap<std::string>;

// How advice names keyword `k`: AdviceName's, else the posting's first form, else its term.
std::string NameOf(const Names& names, const Keyword& k) {
  if (const auto it = names.find(k.id); it != names.end() && !it->second.empty()) {
    return it->second;
  }
  return k.posting_forms.empty() ? k.term : k.posting_forms.front();
}

// How the posting names a keyword, quoted; for a requirement group, each member's name, joined
// by commas and a last "or" ("“FastAPI” or “Django”", "“Monitoring”, “Prometheus” or “Grafana”").
std::string PostingName(const Messages& m, const Names& names, const Keyword& k,
                        const Report& report) {
  std::vector<std::string> quoted{m.Quote(NameOf(names, k))};
  for (const std::string& id : k.alternatives) {
    for (const Keyword& other : report.keywords) {
      if (other.id == id) quoted.push_back(m.Quote(NameOf(names, other)));
    }
  }
  std::string text = quoted.front();
  for (std::size_t i = 1; i < quoted.size(); ++i) {
    text += (i + 1 < quoted.size() ? ", " : " " + m.Format("or") + " ") + quoted[i];
  }
  return text;
}

Suggestion Missing(const Messages& m, const Names& names, const Keyword& k, const Report& report) {
  const std::string form = PostingName(m, names, k, report);
  const std::string sentence = m.Quote(Shorten(k.posting_sentence, kQuoteBytes));
  std::string message;
  if (k.tier == PostingTier::kMentioned) {
    message = m.Format("missing", {{"form", form}, {"sentence", sentence}});
  } else {
    const std::string tier =
        m.Format(k.tier == PostingTier::kRequired ? "tier-required" : "tier-preferred");
    message = m.Format("missing-tiered", {{"form", form}, {"tier", tier}, {"sentence", sentence}});
  }
  return Make(SuggestionKind::kMissing, k.id, std::move(message));
}

// Exact-form advice, except where the two differ only by inflection ("микросервисов" and
// "микросервисы"): rewriting a word's ending to the posting's would make a resume worse.
void AddFormAdvice(const Messages& m, const Keyword& k, std::vector<Suggestion>* out) {
  if (k.literal || k.match == MatchKind::kStem || k.posting_forms.empty() ||
      k.resume_forms.empty()) {
    return;
  }
  const std::string& theirs = k.posting_forms.front();
  const std::string& yours = k.resume_forms.front();
  if (k.match == MatchKind::kAcronym) {
    const std::string both =
        IsAcronymLike(theirs) ? yours + " (" + theirs + ")" : theirs + " (" + yours + ")";
    out->push_back(Make(SuggestionKind::kAcronym, k.id,
                        m.Format("acronym", {{"theirs", m.Quote(theirs)},
                                             {"yours", m.Quote(yours)},
                                             {"both", m.Quote(both)}})));
  } else {
    out->push_back(
        Make(SuggestionKind::kExactForm, k.id,
             m.Format("exact-form", {{"theirs", m.Quote(theirs)}, {"yours", m.Quote(yours)}})));
  }
}

// A broader keyword the resume shows only through a narrower skill: name it too.
void AddImpliedAdvice(const Messages& m, const Names& names, const Keyword& k,
                      std::vector<Suggestion>* out) {
  if (k.match != MatchKind::kImplied || k.resume_forms.empty()) return;
  const std::string form = NameOf(names, k);
  out->push_back(Make(
      SuggestionKind::kImplied, k.id,
      m.Format("implied", {{"term", m.Quote(form)}, {"yours", m.Quote(k.resume_forms.front())}})));
}

// A required keyword shown only in the skills list.
void AddListedAdvice(const Messages& m, const Names& names, const Keyword& k,
                     std::vector<Suggestion>* out) {
  if (k.tier != PostingTier::kRequired) return;
  bool demonstrated = false;
  bool listed = false;
  bool summary = false;  // "only in your skills list" would be untrue
  for (const Evidence& e : k.evidence) {
    demonstrated = demonstrated || e.bullet || IsWorkSection(e.section);
    listed = listed || e.section == SectionKind::kSkills;
    summary = summary || e.section == SectionKind::kSummary;
  }
  if (!listed || demonstrated) return;
  // In the posting's words, as the other advice quotes it ("ведение переговоров", not the
  // lexicon's "Negotiation"); else the resume's.
  const std::string form = !k.posting_forms.empty() || names.contains(k.id) ? NameOf(names, k)
                           : !k.resume_forms.empty()                        ? k.resume_forms.front()
                                                                            : k.term;
  out->push_back(
      Make(SuggestionKind::kListedNotDemonstrated, k.id,
           m.Format(summary ? "listed-in-summary-not-demonstrated" : "listed-not-demonstrated",
                    {{"term", m.Quote(form)}})));
}

// The language a bullet's weak opener is written in, from the resume's bullet facts.
LanguageId OpenerLanguage(const AnalyzedDocument& resume, const BulletReview& b) {
  auto it =
      std::lower_bound(resume.bullets.begin(), resume.bullets.end(), b.begin,
                       [](const BulletFacts& f, std::uint32_t begin) { return f.begin < begin; });
  return it != resume.bullets.end() && it->begin == b.begin ? it->flags.opener_language
                                                            : kNoLanguage;
}

void AddBulletAdvice(const Advice& advice, const AnalyzedDocument& resume, Report* report) {
  const Messages& m = advice.For(resume);
  std::size_t given = 0;
  for (const BulletReview& b : report->bullets) {
    if (given >= kMaxBulletAdvice) break;
    std::vector<std::string> fixes;
    if (b.duplicate) {
      fixes.push_back(m.Format("bullet-duplicate"));  // the first copy gets the other advice
    } else if (b.weak_opener) {
      LanguageId language = OpenerLanguage(resume, b);
      if (language >= advice.messages.size()) language = advice.LanguageFor(resume);
      const Messages& examples = advice.messages[language];
      fixes.push_back(
          m.Format("bullet-weak-opener", {{"action", m.Quote(examples.Format("example-action"))},
                                          {"duty", m.Quote(examples.Format("example-duty"))}}));
    }
    if (!b.duplicate && !b.weak_opener && !b.action_verb) {
      fixes.push_back(m.Format("bullet-no-verb"));
    }
    if (!b.duplicate && !b.measurable) fixes.push_back(m.Format("bullet-no-result"));
    if (fixes.empty()) continue;
    std::string joined;
    for (std::size_t i = 0; i < fixes.size(); ++i) joined += (i ? "; " : "") + fixes[i];
    report->suggestions.push_back(Make(
        SuggestionKind::kBullet, "",
        m.Format("bullet",
                 {{"bullet", m.Quote(Shorten(b.text, kBulletQuoteBytes))}, {"fixes", joined}})));
    ++given;
  }
}

// "5" for 5, "2.5" for 2.5.
std::string Number(double value) {
  std::string text = std::to_string(std::round(value * 10) / 10);
  text.erase(text.find_last_not_of('0') + 1);
  if (text.back() == '.') text.pop_back();
  return text;
}

// "5+ years", "3-5 years", "2.5 years" in the report's language.
std::string YearsText(const Messages& m, double least, double most, bool plus) {
  const std::string n =
      most > 0 ? Number(least) + "-" + Number(most) : Number(least) + (plus ? "+" : "");
  return m.Format("years", {{"n", n}});
}

// The first `letters` letters (code points) of `word`, or all of it.
std::string_view Opening(std::string_view word, std::size_t letters) {
  std::size_t i = 0;
  for (std::size_t seen = 0; i < word.size(); ++i) {
    if ((static_cast<unsigned char>(word[i]) & 0xC0) != 0x80 && seen++ == letters) break;
  }
  return word.substr(0, i);
}

// Whether two fields of study name one thing by their words, case-folded, leaving out words
// many fields share ("science", "applied"): a word of each with the same first six letters, or
// the shorter (four letters or more) opening the longer ("Math", "Mathematics"; "математики",
// "прикладная математика"). Cost: words of one times the other's.
bool SameField(std::string_view a, std::string_view b, const CredentialRules& rules) {
  constexpr std::size_t kStem = 6;
  constexpr std::size_t kShort = 4;
  // One-byte words (FoldedWords leaves them out) are too short for either test.
  for (const std::string& x : FoldedWords(FoldCase(a))) {
    if (rules.CommonFieldWord(x)) continue;  // "Computer Science", "Political Science" differ
    for (const std::string& y : FoldedWords(FoldCase(b))) {
      if (rules.CommonFieldWord(y)) continue;
      const std::string& shorter = x.size() <= y.size() ? x : y;
      const std::string& longer = x.size() <= y.size() ? y : x;
      if (CodePointCount(shorter) >= kShort && longer.starts_with(shorter)) return true;
      if (CodePointCount(x) >= kStem && CodePointCount(y) >= kStem &&
          Opening(x, kStem) == Opening(y, kStem)) {
        return true;
      }
    }
  }
  return false;
}

// The posting names fields of study, none of them broad, and the resume's education names
// others: where to say what the studies covered (never to claim a degree).
std::string FieldAdvice(const Messages& m, const CredentialRules* rules, const Requirement& r) {
  if (rules == nullptr || r.fields.empty() || r.found_fields.empty()) return "";
  for (const std::string& asked : r.fields) {
    if (rules->BroadField(asked)) return "";
    for (const std::string& found : r.found_fields) {
      if (SameField(asked, found, *rules)) return "";
    }
  }
  auto joined = [&](const std::vector<std::string>& fields) {
    std::string out;
    for (const std::string& f : fields) out += (out.empty() ? "" : ", ") + m.Quote(f);
    return out;
  };
  return m.Format("requirement-field",
                  {{"fields", joined(r.fields)}, {"yours", joined(r.found_fields)}});
}

// What to show for a requirement the resume leaves unknown, or an experience it shows too little
// of: never what to claim, only where to show what it has.
void AddRequirementAdvice(const Messages& m, const CredentialRules* rules,
                          const AnalyzedDocument& resume, Report* report) {
  bool dates_advised = false;
  for (const Requirement& r : report->requirements) {
    const bool unknown = r.status == RequirementStatus::kUnknown;
    std::string message;
    if (r.kind == "experience") {
      const std::string asked = YearsText(m, r.years_required, r.years_max, r.years_max == 0);
      const std::string term = m.Quote(r.term);
      if (unknown && resume.entries.empty() && !dates_advised) {
        dates_advised = true;
        message = m.Format("requirement-no-dates",
                           {{"asked", asked}, {"example", m.Format("example-dates")}});
      } else if (unknown && !resume.entries.empty()) {
        message = m.Format("requirement-undated-skill", {{"asked", asked}, {"term", term}});
      } else if (r.status == RequirementStatus::kNotMet && r.years_found > 0) {
        const std::string found = YearsText(m, r.years_found, 0, false);
        message = r.skill.empty()
                      ? m.Format("requirement-short-overall", {{"asked", asked}, {"found", found}})
                      : m.Format("requirement-short",
                                 {{"asked", asked}, {"term", term}, {"found", found}});
      }
    } else if (r.kind == "degree" && unknown) {
      message = m.Format("requirement-no-degree", {{"degree", m.Format("degree-" + r.required)},
                                                   {"example", m.Format("example-degree")}});
    } else if (r.kind == "degree") {
      message = FieldAdvice(m, rules, r);
    } else if (r.kind == "language" && unknown) {
      message = m.Format("requirement-no-level", {{"language", m.Quote(r.term)},
                                                  {"level", r.required},
                                                  {"example", m.Format("example-level")}});
    }
    if (!message.empty()) {
      report->suggestions.push_back(
          Make(SuggestionKind::kRequirement, r.skill, std::move(message)));
    }
  }
}

}  // namespace

std::string AdviceName(const PostingKeyword& k) {
  if (k.forms.empty()) return "";
  const std::string& first = k.forms.front();
  // A Latin form is quoted as the posting writes it: English inflects little, and a literal ATS
  // looks for the posting's own words ("customer services", "Network Engineer").
  if (std::all_of(first.begin(), first.end(),
                  [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    return first;
  }
  const std::string mine = FoldCase(first);
  // The lexicon form the posting's form inflects: the one sharing the longest start with it, at
  // least its first word's first three letters and no fewer words ("брокеры сообщений" for
  // "брокерами сообщений"; not "base" for "databases").
  const std::string* best = nullptr;
  std::size_t best_common = 0;
  for (const std::string& form : k.lexicon_forms) {
    const std::string theirs = FoldCase(form);
    if (theirs == mine) return first;  // the posting writes a lexicon form itself
    if (std::count(theirs.begin(), theirs.end(), ' ') !=
        std::count(mine.begin(), mine.end(), ' ')) {
      continue;
    }
    std::size_t common = 0;
    while (common < theirs.size() && common < mine.size() && theirs[common] == mine[common]) {
      ++common;
    }
    if (common > best_common) {
      best = &form;
      best_common = common;
    }
  }
  constexpr std::size_t kMinCommonBytes = 6;  // three Cyrillic letters, six Latin ones
  if (best == nullptr || best_common < kMinCommonBytes) return first;
  // The posting's own letters where the two agree, its capitals kept ("CRM-системы" for
  // "CRM-системами", though the lexicon writes "crm-системы").
  if (mine.size() != first.size() || FoldCase(*best).size() != best->size()) {
    return *best;
  }
  return first.substr(0, best_common) + best->substr(best_common);
}

void Suggest(const Advice& advice, const AnalyzedDocument& resume, const PostingProfile& profile,
             Report* report) {
  const Messages& m = advice.For(resume);
  Names names;
  for (const PostingKeyword& k : profile.keywords) names.emplace(k.id, AdviceName(k));
  std::vector<Suggestion> found;
  for (const Keyword& k : report->keywords) {
    if (k.alternative) continue;  // its group's carrier speaks for it
    if (!k.matched) {
      found.push_back(Missing(m, names, k, *report));
      continue;
    }
    AddImpliedAdvice(m, names, k, &found);
    if (k.match == MatchKind::kImplied) continue;
    AddFormAdvice(m, k, &found);
    AddListedAdvice(m, names, k, &found);
  }
  report->suggestions = std::move(found);
  AddRequirementAdvice(m, advice.credentials, resume, report);
  AddBulletAdvice(advice, resume, report);
  for (const SectionCheck& c : report->sections) {
    if (c.present) continue;
    report->suggestions.push_back(Make(
        SuggestionKind::kSection, "",
        m.Format("section-missing", {{"section", m.Format("section-" + c.section)},
                                     {"heading", m.Quote(m.Format("heading-" + c.section))}})));
  }
}

}  // namespace tailorcore::detail
