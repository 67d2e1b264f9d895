// Score: a resume against a posting's profile (docs/scoring.md), in passes: the resume's
// evidence for each keyword, each keyword's credit and match kind, the points and scores, the
// order, the coverage, then the advice.
#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>
#include <map>
#include <string_view>
#include <unordered_map>

#include "base/text.h"
#include "compare/compare.h"
#include "profile/posting_profile.h"

namespace tailorcore::detail {
namespace {

int TierRank(PostingTier tier) { return static_cast<int>(tier); }  // required 0 ... mentioned 2

// Where the resume shows one asked keyword.
struct Shown {
  Evidence evidence;
  std::string key;
  std::string stem_key;
  bool acronym;  // an acronym or expansion form
  bool transliteration;
  std::string lexicon_form;
  double credit;
  bool implied = false;  // a narrower skill the resume shows ("Kafka" for "message queues")
};

class Scorer {
 public:
  Scorer(const AnalyzedDocument& resume, const PostingProfile& profile,
         const ScoringOptions& scoring, bool details)
      : resume_(resume), profile_(profile), scoring_(scoring), details_(details) {}

  // For each keyword of the profile (by index), where the resume shows it.
  std::vector<std::vector<Shown>> FindEvidence() const;
  // Every keyword id the resume can satisfy, with the most credit it can give it.
  std::vector<std::pair<std::string, double>> Reach() const;
  // The report's keyword for profile keyword `k` shown at `shown`.
  Keyword KeywordOf(const PostingKeyword& k, const std::vector<Shown>& shown) const;
  Keyword ImpliedKeyword(Keyword k, const std::vector<Shown>& shown) const;
  Keyword ShownKeyword(const PostingKeyword& pk, Keyword k, const std::vector<Shown>& shown) const;

 private:
  Evidence EvidenceAt(std::uint32_t begin, std::uint32_t end, MatchKind kind) const;
  double CreditOf(const Evidence& e) const;

