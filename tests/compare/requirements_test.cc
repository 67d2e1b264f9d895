// Years of experience: what a posting asks and what a resume's dated entries show (docs/scoring.md,
// "Requirements"). Every phrasing here is written for this test.
#include <catch2/catch.hpp>

#include <string>

#include "support/engine_fixture.h"
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

// The one requirement of `posting` (the test fails when there is not exactly one).
Requirement Only(const std::string& resume, const std::string& posting) {
  const Report report = Compare(resume, posting);
  INFO(posting);
  REQUIRE(report.requirements.size() == 1);
  return report.requirements[0];
}

const char* const kOverallEn = "Requirements\n- 5+ years of experience in software engineering\n";

}  // namespace

TEST_CASE("a resume's date ranges in the forms people write them", "[requirements]") {
  struct Case {
    const char* entry;
    double years;  // as of 2026-06
  };
  const Case cases[] = {
      {"Engineer, Acme, Jan 2019 - present", 7.5},
      {"Engineer, Acme, January 2019 – Mar 2021", 2.3},  // 27 months, both ends counted
      {"Engineer, Acme, 03/2019 - 02/2021", 2.0},
      {"Engineer, Acme, 2018 - 2021", 3.0},
      {"Engineer, Acme, 2021 - now", 5.5},
      {"Engineer, Acme (2022 – current)", 4.5},
      {"Engineer | Acme | Sept. 2020 to Aug. 2022", 2.0},
      {"Инженер, ООО Ромашка, март 2021 — по настоящее время", 5.3},
      {"Инженер, ООО Ромашка, 06.2019 — 02.2021", 1.8},
      {"Инженер, ООО Ромашка, 2025 — н.в.", 1.5},
      {"Инженер, ООО Ромашка, Сентябрь 2019 - Май 2020", 0.8},
      {"Инженер, ООО Ромашка, с 2019 по 2021", 2.0},
      // ISO months, as ATS exports and European resumes write them
      {"Engineer, Acme, 2019-03 – 2021-02", 2.0},
      {"Engineer, Acme, 2019.06 - 2021.02", 1.8},
      {"Engineer, Acme, 2019-03-01 – 2021-02-28", 2.0},
      {"Engineer, Acme, 2022-09 - present", 3.8},
      {"Engineer, Acme, 2021/03 -> now", 5.3},
      {"Engineer, Acme, 2021.03 → 2022.02", 1.0},
  };
  for (const Case& c : cases) {
    INFO(c.entry);
    const Requirement r =
        Only(std::string("Experience\n") + c.entry + "\n- Built services in Go\n", kOverallEn);
    CHECK(r.years_found == Approx(c.years).margin(0.05));
    CHECK(r.evidence.size() == 1);
  }
}

TEST_CASE("overlapping and unordered entries count each month once", "[requirements]") {
  const std::string resume =
      "Experience\n"
      "Lead, Beta, 2022 - present\n- Ran the Kafka platform\n"
      "Engineer, Alpha, Jan 2017 - Dec 2019\n- Built Go services with gRPC\n"
      "Consultant, Gamma, 2019 - 2023\n- Advised on Kafka\n";
  const Requirement overall = Only(resume, kOverallEn);
  // 2017-01 .. 2026-06, one gap-free span: 9.5 years.
  CHECK(overall.years_found == Approx(9.5).margin(0.05));
  CHECK(overall.status == RequirementStatus::kMet);
  CHECK(overall.evidence.size() == 3);
  const Requirement kafka = Only(resume, "Requirements\n- 3+ years with Kafka\n");
  CHECK(kafka.skill == "kafka");
  CHECK(kafka.years_found == Approx(7.5).margin(0.05));  // 2019-01 .. 2026-06
  CHECK(kafka.evidence.size() == 2);
  const Requirement go = Only(resume, "Requirements\n- Golang: minimum of 5 years\n");
  CHECK(go.skill == "go");
  CHECK(go.years_found == Approx(3.0).margin(0.05));
  CHECK(go.status == RequirementStatus::kNotMet);
}

