#include "profile/posting_profile.h"

#include <algorithm>

#include "profile/credentials_asked.h"
#include "profile/experience_asked.h"
#include "profile/languages_asked.h"
#include "structure/lines.h"

namespace tailorcore::detail {
namespace {

int TierRank(PostingTier tier) { return static_cast<int>(tier); }  // required 0 ... mentioned 2

// Appends `value` unless `list` has it (lists of a few items: a scan beats a set).
void AddDistinct(std::string_view value, std::vector<std::string>* list) {
  if (std::find(list->begin(), list->end(), value) == list->end()) list->emplace_back(value);
}

// One occurrence of a keyword in the posting, while the profile is built.
struct Occurrence {
  PostingTier tier;
  SectionKind section;
  std::uint32_t begin;
  std::uint32_t end;
  std::uint32_t sentence_begin;
  std::uint32_t sentence_end;
  bool not_required;  // a "not required" cue speaks for it
  std::string key;
  std::string stem_key;
  bool acronym;  // the lexicon lists the form as an acronym or an expansion
  std::string lexicon_form;
};

struct Asked {
  std::string id;
  std::string term;
  std::string category;
  bool technical;  // the skill's category is technical (candidate terms always are)
  std::vector<Occurrence> occurrences;
};

// The posting's cue phrases, and where its skills and candidate terms begin.
TierRules::Cues CuesOf(const AnalyzedDocument& posting, const TierRules& tiers) {
  TierRules::Cues cues = tiers.FindCues(posting.analyzed, posting.text);
  std::vector<std::pair<std::uint32_t, std::uint32_t>> spans;
  for (const SkillMatch& m : posting.matches.matches) spans.emplace_back(m.begin, m.end);
  for (const CandidateTerm& c : posting.matches.candidates) spans.emplace_back(c.begin, c.end);
  std::sort(spans.begin(), spans.end());
  for (const auto& [begin, end] : spans) {
    cues.keywords.push_back(begin);
    cues.keyword_ends.push_back(end);
  }
  return cues;
}

// A label line's verdict and the bytes it speaks for [begin, end).
struct Label {
  std::uint32_t begin;
  std::uint32_t end;
  TierRules::Verdict verdict;
};

// The posting's label lines (TierRules::LabelLine) and what each speaks for: the lines under
// it up to the first blank line after them, the next label or the end of its section. A label
// is no list item ("- No experience required", "- Можно без опыта" are items of their list)
// and either ends in a colon or stands right above a bulleted item ("Not needed" / "* Kotlin").
std::vector<Label> LabelsOf(const AnalyzedDocument& posting, const TierRules::Cues& cues) {
  const std::string_view text = posting.text;
  auto line_end = [&](std::size_t at) { return std::min(text.find('\n', at), text.size()); };
  auto blank = [&](std::size_t at) {
    const std::size_t e = line_end(at);
    return text.substr(at, e - at).find_first_not_of(" \t\r") == std::string_view::npos;
  };
  auto bulleted = [&](std::size_t at) {  // the line opens with a bullet mark (lines.h)
    const std::vector<LineItem> items = SplitLineItems(text.substr(at, line_end(at) - at));
    return !items.empty() && items.front().bullet;
  };
  auto label_at = [&](std::size_t at) -> std::optional<TierRules::Verdict> {
    if (bulleted(at)) return std::nullopt;
    const auto verdict = TierRules::LabelLine(cues, text, at, line_end(at));
    if (!verdict) return std::nullopt;
    const std::string_view line = text.substr(at, line_end(at) - at);
    const std::size_t last = line.find_last_not_of(" \t\r*_");
    if (last != std::string_view::npos && line[last] == ':') return verdict;
    std::size_t next = line_end(at) + 1;
    while (next < text.size() && blank(next)) next = line_end(next) + 1;
    return next < text.size() && bulleted(next) ? verdict : std::nullopt;
  };
  std::vector<Label> labels;
  for (std::size_t at = 0; at < text.size(); at = line_end(at) + 1) {
    const std::optional<TierRules::Verdict> verdict = label_at(at);
    if (!verdict) continue;
    const Section* section = posting.SectionHolding(static_cast<std::uint32_t>(at));
    const std::size_t limit = section != nullptr ? section->end : text.size();
    std::size_t end = line_end(at) + 1;
    while (end < limit && blank(end)) end = line_end(end) + 1;  // blank lines under the label
    while (end < limit && !blank(end) && !label_at(end)) end = line_end(end) + 1;
    labels.push_back({static_cast<std::uint32_t>(line_end(at)),
                      static_cast<std::uint32_t>(std::min(end, limit)), *verdict});
  }
  return labels;
}

class ProfileBuilder {
 public:
  ProfileBuilder(const AnalyzedDocument& posting, const TierRules& tiers)
      : posting_(posting), tiers_(tiers), cues_(CuesOf(posting, tiers)) {
    labels_ = LabelsOf(posting, cues_);
    for (const Section& s : posting.sections) {
      has_requirement_sections_ =
          has_requirement_sections_ || s.kind == SectionKind::kRequirements ||
          s.kind == SectionKind::kPreferred || s.kind == SectionKind::kResponsibilities;
      // A title that ends before its line does names the employer after it ("Data Analyst at
      // Tableau": SectionFinder::Find).
      if (s.kind == SectionKind::kTitle) {
        const std::size_t line_end = std::string_view(posting.text).find('\n', s.end);
        employer_ = {s.end, line_end == std::string_view::npos
                                ? static_cast<std::uint32_t>(posting.text.size())
                                : static_cast<std::uint32_t>(line_end)};
      }
    }
  }

