// Engine::Impl::Compare: posting keywords with tiers and weights, resume evidence, coverage,
// score and literal score (docs/scoring.md), then suggestions and the bullet review.
#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <unordered_map>

#include "common/string_hash.h"
#include "common/word_filter.h"
#include "compare/suggestions.h"
#include "engine/engine_impl.h"

namespace tailorcore {
namespace {

constexpr const char* kCandidatePrefix = "term:";

int TierRank(PostingTier tier) { return static_cast<int>(tier); }  // required 0 ... mentioned 2

// The normalized words of tokens [first, first + count), parts left out: the lookup key of the
// text a match covers ("postgres", "google cloud").
std::string KeyOf(const AnalyzedText& text, std::uint32_t first, std::uint32_t count) {
  std::string key;
  for (std::uint32_t i = first; i < first + count && i < text.tokens.size(); ++i) {
    const Token& t = text.tokens[i];
    if (t.part && count > 1) continue;
    if (!key.empty()) key.push_back(' ');
    key += t.normalized;
  }
  return key;
}

// A line of experience that names a role rather than describing work: it holds a year or
// "present" ("Senior Engineer, Acme, 2021 - present").
bool LooksLikeRoleHeader(std::string_view line) {
  for (std::size_t i = 0; i + 4 <= line.size(); ++i) {
    if ((line.substr(i, 2) == "19" || line.substr(i, 2) == "20") && line[i + 2] >= '0' &&
        line[i + 2] <= '9' && line[i + 3] >= '0' && line[i + 3] <= '9' &&
        (i == 0 || !(line[i - 1] >= '0' && line[i - 1] <= '9')) &&
        (i + 4 == line.size() || !(line[i + 4] >= '0' && line[i + 4] <= '9'))) {
      return true;
    }
  }
  return line.find("present") != std::string_view::npos ||
         line.find("Present") != std::string_view::npos ||
         line.find("настоящее время") != std::string_view::npos;
}

// The same with stems: equal stem keys mean the two texts differ only by inflection.
std::string StemKeyOf(const AnalyzedText& text, std::uint32_t first, std::uint32_t count) {
  std::string key;
  for (std::uint32_t i = first; i < first + count && i < text.tokens.size(); ++i) {
    const Token& t = text.tokens[i];
    if (t.part && count > 1) continue;
    if (!key.empty()) key.push_back(' ');
    key += t.stem;
  }
  return key;
}

struct PostingOccurrence {
  PostingTier tier;
  SectionKind section;
  std::uint32_t begin;
  std::uint32_t end;
  std::string key;
  std::string stem_key;
  FormKind form_kind;
  std::string lexicon_form;
};

struct ResumeOccurrence {
  Evidence evidence;
  std::string key;
  std::string stem_key;
  FormKind form_kind;
  std::string lexicon_form;
  double credit;
};

FormKind FormKindOf(const SkillMatch& m) {
  for (const SkillForm& f : m.skill->forms) {
    if (f.text == m.form) return f.kind;
  }
  return FormKind::kVariant;
}

// Rounds to a multiple of `step` (0.01, 0.001 ...). Divides by the inverse rather than
// multiplying by `step`, so the result is the double nearest the decimal (0.5881, not
// 0.5881000000000001) and prints as such.
double Round(double value, double step) {
  const double scale = std::round(1.0 / step);
  return std::round(value * scale) / scale;
}

}  // namespace

Report Engine::Impl::Compare(const Document::Impl& resume, const Document::Impl& posting,
                             detail::CompareDepth depth) const {
  // kScore leaves out what the score does not need: forms, evidence text, sentences,
  // categories, bullets, sections, suggestions.
  const bool details = depth == detail::CompareDepth::kFull;
  const ScoringOptions& scoring = options.scoring;
  Report report;
  report.posting_sections = posting.sections;
  report.resume_sections = resume.sections;

  // --- Posting keywords: every occurrence with its section and tier.
  std::map<std::string, std::vector<PostingOccurrence>> asked;                // id → occurrences
  std::unordered_map<std::string, std::pair<std::string, std::string>> meta;  // id → term, category
  std::vector<std::string> order;  // ids in order of first occurrence
  const std::vector<Token>& posting_tokens = posting.analyzed.tokens;
  const detail::TierRules::Cues cues = tiers.FindCues(posting.analyzed);
  auto add_occurrence = [&](const std::string& id, const std::string& term,
                            const std::string& category, std::uint32_t begin, std::uint32_t end,
                            std::string key, std::string stem_key, FormKind form_kind,
                            std::string lexicon_form) {
    const SectionKind section = posting.SectionAt(begin);
    const auto [sentence_begin, sentence_end] = detail::SentenceAround(posting.text, begin, end);
    const PostingTier tier = tiers.TierOf(section, cues, sentence_begin, sentence_end);
    auto [it, inserted] = asked.try_emplace(id);
    if (inserted) {
      order.push_back(id);
      meta[id] = {term, category};
    }
    it->second.push_back({tier, section, begin, end, std::move(key), std::move(stem_key), form_kind,
                          std::move(lexicon_form)});
  };
  for (const SkillMatch& m : posting.matches.matches) {
    add_occurrence(m.skill->id, m.skill->name, m.skill->category, m.begin, m.end,
                   KeyOf(posting.analyzed, m.first_token, m.token_count),
                   StemKeyOf(posting.analyzed, m.first_token, m.token_count), FormKindOf(m),
                   m.form);
  }
  if (scoring.candidate_keywords && !posting.matches.candidates.empty()) {
    detail::StringMap<const CandidateTerm*> candidates;
    detail::WordFilter filter;  // most words are no candidate: ruled out before hashing
    for (const CandidateTerm& c : posting.matches.candidates) {
      candidates.emplace(c.normalized, &c);
      filter.Add(c.normalized);
    }
    for (const Token& t : posting_tokens) {  // every occurrence, in one pass
      if (t.part) continue;
      if (!filter.MayContain(t.normalized)) continue;
      auto it = candidates.find(t.normalized);
      if (it == candidates.end()) continue;
      const CandidateTerm& c = *it->second;
      add_occurrence(kCandidatePrefix + c.normalized, c.text, "unknown", t.begin, t.end,
                     t.normalized, t.stem, FormKind::kName, c.text);
    }
  }

  // --- Resume evidence for each asked keyword.
  std::unordered_map<std::string, std::vector<ResumeOccurrence>> shown;
  auto credit_of = [&](const Evidence& e) {
    if (e.bullet || e.section == SectionKind::kExperience || e.section == SectionKind::kProjects) {
      return scoring.experience_credit;
    }
    if (e.section == SectionKind::kSummary) return scoring.summary_credit;
    return scoring.listed_credit;
  };
  auto make_evidence = [&](std::uint32_t begin, std::uint32_t end, MatchKind kind) {
    Evidence e;
    e.section = resume.SectionAt(begin);
    const detail::LineItem* item = resume.ItemAt(begin);
    const bool work_section =
        e.section == SectionKind::kExperience || e.section == SectionKind::kProjects;
    const bool list_section =
        e.section == SectionKind::kSkills || e.section == SectionKind::kLanguages ||
        e.section == SectionKind::kEducation || e.section == SectionKind::kCertifications;
    if (item != nullptr && !list_section) {
      const std::string_view line =
          std::string_view(resume.text).substr(item->begin, item->end - item->begin);
      e.bullet = (item->bullet || work_section) && !LooksLikeRoleHeader(line);
    }
    e.begin = begin;
    e.end = end;
    if (details) e.text = resume.text.substr(begin, end - begin);
    e.kind = kind;
    return e;
  };
  for (const SkillMatch& m : resume.matches.matches) {
    if (asked.count(m.skill->id) == 0) continue;
    Evidence e = make_evidence(m.begin, m.end, m.kind);
    const double credit = credit_of(e);
    shown[m.skill->id].push_back(
        {std::move(e), KeyOf(resume.analyzed, m.first_token, m.token_count),
         StemKeyOf(resume.analyzed, m.first_token, m.token_count), FormKindOf(m), m.form, credit});
  }
  // Candidate terms: where the resume has the same word (Document::Impl::word_positions).
  const std::string_view prefix = kCandidatePrefix;
  for (const std::string& id : order) {
    if (id.compare(0, prefix.size(), prefix) != 0) continue;
    auto positions = resume.word_positions.find(std::string_view(id).substr(prefix.size()));
    if (positions == resume.word_positions.end()) continue;
    for (std::uint32_t i : positions->second) {
      const Token& t = resume.analyzed.tokens[i];
      Evidence e = make_evidence(t.begin, t.end, MatchKind::kExact);
      const double credit = credit_of(e);
      shown[id].push_back(
          {std::move(e), t.normalized, t.stem, FormKind::kName, meta[id].first, credit});
    }
  }

  // --- Keywords, weights, credit, points.
  double total_weight = 0;
  for (const std::string& id : order) {
    const auto& occurrences = asked[id];
    Keyword k;
    k.id = id;
    k.term = meta[id].first;
    k.category = meta[id].second;
    k.occurrences = static_cast<std::uint32_t>(occurrences.size());
    const PostingOccurrence* strongest = &occurrences.front();
    std::set<std::string> posting_keys;
    for (const PostingOccurrence& o : occurrences) {
      if (TierRank(o.tier) < TierRank(strongest->tier)) strongest = &o;
      if (o.section == SectionKind::kTitle) k.in_title = true;
      posting_keys.insert(o.key);
      if (!details) continue;
      const std::string written = posting.text.substr(o.begin, o.end - o.begin);
      if (std::find(k.posting_forms.begin(), k.posting_forms.end(), written) ==
          k.posting_forms.end()) {
        k.posting_forms.push_back(written);
      }
    }
    k.tier = strongest->tier;
    k.posting_begin = strongest->begin;
    k.posting_end = strongest->end;
    if (details) {
      const auto [sb, se] = detail::SentenceAround(posting.text, strongest->begin, strongest->end);
      k.posting_sentence = posting.text.substr(sb, se - sb);
    }

    const double base = k.tier == PostingTier::kRequired    ? scoring.required_weight
                        : k.tier == PostingTier::kPreferred ? scoring.preferred_weight
                                                            : scoring.mentioned_weight;
    const double bonus = std::min(scoring.max_repeat_bonus,
                                  scoring.repeat_bonus * static_cast<double>(k.occurrences - 1));
    k.weight = base * (1 + bonus) * (k.in_title ? scoring.title_factor : 1.0);
    total_weight += k.weight;

    auto found = shown.find(id);
    if (found != shown.end() && !found->second.empty()) {
      k.matched = true;
      const ResumeOccurrence* best = &found->second.front();
      bool literal = false;
      bool posting_acronym = false;
      bool resume_acronym = false;
      for (const PostingOccurrence& o : occurrences) {
        posting_acronym = posting_acronym || o.form_kind == FormKind::kAcronym ||
                          o.form_kind == FormKind::kExpansion;
      }
      for (const ResumeOccurrence& r : found->second) {
        if (r.credit > best->credit) best = &r;
        // A literal ATS searches for the posting's words as a substring: "REST API" is found
        // in "REST APIs", "PostgreSQL" is not found in "Postgres".
        for (const std::string& key : posting_keys) {
          if (!key.empty() && r.key.find(key) != std::string::npos) literal = true;
        }
        resume_acronym = resume_acronym || r.form_kind == FormKind::kAcronym ||
                         r.form_kind == FormKind::kExpansion;
        if (!details) continue;
        if (std::find(k.resume_forms.begin(), k.resume_forms.end(), r.evidence.text) ==
            k.resume_forms.end()) {
          k.resume_forms.push_back(r.evidence.text);
        }
        k.evidence.push_back(r.evidence);
      }
      k.literal = literal;
      k.credit = best->credit;
      // Only inflection apart: the same lexicon form, or the same stems ("микросервисов" and
      // "микросервис").
      bool inflected = false;
      for (const PostingOccurrence& o : occurrences) {
        for (const ResumeOccurrence& r : found->second) {
          inflected = inflected || o.lexicon_form == r.lexicon_form || o.stem_key == r.stem_key;
        }
      }
      if (literal) {
        k.match = MatchKind::kExact;
      } else if (posting_acronym != resume_acronym) {
        k.match = MatchKind::kAcronym;
      } else if (inflected) {
        k.match = MatchKind::kStem;
      } else if (best->form_kind == FormKind::kTransliteration ||
                 best->evidence.kind == MatchKind::kTransliteration) {
        k.match = MatchKind::kTransliteration;
      } else {
        k.match = MatchKind::kVariant;
      }
    }
    report.keywords.push_back(std::move(k));
  }

  double matched_weight = 0;
  double literal_weight = 0;
  for (Keyword& k : report.keywords) {
    if (!k.matched) continue;
    matched_weight += k.weight * k.credit;
    if (k.literal) literal_weight += k.weight * k.credit;
    if (total_weight > 0) {
      k.points = 100.0 * k.weight * k.credit / total_weight;
      k.literal_points = k.literal ? k.points : 0;
    }
  }
  if (total_weight > 0) {
    report.score = Round(100.0 * matched_weight / total_weight, 0.01);
    report.literal_score = Round(100.0 * literal_weight / total_weight, 0.01);
  }

  // --- Order: tier, then weight, then name.
  std::stable_sort(report.keywords.begin(), report.keywords.end(),
                   [](const Keyword& a, const Keyword& b) {
                     if (a.tier != b.tier) return TierRank(a.tier) < TierRank(b.tier);
                     if (a.weight != b.weight) return a.weight > b.weight;
                     return a.term < b.term;
                   });
  for (const Keyword& k : report.keywords) {
    if (!k.matched) report.missing.push_back(k.id);
  }

  // --- Coverage by tier and by category.
  for (PostingTier tier :
       {PostingTier::kRequired, PostingTier::kPreferred, PostingTier::kMentioned}) {
    Coverage c;
    c.name = PostingTierName(tier);
    report.tiers.push_back(c);
  }
  std::map<std::string, Coverage> categories;
  for (const Keyword& k : report.keywords) {
    for (Coverage* c : {&report.tiers[static_cast<std::size_t>(TierRank(k.tier))],
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
    report.categories.push_back(c);
  }
  for (std::vector<Coverage>* list : {&report.tiers, &report.categories}) {
    for (Coverage& c : *list)
      c.coverage = c.total_weight > 0 ? c.matched_weight / c.total_weight : 0;
  }
  std::stable_sort(
      report.categories.begin(), report.categories.end(),
      [](const Coverage& a, const Coverage& b) { return a.total_weight > b.total_weight; });

  // --- Bullets, sections, suggestions.
  if (!details) return report;
  detail::ReviewBullets(resume, &report);
  detail::CheckSections(resume, &report);
  detail::Suggest(*this, &report);
  return report;
}

}  // namespace tailorcore
