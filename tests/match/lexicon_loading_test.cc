// Loading, extending and rejecting lexicons: what a user writing a lexicon file sees.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <utility>

#include "support/lexicon_fixture.h"

using tailorcore::FormKind;
using tailorcore::LexiconBuilder;
using tailorcore::MatchKind;
using tailorcore::SkillForm;
using tailorcore::StatusCode;
using tailorcore::testing::BundledLexicon;
using tailorcore::testing::CustomLexicon;
using tailorcore::testing::FindMatch;
using tailorcore::testing::SkillIds;
using Strings = std::vector<std::string>;

namespace {

const char* kHeader = "category\tdatabases\tDatabases\n";

// Loads `content` into an empty builder and returns the error message ("" when it loads).
std::string LoadError(const std::string& content) {
  auto builder = LexiconBuilder::Empty();
  REQUIRE(builder.ok());
  const auto status = builder->AddText(content, "bad.tsv");
  if (status.ok()) return "";
  CHECK(status.code() == StatusCode::kDataError);
  CHECK(builder->skill_count() == 0);  // rejected whole: nothing of the file was kept
  return status.message();
}

}  // namespace

TEST_CASE("the bundled lexicon is large and holds every skill the issue names", "[lexicon]") {
  const auto& lexicon = BundledLexicon();
  std::size_t forms = 0;
  for (const auto& skill : lexicon.skills()) forms += skill.forms.size();
  CHECK(lexicon.skills().size() >= 2000);
  CHECK(forms >= 6000);
  const Strings required = {"Python",
                            "Java",
                            "Go",
                            "Node.js",
                            "JavaScript",
                            "TypeScript",
                            "C#",
                            ".NET",
                            "Ruby",
                            "Rust",
                            "PHP",
                            "C++",
                            "Kotlin",
                            "Scala",
                            "SQL",
                            "FastAPI",
                            "Django",
                            "Flask",
                            "Spring Boot",
                            "Express",
                            "ASP.NET",
                            "Rails",
                            "Gin",
                            "gRPC",
                            "GraphQL",
                            "REST",
                            "OpenAPI",
                            "PostgreSQL",
                            "MySQL",
                            "MongoDB",
                            "Redis",
                            "Cassandra",
                            "DynamoDB",
                            "Elasticsearch",
                            "ClickHouse",
                            "Memcached",
                            "Varnish",
                            "Kafka",
                            "RabbitMQ",
                            "SQS",
                            "Pub/Sub",
                            "Kinesis",
                            "NATS",
                            "AWS",
                            "GCP",
                            "Azure",
                            "Heroku",
                            "Docker",
                            "Docker Compose",
                            "Kubernetes",
                            "Terraform",
                            "Nginx",
                            "Jenkins",
                            "GitHub Actions",
                            "GitLab CI",
                            "CircleCI",
                            "Prometheus",
                            "Grafana",
                            "ELK Stack",
                            "Datadog",
                            "OpenTelemetry",
                            "Sentry",
                            "PagerDuty",
                            "distributed tracing",
                            "JWT",
                            "OAuth2",
                            "microservices",
                            "Git",
                            "Bitbucket",
                            "Jira",
                            "CI/CD",
                            "TDD",
                            "Agile",
                            "Scrum"};
  for (const std::string& name : required) {
    INFO(name);
    // Written in a skills list, as a resume would, so that ambiguous names have evidence.
    const std::string text = "Skills: " + name + ", Kubernetes";
    const auto result = lexicon.Extract(text);
    bool found = false;
    for (const auto& m : result.matches) {
      if (m.begin == 8 && m.end == 8 + name.size()) found = true;
    }
    CHECK(found);
  }
}

