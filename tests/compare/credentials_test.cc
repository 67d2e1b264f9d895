// Degrees and seniority: what a posting asks and what a resume shows, and what unmet
// requirements cost (docs/scoring.md, 5). Every phrasing here is written for this test.
#include <catch2/catch.hpp>

#include <optional>
#include <string>

#include "support/engine_fixture.h"
#include "tailorcore/batch.h"
#include "tailorcore/engine.h"

using tailorcore::Engine;
using tailorcore::Report;
using tailorcore::Requirement;
using tailorcore::RequirementStatus;

namespace {

const Engine& FixedEngine() { return tailorcore::testing::DatedEngine(); }

Report Compare(const std::string& resume, const std::string& posting) {
  return FixedEngine().Compare(std::string_view(resume), std::string_view(posting));
}

// The requirement of `kind` in the report, if any.
std::optional<Requirement> Find(const Report& report, const std::string& kind) {
  for (const Requirement& r : report.requirements) {
    if (r.kind == kind) return r;
  }
  return std::nullopt;
}

std::optional<Requirement> DegreeAsked(const std::string& posting) {
  const tailorcore::PostingProfile profile = FixedEngine().Profile(std::string_view(posting));
  if (!profile.degree) return std::nullopt;
  Requirement r;
  r.required = profile.degree->level;
  r.fields = profile.degree->fields;
  r.soft = profile.degree->equivalent || profile.degree->preferred;
  return r;
}

std::string SeniorityAsked(const std::string& posting) {
  const tailorcore::PostingProfile profile = FixedEngine().Profile(std::string_view(posting));
  return profile.seniority ? profile.seniority->level : "";
}

const char* const kResumeHead =
    "Jordan Lee\n\nExperience\nSoftware Engineer, Initech, Jan 2020 - present\n"
    "• Built billing services in Python\n\n";

}  // namespace

TEST_CASE("degrees asked as postings write them, in English and Russian", "[credentials]") {
  struct Case {
    const char* posting;
    const char* level;
    bool soft;
  };
  const Case cases[] = {
      {"Requirements\n- Bachelor's degree in Computer Science\n", "bachelor", false},
      {"Requirements\n- BS/MS in Electrical Engineering or similar\n", "bachelor", false},
      {"Requirements\n- B.Sc. or M.Sc. in Statistics\n", "bachelor", false},
      {"Qualifications\nMaster's or PhD in Mathematics, Physics or a related field\n", "master",
       false},
      {"Requirements\n- PhD in machine learning\n", "phd", false},
      {"Requirements\n- Degree in Computer Science or equivalent practical experience\n",
       "bachelor", true},
      {"Requirements\n- University degree, or equivalent combination of education and "
       "experience\n",
       "bachelor", true},
      {"Nice to have\n- A master's degree in Data Science\n", "master", true},
      {"Requirements\n- Associate degree in IT\n", "associate", false},
      {"Требования\n- Высшее техническое образование\n", "bachelor", false},
      {"Требования:\n— образование: высшее / неоконченное высшее;\n", "associate", false},
      {"Требования\n• степень магистра в области прикладной математики\n", "master", false},
      {"Требования\n- кандидат технических наук\n", "phd", false},
      {"Будет плюсом\n- высшее математическое образование\n", "bachelor", true},
      // Secondary vocational education by its trade: "среднее медицинское", "среднее техническое".
      {"Требования:\n• среднее медицинское образование по специальности «Лечебное дело»;\n",
       "associate", false},
      {"Требования\n- среднее техническое образование\n", "associate", false},
  };
  for (const Case& c : cases) {
    INFO(c.posting);
    const std::optional<Requirement> asked = DegreeAsked(c.posting);
    REQUIRE(asked.has_value());
    CHECK(asked->required == c.level);
    CHECK(asked->soft == c.soft);
  }
}