TEST_CASE("a role that names a narrower skill is time with the broader one", "[requirements]") {
  // Django, FastAPI and pytest are Python work; PostgreSQL is SQL; Redis a NoSQL store
  // (data/lexicon/relations.tsv). AWS does not show EC2: the other way round counts nothing.
  const std::string resume =
      "Experience\n"
      "Backend Engineer, Beta, 2022 - present\n- Built FastAPI services on PostgreSQL\n"
      "Developer, Alpha, Jan 2019 - Dec 2021\n- Django admin and pytest suites\n"
      "Ops, Gamma, 2015 - 2018\n- Ran workloads on AWS\n"
      "Опыт работы\nРазработчик, Дельта, 2013 - 2014\n- Кэш на Redis\n";
  const Requirement python = Only(resume, "Requirements\n- 5+ years with Python\n");
  CHECK(python.years_found == Approx(7.5).margin(0.05));  // 2019-01 .. 2026-06
  CHECK(python.status == RequirementStatus::kMet);
  CHECK(Only(resume, "Requirements\n- 3+ years of SQL\n").years_found == Approx(4.5).margin(0.05));
  const Requirement nosql = Only(resume, "Требования:\n- опыт с NoSQL от 1 года\n");
  CHECK(nosql.years_found == Approx(1.0).margin(0.05));  // "2013 - 2014": Jan to Jan
  CHECK(nosql.status == RequirementStatus::kMet);
  const Requirement ec2 = Only(resume, "Requirements\n- 3+ years with EC2\n");
  CHECK(ec2.years_found == Approx(0.0));
  CHECK(ec2.status == RequirementStatus::kNotMet);
}

TEST_CASE("years asked as postings write them, in English and Russian", "[requirements]") {
  struct Case {
    const char* posting;
    const char* skill;  // "" for overall
    double years;
  };
  const Case cases[] = {
      {"Requirements\n- 5+ years of professional experience\n", "", 5},
      {"Requirements\n- At least five (5) years of experience building web services\n",
       "web-services", 5},
      {"Requirements\n- 3-5 years of professional experience, ideally in fintech\n", "", 3},
      {"Requirements\n- Minimum of 2 years hands-on experience with Kubernetes\n", "kubernetes", 2},
      {"Requirements\n- 4+ yrs experience with PostgreSQL\n", "postgresql", 4},
      {"Требования:\n- опыт работы от 3 лет\n", "", 3},
      {"Требования:\n- опыт работы не менее 2 лет\n", "", 2},
      {"Требования:\n- опыт работы от 1 года до 3 лет\n", "", 1},
      {"Требования:\n- коммерческий опыт 3+ года\n", "", 3},
      {"Требования:\n- опыт коммерческой разработки на Java от 3 лет\n", "java", 3},
      {"Требования:\n- опыт работы с Kafka от двух лет\n", "kafka", 2},
      {"Requirements\n- Two or more years of Python experience\n", "python", 2},
      {"Requirements\n- 3 or more years designing complex applications\n", "", 3},
      {"Requirements\n| Skill | Experience |\n| React | 2+ years |\n", "react", 2},
      {"Requirements\n| TypeScript | 1+ year | Yes |\n", "typescript", 1},
      // A version's dot ends no sentence; a dot before a capital does, spaced or not.
      {"Требования:\n- опыт на платформе 1С:Предприятие 8.3 от 3 лет\n", "1c", 3},
      {"Requirements\n- Python 3.11: 4+ years\n", "python", 4},
      {"Requirements\n- Python 3.11 - 4+ years of backend work\n", "", 4},
      {"Требования:\n- Знание SQL.Опыт работы от 3 лет\n", "", 3},
  };
  const std::string resume = "Experience\nEngineer, Acme, 2020 - present\n- Built things\n";
  for (const Case& c : cases) {
    const Requirement r = Only(resume, c.posting);
    CHECK(r.skill == c.skill);
    CHECK(r.years_required == Approx(c.years));
    CHECK(!r.posting_sentence.empty());
  }
}

TEST_CASE("years overall, then years with a skill within them", "[requirements]") {
  const std::string resume = "Experience\nEngineer, Acme, 2015 - present\n- Built Go services\n";
  for (const char* posting : {
           "Требования:\n- Опыт разработки от 5 лет, из них на Go — от 2 лет\n",
           "Требования:\n- Опыт работы от 4 лет, в том числе на Go от 2 лет\n",
           "Requirements\n- 6+ years of software development, including 2+ years with Go\n",
       }) {
    INFO(posting);
    const Report report = Compare(resume, posting);
    REQUIRE(report.requirements.size() == 2);
    CHECK(report.requirements[0].skill.empty());  // overall
    CHECK(report.requirements[1].skill == "go");
    CHECK(report.requirements[1].years_required == Approx(2));
  }
}