TEST_CASE("the bundled lexicon holds the taxonomies' formats and word-like names, guarded",
          "[lexicon]") {
  const auto& lexicon = BundledLexicon();
  // Linguist's markup, data and prose formats, O*NET's and ESCO's one-word products that are
  // also English words: found where a posting or resume lists them.
  const std::vector<std::pair<std::string, std::string>> listed = {
      {"Docs in Markdown and reStructuredText, configs in TOML, YAML.",
       "markdown restructuredtext toml"},
      {"- Jinja2, Handlebars, Mustache templates with Python", "jinja handlebars mustache"},
      {"Стек: Python, PostgreSQL, cron, regex, CSV", "crontab regular-expression csv"},
      {"Languages: Lisp, Haskell, OCaml", "lisp"},
      {"Tools: PuTTY, Moodle, LaTeX, Git", "putty moodle latex"},
      {"NETCONF and YANG models for Cisco, Juniper", "yang"},
      {"Diagrams as code (PlantUML, Mermaid) next to Kubernetes manifests", "plantuml mermaid"},
      {"Smart contracts on a blockchain with Solidity and Go", "blockchain"},
      // The Russian key skills of the trades beyond software.
      {"Ключевые навыки: контроль качества продукции, проведение инвентаризации, "
       "претензионная работа, обучение персонала",
       "quality-control stocktaking claims-handling training-and-development"},
      {"Умение работать в команде, нацеленность на результат, ведение документации",
       "teamwork results-orientation document-management"},
      {"Опыт работы с маркетплейсами; поиск и привлечение клиентов; налоговая отчётность",
       "marketplace-sales client-acquisition tax-reporting"},
      // Tools of those trades.
      {"Load tests in k6 or Locust against the Kubernetes staging cluster", "k6 locust"},
      {"Сорсинг через булевы запросы, ведение вакансий в Хантфлоу", "boolean-search huntflow"},
      {"Адресное хранение, сборка заказов с ТСД, учёт в МойСклад",
       "address-storage order-picking barcode-scanning moysklad"},
      {"Настройка UTM-меток, контент-план для VK Реклама", "utm-tags content-planning vk-ads"}};
  for (const auto& [text, expected] : listed) {
    INFO(text);
    const auto ids = SkillIds(lexicon, text);
    std::istringstream words(expected);
    for (std::string id; words >> id;) {
      INFO(id);
      CHECK(std::find(ids.begin(), ids.end(), id) != ids.end());
    }
  }
  // Their words elsewhere, and names GitHub or O*NET gives that mean something else in a
  // posting (a Kubernetes pod, a conference, ML algorithms, a company), are no skill: no match
  // starts at the word.
  const std::vector<std::pair<std::string, std::string>> words = {
      {"We offer a 20% markdown on winter stock.", "markdown"},
      {"Restart the failing pod with kubectl and Helm.", "pod"},
      {"We speak at HighLoad++, Test Driven Conf and DevOps Days.", "Conf"},
      {"Implement machine learning algorithms in Python and Spark.", "algorithms"},
      {"Three years at Google building Kubernetes operators in Go.", "Google"},
      {"Dig into Kafka lag with Envoy and Grafana.", "Dig"},
      {"We rebuilt the deploy pipeline from scratch, in a Jenkins file.", "scratch"},
      {"Source: Kafka topics, written to PostgreSQL.", "Source"},
      // A Russian skill's stem in other words: "грамотный" is no literacy, an executive
      // director no diligence, an inventory of data sources no stocktaking.
      {"Грамотный Python, чистый код, SQL", "Грамотный"},
      {"Вместе с исполнительным директором и Backend-разработчиками на Go", "исполнительным"},
      {"Инвентаризация источников данных, mapping в DWH на PostgreSQL", "Инвентаризация"},
      // A consultant is no ConsultantPlus, a stream of data no Potok (an employer named like a
      // marketplace, "Ozon Банк", is left out by the posting profile: tests/judgement).
      {"Консультации налоговых консультантов и юристов", "консультантов"},
      {"Проектирование потоков данных в Kafka и Airflow", "потоков"}};
  for (const auto& [text, word] : words) {
    INFO(text);
    const std::size_t at = text.find(word);
    REQUIRE(at != std::string::npos);
    for (const auto& m : lexicon.Extract(text).matches) {
      INFO(m.skill->id);
      CHECK(m.begin != at);
    }
  }
}

TEST_CASE("the bundled lexicon has the categories job boards use", "[lexicon]") {
  Strings ids;
  for (const auto& c : BundledLexicon().categories()) ids.push_back(c.id);
  for (const char* id :
       {"languages", "frameworks", "databases", "messaging", "infrastructure", "observability",
        "practices", "tools", "soft-skills", "spoken-languages", "certifications"}) {
    INFO(id);
    CHECK(std::find(ids.begin(), ids.end(), id) != ids.end());
  }
}