TEST_CASE("a degree's fields are read as the posting writes them", "[credentials]") {
  auto asked = DegreeAsked(
      "Requirements\n- Bachelor's degree in Computer Science, Mathematics or a related field\n");
  REQUIRE(asked.has_value());
  CHECK(asked->fields ==
        std::vector<std::string>{"Computer Science", "Mathematics", "related field"});
  asked = DegreeAsked("Требования\n- Высшее техническое или математическое образование\n");
  REQUIRE(asked.has_value());
  CHECK(asked->fields == std::vector<std::string>{"техническое", "математическое"});
}

TEST_CASE("a degree named where nothing is asked is no requirement", "[credentials]") {
  for (const char* posting : {
           "Senior Engineer\n\nAbout us\nWe fund your master's degree and PhD courses.\n\n"
           "Requirements\n- Python\n",
           "Requirements\n- Scrum Master or Agile coach experience\n- Python\n",
           "Requirements\n- Python, MS SQL, MS Office\n",
           "Требования\n- опыт с Python\n- знание высшей математики\n",
           "Требования\n- понимание магистральных сетей\n- Linux\n",
           "Ищем специалиста, инженера по данным\n\nТребования\n- ведущий специалист, от 3 лет\n"
           "- Python\n",
           "Требования\n- Квалификация: инженер-программист\n- Python\n",
           "Requirements\n- A degree is not required\n- Python\n",
       }) {
    INFO(posting);
    CHECK_FALSE(DegreeAsked(posting).has_value());
  }
}

TEST_CASE("a resume's degree: met, not met, or unknown when it names none", "[credentials]") {
  const std::string posting = "Requirements\n- Master's degree in Computer Science\n- Python\n";
  struct Case {
    const char* education;
    RequirementStatus status;
    const char* found;
  };
  const Case cases[] = {
      {"Education\nM.Sc. Computer Science, TU Munich, 2019\n", RequirementStatus::kMet, "master"},
      {"Education\nPhD, Physics, ETH Zurich, 2018\n", RequirementStatus::kMet, "phd"},
      {"Education\nBachelor of Science in Biology, 2015\n", RequirementStatus::kNotMet, "bachelor"},
      {"Образование\nМагистр, МФТИ, прикладная математика, 2018\n", RequirementStatus::kMet,
       "master"},
      {"Образование\nВысшее, МГУ, 2016\n", RequirementStatus::kNotMet, "bachelor"},
      {"Образование\nНеоконченное высшее, МГТУ\n", RequirementStatus::kNotMet, "associate"},
      // the five-year Russian specialist degree, as resumes name it
      {"Образование\nСПбПУ, информационные системы, специалист, 2017\n", RequirementStatus::kMet,
       "master"},
      {"Образование\nМИФИ, 2012\nКвалификация: инженер\n", RequirementStatus::kMet, "master"},
      // ... and as the first item of its line
      {"Образование\nСпециалист, Прикладная информатика, УрФУ, 2015\n", RequirementStatus::kMet,
       "master"},
      // business and commerce bachelors
      {"Education\nBBA in Finance, Baruch College, 2016\n", RequirementStatus::kNotMet, "bachelor"},
      {"Education\nB.Com. (Hons), University of Toronto, 2014\n", RequirementStatus::kNotMet,
       "bachelor"},
      {"Education\nBComm, Accounting, McGill, 2013\n", RequirementStatus::kNotMet, "bachelor"},
      {"Education\nStanford University, 2012 - 2016\n", RequirementStatus::kUnknown, ""},
      {"", RequirementStatus::kUnknown, ""},  // no education section
  };
  for (const Case& c : cases) {
    INFO(c.education);
    const std::optional<Requirement> r =
        Find(Compare(std::string(kResumeHead) + c.education, posting), "degree");
    REQUIRE(r.has_value());
    CHECK(r->status == c.status);
    CHECK(r->found == c.found);
  }
}

