// The comparison on small hand-written pairs: tiers, evidence, scores and suggestions a user
// reads in the report. Expected scores are derived in the test from the documented weights
// (docs/scoring.md), so a change of rule shows up here.
#include <catch2/catch.hpp>

#include <cmath>
#include <string>
#include <utility>
#include <vector>

#include "support/engine_fixture.h"
#include "tailorcore/engine.h"

using tailorcore::Engine;
using tailorcore::Keyword;
using tailorcore::MatchKind;
using tailorcore::PostingTier;
using tailorcore::Report;
using tailorcore::SectionKind;
using tailorcore::SuggestionKind;

namespace {

const Engine& SharedEngine() { return tailorcore::testing::BundledEngine(); }

const Keyword& Find(const Report& r, const std::string& id) {
  for (const Keyword& k : r.keywords) {
    if (k.id == id) return k;
  }
  FAIL("no keyword " << id);
  throw;
}

bool HasSuggestion(const Report& r, SuggestionKind kind, const std::string& id) {
  for (const auto& s : r.suggestions) {
    if (s.kind == kind && s.keyword_id == id) return true;
  }
  return false;
}

const char* kPostingEn =
    "Backend Engineer (Golang)\n"
    "\n"
    "Requirements\n"
    "- 3+ years with PostgreSQL and Kubernetes\n"
    "- REST APIs\n"
    "\n"
    "Nice to have\n"
    "- Kafka is a plus\n"
    "\n"
    "About us\n"
    "We use Terraform.\n";

const char* kResumeEn =
    "Summary\n"
    "Backend engineer.\n"
    "\n"
    "Skills\n"
    "Go, Kubernetes, Postgres\n"
    "\n"
    "Experience\n"
    "Engineer, Acme, 2020 - present\n"
    "\xE2\x80\xA2 Built REST APIs in Go with Postgres, serving 1M requests a day\n"
    "\xE2\x80\xA2 Responsible for deployments of the billing service\n"
    "\n"
    "Education\n"
    "B.Sc. Computer Science\n";

}  // namespace

TEST_CASE("an English pair: tiers, weights, evidence and the score", "[compare]") {
  const Report r =
      SharedEngine().Compare(std::string_view(kResumeEn), std::string_view(kPostingEn));
  REQUIRE(r.schema == "tailorcore.report/1");

  const Keyword& go = Find(r, "go");
  CHECK(go.tier == PostingTier::kRequired);  // the title
  CHECK(go.in_title);
  CHECK(go.weight == Approx(3.0 * 1.5));
  CHECK(go.matched);
  CHECK_FALSE(go.literal);          // "Golang" in the posting, "Go" in the resume
  CHECK(go.credit == Approx(1.0));  // shown in an experience bullet

  const Keyword& pg = Find(r, "postgresql");
  CHECK(pg.tier == PostingTier::kRequired);
  CHECK(pg.match == MatchKind::kVariant);  // PostgreSQL / Postgres
  CHECK_FALSE(pg.literal);
  CHECK(pg.evidence.size() == 2);
  CHECK(pg.evidence[0].section == SectionKind::kSkills);
  CHECK(pg.evidence[1].section == SectionKind::kExperience);
  CHECK(pg.evidence[1].bullet);

  const Keyword& k8s = Find(r, "kubernetes");
  CHECK(k8s.tier == PostingTier::kRequired);
  CHECK(k8s.literal);
  CHECK(k8s.credit == Approx(0.7));  // only in the skills list
  CHECK(HasSuggestion(r, SuggestionKind::kListedNotDemonstrated, "kubernetes"));

  CHECK(Find(r, "rest").literal);
  // "API" inside the posting's "REST APIs" is part of that requirement, not one of its own.
  for (const Keyword& k : r.keywords) CHECK(k.id != "api");

  const Keyword& kafka = Find(r, "kafka");
  CHECK(kafka.tier == PostingTier::kPreferred);
  CHECK_FALSE(kafka.matched);
  CHECK(kafka.posting_sentence == "Kafka is a plus");
  CHECK(HasSuggestion(r, SuggestionKind::kMissing, "kafka"));

  const Keyword& tf = Find(r, "terraform");
  CHECK(tf.tier == PostingTier::kMentioned);  // "About us"
  CHECK_FALSE(tf.matched);

  // The score, from docs/scoring.md: sum(weight × credit) / sum(weight) × 100.
  const double total = 4.5 + 3 + 3 + 3 + 1.5 + 1;
  CHECK(r.keywords.size() == 6);
  CHECK(r.score == Approx(100 * (4.5 * 1 + 3 * 1 + 3 * 0.7 + 3) / total).epsilon(0.0005));
  CHECK(r.literal_score == Approx(100 * (3 * 0.7 + 3) / total).epsilon(0.0005));
  // Every point is traceable to a keyword.
  double points = 0;
  for (const Keyword& k : r.keywords) points += k.points;
  CHECK(points == Approx(r.score).epsilon(0.001));

  // Most important first: required before preferred before mentioned, heavier first.
  CHECK(r.keywords.front().id == "go");
  CHECK(r.keywords.back().id == "terraform");
  CHECK(r.missing == std::vector<std::string>{"kafka", "terraform"});
  CHECK(r.tiers.size() == 3);
  CHECK(r.tiers[0].name == "required");
  CHECK(r.tiers[0].total == 4);
  CHECK(r.tiers[0].matched == 4);
}

