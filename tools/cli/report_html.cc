#include "report_html.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <sstream>
#include <vector>

#include "report_words.h"
#include "tailorcore/lexicon.h"
#include "tailorcore/match.h"

namespace tailorcore::cli {
namespace {

constexpr std::size_t kMaxBullets = 12;

// Screen and print: the two documents side by side, wrapped (never cut off); highlights that
// stay apart in black and white (underline, border, strike-through), colours printed as seen.
constexpr const char* kStyle = R"css(
*{box-sizing:border-box}
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;
 color:#1d1d1f;margin:0 auto;padding:24px;max-width:1400px}
h1{font-size:22px;margin:0 0 4px;overflow-wrap:anywhere}
h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid #ddd;padding-bottom:4px}
h3{font-size:15px;margin:0 0 6px}
.scores{display:flex;gap:32px;flex-wrap:wrap;align-items:baseline}
.score{font-size:40px;font-weight:700}.score small{font-size:15px;font-weight:400;color:#555}
.bars{display:grid;grid-template-columns:repeat(auto-fit,minmax(280px,1fr));gap:4px 32px}
.bar{display:grid;grid-template-columns:9em 1fr 7.5em;gap:8px;align-items:center}
.bar .track{height:12px;background:#eee;border-radius:6px;overflow:hidden}
.bar .fill{display:block;height:100%;background:#2e7d32}
.bar .name,.bar .value{overflow-wrap:anywhere;font-variant-numeric:tabular-nums}
.legend{display:flex;gap:16px;flex-wrap:wrap;margin:8px 0}
.docs{display:grid;grid-template-columns:1fr 1fr;gap:24px}
.doc{border:1px solid #ddd;border-radius:6px;padding:12px;min-width:0}
.doc pre{margin:0;white-space:pre-wrap;overflow-wrap:anywhere;
 font:13px/1.5 ui-monospace,"DejaVu Sans Mono",monospace}
mark.kw{color:inherit;border-radius:3px;padding:0 1px;
 -webkit-print-color-adjust:exact;print-color-adjust:exact}
mark.matched{background:#c8efc9;border-bottom:2px solid #2e7d32}
mark.missing{background:#ffd6d6;outline:1px dashed #c62828}
mark.implied{background:#d6e4ff;border-bottom:2px dotted #1a4fb5}
mark.alternative{background:#fff1b8;border-bottom:3px double #9a7d00}
mark.not-required{background:#eee;text-decoration:line-through}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;padding:4px 8px;border-bottom:1px solid #eee;vertical-align:top;
 overflow-wrap:break-word}
th{font-weight:600;background:#fafafa}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.tables{display:grid;grid-template-columns:1fr 1fr;gap:24px}
ul,ol{padding-left:22px;overflow-wrap:anywhere}
.muted{color:#666}
.met{color:#2e7d32}.not_met{color:#c62828}.unknown{color:#8a6d00}
@media (max-width:900px){.docs,.tables{grid-template-columns:1fr}}
@media print{body{padding:0;max-width:none;font-size:11px}.doc pre{font-size:9.5px}
 .doc,tr,li{break-inside:avoid-page}h2{break-after:avoid}}
)css";

// A highlight in one of the documents.
struct Span {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  const char* state = "";
  std::string skill;
  std::string title;
};

// An alternative is "alternative" when the member that carries its group is shown, else
// "missing" with the group: any one member would do.
const char* KeywordState(const Report& report, const Keyword& k) {
  if (k.alternative) {
    for (const Keyword& carrier : report.keywords) {
      if (!carrier.alternative && carrier.matched &&
          std::find(k.alternatives.begin(), k.alternatives.end(), carrier.id) !=
              k.alternatives.end()) {
        return "alternative";
      }
    }
    return "missing";
  }
  if (!k.matched) return "missing";
  return k.match == MatchKind::kImplied ? "implied" : "matched";
}

// "Kafka (or RabbitMQ) · required · alternative": the tooltip of a highlight.
std::string SpanTitle(const Report& report, const Keyword& k, const char* state) {
  return DisplayTerm(report, k) + " \u00B7 " + PostingTierName(k.tier) + " \u00B7 " + state;
}

// The keywords of the report by id: those scored, then those named as not required.
std::map<std::string, std::pair<const Keyword*, const char*>> KeywordsById(const Report& report) {
  std::map<std::string, std::pair<const Keyword*, const char*>> by_id;
  for (const Keyword& k : report.keywords)
    by_id.emplace(k.id, std::pair{&k, KeywordState(report, k)});
  for (const Keyword& k : report.not_required) by_id.emplace(k.id, std::pair{&k, "not-required"});
  return by_id;
}

// Every occurrence in the posting of a keyword of the report (candidates included).
std::vector<Span> PostingSpans(const Report& report, const Document& posting) {
  const auto by_id = KeywordsById(report);
  std::vector<Span> spans;
  auto add = [&](const std::string& id, std::uint32_t begin, std::uint32_t end) {
    const auto it = by_id.find(id);
    if (it == by_id.end()) return;
    const auto [k, state] = it->second;
    spans.push_back({begin, end, state, id,
                     std::string_view(state) == "not-required"
                         ? k->term + " \u00B7 named as not required"
                         : SpanTitle(report, *k, state)});
  };
  for (const SkillMatch& m : posting.matches().matches) {
    if (!m.nested && m.skill != nullptr) add(m.skill->id, m.begin, m.end);
  }
  for (const CandidateTerm& c : posting.matches().candidates) {
    add("term:" + c.normalized, c.begin, c.end);
  }
  return spans;
}

// The resume's evidence of each keyword.
std::vector<Span> ResumeSpans(const Report& report) {
  std::vector<Span> spans;
  for (const Keyword& k : report.keywords) {
    for (const Evidence& e : k.evidence) {
      const char* state = KeywordState(report, k);
      spans.push_back({e.begin, e.end, state, k.id,
                       SpanTitle(report, k, state) + " (" + MatchKindName(e.kind) + ")"});
    }
  }
  return spans;
}

// Which of two highlights of the same words shows: the skill's own keyword before a broader one
// it implies ("RabbitMQ" before "Message queues"), and before an alternative.
int Rank(const char* state) {
  const std::string_view s = state;
  return s == "matched" ? 0 : s == "missing" ? 1 : s == "alternative" ? 2 : s == "implied" ? 3 : 4;
}

// `text` with `spans` as <mark>s: in order, the first (then longest) of overlapping ones; a
// highlight of the same words for another keyword is named in its tooltip ("also: ...").
std::string Highlighted(std::string_view text, std::vector<Span> spans) {
  std::stable_sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) {
    if (a.begin != b.begin) return a.begin < b.begin;
    return a.end != b.end ? a.end > b.end : Rank(a.state) < Rank(b.state);
  });
  for (std::size_t i = 1, kept = 0; i < spans.size(); ++i) {
    if (spans[i].begin == spans[kept].begin && spans[i].end == spans[kept].end) {
      spans[kept].title += "; also: " + spans[i].title;
    } else {
      kept = i;
    }
  }
  std::string out;
  std::size_t at = 0;
  for (const Span& s : spans) {
    if (s.begin < at || s.end <= s.begin || s.end > text.size()) continue;
    out += EscapeHtml(text.substr(at, s.begin - at));
    out += "<mark class=\"kw " + std::string(s.state) + "\" data-state=\"" + s.state +
           "\" data-skill=\"" + EscapeHtml(s.skill) + "\" title=\"" + EscapeHtml(s.title) + "\">";
    out += EscapeHtml(text.substr(s.begin, s.end - s.begin)) + "</mark>";
    at = s.end;
  }
  return out + EscapeHtml(text.substr(std::min(at, text.size())));
}

void Bar(std::ostringstream& out, const Coverage& c) {
  out << "<div class=\"bar\"><span class=\"name\">" << EscapeHtml(c.name) << "</span>";
  if (c.total == 0) {
    out << "<span class=\"track\"></span><span class=\"value muted\">\u2014</span></div>\n";
    return;
  }
  out << "<span class=\"track\"><span class=\"fill\" style=\"width:"
      << Fixed(100 * std::clamp(c.coverage, 0.0, 1.0), 1) << "%\"></span></span>"
      << "<span class=\"value\">" << c.matched << "/" << c.total << " \u00B7 "
      << Fixed(100 * c.coverage, 0) << "%</span></div>\n";
}

void Summary(std::ostringstream& out, const Report& report) {
  out << "<div class=\"scores\"><div class=\"score\" id=\"score\">" << Fixed(report.score, 1)
      << "<small> / 100 score</small></div><div class=\"score\" id=\"literal-score\">"
      << Fixed(report.literal_score, 1) << "<small> / 100 literal ATS score</small></div>";
  if (report.score < report.keyword_score) {
    out << "<div class=\"muted\">keywords " << Fixed(report.keyword_score, 1)
        << ", unmet requirements " << Fixed(report.score - report.keyword_score, 1) << "</div>";
  }
  out << "</div>\n<p class=\"muted\">The literal score counts only the posting's exact words. "
         "Coverage weighs each keyword; one only listed, not shown in work, counts less "
         "(listed_credit, "
         "0.7 by default).</p>\n"
      << "<h2>Coverage by tier</h2>\n<div class=\"bars\" id=\"tiers\">\n";
  for (const Coverage& c : report.tiers) Bar(out, c);
  out << "</div>\n<h2>Coverage by category</h2>\n<div class=\"bars\" id=\"categories\">\n";
  for (const Coverage& c : report.categories) Bar(out, c);
  out << "</div>\n";
}

void Documents(std::ostringstream& out, const Report& report, const Document& resume,
               const Document& posting, const std::string& resume_name,
               const std::string& posting_name) {
  out << "<h2>The resume and the posting</h2>\n<div class=\"legend\">"
      << "<mark class=\"kw matched\">matched</mark><mark class=\"kw missing\">missing</mark>"
      << "<mark class=\"kw implied\">implied by a narrower skill</mark>"
      << "<mark class=\"kw alternative\">alternative, the group is covered</mark>"
      << "<mark class=\"kw not-required\">not required</mark></div>\n<div class=\"docs\">\n"
      << "<section class=\"doc\" id=\"resume\"><h3>" << EscapeHtml(resume_name) << "</h3><pre>\n"
      << Highlighted(resume.text(), ResumeSpans(report)) << "</pre></section>\n"
      << "<section class=\"doc\" id=\"posting\"><h3>" << EscapeHtml(posting_name) << "</h3><pre>\n"
      << Highlighted(posting.text(), PostingSpans(report, posting)) << "</pre></section>\n"
      << "</div>\n";
}

void Requirements(std::ostringstream& out, const Report& report) {
  if (report.requirements.empty()) return;
  out << "<h2>Requirements</h2>\n<table id=\"requirements\"><tr><th>asked</th><th>the resume"
      << "</th><th class=\"num\">points</th></tr>\n";
  for (const Requirement& r : report.requirements) {
    const char* status = RequirementStatusName(r.status);
    const std::string points = r.points < -0.005 ? Fixed(r.points, 1)
                               : r.soft && r.status == RequirementStatus::kNotMet ? "soft: 0"
                                                                                  : "";
    out << "<tr class=\"" << status << "\"><td>" << EscapeHtml(AskedText(r)) << "</td><td class=\""
        << status << "\">" << EscapeHtml(FoundText(r)) << "</td><td class=\"num\">" << points
        << "</td></tr>\n";
  }
  out << "</table>\n";
}

void Matched(std::ostringstream& out, const Report& report) {
  std::vector<const Keyword*> matched;
  for (const Keyword& k : report.keywords) {
    if (k.matched && !k.alternative) matched.push_back(&k);
  }
  std::stable_sort(matched.begin(), matched.end(),
                   [](const Keyword* a, const Keyword* b) { return a->points > b->points; });
  out << "<div><h2>Matched, by points</h2>\n<table id=\"matched\"><tr><th>keyword</th>"
      << "<th>tier</th><th class=\"num\">points</th><th>where</th></tr>\n";
  for (const Keyword* k : matched) {
    out << "<tr data-skill=\"" << EscapeHtml(k->id) << "\"><td>"
        << EscapeHtml(DisplayTerm(report, *k)) << "</td><td>" << PostingTierName(k->tier)
        << "</td><td class=\"num\">" << Fixed(k->points, 1) << "</td><td>"
        << EscapeHtml(WhereShown(*k)) << "</td></tr>\n";
  }
  out << "</table></div>\n";
}

void Missing(std::ostringstream& out, const Report& report) {
  out << "<div><h2>Missing, most important first</h2>\n<table id=\"missing\"><tr>"
      << "<th>keyword</th><th>tier</th><th class=\"num\" title=\"points it would add if shown in "
         "work\">would add</th></tr>\n";
  const MissingKeywords missing = SplitMissing(report);
  for (const Keyword* k : missing.technical) {
    out << "<tr data-skill=\"" << EscapeHtml(k->id) << "\"><td>"
        << EscapeHtml(DisplayTerm(report, *k)) << "</td><td>" << PostingTierName(k->tier)
        << "</td><td class=\"num\">+" << Fixed(PointsIfShown(report, *k), 1) << "</td></tr>\n";
  }
  std::string other;
  for (const Keyword* k : missing.other)
    other += (other.empty() ? "" : ", ") + DisplayTerm(report, *k);
  out << "</table>\n";
  if (!other.empty()) out << "<p><b>Also asked, not technical:</b> " << EscapeHtml(other) << "</p>";
  if (!report.not_required.empty()) {
    out << "<p><b>Named as not required:</b> " << EscapeHtml(NotRequiredLine(report)) << "</p>";
  }
  out << "</div>\n";
}

void Advice(std::ostringstream& out, const Report& report) {
  if (!report.suggestions.empty()) out << "<h2>Suggestions</h2>\n<ul id=\"suggestions\">\n";
  for (const Suggestion& s : report.suggestions) {
    out << "<li data-kind=\"" << SuggestionKindName(s.kind) << "\">" << EscapeHtml(s.message)
        << "</li>\n";
  }
  if (!report.suggestions.empty()) out << "</ul>\n";
  out << "<h2>Bullets, most relevant to this posting first</h2>\n";
  if (report.bullets.empty()) out << "<p class=\"muted\">No bullets found.</p>\n";
  out << "<ol id=\"bullets\">\n";
  for (std::size_t i = 0; i < report.bullets.size() && i < kMaxBullets; ++i) {
    const BulletReview& b = report.bullets[i];
    out << "<li>" << EscapeHtml(b.text) << " <span class=\"muted\">\u2014 action verb "
        << (b.action_verb ? "\u2713" : "\u2717") << ", result "
        << (b.measurable ? "\u2713" : "\u2717") << (b.weak_opener ? ", weak opener" : "")
        << (b.duplicate ? ", duplicate" : "") << ", relevance " << Fixed(b.relevance, 1)
        << "</span></li>\n";
  }
  out << "</ol>\n";
  if (report.bullets.size() > kMaxBullets) {
    out << "<p class=\"muted\">\u2026 and " << report.bullets.size() - kMaxBullets << " more</p>\n";
  }
}

}  // namespace

std::string EscapeHtml(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string RenderHtml(const Report& report, const Document& resume, const Document& posting,
                       const std::string& resume_name, const std::string& posting_name) {
  std::ostringstream out;
  const std::string title = resume_name + " vs " + posting_name;
  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << "<meta name=\"generator\" content=\"tailorcore\">\n<title>" << EscapeHtml(title)
      << " \u00B7 tailorcore</title>\n<style>" << kStyle << "</style>\n</head>\n<body>\n<h1>"
      << EscapeHtml(title) << "</h1>\n";
  if (report.keywords.empty()) {
    out << "<p id=\"no-skills\">No skills found in the posting, so there is nothing to score. Is "
           "it a job posting in English or Russian, given second (RESUME first, then "
           "POSTING)?</p>\n";
  } else {
    Summary(out, report);
  }
  Documents(out, report, resume, posting, resume_name, posting_name);
  Requirements(out, report);
  if (!report.keywords.empty()) {
    out << "<div class=\"tables\">\n";
    Matched(out, report);
    Missing(out, report);
    out << "</div>\n";
  }
  Advice(out, report);
  out << "</body>\n</html>\n";
  return out.str();
}

}  // namespace tailorcore::cli