  const AnalyzedDocument& resume_;
  const PostingProfile& profile_;
  const ScoringOptions& scoring_;
  const bool details_;
};

double Scorer::CreditOf(const Evidence& e) const {
  if (e.bullet || IsWorkSection(e.section)) return scoring_.experience_credit;
  if (e.section == SectionKind::kSummary) return scoring_.summary_credit;
  return scoring_.listed_credit;
}

Evidence Scorer::EvidenceAt(std::uint32_t begin, std::uint32_t end, MatchKind kind) const {
  Evidence e;
  e.section = resume_.SectionAt(begin);
  const LineItem* item = resume_.ItemAt(begin);
  if (item != nullptr && !IsListSection(e.section)) {
    e.bullet = (item->bullet || IsWorkSection(e.section)) && !resume_.RoleLine(*item);
  }
  e.begin = begin;
  e.end = end;
  if (details_) e.text = resume_.text.substr(begin, end - begin);
  e.kind = kind;
  return e;
}

std::vector<std::vector<Shown>> Scorer::FindEvidence() const {
  std::vector<std::vector<Shown>> shown(profile_.keywords.size());
  // Keyed by views of the profile's ids: no copy per comparison.
  std::unordered_map<std::string_view, std::size_t> asked;
  asked.reserve(profile_.keywords.size());
  for (std::size_t i = 0; i < profile_.keywords.size(); ++i)
    asked.emplace(profile_.keywords[i].id, i);
  for (const SkillMatch& m : resume_.matches.matches) {
    auto it = asked.find(m.skill->id);
    const bool implies_asked = std::any_of(m.skill->implies.begin(), m.skill->implies.end(),
                                           [&](const std::string& u) { return asked.count(u); });
    if (it == asked.end() && !implies_asked) continue;
    Evidence e = EvidenceAt(m.begin, m.end, m.kind);
    const double credit = CreditOf(e);
    const FormKind form_kind = FormKindOf(m);
    Shown s{std::move(e),
            KeyOf(resume_.analyzed, m.first_token, m.token_count),
            StemKeyOf(resume_.analyzed, m.first_token, m.token_count),
            form_kind == FormKind::kAcronym || form_kind == FormKind::kExpansion,
            form_kind == FormKind::kTransliteration,
            m.form,
            credit};
    // The broader skills it shows too, as implied evidence with partial credit.
    for (const std::string& umbrella : m.skill->implies) {
      auto u = asked.find(umbrella);
      if (u == asked.end()) continue;
      Shown broader = s;
      broader.implied = true;
      broader.credit = credit * scoring_.implied_credit;
      shown[u->second].push_back(std::move(broader));
    }
    if (it != asked.end()) shown[it->second].push_back(std::move(s));
  }
  // Candidate terms: where the resume has the same word.
  for (std::size_t i = 0; i < profile_.keywords.size(); ++i) {
    const PostingKeyword& k = profile_.keywords[i];
    if (k.id.compare(0, kCandidatePrefix.size(), kCandidatePrefix) != 0) continue;
    auto positions =
        resume_.word_positions.find(std::string_view(k.id).substr(kCandidatePrefix.size()));
    if (positions == resume_.word_positions.end()) continue;
    for (std::uint32_t t : positions->second) {
      const Token& token = resume_.analyzed.tokens[t];
      Evidence e = EvidenceAt(token.begin, token.end, MatchKind::kExact);
      const double credit = CreditOf(e);
      shown[i].push_back(
          {std::move(e), token.normalized, token.stem, false, false, k.term, credit});
    }
  }
  return shown;
}

std::vector<std::pair<std::string, double>> Scorer::Reach() const {
  std::unordered_map<std::string, double> best;
  auto raise = [&](std::string key, double credit) {
    auto [it, fresh] = best.try_emplace(std::move(key), credit);
    if (!fresh) it->second = std::max(it->second, credit);
  };
  // As FindEvidence: each skill shown, the broader skills it implies, candidate terms by word.
  for (const SkillMatch& m : resume_.matches.matches) {
    const double credit = CreditOf(EvidenceAt(m.begin, m.end, m.kind));
    raise(m.skill->id, credit);
    for (const std::string& umbrella : m.skill->implies) {
      raise(umbrella, credit * scoring_.implied_credit);
    }
  }
  for (const auto& [word, positions] : resume_.word_positions) {
    for (std::uint32_t t : positions) {
      const Token& token = resume_.analyzed.tokens[t];
      raise(std::string(kCandidatePrefix) + std::string(word),
            CreditOf(EvidenceAt(token.begin, token.end, MatchKind::kExact)));
    }
  }
  std::vector<std::pair<std::string, double>> out(best.begin(), best.end());
  std::sort(out.begin(), out.end());
  return out;
}

bool Contains(const std::vector<std::string>& sorted, const std::string& value) {
  return std::binary_search(sorted.begin(), sorted.end(), value);
}

// How the resume's best evidence meets the posting's words (docs/scoring.md): literally, as the
// other half of an acronym, by inflection, by transliteration, or as a variant.
MatchKind MatchOf(const PostingKeyword& k, const std::vector<Shown>& shown, const Shown& best,
                  bool literal) {
  if (literal) return MatchKind::kExact;
  bool resume_acronym = false;
  bool inflected = false;  // the same lexicon form, or the same stems ("микросервисов")
  for (const Shown& r : shown) {
    resume_acronym = resume_acronym || r.acronym;
    inflected =
        inflected || Contains(k.lexicon_forms, r.lexicon_form) || Contains(k.stem_keys, r.stem_key);
  }
  if (k.acronym != resume_acronym) return MatchKind::kAcronym;
  if (inflected) return MatchKind::kStem;
  if (best.transliteration || best.evidence.kind == MatchKind::kTransliteration) {
    return MatchKind::kTransliteration;
  }
  return MatchKind::kVariant;
}

Keyword Scorer::KeywordOf(const PostingKeyword& pk, const std::vector<Shown>& shown) const {
  Keyword k;
  k.id = pk.id;
  k.term = pk.term;
  k.category = pk.category;
  k.technical = pk.technical;
  k.occurrences = pk.occurrences;
  k.in_title = pk.in_title;
  k.tier = pk.tier;
  k.weight = pk.weight;
  k.posting_begin = pk.begin;
  k.posting_end = pk.end;
  if (details_) {
    k.posting_forms = pk.forms;
    k.posting_sentence = pk.sentence;
  }
  // Direct evidence first; a broader keyword shown only by narrower skills is implied.
  if (shown.empty()) return k;
  auto implied = [](const Shown& s) { return s.implied; };
  if (std::all_of(shown.begin(), shown.end(), implied)) return ImpliedKeyword(std::move(k), shown);
  if (std::none_of(shown.begin(), shown.end(), implied)) {
    return ShownKeyword(pk, std::move(k), shown);  // the common case: no copy
  }
  std::vector<Shown> direct;
  std::copy_if(shown.begin(), shown.end(), std::back_inserter(direct),
               [](const Shown& s) { return !s.implied; });
  return ShownKeyword(pk, std::move(k), direct);
}

Keyword Scorer::ImpliedKeyword(Keyword k, const std::vector<Shown>& shown) const {
  k.matched = true;
  k.match = MatchKind::kImplied;
  for (const Shown& r : shown) {
    k.credit = std::max(k.credit, r.credit);
    if (!details_) continue;
    if (std::find(k.resume_forms.begin(), k.resume_forms.end(), r.evidence.text) ==
        k.resume_forms.end()) {
      k.resume_forms.push_back(r.evidence.text);
    }
    k.evidence.push_back(r.evidence);
  }
  return k;
}

Keyword Scorer::ShownKeyword(const PostingKeyword& pk, Keyword k,
                             const std::vector<Shown>& shown) const {
  k.matched = true;
  const Shown* best = &shown.front();
  for (const Shown& r : shown) {
    if (r.credit > best->credit) best = &r;
    // A literal ATS searches for the posting's words as a substring: "REST API" is found in
    // "REST APIs", "PostgreSQL" is not found in "Postgres".
    for (const std::string& key : pk.keys) {
      if (!key.empty() && r.key.find(key) != std::string::npos) k.literal = true;
    }
    if (!details_) continue;
    if (std::find(k.resume_forms.begin(), k.resume_forms.end(), r.evidence.text) ==
        k.resume_forms.end()) {
      k.resume_forms.push_back(r.evidence.text);
    }
    k.evidence.push_back(r.evidence);
  }
  k.credit = best->credit;
  k.match = MatchOf(pk, shown, *best, k.literal);
  return k;
}

// One requirement per group: the member the resume shows best (else the first) carries the
// group's strongest tier and heaviest weight; the others are alternatives.
void ResolveGroups(const PostingProfile& profile, std::vector<Keyword>* keywords) {
  std::map<std::uint32_t, std::vector<std::size_t>> groups;
  for (std::size_t i = 0; i < profile.keywords.size(); ++i) {
    if (profile.keywords[i].group != 0) groups[profile.keywords[i].group].push_back(i);
  }
  for (const auto& [group, members] : groups) {
    std::size_t carrier = members.front();
    double weight = 0;
    PostingTier tier = PostingTier::kMentioned;
    for (std::size_t m : members) {
      const Keyword& k = (*keywords)[m];
      const Keyword& c = (*keywords)[carrier];
      if (k.matched && (!c.matched || k.weight * k.credit > c.weight * c.credit)) carrier = m;
      weight = std::max(weight, k.weight);
      if (TierRank(k.tier) < TierRank(tier)) tier = k.tier;
    }
    for (std::size_t m : members) {
      Keyword& k = (*keywords)[m];
      for (std::size_t other : members) {
        if (other != m) k.alternatives.push_back((*keywords)[other].id);
      }
      k.alternative = m != carrier;
    }
    (*keywords)[carrier].weight = weight;
    (*keywords)[carrier].tier = tier;
  }
}

// Points of each keyword, the score and the literal score; alternatives count for nothing.
void AddPoints(Report* report) {
  double total_weight = 0;
  for (const Keyword& k : report->keywords) total_weight += k.alternative ? 0 : k.weight;
  double matched_weight = 0;
  double literal_weight = 0;
  for (Keyword& k : report->keywords) {
    if (!k.matched || k.alternative) continue;
    matched_weight += k.weight * k.credit;
    if (k.literal) literal_weight += k.weight * k.credit;
    if (total_weight > 0) {
      k.points = 100.0 * k.weight * k.credit / total_weight;
      k.literal_points = k.literal ? k.points : 0;
    }
  }
  if (total_weight > 0) {
    report->keyword_score = Round(100.0 * matched_weight / total_weight, 0.01);
    report->score = report->keyword_score;
    report->literal_score = Round(100.0 * literal_weight / total_weight, 0.01);
  }
}

// Keywords in order of tier, then weight, then name; the missing ones listed so.
void Order(Report* report) {
  std::stable_sort(report->keywords.begin(), report->keywords.end(),
                   [](const Keyword& a, const Keyword& b) {
                     if (a.tier != b.tier) return TierRank(a.tier) < TierRank(b.tier);
                     if (a.weight != b.weight) return a.weight > b.weight;
                     return a.term < b.term;
                   });
  for (const Keyword& k : report->keywords) {
    if (!k.matched && !k.alternative) report->missing.push_back(k.id);
  }
}

// Coverage by tier, and (with details) by category, heaviest first.
void AddCoverage(bool details, Report* report) {
  for (PostingTier tier :
       {PostingTier::kRequired, PostingTier::kPreferred, PostingTier::kMentioned}) {
    Coverage c;
    c.name = PostingTierName(tier);
    report->tiers.push_back(c);
  }
  std::map<std::string, Coverage> categories;
  for (const Keyword& k : report->keywords) {
    if (k.alternative) continue;
    for (Coverage* c : {&report->tiers[static_cast<std::size_t>(TierRank(k.tier))],
                        details ? &categories[k.category] : nullptr}) {
      if (c == nullptr) continue;
      ++c->total;
      c->total_weight += k.weight;
      if (k.matched) {
        ++c->matched;
        c->matched_weight += k.weight * k.credit;
      }
    }
  }
  for (auto& [name, c] : categories) {
    c.name = name;
    report->categories.push_back(c);
  }
  for (std::vector<Coverage>* list : {&report->tiers, &report->categories}) {
    for (Coverage& c : *list)
      c.coverage = c.total_weight > 0 ? c.matched_weight / c.total_weight : 0;
  }
  std::stable_sort(
      report->categories.begin(), report->categories.end(),
      [](const Coverage& a, const Coverage& b) { return a.total_weight > b.total_weight; });
}

}  // namespace

std::vector<std::pair<std::string, double>> ResumeReach(const AnalyzedDocument& resume,
                                                        const ScoringOptions& scoring) {
  const PostingProfile none;
  return Scorer(resume, none, scoring, false).Reach();
}

std::vector<std::pair<std::string, double>> KeywordBounds(const PostingProfile& profile) {
  // The least total weight AddPoints can divide by: each keyword on its own, and each group
  // whose members are all asked (its carrier is then asked, with the group's heaviest weight).
  std::map<std::uint32_t, std::pair<double, bool>> groups;  // heaviest weight, all asked
  double least_total = 0;
  for (const PostingKeyword& k : profile.keywords) {
    if (k.group == 0) {
      least_total += k.not_required ? 0 : k.weight;
      continue;
    }
    auto [it, fresh] = groups.try_emplace(k.group, k.weight, !k.not_required);
    it->second.first = std::max(it->second.first, k.weight);
    it->second.second = it->second.second && !k.not_required;
  }
  for (const auto& [group, g] : groups) least_total += g.second ? g.first : 0;
  std::vector<std::pair<std::string, double>> out;
  for (const PostingKeyword& k : profile.keywords) {
    if (k.not_required) continue;
    const double weight = k.group == 0 ? k.weight : groups[k.group].first;
    out.emplace_back(k.id, least_total > 0 ? 100.0 * weight / least_total
                                           : std::numeric_limits<double>::infinity());
  }
  return out;
}

Report Score(const AnalyzedDocument& resume, const PostingProfile& profile,
             const ScoringOptions& scoring, CompareDepth depth, const Advice& advice,
             MonthIndex as_of) {
  // kScore leaves out what the score does not need: forms, evidence text, sentences,
  // categories, bullets, sections, suggestions.
  const bool details = depth == CompareDepth::kFull;
  Report report;
  report.posting_sections = profile.sections;
  report.resume_sections = resume.sections;
  const Scorer scorer(resume, profile, scoring, details);
  const std::vector<std::vector<Shown>> shown = scorer.FindEvidence();
  report.keywords.reserve(profile.keywords.size());
  for (std::size_t i = 0; i < profile.keywords.size(); ++i) {
    report.keywords.push_back(scorer.KeywordOf(profile.keywords[i], shown[i]));
  }
  ResolveGroups(profile, &report.keywords);
  // Skills the posting says it does not require: listed apart, not scored.
  std::vector<Keyword> asked;
  asked.reserve(report.keywords.size());
  for (std::size_t i = 0; i < report.keywords.size(); ++i) {
    if (profile.keywords[i].not_required) {
      report.not_required.push_back(std::move(report.keywords[i]));
    } else {
      asked.push_back(std::move(report.keywords[i]));
    }
  }
  report.keywords = std::move(asked);
  AddPoints(&report);
  Order(&report);
  AddCoverage(details, &report);
  CheckRequirements(resume, profile, as_of, &report);
  CostRequirements(scoring, &report);
  if (!details) return report;
  ReviewBullets(resume, &report);
  CheckSections(resume, &report);
  Suggest(advice, resume, profile, &report);
  CheckResume(advice, resume, profile.title, as_of, &report);
  return report;
}

}  // namespace tailorcore::detail