TEST_CASE("exact-form advice: the posting's words, and both forms of an acronym", "[compare]") {
  const Report r =
      SharedEngine().Compare(std::string_view(kResumeEn), std::string_view(kPostingEn));
  bool postgres_advice = false;
  for (const auto& s : r.suggestions) {
    if (s.kind == SuggestionKind::kExactForm && s.keyword_id == "postgresql") {
      postgres_advice = s.message.find("PostgreSQL") != std::string::npos &&
                        s.message.find("Postgres") != std::string::npos;
    }
  }
  CHECK(postgres_advice);
  const Report acronym = SharedEngine().Compare(
      std::string_view(
          "Experience\n\xE2\x80\xA2 Designed an Application Programming Interface for billing\n"),
      std::string_view("Requirements\n- API design and an API mindset\n"));
  bool both = false;
  for (const auto& s : acronym.suggestions) {
    if (s.kind == SuggestionKind::kAcronym && s.keyword_id == "api") {
      both = s.message.find("Application Programming Interface (API)") != std::string::npos;
    }
  }
  CHECK(both);
}

TEST_CASE("Russian advice names a keyword in its base form, not as the posting inflects it",
          "[compare]") {
  const Report r = SharedEngine().Compare(
      std::string_view("Опыт работы\n- Перевёл обмен между сервисами на RabbitMQ\n"
                       "- Пишу запросы к PostgreSQL\n"),
      std::string_view("Требования:\n- опыт работы с брокерами сообщений;\n"
                       "- знание реляционных баз данных;\n- опыт построения дашбордов;\n"));
  std::string advice;
  for (const auto& s : r.suggestions) advice += s.message + "\n";
  INFO(advice);
  // "брокерами сообщений", "баз данных", "дашбордов" as the posting writes them: named so.
  CHECK(advice.find("«брокеры сообщений»") != std::string::npos);
  CHECK(advice.find("«дашборды»") != std::string::npos);
  CHECK(advice.find("«брокерами сообщений»") == std::string::npos);
  CHECK(advice.find("«дашбордов»") == std::string::npos);
  // An English posting's words are quoted as written.
  const Report en = SharedEngine().Compare(std::string_view("Experience\n- Wrote Go\n"),
                                           std::string_view("Requirements\n- Customer services\n"));
  std::string english;
  for (const auto& s : en.suggestions) english += s.message + "\n";
  INFO(english);
  CHECK(english.find("“Customer services”") != std::string::npos);
}