TEST_CASE("years that ask for no experience are no requirement", "[requirements]") {
  const std::string resume = "Experience\nEngineer, Acme, 2020 - present\n";
  for (const char* posting : {
           "About us\nFounded 10 years ago, we build payment software.\n",
           "О компании\nМы более 20 лет на рынке.\n",
           "Benefits\n- 2 years of free gym membership\n",
           // Years behind the wheel are no work experience.
           "Требования:\n- Водительские права категории B и стаж вождения от 2 лет\n",
           "Требования:\n- Права категории B, стаж вождения не менее 3 лет\n",
           "Требования:\n- Водительский стаж не менее 2 лет\n",
           "Requirements:\n- A valid licence and 3+ years of driving experience\n",
       }) {
    INFO(posting);
    CHECK(Compare(resume, posting).requirements.empty());
  }
  // Beside them, years of work still ask.
  CHECK(Compare(resume, "Требования:\n- Опыт продаж от 3 лет; водительский стаж не менее 2 лет\n")
            .requirements.size() == 1);
  CHECK(Compare(resume, "Requirements:\n- 3+ years of sales experience and a driving licence\n")
            .requirements.size() == 1);
}

TEST_CASE("missing dates give 'unknown', never 'not met'", "[requirements]") {
  const std::string undated = "Experience\nEngineer at Acme\n- Built Kafka pipelines\n";
  const Requirement overall = Only(undated, kOverallEn);
  CHECK(overall.status == RequirementStatus::kUnknown);
  const Requirement kafka = Only(undated, "Requirements\n- 3+ years with Kafka\n");
  CHECK(kafka.status == RequirementStatus::kUnknown);
  // Dated entries, the skill only in the skills list: unknown too.
  const std::string listed = "Skills\nKafka\n\nExperience\nEngineer, Acme, 2015 - present\n- Ops\n";
  CHECK(Only(listed, "Requirements\n- 3+ years with Kafka\n").status ==
        RequirementStatus::kUnknown);
  // The resume never names the skill: not met.
  const std::string other = "Experience\nEngineer, Acme, 2015 - present\n- Built Go services\n";
  CHECK(Only(other, "Requirements\n- 3+ years with Kafka\n").status == RequirementStatus::kNotMet);
}

TEST_CASE("years with a skill or its alternative: the one the resume shows answers",
          "[requirements]") {
  const std::string go_resume =
      "Experience\nBackend Engineer, Acme, 2015 - present\n- Built Go services for payments\n";
  for (const char* posting : {
           "Requirements\n- 5+ years of experience with Python or Go\n",
           "Requirements\n- 4+ years building services in Java, Kotlin or Go\n",
           "Требования:\n- опыт разработки на Python или Go от 3 лет\n",
       }) {
    INFO(posting);
    const Requirement r = Only(go_resume, posting);
    CHECK(r.skill == "go");
    CHECK(r.status == RequirementStatus::kMet);
  }
  // A name inside another word is no alternative: "Go" in "Google".
  const Requirement google =
      Only(go_resume, "Requirements\n- 5+ years of Java or Kotlin experience on Google Cloud\n");
  CHECK(google.skill != "go");
  CHECK(google.status == RequirementStatus::kNotMet);
  // An alternative in another sentence answers nothing.
  const Report split =
      Compare(go_resume, "Requirements\n- Python or Go services\n- 5+ years with Python\n");
  REQUIRE(split.requirements.size() == 1);
  CHECK(split.requirements[0].skill == "python");
  CHECK(split.requirements[0].status == RequirementStatus::kNotMet);
}

TEST_CASE("as_of makes 'present' reproducible, and a bad date is refused", "[requirements]") {
  const std::string resume = "Experience\nEngineer, Acme, Jan 2020 - present\n";
  tailorcore::EngineOptions options;
  options.as_of = "2023-01-31";
  auto early = Engine::Create(options);
  REQUIRE(early.ok());
  const Report report = early->Compare(std::string_view(resume), std::string_view(kOverallEn));
  REQUIRE(report.requirements.size() == 1);
  CHECK(report.requirements[0].years_found == Approx(3.1).margin(0.05));
  CHECK(report.requirements[0].status == RequirementStatus::kNotMet);
  CHECK(report.requirements[0].evidence[0].to == "2023-01");
  for (const char* bad : {"2023-13-01", "yesterday", "2023/01/01", "1800-01-01"}) {
    options.as_of = bad;
    INFO(bad);
    CHECK(Engine::Create(options).status().code() == tailorcore::StatusCode::kInvalidArgument);
  }
}