TEST_CASE("a degree in another field than the posting names is advised, never failed",
          "[credentials]") {
  struct Case {
    const char* posting;
    const char* education;
    bool advised;
  };
  const Case cases[] = {
      {"Requirements\n- Bachelor's degree in Computer Science, Physics or Mathematics\n",
       "Education\nBachelor of Science in Economics, 2017\n", true},
      {"Requirements\n- Bachelor's degree in Computer Science, Physics or Mathematics\n",
       "Education\nBSc in Applied Mathematics, 2017\n", false},
      {"Requirements\n- BS in Computer Science or a related field\n",
       "Education\nBachelor of Science in Economics, 2017\n", false},  // open-ended
      {"Requirements\n- Degree in Engineering\n",
       "Education\nBachelor of Science in Physics, 2017\n", false},  // broad
      {"Требования\n- высшее образование в области экономики или финансов\n",
       "Образование\nМГУ, прикладная математика, бакалавр, 2017\n", true},
      {"Требования\n- высшее математическое образование\n",
       "Образование\nМГУ, прикладная математика, бакалавр, 2017\n", false},
      {"Требования\n- высшее техническое образование\n",
       "Образование\nМГУ, экономика, бакалавр, 2017\n", false},  // broad
      // a field with a broad word in it is specific; a shared common word makes no match
      {"Requirements\n- BS in Computer Engineering\n",
       "Education\nBachelor of Arts in Economics, 2017\n", true},
      {"Requirements\n- Bachelor's degree in Data Science\n",
       "Education\nBachelor of Science in Computer Science, 2017\n", true},
  };
  for (const Case& c : cases) {
    INFO(c.posting << c.education);
    const Report report = Compare(std::string(kResumeHead) + c.education, c.posting);
    const std::optional<Requirement> r = Find(report, "degree");
    REQUIRE(r.has_value());
    CHECK(r->status == RequirementStatus::kMet);  // the level is met; the field is advice
    bool advised = false;
    for (const auto& s : report.suggestions) {
      advised = advised || (s.kind == tailorcore::SuggestionKind::kRequirement &&
                            (s.message.find("degree in") != std::string::npos ||
                             s.message.find("в области") != std::string::npos));
    }
    CHECK(advised == c.advised);
  }
}

TEST_CASE("seniority from the title, or from the sentence that opens the search", "[credentials]") {
  struct Case {
    const char* posting;
    const char* level;
  };
  const Case cases[] = {
      {"Senior Backend Engineer\n\nRequirements\n- Go\n", "senior"},
      {"Middle/Senior Python developer\n\nRequirements\n- Python\n", "middle"},
      {"Staff Software Engineer, Payments\n\nRequirements\n- Java\n", "lead"},
      {"Junior QA Engineer\n\nRequirements\n- Selenium\n", "junior"},
      {"Ведущий аналитик данных\n\nТребования\n- SQL\n", "lead"},
      {"Старший разработчик C#\n\nТребования\n- .NET\n", "senior"},
      {"We are looking for a Senior Data Engineer to join our platform team.\n\n"
       "Requirements\n- Spark\n",
       "senior"},
      {"Мы ищем ведущего Java-разработчика в команду платежей.\n\nТребования\n- Java\n", "lead"},
      // No level: a company that is a "leading developer", a mentor of juniors.
      {"Компания — ведущий разработчик ПО для банков. Ищем Python-разработчика.\n\n"
       "Требования\n- Python\n",
       ""},
      {"Backend Engineer\n\nResponsibilities\n- Mentor junior engineers\n\nRequirements\n- Go\n",
       ""},
      // "Staff" leads only before a technical role; "Mid-" before a segment is no level.
      {"Staff Accountant\n\nRequirements\n- Month-end close\n", ""},
      {"Staff Nurse, ICU\n\nRequirements\n- RN license\n", ""},
      {"Staff Data Scientist\n\nRequirements\n- Python\n", "lead"},
      {"Account Executive, Mid-Market (SaaS)\n\nRequirements\n- B2B sales\n", ""},
      {"Mid-size Accounts Manager\n\nRequirements\n- CRM\n", ""},
      {"Mid Frontend Developer\n\nRequirements\n- React\n", "middle"},
      {"Mid/Senior Go Developer\n\nRequirements\n- Go\n", "middle"},
      {"Mid-Senior Backend Developer\n\nRequirements\n- Go\n", "middle"},
      {"Staff iOS Engineer\n\nRequirements\n- Swift\n", "lead"},
      {"Staff Research Scientist\n\nRequirements\n- PyTorch\n", "lead"},
  };
  for (const Case& c : cases) {
    INFO(c.posting);
    CHECK(SeniorityAsked(c.posting) == c.level);
  }
}