TEST_CASE("the bullet review ranks by relevance and checks verbs, results, openers", "[compare]") {
  const Report r =
      SharedEngine().Compare(std::string_view(kResumeEn), std::string_view(kPostingEn));
  REQUIRE(r.bullets.size() == 2);
  CHECK(r.bullets[0].text.rfind("Built REST APIs", 0) == 0);
  CHECK(r.bullets[0].action_verb);
  CHECK(r.bullets[0].measurable);  // "1M requests"
  CHECK_FALSE(r.bullets[0].weak_opener);
  CHECK(r.bullets[0].relevance > 0);
  CHECK(r.bullets[1].weak_opener);  // "Responsible for"
  CHECK_FALSE(r.bullets[1].measurable);
  CHECK(r.bullets[1].relevance == 0);
  bool advice = false;
  for (const auto& s : r.suggestions) {
    advice = advice || (s.kind == SuggestionKind::kBullet &&
                        s.message.find("Responsible for deployments") != std::string::npos);
  }
  CHECK(advice);
}

TEST_CASE("a skill in the skills list and the summary is not said to be only in the list",
          "[compare]") {
  const std::string posting = "Requirements\n- Kubernetes\n- Terraform\n";
  const std::string resume =
      "Summary\nPlatform engineer running k8s clusters\n\n"
      "Experience\nAcme, Engineer, 2020 - present\n- Wrote Go services\n\n"
      "Skills\nKubernetes, Terraform\n";
  const Report r = SharedEngine().Compare(std::string_view(resume), std::string_view(posting));
  std::string kubernetes;
  std::string terraform;
  for (const auto& s : r.suggestions) {
    if (s.kind != SuggestionKind::kListedNotDemonstrated) continue;
    (s.keyword_id == "kubernetes" ? kubernetes : terraform) = s.message;
  }
  CHECK(kubernetes.find("skills list and summary") != std::string::npos);
  CHECK(terraform.find("only in your skills list") != std::string::npos);
  // The advice quotes the posting's words, not the lexicon's English name.
  const Report ru = SharedEngine().Compare(
      std::string_view("Опыт работы\nООО Ромашка, менеджер, 2020 — н.в.\n- Продал 40 станков\n\n"
                       "Навыки\nВедение переговоров, холодные звонки\n"),
      std::string_view("Требования:\n- ведение переговоров\n"));
  bool quoted = false;
  for (const auto& s : ru.suggestions) {
    if (s.kind != SuggestionKind::kListedNotDemonstrated) continue;
    INFO(s.message);
    CHECK(s.message.find("Negotiation") == std::string::npos);
    quoted = quoted || s.message.find("ведение переговоров") != std::string::npos;
  }
  CHECK(quoted);
}

TEST_CASE("action verbs and results as people write them, in both languages", "[compare]") {
  const std::string resume =
      "Experience\nAcme, Engineer, 2020 - present\n"
      "- Containerized 12 services with Docker\n"
      "- Sped up the CI pipeline\n"
      "- Modeled churn for the growth team\n"
      "- Administered 40 Linux hosts\n"
      "- Доработала 30 отчётов на СКД\n"
      "- Встроила автотесты в пайплайны, регресс сократился с 3 дней до 4 часов\n"
      "- Проверяла релизы мобильного приложения\n"
      // Work beyond software opens with its own verbs.
      "- Generated 40 qualified leads a month by outbound calls\n"
      "- Reconciled 12 bank accounts every month\n"
      "- Screened 300 candidates for the sales team\n"
      "- Рассчитывала зарплату для 200 сотрудников\n"
      "- Закрыла 140 вакансий за год\n"
      "- Комплектовал заказы для 30 магазинов\n"
      // Not actions: what a duty was, not what was done.
      "- Responsible for deployments\n"
      "- Работал в складской системе Solvo\n"
      "- Делала еженедельные отчёты\n";
  const Report r = SharedEngine().Compare(std::string_view(resume),
                                          std::string_view("Requirements\n- Docker\n"));
  REQUIRE(r.bullets.size() == 16);
  for (const auto& b : r.bullets) {
    INFO(b.text);
    const bool duty = b.text.rfind("Responsible", 0) == 0 || b.text.rfind("Работал", 0) == 0 ||
                      b.text.rfind("Делала", 0) == 0;
    CHECK(b.action_verb == !duty);
    if (b.text.rfind("Встроила", 0) == 0) CHECK(b.measurable);  // "с 3 дней до 4 часов"
  }
}