  void AddSkills();
  void AddCandidates(const std::vector<CandidateToken>& terms);
  // The tier the posting's section and wording give [begin, end), as for a keyword there.
  // A label line above it ("Nice to have:", "Not required:", "Optional:") speaks for it when
  // its own sentence has no cue.
  TierRules::Verdict VerdictAt(std::uint32_t begin, std::uint32_t end) const;
  std::pair<std::uint32_t, std::uint32_t> SentenceAt(std::uint32_t begin, std::uint32_t end) const;
  PostingProfile Finish(const ScoringOptions& scoring,
                        const std::vector<RequirementGroup>& groups) const;
  // Whether every occurrence of keyword `id` lies in one of `spans` (sorted or not).
  bool AllWithin(std::string_view id,
                 const std::vector<std::pair<std::uint32_t, std::uint32_t>>& spans) const {
    const auto it = asked_by_id_.find(id);
    if (it == asked_by_id_.end()) return false;
    const std::vector<Occurrence>& all = asked_[it->second].occurrences;
    return std::all_of(all.begin(), all.end(), [&](const Occurrence& o) {
      return std::any_of(spans.begin(), spans.end(),
                         [&](const auto& s) { return o.begin < s.second && s.first < o.end; });
    });
  }

 private:
  void Add(std::string_view id, std::string_view term, std::string_view category, bool technical,
           std::uint32_t begin, std::uint32_t end, std::string key, std::string stem_key,
           bool acronym, std::string lexicon_form);
  PostingKeyword KeywordOf(const Asked& asked, const ScoringOptions& scoring) const;
  bool CandidateSection(std::uint32_t offset) const;
  bool WrittenAsName(std::uint32_t begin) const;
  void AssignGroups(const std::vector<RequirementGroup>& groups, const ScoringOptions& scoring,
                    PostingProfile* profile) const;
  bool RemarkOnChoice(const Occurrence& o, const std::vector<std::uint32_t>& grouped) const;

