#include "compare/suggestions.h"

#include <algorithm>

namespace tailorcore::detail {
namespace {

constexpr std::size_t kQuoteBytes = 120;  // longest posting sentence quoted in a message
constexpr std::size_t kMaxBulletAdvice = 10;

bool RoleHeader(std::string_view line) {
  for (std::size_t i = 0; i + 4 <= line.size(); ++i) {
    if ((line.substr(i, 2) == "19" || line.substr(i, 2) == "20") && line[i + 2] >= '0' &&
        line[i + 2] <= '9' && line[i + 3] >= '0' && line[i + 3] <= '9') {
      return true;
    }
  }
  return line.find("present") != std::string_view::npos ||
         line.find("Present") != std::string_view::npos ||
         line.find("настоящее время") != std::string_view::npos;
}

// `text` cut to at most `bytes` at a code point boundary, with "…" when cut.
std::string Shorten(const std::string& text, std::size_t bytes) {
  if (text.size() <= bytes) return text;
  std::size_t cut = bytes;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return text.substr(0, cut) + "\u2026";
}

const char* TierPhrase(PostingTier tier) {
  switch (tier) {
    case PostingTier::kRequired:
      return "as required";
    case PostingTier::kPreferred:
      return "as preferred";
    case PostingTier::kMentioned:
      return "";
  }
  return "";
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

}  // namespace

std::vector<BulletReview> FindBullets(const Engine::Impl& engine, const Document::Impl& resume) {
  std::vector<BulletReview> bullets;
  for (const LineItem& item : resume.items) {
    const SectionKind section = resume.SectionAt(item.begin);
    if (section == SectionKind::kSkills || section == SectionKind::kLanguages ||
        section == SectionKind::kEducation || section == SectionKind::kCertifications ||
        section == SectionKind::kTitle) {
      continue;
    }
    const std::string_view line =
        std::string_view(resume.text).substr(item.begin, item.end - item.begin);
    const bool work = section == SectionKind::kExperience || section == SectionKind::kProjects;
    if (!(item.bullet || work) || RoleHeader(line)) continue;
    // A heading line is not a bullet.
    auto heading_at =
        std::lower_bound(resume.sections.begin(), resume.sections.end(), item.begin,
                         [](const Section& s, std::uint32_t o) { return s.heading_begin < o; });
    const bool heading = heading_at != resume.sections.end() &&
                         heading_at->heading_begin < item.end &&
                         heading_at->heading_end > heading_at->heading_begin;
    if (heading) continue;
    std::vector<const Token*> words;
    const std::vector<Token>& tokens = resume.analyzed.tokens;
    auto it =
        std::lower_bound(tokens.begin(), tokens.end(), item.begin,
                         [](const Token& t, std::uint32_t offset) { return t.begin < offset; });
    for (; it != tokens.end() && it->begin < item.end; ++it) {
      if (!it->part) words.push_back(&*it);
    }
    if (words.size() < 3) continue;  // a fragment, not a sentence about work
    BulletReview b;
    b.begin = item.begin;
    b.end = item.end;
    b.text = std::string(line);
    const BulletFlags flags = engine.bullets.Review(line, words);
    b.action_verb = flags.action_verb;
    b.measurable = flags.measurable;
    b.weak_opener = flags.weak_opener;
    bullets.push_back(std::move(b));
  }
  return bullets;
}

void ReviewBullets(const Document::Impl& resume, Report* report) {
  std::vector<BulletReview> bullets = resume.bullets;
  // Relevance: each keyword's evidence lands in at most one bullet (binary search by offset).
  for (const Keyword& k : report->keywords) {
    std::size_t last = bullets.size();
    for (const Evidence& e : k.evidence) {
      auto it =
          std::upper_bound(bullets.begin(), bullets.end(), e.begin,
                           [](std::uint32_t o, const BulletReview& b) { return o < b.begin; });
      if (it == bullets.begin()) continue;
      --it;
      const std::size_t index = static_cast<std::size_t>(it - bullets.begin());
      if (e.end > it->end || index == last) continue;
      it->relevance += k.weight;
      it->keywords.push_back(k.id);
      last = index;
    }
  }
  std::stable_sort(
      bullets.begin(), bullets.end(),
      [](const BulletReview& a, const BulletReview& b) { return a.relevance > b.relevance; });
  report->bullets = std::move(bullets);
}

void CheckSections(const Document::Impl& resume, Report* report) {
  for (SectionKind kind : {SectionKind::kSummary, SectionKind::kSkills, SectionKind::kExperience,
                           SectionKind::kEducation}) {
    SectionCheck check;
    check.section = SectionKindName(kind);
    for (const Section& s : resume.sections) check.present = check.present || s.kind == kind;
    report->sections.push_back(check);
  }
}

void Suggest(const Engine::Impl& engine, Report* report) {
  (void)engine;
  auto quote = [](const std::string& text) { return "\u201C" + text + "\u201D"; };
  for (const Keyword& k : report->keywords) {
    if (!k.matched) {
      Suggestion s;
      s.kind = SuggestionKind::kMissing;
      s.keyword_id = k.id;
      std::string where = TierPhrase(k.tier);
      s.message = "Missing " + quote(k.posting_forms.empty() ? k.term : k.posting_forms.front()) +
                  (where.empty() ? "" : " (" + where + ")") +
                  ": if you have used it, show where. The posting says: " +
                  quote(Shorten(k.posting_sentence, kQuoteBytes));
      report->suggestions.push_back(std::move(s));
      continue;
    }
    // Exact-form advice, except where the two differ only by inflection ("микросервисов" and
    // "микросервисы"): rewriting a word's ending to the posting's would make a resume worse.
    if (!k.literal && k.match != MatchKind::kStem && !k.posting_forms.empty() &&
        !k.resume_forms.empty()) {
      const std::string& theirs = k.posting_forms.front();
      const std::string& yours = k.resume_forms.front();
      Suggestion s;
      s.keyword_id = k.id;
      if (k.match == MatchKind::kAcronym) {
        s.kind = SuggestionKind::kAcronym;
        const bool theirs_short = IsAcronymLike(theirs);
        const std::string both =
            theirs_short ? yours + " (" + theirs + ")" : theirs + " (" + yours + ")";
        s.message = "The posting writes " + quote(theirs) + ", your resume " + quote(yours) +
                    ": write both, " + quote(both) + ", so a literal ATS finds it.";
      } else {
        s.kind = SuggestionKind::kExactForm;
        s.message = "The posting writes " + quote(theirs) + ", your resume " + quote(yours) +
                    ": use the posting's form where you mention it, so a literal ATS finds it.";
      }
      report->suggestions.push_back(std::move(s));
    }
    if (k.tier == PostingTier::kRequired) {
      bool demonstrated = false;
      bool listed = false;
      for (const Evidence& e : k.evidence) {
        demonstrated = demonstrated || e.bullet || e.section == SectionKind::kExperience ||
                       e.section == SectionKind::kProjects;
        listed = listed || e.section == SectionKind::kSkills;
      }
      if (listed && !demonstrated) {
        Suggestion s;
        s.kind = SuggestionKind::kListedNotDemonstrated;
        s.keyword_id = k.id;
        s.message = quote(k.term) +
                    " is required and appears only in your skills list: show it in an "
                    "experience bullet where you used it.";
        report->suggestions.push_back(std::move(s));
      }
    }
  }
  std::size_t bullet_advice = 0;
  for (const BulletReview& b : report->bullets) {
    if (bullet_advice >= kMaxBulletAdvice) break;
    std::vector<std::string> fixes;
    const bool russian =
        b.text.find("\xD0") != std::string::npos || b.text.find("\xD1") != std::string::npos;
    if (b.weak_opener) {
      fixes.push_back(russian ? "open with what you did rather than a duty "
                                "(\u201CРазработал\u201D, not \u201CУчаствовал в\u201D)"
                              : "open with what you did rather than a duty (\u201CBuilt\u201D, not "
                                "\u201CResponsible for\u201D)");
    }
    if (!b.weak_opener && !b.action_verb) fixes.push_back("open with an action verb");
    if (!b.measurable)
      fixes.push_back("add a measurable result if you have one (a number, %, time or money saved)");
    if (fixes.empty()) continue;
    Suggestion s;
    s.kind = SuggestionKind::kBullet;
    std::string joined;
    for (std::size_t i = 0; i < fixes.size(); ++i) joined += (i ? "; " : "") + fixes[i];
    s.message = "Bullet " + quote(Shorten(b.text, 70)) + ": " + joined + ".";
    report->suggestions.push_back(std::move(s));
    ++bullet_advice;
  }
  for (const SectionCheck& c : report->sections) {
    if (c.present) continue;
    Suggestion s;
    s.kind = SuggestionKind::kSection;
    s.message = "No " + c.section + " section found: add one with a standard heading (\u201C" +
                std::string(1, static_cast<char>(c.section[0] - 'a' + 'A')) + c.section.substr(1) +
                "\u201D) so an ATS can parse it.";
    report->suggestions.push_back(std::move(s));
  }
}

}  // namespace tailorcore::detail