TEST_CASE("a malformed lexicon file is rejected whole with file:line", "[lexicon]") {
  const std::string ok =
      std::string(kHeader) + "skill\tpostgresql\tPostgreSQL\tdatabases\tPostgres\n";
  CHECK(LoadError(ok).empty());
  CHECK(LoadError(ok + "skil\tx\tX\tdatabases\t\n").rfind("bad.tsv:3: unknown record", 0) == 0);
  // A skill without forms may leave out the forms field and its tab.
  CHECK(LoadError(ok + "skill\tmysql\tMySQL\tdatabases\n").empty());
  CHECK(LoadError(ok + "skill\tmysql\tMySQL\n").rfind("bad.tsv:3: a skill record has 4 or 5", 0) ==
        0);
  CHECK(LoadError(ok + "skill\tmysql\tMySQL\tdatabases\tMy SQL\textra\n")
            .rfind("bad.tsv:3: a skill record has 4 or 5", 0) == 0);
  CHECK(LoadError(ok + "skill\tredis\tRedis\tcaches\t\n")
            .find("bad.tsv:3: unknown category 'caches'") == 0);
  // Forms in the category's place: the error says the category is missing.
  CHECK(LoadError(ok + "skill\tredis\tRedis\tRedis DB|redis-server\n")
            .find("bad.tsv:3: skill 'redis': 'Redis DB|redis-server' is no category id") == 0);
  CHECK(LoadError(ok + "skill\tredis\tRedis\tRedis\n").find("is the category field missing?") !=
        std::string::npos);
  CHECK(LoadError(ok + "skill\tRedis!\tRedis\tdatabases\t\n").find("bad.tsv:3: skill id") == 0);
  CHECK(LoadError(ok + "skill\tpg2\tPG2\tdatabases\tpostgres\n")
            .find("bad.tsv:3: skill 'pg2': form 'postgres' is already a form of 'postgresql'") ==
        0);
  CHECK(LoadError(ok + "skill\tpostgres\tPostgres\tdatabases\t\n").find("bad.tsv:3:") == 0);
  CHECK(LoadError(ok + "skill\tredis\tRedis\tdatabases\tfoo:Redis DB\n")
            .find("bad.tsv:3: unknown form kind 'foo:'") == 0);
  CHECK(LoadError(ok + "skill\tredis\tRedis\tdatabases\tRedis DB||\n")
            .find("bad.tsv:3: empty form") == 0);
  CHECK(LoadError(ok + "skill\tredis\t---\tdatabases\t\n").find("has no words") !=
        std::string::npos);
  CHECK(LoadError(ok + "skill\tpostgresql\tPostgres SQL\tdatabases\t\n")
            .find("bad.tsv:3: skill 'postgresql' is already defined") == 0);
  CHECK(
      LoadError("category\tdatabases\tDatabases\ncategory\tdatabases\tDBs\n").find("bad.tsv:2:") ==
      0);
  CHECK(LoadError("category\tdatabases\tDatabases\tweird-flag\n")
            .find("bad.tsv:1: unknown category flag") == 0);
}

TEST_CASE("an empty or comment-only file adds nothing and is not an error", "[lexicon]") {
  CHECK(LoadError("").empty());
  CHECK(LoadError("# just a comment\n\n   \n").empty());
}

TEST_CASE("a missing lexicon file is an I/O error naming the file", "[lexicon]") {
  auto builder = LexiconBuilder::Empty();
  REQUIRE(builder.ok());
  const auto status = builder->AddFile("/nonexistent/skills.tsv");
  CHECK(status.code() == StatusCode::kIoError);
  CHECK(status.message().find("/nonexistent/skills.tsv") != std::string::npos);
}

TEST_CASE("users extend the bundled lexicon from a file and at run time", "[lexicon]") {
  auto builder = LexiconBuilder::Bundled();
  REQUIRE(builder.ok());
  const std::size_t bundled_skills = builder->skill_count();
  const std::string path = "lexicon_loading_test_extra.tsv";
  {
    std::ofstream out(path);
    out << "category\tinternal\tInternal tools\n"
        << "skill\tacme-bus\tAcme Bus\tinternal\tacr:ABus|ru:Акме шина\n"
        << "skill\tacme-queue\tAcme Queue\tinternal\n"                 // no forms, no trailing tab
        << "skill\tpostgresql\tPostgreSQL\tdatabases\tPostgreSQLy\n";  // extends a bundled skill
  }
  REQUIRE(builder->AddFile(path).ok());
  std::remove(path.c_str());
  REQUIRE(builder->AddForm("kubernetes", "kubernetez").ok());
  REQUIRE(builder
              ->AddSkill("widgetdb", "WidgetDB", "databases",
                         {SkillForm{"Widget DB", FormKind::kVariant, false, false}})
              .ok());
  CHECK(builder->AddForm("no-such-skill", "x").code() == StatusCode::kInvalidArgument);
  CHECK(builder->AddForm("redis", "Postgres").code() == StatusCode::kInvalidArgument);
  CHECK(builder->skill_count() == bundled_skills + 3);
  auto lexicon = builder->Build();
  REQUIRE(lexicon.ok());
  CHECK(SkillIds(*lexicon, "ABus, postgresqly, kubernetez, Widget DB") ==
        Strings{"acme-bus", "postgresql", "kubernetes", "widgetdb"});
  CHECK(FindMatch(*lexicon, "Acme Bus", "acme-bus").kind == MatchKind::kExact);
  CHECK(FindMatch(*lexicon, "on the Acme Queue", "acme-queue").kind == MatchKind::kExact);
  CHECK(FindMatch(*lexicon, "ABus", "acme-bus").kind == MatchKind::kAcronym);
  CHECK(FindMatch(*lexicon, "акме шиной", "acme-bus").kind == MatchKind::kStem);
}