TEST_CASE("a resume's seniority is its most recent title's", "[credentials]") {
  const std::string posting = "Senior Backend Engineer\n\nRequirements\n- Python\n";
  struct Case {
    const char* resume;
    RequirementStatus status;
  };
  const Case cases[] = {
      {"Experience\nSenior Software Engineer, Acme, 2021 - present\n• Built APIs in Python\n\n"
       "Junior Developer, Initech, 2018 - 2021\n• Wrote tests\n",
       RequirementStatus::kMet},
      // Unordered: the ongoing role counts, not the first one written.
      {"Experience\nJunior Developer, Initech, 2018 - 2021\n• Wrote tests\n\n"
       "Acme Corp\nLead Engineer\nMar 2021 - present\n• Built APIs in Python\n",
       RequirementStatus::kMet},
      {"Experience\nJunior Developer, Initech, 2024 - present\n• Wrote Python tests\n",
       RequirementStatus::kNotMet},
      {"Опыт работы\nООО Ромашка, младший разработчик, 2023 — настоящее время\n"
       "— Писал на Python\n",
       RequirementStatus::kNotMet},
      {"Experience\nSoftware Engineer, Acme, 2020 - present\n• Mentored senior staff on Python\n",
       RequirementStatus::kUnknown},
      // A long header whose parts are joined by dashes: the dashes are no words.
      {"Опыт работы\nВедущий разработчик, ООО «Логистик Плюс» — март 2021 — настоящее время\n"
       "— Разработал REST API на Python\n",
       RequirementStatus::kMet},
      {"Experience\nSenior Backend Engineer | Parcel Logistics GmbH | Berlin | Mar 2021 – Present\n"
       "• Built APIs in Python\n",
       RequirementStatus::kMet},
  };
  for (const Case& c : cases) {
    INFO(c.resume);
    const std::optional<Requirement> r = Find(Compare(c.resume, posting), "seniority");
    REQUIRE(r.has_value());
    CHECK(r->status == c.status);
  }
}

TEST_CASE("unmet requirements cost points, explained; unknown and soft ones cost nothing",
          "[credentials]") {
  const std::string posting =
      "Senior Backend Engineer\n\nRequirements\n- 6+ years of experience with Python\n"
      "- Master's degree in Computer Science\n- English C1\n";
  const std::string resume =
      "Experience\nJunior Developer, Initech, Jun 2023 - present\n• Built APIs in Python\n\n"
      "Education\nB.Sc. Computer Science, 2023\n\nLanguages\nEnglish — B2\n";
  const Report report = Compare(resume, posting);
  double points = 0;
  for (const Requirement& r : report.requirements) {
    INFO(r.kind);
    CHECK(r.status == RequirementStatus::kNotMet);
    CHECK(r.points < 0);
    points += r.points;
  }
  CHECK(report.requirements.size() == 4);
  CHECK(report.score == Approx(report.keyword_score + points).margin(0.01));
  // Together at most max_requirements_cost (0.3) of the keyword score.
  CHECK(report.score >= report.keyword_score * 0.7 - 0.01);
  CHECK(report.score < report.keyword_score);

  // The same resume with no dates, no education and no title level: unknown, nothing taken.
  const Report unknown = Compare("Skills\nPython\n\nLanguages\nEnglish\n", posting);
  for (const Requirement& r : unknown.requirements) {
    INFO(r.kind);
    CHECK(r.points == 0);
  }
  CHECK(unknown.score == unknown.keyword_score);

  // "or equivalent experience" makes an unmet degree soft.
  const Report soft = Compare(resume,
                              "Requirements\n- Master's degree or equivalent experience\n"
                              "- Python\n");
  const std::optional<Requirement> degree = Find(soft, "degree");
  REQUIRE(degree.has_value());
  CHECK(degree->status == RequirementStatus::kNotMet);
  CHECK(degree->soft);
  CHECK(soft.score == soft.keyword_score);
}