TEST_CASE("a Russian pair: headings, wording cues, transliterations", "[compare]") {
  const std::string posting =
      "Python-разработчик\n"
      "Обязанности:\n"
      "\xE2\x80\xA2 разработка микросервисов на FastAPI;\n"
      "Требования:\n"
      "\xE2\x80\xA2 опыт с PostgreSQL и Docker;\n"
      "\xE2\x80\xA2 знание Kafka будет плюсом;\n"
      "Будет плюсом:\n"
      "\xE2\x80\xA2 ClickHouse\n";
  const std::string resume =
      "Ключевые навыки\n"
      "Питон, Постгрес, Докер\n"
      "Опыт работы\n"
      "ООО \xC2\xABМедтех\xC2\xBB, 2022 \xE2\x80\x94 настоящее время\n"
      "\xE2\x80\x94 Разработал микросервисы на FastAPI, ускорил отчёты в 3 раза\n"
      "\xE2\x80\x94 Участвовал в код-ревью\n";
  const Report r = SharedEngine().Compare(std::string_view(resume), std::string_view(posting));
  CHECK(Find(r, "python").tier == PostingTier::kRequired);          // in the title
  CHECK(Find(r, "microservices").tier == PostingTier::kMentioned);  // Обязанности
  CHECK(Find(r, "microservices").match == MatchKind::kStem);    // микросервисов / -ы
  CHECK(Find(r, "postgresql").tier == PostingTier::kRequired);  // Требования
  CHECK(Find(r, "postgresql").match == MatchKind::kTransliteration);  // Постгрес
  CHECK(Find(r, "kafka").tier == PostingTier::kPreferred);  // "будет плюсом" wording
  CHECK(Find(r, "clickhouse").tier == PostingTier::kPreferred);  // Будет плюсом
  CHECK_FALSE(Find(r, "clickhouse").matched);
  CHECK(Find(r, "docker").credit == Approx(0.7));  // listed only
  REQUIRE(r.bullets.size() == 2);
  CHECK(r.bullets[0].action_verb);  // Разработал
  CHECK(r.bullets[0].measurable);   // в 3 раза
  CHECK(r.bullets[1].weak_opener);  // Участвовал в
  // Sections found by their Russian headings.
  bool skills = false;
  bool experience = false;
  for (const auto& s : r.resume_sections) {
    skills = skills || s.kind == SectionKind::kSkills;
    experience = experience || s.kind == SectionKind::kExperience;
  }
  CHECK(skills);
  CHECK(experience);
}

TEST_CASE("a Russian resume against an English posting", "[compare]") {
  const std::string resume =
      "Навыки: Питон, Кубернетес, Кафка\n"
      "Опыт работы\n"
      "\xE2\x80\x94 Разработал микросервисы на Python и PostgreSQL\n";
  const Report r = SharedEngine().Compare(std::string_view(resume), std::string_view(kPostingEn));
  CHECK(Find(r, "kubernetes").matched);
  CHECK(Find(r, "kubernetes").match == MatchKind::kTransliteration);
  CHECK(Find(r, "postgresql").literal);
  CHECK(Find(r, "kafka").matched);
  CHECK_FALSE(Find(r, "terraform").matched);
}

TEST_CASE("flattened postings with inline headings get their tiers", "[compare]") {
  // As hh.ru postings arrive: one line, headings inline with colons.
  const std::string posting =
      "Обязанности:  писать сервисы на Go.  Требования:  опыт с Redis, знание SQL обязательно.  "
      "Будет плюсом:  ClickHouse.  Условия:  ДМС.";
  const Report r =
      SharedEngine().Compare(std::string_view("Навыки: Redis"), std::string_view(posting));
  CHECK(Find(r, "redis").tier == PostingTier::kRequired);
  CHECK(Find(r, "sql").tier == PostingTier::kRequired);
  CHECK(Find(r, "clickhouse").tier == PostingTier::kPreferred);
  std::vector<std::string> kinds;
  for (const auto& s : r.posting_sections) kinds.push_back(tailorcore::SectionKindName(s.kind));
  CHECK(kinds ==
        std::vector<std::string>{"responsibilities", "requirements", "preferred", "benefits"});
}