TEST_CASE("kind and implies records relate skills; a kind is also implied", "[lexicon]") {
  auto builder = LexiconBuilder::Empty();
  REQUIRE(builder.ok());
  REQUIRE(builder
              ->AddText(std::string(kHeader) +
                            "skill\tmq\tMessage queues\tdatabases\tmessage broker\n"
                            "skill\tkafka\tKafka\tdatabases\n"
                            "skill\tjava\tJava\tdatabases\n"
                            "skill\tkafka-streams\tKafka Streams\tdatabases\n"
                            "kind\tkafka\tmq\n"
                            "implies\tkafka-streams\tkafka, java\n",
                        "relations.tsv")
              .ok());
  REQUIRE(builder->AddImplies("java", "mq", LexiconBuilder::Relation::kImplies).ok());
  CHECK(builder->AddImplies("kafka", "kafka", LexiconBuilder::Relation::kKindOf).code() ==
        StatusCode::kInvalidArgument);
  auto lexicon = builder->Build();
  REQUIRE(lexicon.ok());
  const auto* kafka = lexicon->FindSkill("kafka");
  const auto* streams = lexicon->FindSkill("kafka-streams");
  REQUIRE((kafka != nullptr && streams != nullptr));
  CHECK(kafka->implies == Strings{"mq"});
  CHECK(kafka->kind_of == Strings{"mq"});
  // A part of Kafka implies what Kafka does, but is no kind of message queue.
  CHECK(streams->implies == Strings{"kafka", "java", "mq"});
  CHECK(streams->kind_of.empty());
  CHECK(lexicon->FindSkill("java")->kind_of.empty());
  CHECK(LoadError(std::string(kHeader) + "skill\tkafka\tKafka\tdatabases\nkind\tkafka\n")
            .find("bad.tsv:3: expected kind <TAB> member id") == 0);
  CHECK(LoadError(std::string(kHeader) + "skill\tkafka\tKafka\tdatabases\nkind\tkafka\tmq\n")
            .find("bad.tsv:3: no skill 'mq'") == 0);
}

TEST_CASE("an empty lexicon finds nothing", "[lexicon]") {
  auto builder = LexiconBuilder::Empty();
  REQUIRE(builder.ok());
  auto lexicon = builder->Build();
  REQUIRE(lexicon.ok());
  CHECK(lexicon->skills().empty());
  CHECK(lexicon->Extract("Python, PostgreSQL, Kubernetes").matches.empty());
}

TEST_CASE("building twice from one builder gives independent, equal lexicons", "[lexicon]") {
  auto builder = LexiconBuilder::Empty();
  REQUIRE(builder.ok());
  REQUIRE(builder->AddText(std::string(kHeader) + "skill\tredis\tRedis\tdatabases\t\n", "a").ok());
  auto first = builder->Build();
  REQUIRE(builder->AddText("skill\tmysql\tMySQL\tdatabases\t\n", "b").ok());
  auto second = builder->Build();
  REQUIRE(first.ok());
  REQUIRE(second.ok());
  CHECK(first->skills().size() == 1);
  CHECK(second->skills().size() == 2);
}

TEST_CASE("a lexicon file with invalid UTF-8 is rejected; a byte order mark is skipped",
          "[lexicon]") {
  CHECK(LoadError(std::string(kHeader) + "skill\tacme\tAcme\tdatabases\tx\xff\n")
            .find("bad.tsv:2: invalid UTF-8") == 0);
  CHECK(LoadError("\xEF\xBB\xBF" + std::string(kHeader)).empty());
  // Any lower-case word before a colon is a form kind, and an unknown one is an error.
  CHECK(LoadError(std::string(kHeader) + "skill\tacme\tAcme\tdatabases\tabcd:bar\n")
            .find("unknown form kind 'abcd:'") != std::string::npos);
}

TEST_CASE("a directory given as a lexicon file is an I/O error, not an exception", "[lexicon]") {
  auto builder = LexiconBuilder::Empty();
  REQUIRE(builder.ok());
  const auto status = builder->AddFile(".");
  CHECK(status.code() == StatusCode::kIoError);
  CHECK(status.message().find("is a directory") != std::string::npos);
}