  const AnalyzedDocument& posting_;
  const TierRules& tiers_;
  const TierRules::Cues cues_;
  std::vector<Asked> asked_;  // in order of first occurrence
  StringMap<std::size_t> asked_by_id_;
  bool has_requirement_sections_ = false;
  std::vector<Label> labels_;                               // in order
  std::pair<std::uint32_t, std::uint32_t> employer_{0, 0};  // the title line's employer's name
};

// Whether the keyword at `keyword` stands in a list after an inline label that ends at `from`:
// no sentence end between, and its own comma-separated part a short item of at most five words
// with no dash ("Не требуется: знание 1С, опыт в Excel VBA"; not "Not required: a CS degree, what
// matters is hands-on Go experience", "Не требуется: высшее, главное — опыт с Go").
bool InLabelsList(std::string_view text, std::size_t from, std::size_t keyword) {
  constexpr std::size_t kMaxItemWords = 5;
  if (text.substr(from, keyword - from).find_first_of(".;!?") != std::string_view::npos) {
    return false;
  }
  const std::size_t comma = text.substr(from, keyword - from).rfind(',');
  const std::size_t part_begin = comma == std::string_view::npos ? from : from + comma + 1;
  std::size_t part_end = text.find_first_of(",.;!?\n", keyword);
  if (part_end == std::string_view::npos) part_end = text.size();
  const std::string_view part = text.substr(part_begin, part_end - part_begin);
  for (std::string_view dash : {" - ", "\u2014", " \u2013 "}) {
    if (part.find(dash) != std::string_view::npos) return false;
  }
  std::size_t words = 0;
  for (std::size_t i = 0; i < part.size(); ++i) {
    if (part[i] != ' ' && part[i] != '\t' && (i == 0 || part[i - 1] == ' ' || part[i - 1] == '\t'))
      ++words;
  }
  return words <= kMaxItemWords;
}

// The sentence whose cues speak for [begin, end): TierRules::CueSentence, within the section
// that holds it ("…знание СКД и MS SQLБудет плюсом: Python": the heading ends the sentence).
std::pair<std::uint32_t, std::uint32_t> ProfileBuilder::SentenceAt(std::uint32_t begin,
                                                                   std::uint32_t end) const {
  auto [sentence_begin, sentence_end] = TierRules::CueSentence(posting_.text, cues_, begin, end);
  if (const Section* section = posting_.SectionHolding(begin)) {
    sentence_begin = std::max(sentence_begin, section->begin);
    sentence_end = std::min(sentence_end, std::max(section->end, end));
  }
  return {sentence_begin, sentence_end};
}

TierRules::Verdict ProfileBuilder::VerdictAt(std::uint32_t begin, std::uint32_t end) const {
  const auto [sentence_begin, sentence_end] = SentenceAt(begin, end);
  const SectionKind section = posting_.SectionAt(begin);
  // "Не требуется: знание 1С, опыт в Excel VBA": a label before a colon that opens the line
  // speaks for every keyword of the sentence after it that has no cue of its own.
  // Looked for within kLabelReach bytes before the keyword only: a label and its short items
  // are no longer, and a long flattened line must not cost a scan per keyword.
  constexpr std::size_t kLabelReach = 512;
  const std::string_view text = posting_.text;
  const std::size_t window = begin > kLabelReach ? begin - kLabelReach : 0;
  const std::size_t line = text.substr(window, begin - window).rfind('\n');
  const bool line_in_reach = line != std::string_view::npos || window == 0;
  const std::size_t line_begin = line == std::string_view::npos ? window : window + line + 1;
  const std::size_t in_line = text.substr(line_begin, begin - line_begin).find(':');
  const std::size_t colon = in_line == std::string_view::npos ? begin : line_begin + in_line;
  if (line_in_reach && colon < begin && colon > line_begin &&
      InLabelsList(text, colon + 1, begin)) {
    if (const auto label = TierRules::LabelLine(cues_, text, line_begin, colon + 1)) {
      const auto after = static_cast<std::uint32_t>(colon + 1);
      const TierRules::Verdict own = tiers_.TierOf(SectionKind::kOther, cues_, text, after,
                                                   std::max(sentence_end, after), begin);
      return own.tier == PostingTier::kMentioned && !own.not_required ? *label : own;
    }
  }
  const auto label = std::upper_bound(labels_.begin(), labels_.end(), begin,
                                      [](std::uint32_t o, const Label& l) { return o < l.begin; });
  if (label != labels_.begin() && begin < std::prev(label)->end) {
    const TierRules::Verdict own = tiers_.TierOf(SectionKind::kOther, cues_, posting_.text,
                                                 sentence_begin, sentence_end, begin);
    if (own.tier == PostingTier::kMentioned && !own.not_required) return std::prev(label)->verdict;
    return own;
  }
  return tiers_.TierOf(section, cues_, posting_.text, sentence_begin, sentence_end, begin);
}

void ProfileBuilder::Add(std::string_view id, std::string_view term, std::string_view category,
                         bool technical, std::uint32_t begin, std::uint32_t end, std::string key,
                         std::string stem_key, bool acronym, std::string lexicon_form) {
  const SectionKind section = posting_.SectionAt(begin);
  const auto [sentence_begin, sentence_end] = SentenceAt(begin, end);
  // The employer a title line names asks for nothing ("Data Analyst at Tableau").
  if (begin >= employer_.first && end <= employer_.second) return;
  const TierRules::Verdict verdict = VerdictAt(begin, end);
  // The benefits offer, they ask nothing ("a learning budget for AWS certifications"), unless
  // a cue says otherwise (a job title read as a benefits heading: "Benefits Associate").
  if ((section == SectionKind::kBenefits || verdict.offered) &&
      verdict.tier == PostingTier::kMentioned && !verdict.not_required) {
    return;
  }
  // In the text before the first heading of a posting with requirement sections, where the
  // company introduces itself, a business name written with a capital is the company's
  // ("Объединённая компания Wildberries и Russ", "Ozon Банк — подразделение Ozon", "ребята из
  // Яндекс.Маркета") or its motto: no mention of a skill. A technology there is the team's stack
  // ("we run on Kafka"), a lower-case phrase the role ("a background in customer support"); an
  // About section may be the role's ("About the job: grow our stores on Wildberries"), so it
  // keeps its mentions.
  if (!technical && verdict.tier == PostingTier::kMentioned && !verdict.not_required &&
      section == SectionKind::kOther && has_requirement_sections_ && WrittenAsName(begin)) {
    return;
  }
  auto it = asked_by_id_.find(id);
  if (it == asked_by_id_.end()) {
    it = asked_by_id_.emplace(std::string(id), asked_.size()).first;
    asked_.push_back({std::string(id), std::string(term), std::string(category), technical, {}});
  }
  asked_[it->second].occurrences.push_back({verdict.tier, section, begin, end, sentence_begin,
                                            sentence_end, verdict.not_required, std::move(key),
                                            std::move(stem_key), acronym, std::move(lexicon_form)});
}

void ProfileBuilder::AddSkills() {
  for (const SkillMatch& m : posting_.matches.matches) {
    // A skill inside a longer one's match is part of that one ("GitHub" in "GitHub Actions"),
    // not a requirement of its own.
    if (m.nested) continue;
    const FormKind kind = FormKindOf(m);
    Add(m.skill->id, m.skill->name, m.skill->category, m.skill->technical, m.begin, m.end,
        KeyOf(posting_.analyzed, m.first_token, m.token_count),
        StemKeyOf(posting_.analyzed, m.first_token, m.token_count),
        kind == FormKind::kAcronym || kind == FormKind::kExpansion, m.form);
  }
}

// Whether the word at `begin` is written with a capital: its first letter differs from its
// normalized (case-folded) form.
bool ProfileBuilder::WrittenAsName(std::uint32_t begin) const {
  const std::vector<Token>& tokens = posting_.analyzed.tokens;
  const auto it =
      std::lower_bound(tokens.begin(), tokens.end(), begin,
                       [](const Token& t, std::uint32_t offset) { return t.begin < offset; });
  if (it == tokens.end() || it->begin != begin || it->normalized.empty()) return false;
  const auto lead = static_cast<unsigned char>(posting_.text[begin]);
  const std::size_t n = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;  // first letter
  const std::string_view text = std::string_view(posting_.text).substr(begin);
  return text.compare(0, n, it->normalized, 0, n) != 0;
}

// Whether a candidate term at `offset` may be a requirement: not in the title, the company's
// description or the benefits, nor in the text before the first heading when the posting has
// requirement sections (there it describes the company: "FinCore is a Series C fintech").
bool ProfileBuilder::CandidateSection(std::uint32_t offset) const {
  const SectionKind section = posting_.SectionAt(offset);
  if (section == SectionKind::kTitle || section == SectionKind::kAbout ||
      section == SectionKind::kBenefits) {
    return false;
  }
  return section != SectionKind::kOther || !has_requirement_sections_;
}

// Every occurrence of each candidate term (`terms`: FindCandidateTokens). A term the posting also
// uses outside the sections candidates may come from is a name (the company's, the product's),
// not a skill: left out.
void ProfileBuilder::AddCandidates(const std::vector<CandidateToken>& terms) {
  std::vector<const CandidateToken*> found;
  StringSet names;
  for (const CandidateToken& ct : terms) {
    if (CandidateSection(ct.token->begin)) {
      found.push_back(&ct);
    } else {
      names.insert(ct.token->normalized);
    }
  }
  for (const CandidateToken* ct : found) {
    const Token& t = *ct->token;
    if (names.contains(t.normalized)) continue;
    const CandidateTerm& c = *ct->term;
    Add(std::string(kCandidatePrefix) + c.normalized, c.text, "unknown", true, t.begin, t.end,
        t.normalized, t.stem, false, c.text);
  }
}

// The weight a keyword of `tier` starts from (docs/scoring.md).
double TierWeight(const ScoringOptions& scoring, PostingTier tier) {
  return tier == PostingTier::kRequired    ? scoring.required_weight
         : tier == PostingTier::kPreferred ? scoring.preferred_weight
                                           : scoring.mentioned_weight;
}

PostingKeyword ProfileBuilder::KeywordOf(const Asked& asked, const ScoringOptions& scoring) const {
  PostingKeyword k;
  k.id = asked.id;
  k.term = asked.term;
  k.category = asked.category;
  k.technical = asked.technical;
  k.occurrences = static_cast<std::uint32_t>(asked.occurrences.size());
  // A keyword every occurrence of which is "not required" is no requirement; otherwise those
  // occurrences do not count.
  k.not_required = std::all_of(asked.occurrences.begin(), asked.occurrences.end(),
                               [](const Occurrence& o) { return o.not_required; });
  const Occurrence* strongest = nullptr;
  std::uint32_t counted = 0;
  const std::string_view text = posting_.text;
  for (const Occurrence& o : asked.occurrences) {
    if (o.not_required && !k.not_required) continue;
    ++counted;
    if (strongest == nullptr || TierRank(o.tier) < TierRank(strongest->tier)) strongest = &o;
    k.in_title = k.in_title || o.section == SectionKind::kTitle;
    k.acronym = k.acronym || o.acronym;
    AddDistinct(o.key, &k.keys);
    AddDistinct(o.stem_key, &k.stem_keys);
    AddDistinct(o.lexicon_form, &k.lexicon_forms);
    AddDistinct(text.substr(o.begin, o.end - o.begin), &k.forms);
  }
  for (auto* sorted : {&k.keys, &k.stem_keys, &k.lexicon_forms}) {
    std::sort(sorted->begin(), sorted->end());
  }
  k.tier = strongest->tier;
  k.begin = strongest->begin;
  k.end = strongest->end;
  k.sentence =
      text.substr(strongest->sentence_begin, strongest->sentence_end - strongest->sentence_begin);
  const double base = TierWeight(scoring, k.tier);
  const double bonus =
      std::min(scoring.max_repeat_bonus, scoring.repeat_bonus * static_cast<double>(counted - 1));
  k.weight = base * (1 + bonus) * (k.in_title ? scoring.title_factor : 1.0) *
             (asked.technical ? 1.0 : scoring.non_technical_factor);
  if (k.not_required) k.weight = 0;
  return k;
}

// A keyword named only as the other choice of a skill the posting requires anyway: a mention,
// weighed as one.
void Mention(const ScoringOptions& scoring, PostingKeyword* k) {
  const double base = TierWeight(scoring, k->tier);
  if (base > 0) k->weight *= scoring.mentioned_weight / base;
  k->tier = PostingTier::kMentioned;
}

PostingProfile ProfileBuilder::Finish(const ScoringOptions& scoring,
                                      const std::vector<RequirementGroup>& groups) const {
  PostingProfile profile;
  profile.sections = posting_.sections;
  profile.keywords.reserve(asked_.size());
  // A platform written before a product of it in a choice ("AWS SageMaker or GCP Vertex AI":
  // RequirementGroup::qualifiers) is part of the product's name there, as a platform inside a
  // name is ("AWS Fargate"): no occurrence of the keyword, and no keyword when it is named
  // nowhere else.
  std::vector<std::uint32_t> qualifiers;
  for (const RequirementGroup& g : groups)
    qualifiers.insert(qualifiers.end(), g.qualifiers.begin(), g.qualifiers.end());
  std::sort(qualifiers.begin(), qualifiers.end());
  auto qualifies = [&](const Occurrence& o) {
    return std::binary_search(qualifiers.begin(), qualifiers.end(), o.begin);
  };
  std::vector<bool> dropped(asked_.size(), false);
  for (std::size_t i = 0; i < asked_.size(); ++i) {
    const std::vector<Occurrence>& all = asked_[i].occurrences;
    if (qualifiers.empty() || std::none_of(all.begin(), all.end(), qualifies)) {
      profile.keywords.push_back(KeywordOf(asked_[i], scoring));
      continue;
    }
    Asked rest = asked_[i];
    std::erase_if(rest.occurrences, qualifies);
    dropped[i] = rest.occurrences.empty();
    profile.keywords.push_back(KeywordOf(dropped[i] ? asked_[i] : rest, scoring));
  }
  AssignGroups(groups, scoring, &profile);
  std::size_t kept = 0;  // in order
  for (std::size_t i = 0; i < profile.keywords.size(); ++i) {
    if (dropped[i]) continue;
    if (kept != i) profile.keywords[kept] = std::move(profile.keywords[i]);
    ++kept;
  }
  profile.keywords.resize(kept);
  return profile;
}

// "Python или Java для автотестов (у нас основной Python)": an occurrence in parentheses that
// follow a choice in its sentence remarks on the choice; it asks for nothing of its own.
bool ProfileBuilder::RemarkOnChoice(const Occurrence& o,
                                    const std::vector<std::uint32_t>& grouped) const {
  const std::string_view text = posting_.text;
  const std::size_t open = text.substr(o.sentence_begin, o.begin - o.sentence_begin).rfind('(');
  if (open == std::string_view::npos) return false;
  const std::size_t open_at = o.sentence_begin + open;
  if (text.substr(open_at + 1, o.begin - open_at - 1).find(')') != std::string_view::npos ||
      text.substr(o.end, o.sentence_end - o.end).find(')') == std::string_view::npos) {
    return false;
  }
  const auto first = std::lower_bound(grouped.begin(), grouped.end(), o.sentence_begin);
  return first != grouped.end() && *first < open_at;
}

// Numbers the requirement groups (1, 2, ...) on their members. A skill the posting also asks
// for on its own (required or preferred there), or one that is no requirement, stays out of
// groups; a mention ("About us: most of our services are written in Go") asks nothing. A group
// left with fewer than two members is none; when a member left it because the posting requires
// it on its own, the others named in the choice are mentions ("Python or Java. Python for the
// data pipelines": Python is required anyway, and Java is no required gap).
void ProfileBuilder::AssignGroups(const std::vector<RequirementGroup>& groups,
                                  const ScoringOptions& scoring, PostingProfile* profile) const {
  std::vector<std::uint32_t> grouped;  // begin offsets of every grouped occurrence
  for (const RequirementGroup& g : groups)
    grouped.insert(grouped.end(), g.begins.begin(), g.begins.end());
  for (const RequirementGroup& g : groups)  // a platform qualifying a member asks nothing there
    grouped.insert(grouped.end(), g.qualifiers.begin(), g.qualifiers.end());
  std::sort(grouped.begin(), grouped.end());
  std::uint32_t next = 1;
  // The title names the role, not a choice of its own: "Backend Engineer (Kotlin)" over
  // "Kotlin or Java" leaves the choice whole.
  auto alone = [&](const Occurrence& o) {
    return !o.not_required && o.tier != PostingTier::kMentioned &&
           o.section != SectionKind::kTitle &&
           !std::binary_search(grouped.begin(), grouped.end(), o.begin) &&
           !RemarkOnChoice(o, grouped);
  };
  // A skill joins one group: the one the posting asks most strongly first ("Orchestration:
  // Airflow or Dagster" under requirements before "pipelines (Airflow, Spark)" in the duties).
  auto strongest = [&](const RequirementGroup& g) {
    int best = TierRank(PostingTier::kMentioned) + 1;
    for (const std::string& id : g.ids) {
      const auto it = asked_by_id_.find(id);
      if (it == asked_by_id_.end()) continue;
      for (const Occurrence& o : asked_[it->second].occurrences) {
        if (std::find(g.begins.begin(), g.begins.end(), o.begin) != g.begins.end() &&
            !o.not_required) {
          best = std::min(best, TierRank(o.tier));
        }
      }
    }
    return best;
  };
  std::vector<std::pair<int, const RequirementGroup*>> order;
  order.reserve(groups.size());
  for (const RequirementGroup& g : groups) order.emplace_back(strongest(g), &g);
  std::stable_sort(order.begin(), order.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  for (const auto& [rank, group] : order) {
    const RequirementGroup& g = *group;
    std::vector<std::size_t> members;
    bool required_alone = false;
    for (const std::string& id : g.ids) {
      auto it = asked_by_id_.find(id);
      if (it == asked_by_id_.end()) continue;
      const PostingKeyword& k = profile->keywords[it->second];
      const std::vector<Occurrence>& all = asked_[it->second].occurrences;
      const bool standalone = std::any_of(all.begin(), all.end(), alone);
      required_alone = required_alone || std::any_of(all.begin(), all.end(), [&](const auto& o) {
                         return alone(o) && o.tier == PostingTier::kRequired;
                       });
      if (k.group == 0 && !k.not_required && !standalone) members.push_back(it->second);
    }
    if (members.size() < 2) {
      for (std::size_t m : members) {
        if (required_alone) Mention(scoring, &profile->keywords[m]);
      }
      continue;
    }
    for (std::size_t m : members) profile->keywords[m].group = next;
    ++next;
  }
}

}  // namespace

namespace {

// The `field` of tokens [first, first + count), parts left out unless the match is one part,
// joined by spaces.
std::string JoinTokens(const AnalyzedText& text, std::uint32_t first, std::uint32_t count,
                       std::string Token::*field) {
  std::string key;
  for (std::uint32_t i = first; i < first + count && i < text.tokens.size(); ++i) {
    const Token& t = text.tokens[i];
    if (t.part && count > 1) continue;
    if (!key.empty()) key.push_back(' ');
    key += t.*field;
  }
  return key;
}

}  // namespace

std::string KeyOf(const AnalyzedText& text, std::uint32_t first, std::uint32_t count) {
  return JoinTokens(text, first, count, &Token::normalized);
}

std::string StemKeyOf(const AnalyzedText& text, std::uint32_t first, std::uint32_t count) {
  return JoinTokens(text, first, count, &Token::stem);
}

FormKind FormKindOf(const SkillMatch& m) {
  for (const SkillForm& f : m.skill->forms) {
    if (f.text == m.form) return f.kind;
  }
  return FormKind::kVariant;
}

PostingProfile BuildPostingProfile(const AnalyzedDocument& posting, const PostingRules& rules,
                                   const ScoringOptions& scoring) {
  ProfileBuilder builder(posting, rules.tiers);
  builder.AddSkills();
  const std::vector<CandidateToken> terms = FindCandidateTokens(posting);
  if (scoring.candidate_keywords) builder.AddCandidates(terms);
  PostingProfile profile = builder.Finish(scoring, rules.alternatives.Find(posting, terms));
  profile.experience = FindExperienceAsked(posting, rules.experience);
  for (ExperienceAsked& e : profile.experience) {
    e.preferred = builder.VerdictAt(e.begin, e.end).tier == PostingTier::kPreferred;
  }
  // "Not required: 4+ years of Terraform": no years asked.
  std::erase_if(profile.experience, [&](const ExperienceAsked& e) {
    return builder.VerdictAt(e.begin, e.end).not_required;
  });
  std::vector<std::pair<std::uint32_t, std::uint32_t>> level_words;
  profile.languages = FindLanguagesAsked(posting, rules.levels, &level_words);
  // "английский на уровне чтения технической документации": the words of a level ask no skill.
  std::erase_if(profile.keywords,
                [&](const PostingKeyword& k) { return builder.AllWithin(k.id, level_words); });
  // "No English required", "Знание английского не требуется": no language asked.
  std::erase_if(profile.languages, [&](const LanguageAsked& l) {
    return builder.VerdictAt(l.begin, l.end).not_required;
  });
  for (LanguageAsked& l : profile.languages) {
    l.preferred = builder.VerdictAt(l.begin, l.end).tier == PostingTier::kPreferred;
    // A spoken language asked as a hard requirement is judged there (with its level, or the
    // resume's own language), once: not as a keyword too, which a resume written in English but
    // never naming "English" would miss. A preferred one ("English is a plus") costs nothing as
    // a requirement, so it stays a keyword and earns its points.
    if (!l.preferred) {
      std::erase_if(profile.keywords, [&](const PostingKeyword& k) { return k.id == l.skill; });
    }
  }
  profile.degree = FindDegreeAsked(posting, rules.credentials);
  if (profile.degree) {
    const TierRules::Verdict verdict =
        builder.VerdictAt(profile.degree->begin, profile.degree->end);
    profile.degree->preferred = verdict.tier == PostingTier::kPreferred;
    if (verdict.not_required) profile.degree.reset();  // "no degree required"
  }
  // "Bachelor's degree in Finance, Accounting or Economics": fields of study belong to the
  // degree requirement (shown, not checked: docs/scoring.md), not to the keywords.
  const auto fields = DegreeFieldSpans(posting, rules.credentials);
  std::erase_if(profile.keywords,
                [&](const PostingKeyword& k) { return builder.AllWithin(k.id, fields); });
  profile.seniority = FindSeniorityAsked(posting, rules.credentials);
  profile.title = FindJobTitle(posting, rules.credentials);
  return profile;
}

}  // namespace tailorcore::detail