TEST_CASE("an inline heading needs a sentence end or a wider gap before it", "[compare]") {
  // After "»" and one space a heading may start; after a word ending in "л" (whose last UTF-8
  // byte is the last byte of "»") it may not.
  const Report quoted = SharedEngine().Compare(
      std::string_view(""), std::string_view("Проект «Сервис» Требования: Redis"));
  REQUIRE_FALSE(quoted.posting_sections.empty());
  CHECK(quoted.posting_sections.back().kind == SectionKind::kRequirements);
  const Report word = SharedEngine().Compare(
      std::string_view(""),
      std::string_view("Мы ищем того, кто давно и много работал Требования: Redis"));
  for (const auto& s : word.posting_sections) CHECK(s.kind != SectionKind::kRequirements);
}

TEST_CASE("headings worded freely are recognized by their cue words", "[compare]") {
  // Wordings from real hh.ru postings that no fixed list holds.
  const std::string posting =
      "Вам предстоит:  писать сервисы на Go.  Что мы ждём от кандидата:  опыт с Redis.  "
      "Будет являться преимуществом:  ClickHouse.  Чем мы можем Вас заинтересовать:  ДМС.";
  const Report r = SharedEngine().Compare(std::string_view(""), std::string_view(posting));
  std::vector<std::string> kinds;
  for (const auto& s : r.posting_sections) kinds.push_back(tailorcore::SectionKindName(s.kind));
  CHECK(kinds ==
        std::vector<std::string>{"responsibilities", "requirements", "preferred", "benefits"});
  CHECK(Find(r, "redis").tier == PostingTier::kRequired);
  CHECK(Find(r, "clickhouse").tier == PostingTier::kPreferred);
  // An item label with no cue word is not a heading.
  const Report items = SharedEngine().Compare(
      std::string_view(""), std::string_view("Требования:\n- Понимание основ ML: регрессия\n"));
  CHECK(items.posting_sections.size() == 1);
}

TEST_CASE("plain-text headings in a frame of marks are headings", "[compare]") {
  auto kinds_of = [](const std::vector<tailorcore::Section>& sections) {
    std::vector<std::string> kinds;
    for (const auto& s : sections) {
      if (s.kind != SectionKind::kOther) kinds.push_back(tailorcore::SectionKindName(s.kind));
    }
    return kinds;
  };
  // Each framing of a resume's headings: the three sections are found, and the work under the
  // experience heading counts as work.
  for (const auto& [open, close] : std::vector<std::pair<std::string, std::string>>{
           {"=== ", " ==="},
           {"--- ", " ---"},
           {"## ", ""},
           {"**", "**"},
           {"[ ", " ]"},
           {"~~ ", " ~~"},
           {"", " —"},
           {"\xE2\x80\xA2\xE2\x80\xA2 ", " \xE2\x80\xA2\xE2\x80\xA2"},
           {"# ", " #"}}) {
    const std::string resume = "Jane Doe\n\n" + open + "SKILLS" + close + "\nKafka, Python\n\n" +
                               open + "Work history" + close +
                               "\nAcme, 2019 - 2024\n- Built Kafka consumers in Python\n\n" + open +
                               "Education" + close + "\nBSc, 2015\n";
    INFO(resume);
    const Report r = SharedEngine().Compare(std::string_view(resume),
                                            std::string_view("Requirements:\n- Kafka\n"));
    CHECK(kinds_of(r.resume_sections) ==
          std::vector<std::string>{"skills", "experience", "education"});
    CHECK(Find(r, "kafka").credit == 1.0);  // shown in work, not only listed
  }
  const Report ru = SharedEngine().Compare(
      std::string_view("=== Навыки ===\nKafka\n\n=== Опыт работы ===\n- Писал консьюмеры Kafka\n"),
      std::string_view("=== Требования ===\n- Python\n\n=== Будет плюсом ===\n- Kafka\n"));
  CHECK(kinds_of(ru.resume_sections) == std::vector<std::string>{"skills", "experience"});
  CHECK(Find(ru, "kafka").tier == PostingTier::kPreferred);
  // Not headings: a bullet before the words of an item, text after a dash, a framed word that
  // names no section.
  const Report items =
      SharedEngine().Compare(std::string_view("Skills\nKafka\n- Experience with Kafka consumers\n"
                                              "Experience — Acme Corp, 2019\n=== Python ===\n"),
                             std::string_view(""));
  CHECK(kinds_of(items.resume_sections) == std::vector<std::string>{"skills"});
  // A lower-case heading word before a colon inside a sentence starts no section, framed or not.
  const Report sentence = SharedEngine().Compare(
      std::string_view(""),
      std::string_view("Data Engineer\n\nCandidates should meet the\nrequirements: a degree and "
                       "Kafka.\n> skills: Python\n"));
  CHECK(kinds_of(sentence.posting_sections) == std::vector<std::string>{"title"});
}