TEST_CASE("rank scores requirements as compare does", "[credentials]") {
  const std::string posting =
      "Senior Backend Engineer\n\nRequirements\n- 6+ years of experience with Python\n";
  const std::string resume =
      "Experience\nJunior Developer, Initech, Jun 2023 - present\n• Built APIs in Python\n";
  const Report report = Compare(resume, posting);
  const std::vector<tailorcore::RankedPosting> ranked =
      tailorcore::Rank(FixedEngine(), FixedEngine().AnalyzeResume(resume), {{"1", "", posting}});
  REQUIRE(ranked.size() == 1);
  CHECK(report.score < report.keyword_score);
  CHECK(ranked[0].score == report.score);
}

namespace {

bool Suggests(const Report& report, tailorcore::SuggestionKind kind, const std::string& words) {
  for (const tailorcore::Suggestion& s : report.suggestions) {
    if (s.kind == kind && s.message.find(words) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("the posting's job title, or a close one, in the resume", "[credentials]") {
  const auto title = tailorcore::SuggestionKind::kTitle;
  struct Case {
    const char* posting_title;
    const char* resume_headline;
    bool advised;
  };
  const Case cases[] = {
      {"Senior Backend Engineer (Python)", "Backend Engineer", false},
      {"Senior Backend Engineer (Python)", "Backend developer, Berlin", false},  // close
      {"Senior Backend Engineer (Python)", "Frontend developer", true},
      {"Data Engineer / ETL Developer", "ETL developer at a bank", false},
      {"Python-разработчик (Middle+)", "Python-разработчик, Москва", false},
      {"Python-разработчик (Middle+)", "Разработчик на Python", false},
      {"Ведущий аналитик данных", "Аналитик данных", false},
      {"Ведущий аналитик данных", "Бухгалтер", true},
      // the team or the place after a dash or a bar is no part of the role
      {"Data Analyst — Growth Team", "Senior Data Analyst", false},
      {"Python Developer | Remote", "Python developer, 6 years", false},
      {"Data Analyst — Growth Team", "Accountant", true},
      {"Machine Learning Engineer, MLOps — Fraud Detection", "Machine learning engineer", false},
      {"Аналитик данных, команда платежей", "Аналитик данных в банке", false},
      {"Machine Learning Engineer, MLOps — Fraud Detection", "Backend developer", true},
      {"Engineer, Platform", "Platform team lead", true},  // a one-word head
      // a title of role nouns only
      {"QA-инженер", "QA-инженер с опытом 4 года", false},
      {"DevOps Engineer", "DevOps engineer, AWS", false},
      {"QA-инженер", "Frontend developer", true},
      {"Manager – Data Engineering", "Project manager at a bank", true},  // a one-word head
  };
  for (const Case& c : cases) {
    INFO(c.posting_title << " / " << c.resume_headline);
    const Report report =
        Compare(std::string("Sam Roe\n") + c.resume_headline + "\n\nSkills\nPython, SQL\n",
                std::string(c.posting_title) + "\n\nRequirements\n- Python\n- SQL\n");
    CHECK(Suggests(report, title, "title") == c.advised);
  }
}

TEST_CASE("resume checks: contact details, dates written one way, length", "[credentials]") {
  const auto resume_kind = tailorcore::SuggestionKind::kResume;
  const std::string body =
      "\n\nExperience\nEngineer, Acme, Mar 2021 - present\n• Built a billing service in Python "
      "and Go\n";
  // Every contact a developer's resume should carry, in several forms.
  for (const char* header : {
           "sam@example.org | +1 (555) 123-4567 | linkedin.com/in/sam | github.com/sam",
           "Email: s.roe@mail.example.co.uk, tel. +44 20 7946 0958\n"
           "https://www.linkedin.com/in/sam-roe https://gitlab.com/sroe",
           "roe@example.ru, +7 (999) 123-45-67, hh.ru/resume/abc123, github.com/roe",
       }) {
    INFO(header);
    CHECK_FALSE(
        Suggests(Compare(std::string("Sam Roe\n") + header + body, ""), resume_kind, "header"));
  }
  const Report bare = Compare("Sam Roe" + body, "");
  CHECK(Suggests(bare, resume_kind, "email address"));
  CHECK(Suggests(bare, resume_kind, "phone number"));
  CHECK(Suggests(bare, resume_kind, "GitHub"));  // Python and Go: a developer's resume
  // One language is often another trade's tool: no code link asked of a storekeeper who keeps
  // stock in 1С, an accountant who queries in SQL and Power Query, a clerk who knows VBA.
  for (const char* other :
       {"Опыт работы\nКладовщик, ООО Склад, 2019 — н.в.\n- Оформлял документы в 1С\n",
        "Experience\nAccountant, Acme, 2019 - present\n- Pulled ledgers with SQL and Power "
        "Query\n",
        "Experience\nClerk, Acme, 2019 - present\n- Wrote VBA macros for the invoices\n"}) {
    INFO(other);
    CHECK_FALSE(Suggests(Compare(other, ""), resume_kind, "GitHub"));
    CHECK_FALSE(Suggests(Compare(other, ""), resume_kind, "code"));  // nor talk of their code
  }
  // A date range is no phone number.
  CHECK(Suggests(Compare("Sam Roe\nsam@example.org\n\nExperience\nEngineer, 2015 - 2019\n", ""),
                 resume_kind, "phone number"));

  // Dates written two ways, in either language; one way is fine.
  CHECK(Suggests(Compare("Experience\nEngineer, Acme, Mar 2021 - present\n- Built Go services\n"
                         "Engineer, Initech, 2017 - 2021\n- Wrote Go tools\n",
                         ""),
                 resume_kind, "2 ways"));
  CHECK(Suggests(Compare("Опыт работы\nИнженер, ООО Ромашка, 06.2021 — н.в.\n- Писал на Go\n"
                         "Инженер, ООО Лютик, март 2018 — май 2021\n- Писал на Go\n",
                         ""),
                 resume_kind, "2 способами"));  // advice in the resume's language
  CHECK_FALSE(Suggests(Compare("Experience\nEngineer, Acme, 2021 - present\n- Built Go services\n"
                               "Engineer, Initech, 2017 - 2021\n- Wrote Go tools\n",
                               ""),
                       resume_kind, "ways"));

  // Length: over two pages always; over one page under ten years of dated experience.
  std::string long_body = "Experience\nEngineer, Acme, Mar 2021 - present\n";
  for (int i = 0; i < 90; ++i) long_body += "- Built a service in Go for the billing team\n";
  CHECK(Suggests(Compare(long_body, ""), resume_kind, "one page"));
  for (int i = 0; i < 100; ++i) long_body += "- Built a service in Go for the billing team\n";
  CHECK(Suggests(Compare(long_body, ""), resume_kind, "two pages"));
  CHECK_FALSE(Suggests(Compare("Sam Roe" + body, ""), resume_kind, "page"));
}

TEST_CASE("a resume's fields of study are shown beside its degree", "[credentials]") {
  const std::string posting = "Requirements\n- Bachelor's degree in Computer Science\n- Python\n";
  const std::optional<Requirement> en =
      Find(Compare(std::string(kResumeHead) + "Education\nB.Sc. in Physics and Mathematics, 2014\n",
                   posting),
           "degree");
  REQUIRE(en.has_value());
  CHECK(en->found_fields == std::vector<std::string>{"Physics", "Mathematics"});
  const std::optional<Requirement> ru =
      Find(Compare(std::string(kResumeHead) + "Образование\nМагистр, МФТИ, прикладная математика\n",
                   posting),
           "degree");
  REQUIRE(ru.has_value());
  CHECK(ru->found_fields == std::vector<std::string>{"прикладная математика"});
}