TEST_CASE("spoken languages and their levels, as postings and resumes write them",
          "[requirements]") {
  struct Case {
    const char* posting;
    const char* skill;
    const char* level;  // asked; "" for any
  };
  const Case asked[] = {
      {"Requirements\n- English B2 or higher\n", "english", "B2"},
      {"Requirements\n- Upper-Intermediate English\n", "english", "B2"},
      {"Requirements\n- Fluent English\n", "english", "C1"},
      {"Requirements\n- English: intermediate (reading documentation is enough)\n", "english",
       "B1"},
      {"Requirements\n- German\n", "german", ""},
      {"Требования:\n- английский язык не ниже B1\n", "english", "B1"},
      {"Требования:\n- английский — выше среднего\n", "english", "B2"},
      {"Требования:\n- английский на уровне чтения технической документации\n", "english", "B1"},
      {"Требования:\n- свободный английский\n", "english", "C1"},
  };
  const std::string resume = "Experience\nEngineer, Acme, 2020 - present\n";
  for (const Case& c : asked) {
    INFO(c.posting);
    const Report report = Compare(resume, c.posting);
    REQUIRE(report.requirements.size() == 1);
    CHECK(report.requirements[0].kind == "language");
    CHECK(report.requirements[0].skill == c.skill);
    CHECK(report.requirements[0].required == c.level);
  }
  // Benefits and descriptions ask for nothing.
  CHECK(Compare(resume, "Benefits\n- English courses for you and your family\n")
            .requirements.empty());
  CHECK(Compare(resume, "О нас\nМы проводим занятия английским языком для сотрудников.\n")
            .requirements.empty());
  // Nor a language the posting says it does not need.
  CHECK(Compare(resume, "Requirements\n- No English required\n").requirements.empty());
  CHECK(Compare(resume, "Requirements\n- German is not required\n").requirements.empty());
  CHECK(Compare(resume, "Требования:\n- знание английского не требуется\n").requirements.empty());
  // "Bilingual" asks to work in both languages: fluent (C1), which a fluent speaker meets.
  const Report bilingual = Compare(
      "Experience\nRecruiter, 2020 - present\nLanguages\nEnglish (fluent), Spanish "
      "(native)\n",
      "Requirements\n- Bilingual English/Spanish is a plus\n");
  REQUIRE(bilingual.requirements.size() == 2);
  for (const Requirement& r : bilingual.requirements) {
    INFO(r.skill);
    CHECK(r.required == "C1");
    CHECK(r.status == RequirementStatus::kMet);
  }
}

TEST_CASE("a resume's stated level, or the language it is written in, meets a language",
          "[requirements]") {
  const std::string posting = "Requirements\n- English B2\n- German B1\n";
  struct Case {
    const char* resume;
    RequirementStatus english;
    RequirementStatus german;
  };
  const Case cases[] = {
      // Stated levels win over the language the resume is written in.
      {"Experience\nEngineer, 2020 - present\nLanguages\nEnglish — C1, German (A2)\n",
       RequirementStatus::kMet, RequirementStatus::kNotMet},
      {"Experience\nEngineer, 2020 - present\nLanguages\nEnglish: intermediate; German: native\n",
       RequirementStatus::kNotMet, RequirementStatus::kMet},
      // Written in English with no level stated: English is shown; German with no level is unknown.
      {"Experience\nEngineer, 2020 - present\nLanguages\nGerman\n", RequirementStatus::kMet,
       RequirementStatus::kUnknown},
      // A Russian resume: English stated in Russian words; German never named.
      {"Опыт работы\nРазработчик, 2020 — н.в.\nЯзыки\nАнглийский — выше среднего\n",
       RequirementStatus::kMet, RequirementStatus::kNotMet},
  };
  for (const Case& c : cases) {
    INFO(c.resume);
    const Report report = Compare(c.resume, posting);
    REQUIRE(report.requirements.size() == 2);
    CHECK(report.requirements[0].skill == "english");
    CHECK(report.requirements[0].status == c.english);
    CHECK(report.requirements[1].skill == "german");
    CHECK(report.requirements[1].status == c.german);
  }
}

TEST_CASE("a skill named in the role line above its dates counts for that role", "[requirements]") {
  // Each role: its title on a line, its dates alone on the next. Android is named only in the
  // titles; the older role's title must not count as the newer role's words.
  const std::string ru =
      "Опыт работы\n\nAndroid-разработчик — «Альфа»\nОктябрь 2021 — настоящее время\n"
      "- Писал экраны на Kotlin\n\nAndroid-разработчик — «Тинькофф»\nМай 2018 — Сентябрь 2021\n"
      "- Разрабатывал мобильный банк\n";
  const Requirement android = Only(ru, "Требования\n- Опыт разработки под Android от 7 лет\n");
  CHECK(android.skill == "android");
  CHECK(android.years_found > 7.5);  // May 2018 to June 2026
  const std::string en =
      "Experience\n\nMachine Learning Engineer, Acme\nMar 2023 - present\n- Built ranking models\n"
      "Data Analyst, Beta\nJan 2020 - Feb 2023\n- SQL dashboards\n";
  const Requirement ml = Only(en, "Requirements\n- 3+ years of machine learning\n");
  CHECK(ml.skill == "machine-learning");
  CHECK(ml.years_found == Approx(3.3).margin(0.1));  // the analyst years are not ML years
}