TEST_CASE("an empty posting or resume gives a report, not an error", "[compare]") {
  const Report empty = SharedEngine().Compare(std::string_view(kResumeEn), std::string_view(""));
  CHECK(empty.score == 0);
  CHECK(empty.keywords.empty());
  CHECK(empty.tiers.size() == 3);
  const Report nothing = SharedEngine().Compare(std::string_view(""), std::string_view(kPostingEn));
  CHECK(nothing.score == 0);
  CHECK(nothing.missing.size() == nothing.keywords.size());
  // Section check: an empty resume has none of the standard sections.
  for (const auto& s : nothing.sections) CHECK_FALSE(s.present);
}

TEST_CASE("the JSON report carries the schema and the same figures", "[compare][json]") {
  const Report r =
      SharedEngine().Compare(std::string_view(kResumeEn), std::string_view(kPostingEn));
  const std::string json = tailorcore::ReportToJson(r, -1);
  CHECK(json.rfind("{\"schema\":\"tailorcore.report/1\",\"score\":", 0) == 0);
  char score[32];
  std::snprintf(score, sizeof score, "\"score\":%.2f", r.score);
  std::string expected = score;
  while (expected.back() == '0') expected.pop_back();  // JSON prints 82.1, not 82.10
  if (expected.back() == '.') expected.pop_back();
  CHECK(json.find(expected) != std::string::npos);
  for (const char* key :
       {"\"literal_score\"", "\"tiers\"", "\"categories\"", "\"keywords\"", "\"missing\"",
        "\"suggestions\"", "\"bullets\"", "\"sections\"", "\"posting_forms\"", "\"resume_forms\"",
        "\"evidence\"", "\"match\":\"variant\""}) {
    INFO(key);
    CHECK(json.find(key) != std::string::npos);
  }
}

TEST_CASE("scoring options are validated and change the score", "[compare]") {
  tailorcore::EngineOptions options;
  options.scoring.listed_credit = 1.5;
  CHECK(Engine::Create(options).status().code() == tailorcore::StatusCode::kInvalidArgument);
  options.scoring.listed_credit = 1.0;  // a skills list counts fully
  auto lenient = Engine::Create(options);
  REQUIRE(lenient.ok());
  const Report strict =
      SharedEngine().Compare(std::string_view(kResumeEn), std::string_view(kPostingEn));
  const Report loose = lenient->Compare(std::string_view(kResumeEn), std::string_view(kPostingEn));
  CHECK(loose.score > strict.score);
}

TEST_CASE("a role header holds a year of its own; large numbers and 'Presented' do not make one",
          "[compare]") {
  const std::string posting = "Requirements\n- Kafka\n- PostgreSQL\n";
  struct Case {
    const char* resume;
    bool bullet;  // the Kafka line is a bullet about work, not a role header
  };
  const Case cases[] = {
      {"Experience\nScaled the Kafka pipeline to 120000 users a day\n", true},
      {"Experience\nMoved 20000 events a second through Kafka and PostgreSQL\n", true},
      {"Experience\nPresented the Kafka migration to the architecture board\n", true},
      {"Experience\nОбслуживал 120000 пользователей через Kafka и PostgreSQL\n", true},
      {"Experience\nKafka engineer, Acme, 2019 - 2023\n", false},
      {"Experience\nKafka developer, Acme, 2021 - present\n", false},
      {"Опыт работы\nРазработчик Kafka, Сбер, 2020 — настоящее время\n", false},
      // The role on its own line under a line of dates alone, as hh.ru resumes write it.
      {"Опыт работы\nИюнь 2020 — настоящее время\nРазработчик Kafka, ООО «Ромашка», Москва\n"
       "- Писал консьюмеры для заказов\n",
       false},
      {"Experience\nJan 2019 - Mar 2021\nKafka engineer, Acme, Berlin\n- Cut costs by 20%\n",
       false},
      // Under dates with words beside them, or with a bullet of its own, it is work.
      {"Experience\nAcme, Engineer, 2019 - 2023\nScaled the Kafka pipeline for payments\n", true},
      {"Experience\nJan 2019 - Mar 2021\n- Moved the Kafka cluster to new hosts\n", true},
      // The role above its dates: that line is the role, the line under the dates is work.
      {"Experience\nKafka Engineer, Acme Corp\nJan 2020 - Present\nMoved billing to new hosts\n",
       false},
      {"Experience\nData Engineer, Acme Corp\nJan 2020 - Present\nBuilt Kafka pipelines in "
       "Python\n",
       true},
      // A duration after the dates, as hh.ru writes it.
      {"Опыт работы\nИюнь 2020 — настоящее время (4 года 6 месяцев)\nРазработчик Kafka, ООО "
       "«Ромашка»\n- Писал консьюмеры\n",
       false},
  };
  for (const Case& c : cases) {
    INFO(c.resume);
    const Report r = SharedEngine().Compare(std::string_view(c.resume), posting);
    const Keyword& kafka = Find(r, "kafka");
    REQUIRE(kafka.matched);
    REQUIRE(kafka.evidence.size() == 1);
    CHECK(kafka.evidence[0].bullet == c.bullet);
    // The evidence credit and the bullet review agree on what a bullet is.
    bool reviewed = false;
    for (const auto& b : r.bullets) reviewed = reviewed || b.begin <= kafka.evidence[0].begin;
    CHECK(reviewed == c.bullet);
  }
}

TEST_CASE("the bullet review knows results and verbs as resumes write them", "[compare][bullets]") {
  struct Case {
    const char* bullet;
    bool action_verb;
    bool measurable;
  };
  const Case cases[] = {
      {"Ran the patching of 800 Linux hosts every month", true, true},
      {"Moved 60 repositories to the new CI", true, true},
      {"Built a data lake of 5 TB for analysts", true, true},
      {"Optimized the gateway (12 000 RPS at peak)", true, true},
      {"Mentored engineers across 30 teams on testing", true, true},
      {"Разрабатывал сервисы для 12 команд", true, true},
      {"Разработал хранилище на 5 ТБ для аналитиков", true, true},
      {"Администрировал 200 серверов в трёх дата-центрах", true, true},
      {"Added fraud checks that cut chargebacks from 40 to 9 a month", true, true},
      {"Reviewed pull requests for the mobile team; page load from 4.1 s to 1.9 s", true, true},
      {"Brought release time from weeks down to 2 days", true, true},
      {"Migrated 80 VMs to Kubernetes", true, true},
      {"Extended the booking engine used by 600 hotels", true, true},
      {"Покрыла API автотестами: 400 сценариев", true, true},
      {"Перенёс сборку с 6 часов до 40 минут", true, true},
      {"Описала процессы склада, тиражом 40 000 шт. в год", true, true},
      {"Собирала требования у 5 отделов", true, false},
      {"Estimated 900 test cases for the release", true, true},
      {"Управлял парком из 200 коммутаторов", true, true},
      {"Разбираю инциденты второй линии, 15 дашбордов в Grafana", true, true},
      {"Worked on various internal tools for the team", false, false},
      {"Занимался поддержкой внутренних сервисов компании", false, false},
      // Verbs no list names, known by their past tense or first person; counts of things.
      {"Filled 350 roles across engineering and sales", true, true},
      {"Seeded the staging database with anonymized fixtures", true, false},
      {"Kept the applicant tracking system up to date", true, false},
      {"Grew the newsletter to 12,000 subscribers", true, true},
      {"Сопроводила выездные проверки без замечаний", true, false},
      {"Привлек новых клиентов в сегменте B2B", true, false},
      {"Организовала более 400 перевозок по России", true, true},
      {"Представлял интересы компании в суде: 27 дел, 22 выиграны", true, true},
      {"Администрирую сервера компании на Linux", true, false},
      // Words of a verb's shape that are none; a year or one digit is no count.
      {"Experienced in high-volume hiring for retail clients", false, false},
      {"Detailed knowledge of employment law and payroll", false, false},
      {"Персонал склада обучен работе с WMS", false, false},
      {"Shipped version 3 of the mobile app to the stores", true, false},
      {"Deployed Windows 10 images to new laptops", true, false},
      {"Ran ISO 27001 audit preparation", true, false},
      {"Distributed weekly reports to 12 managers", true, true},
      {"Accomplished nurse with a focus on pediatrics", false, false},
      {"Квартал закрыт без ошибок и замечаний", false, false},
  };
  for (const Case& c : cases) {
    INFO(c.bullet);
    const Report r = SharedEngine().Compare("Experience\n- " + std::string(c.bullet) + "\n",
                                            std::string_view("Requirements:\n- Python\n"));
    REQUIRE(r.bullets.size() == 1);
    CHECK(r.bullets[0].action_verb == c.action_verb);
    CHECK(r.bullets[0].measurable == c.measurable);
  }
}

// Soft and business skills are keywords like any other, but a quarter of a technology's weight:
// a resume that shows only them cannot score as if it met the posting (docs/scoring.md).
TEST_CASE("non-technical keywords weigh non_technical_factor of a technical one", "[compare]") {
  struct Pair {
    const char* posting;
    const char* resume;
    const char* soft;  // the non-technical keyword both name
  };
  const Pair pairs[] = {
      {"Requirements\n- Kubernetes\n- Financial analysis\n",
       "Experience\n- Led financial analysis for a retail chain\n", "financial-analysis"},
      {"Requirements\n- Experience with Terraform and budget-aware risk management\n",
       "Experience\n- Ran risk management reviews for 12 projects\n", "risk-management"},
      {"Требования:\n- Kubernetes\n- финансовый анализ и МСФО\n",
       "Опыт работы\n- Вёл финансовый анализ и отчётность по МСФО\n", "financial-analysis"},
      {"Требования:\n- опыт с Kafka\n- контекстная реклама\n",
       "Опыт работы\n- Настраивал контекстную рекламу для 30 клиентов\n", "contextual-advertising"},
  };
  tailorcore::EngineOptions equal;
  equal.scoring.non_technical_factor = 1.0;
  auto flat = Engine::Create(equal);
  REQUIRE(flat.ok());
  for (const Pair& p : pairs) {
    INFO(p.posting);
    const Report weighted =
        SharedEngine().Compare(std::string_view(p.resume), std::string_view(p.posting));
    const Report unweighted =
        flat->Compare(std::string_view(p.resume), std::string_view(p.posting));
    const tailorcore::Keyword* soft = nullptr;
    const tailorcore::Keyword* tech = nullptr;
    for (const auto& k : weighted.keywords) {
      if (k.id == p.soft) soft = &k;
      if (k.category != "business" && !k.matched) tech = &k;
    }
    REQUIRE(soft != nullptr);
    REQUIRE(tech != nullptr);
    CHECK(soft->matched);
    CHECK(soft->category == "business");
    CHECK(soft->weight == Approx(tech->weight * 0.25).epsilon(1e-9));
    CHECK(weighted.score < 40);  // with equal weights they score higher
    CHECK(unweighted.score > weighted.score);
  }
}
