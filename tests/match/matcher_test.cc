// What the matcher finds and does not find: match kinds, whole tokens, phrases and overlaps,
// ambiguity traps (many of them seen in real postings), generic words, candidate keywords.
#include <catch2/catch.hpp>

#include <sstream>

#include "base/embedded_data.h"
#include "lexicon/transliteration.h"
#include "support/lexicon_fixture.h"

using tailorcore::MatchKind;
using tailorcore::testing::BundledLexicon;
using tailorcore::testing::CustomLexicon;
using tailorcore::testing::FindMatch;
using tailorcore::testing::SkillIds;
using Strings = std::vector<std::string>;

namespace {

Strings Bundled(const std::string& text) { return SkillIds(BundledLexicon(), text); }

bool Has(const Strings& ids, const std::string& id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

MatchKind KindOf(const std::string& text, const std::string& id) {
  return FindMatch(BundledLexicon(), text, id).kind;
}

}  // namespace

TEST_CASE("every match kind", "[matcher]") {
  CHECK(KindOf("PostgreSQL", "postgresql") == MatchKind::kExact);
  CHECK(KindOf("postgresql", "postgresql") == MatchKind::kExact);
  CHECK(KindOf("Postgres", "postgresql") == MatchKind::kVariant);
  CHECK(KindOf("k8s", "kubernetes") == MatchKind::kAcronym);
  CHECK(KindOf("JS and Node.js", "javascript") == MatchKind::kAcronym);
  CHECK(KindOf("Application Programming Interface", "api") == MatchKind::kAcronym);
  CHECK(KindOf("Google Cloud Platform", "gcp") == MatchKind::kExact);
  CHECK(KindOf("GCP", "gcp") == MatchKind::kAcronym);
  CHECK(KindOf("опыт с микросервисами", "microservices") == MatchKind::kStem);
  CHECK(KindOf("разработка микросервисов", "microservices") == MatchKind::kStem);
  CHECK(KindOf("микросервисы", "microservices") == MatchKind::kVariant);
  CHECK(KindOf("навыки анализа данных", "data-analysis") == MatchKind::kStem);
  CHECK(KindOf("relational database", "rdbms") == MatchKind::kVariant);
  CHECK(KindOf("Relational databases", "rdbms") == MatchKind::kExact);
  CHECK(KindOf("wrote a unit test", "unit-testing") == MatchKind::kStem);
  CHECK(KindOf("Постгрес", "postgresql") == MatchKind::kTransliteration);
  CHECK(KindOf("опыт с Кафкой", "kafka") == MatchKind::kTransliteration);
  CHECK(KindOf("Кубернетесе", "kubernetes") == MatchKind::kTransliteration);
}

TEST_CASE("ICU transliteration finds Cyrillic spellings no lexicon lists", "[matcher]") {
  // Redis without a Russian form: the Latin→Cyrillic transform gives "редис".
  const auto lexicon = CustomLexicon(
      "category\tdatabases\tDatabases\nskill\tredis\tRedis\tdatabases\t\n"
      "category\tsoft\tSoft skills\tnon-technical\nskill\tteam\tTeamplay\tsoft\t\n");
  CHECK(SkillIds(lexicon, "кеширование в Редисе и Редисом") == Strings{"redis", "redis"});
  CHECK(FindMatch(lexicon, "Редис", "redis").kind == MatchKind::kTransliteration);
  // Non-technical categories get no generated transliteration.
  CHECK(SkillIds(lexicon, "теампляй").empty());
  // A name the bundled table of spellings lacks is spelled by ICU itself.
  const auto own = CustomLexicon("category\ttools\tTools\nskill\ttrandor\tTrandor\ttools\t\n");
  CHECK(SkillIds(own, "деплой через Трандор") == Strings{"trandor"});
}

TEST_CASE("the bundled table of spellings is ICU's own, word for word", "[matcher]") {
  // data/lexicon/transliterations.tsv stands in for ICU's transliterator at start-up: it must
  // spell every word as ICU does, and a word outside it must still reach ICU.
  const auto table = tailorcore::detail::EmbeddedData("lexicon/transliterations.tsv");
  REQUIRE(table.ok());
  tailorcore::detail::LatinToCyrillic icu;  // no table: ICU every time
  tailorcore::detail::LatinToCyrillic cached(*table);
  std::size_t entries = 0;
  std::istringstream lines{std::string(*table)};
  for (std::string line; std::getline(lines, line);) {
    if (line.empty() || line[0] == '#') continue;
    const std::size_t tab = line.find('\t');
    REQUIRE(tab != std::string::npos);
    const std::string word = line.substr(0, tab);
    CHECK(icu.TransliterateWithIcu(word) == line.substr(tab + 1));
    CHECK(cached.Transliterate(word) == icu.Transliterate(word));
    ++entries;
  }
  CHECK(entries > 2000);
  CHECK_FALSE(cached.built_icu());  // every word above came from the table
  CHECK(cached.Transliterate("trandor") == "\u0442\u0440\u0430\u043D\u0434\u043E\u0440");
  CHECK(cached.built_icu());
}

TEST_CASE("a one-word English form matches its inflections, not its stem-mates", "[matcher]") {
  const auto lexicon = CustomLexicon(
      "category\tc\tC\nskill\tdatabase\tDatabase\tc\t\nskill\tproductivity\tProductivity\tc\t\n");
  CHECK(FindMatch(lexicon, "databases", "database").kind == MatchKind::kStem);
  // Snowball stems "production" and "productivity" alike; neither word contains the other.
  CHECK(SkillIds(lexicon, "production systems").empty());
}

TEST_CASE("a skill is found only as whole tokens, never inside a word", "[matcher]") {
  const auto lexicon = CustomLexicon(
      "category\ttools\tTools\nskill\ttform\tTform\ttools\t\nskill\tjava\tJava\ttools\t\n");
  CHECK(SkillIds(lexicon, "our platform for transforming data").empty());
  CHECK(SkillIds(lexicon, "JavaScript and Javadoc").empty());
  CHECK(SkillIds(lexicon, "Tform and Java").size() == 2);
}

TEST_CASE("C++ and C# match as themselves, never as C", "[matcher]") {
  CHECK(Bundled("C++ and C# developer") == Strings{"cpp", "csharp"});
  CHECK(Bundled("Experience in C++17, C#, F#") == Strings{"cpp", "csharp", "fsharp"});
  CHECK(Bundled(".NET, ASP.NET Core, Node.js") == Strings{"dotnet", "aspnet", "nodejs"});
}

TEST_CASE("JS and JavaScript are one skill", "[matcher]") {
  CHECK(Bundled("JavaScript, JS, ECMAScript") == Strings{"javascript", "javascript", "javascript"});
}

TEST_CASE("the longest form wins at a position", "[matcher]") {
  // "Spring" inside "Spring Boot" is an ambiguous form: part of the phrase, not nested.
  CHECK(Bundled("Spring Boot and Hibernate") == Strings{"spring-boot", "hibernate"});
  CHECK(Bundled("Docker Compose files")[0] == "docker-compose");
  CHECK(Bundled("Google Cloud Platform (GCP)") == Strings{"gcp", "cloud", "gcp"});
  CHECK(Bundled("Ruby on Rails") == Strings{"rails"});
  const auto lexicon = CustomLexicon(
      "category\tc\tC\nskill\tgc\tGoogle Cloud\tc\t\nskill\tgcp\tGoogle Cloud Platform\tc\t\n");
  CHECK(SkillIds(lexicon, "Google Cloud Platform and Google Cloud") == Strings{"gcp", "gc", "gc"});
}

TEST_CASE("overlapping forms resolve leftmost-longest", "[matcher]") {
  const auto lexicon = CustomLexicon(
      "category\tc\tC\nskill\tab\tAlpha Beta\tc\t\nskill\tbg\tBeta Gamma\tc\t\n"
      "skill\tbgd\tBeta Gamma Delta\tc\t\nskill\tgd\tGamma Delta\tc\t\n");
  // The earlier start wins, then scanning goes on after it.
  CHECK(SkillIds(lexicon, "Alpha Beta Gamma Delta") == Strings{"ab", "gd"});
  // At one start, the longest wins.
  CHECK(SkillIds(lexicon, "Beta Gamma Delta") == Strings{"bgd", "bg"});  // bg nested
  // "MS Office applications": the product name, not a later, longer generic phrase.
  CHECK(Bundled("Proficient in MS Office applications") == Strings{"ms-office"});
}

TEST_CASE("a skill inside a longer match is reported as nested", "[matcher]") {
  CHECK(Bundled("Microsoft SQL Server") == Strings{"mssql", "sql"});
  CHECK(Bundled("JavaScript frameworks") == Strings{"javascript-framework", "javascript"});
  CHECK(Bundled("Docker Compose") == Strings{"docker-compose", "docker"});
  CHECK(Bundled("Red Hat Linux servers") == Strings{"redhat", "linux"});
  const auto result = BundledLexicon().Extract("Microsoft SQL Server");
  REQUIRE(result.matches.size() == 2);
  CHECK_FALSE(result.matches[0].nested);
  CHECK(result.matches[1].nested);
  CHECK(result.matches[1].begin == 10);
}

TEST_CASE("phrase words must be separated by spaces or hyphens only", "[matcher]") {
  CHECK(Has(Bundled("Spring-Boot services"), "spring-boot"));
  CHECK_FALSE(Has(Bundled("Spring, Boot"), "spring-boot"));
  CHECK_FALSE(Has(Bundled("Spring\nBoot"), "spring-boot"));
}

TEST_CASE("a dot without a space joins a name's words after a capital, never a sentence's",
          "[matcher]") {
  CHECK(Has(Bundled("Опыт работы с Яндекс.Метрикой и Google Analytics"), "yandex-metrica"));
  CHECK(Has(Bundled("данные веб-аналитики (Яндекс.Метрика)"), "yandex-metrica"));
  CHECK(Has(Bundled("облачные сервисы Yandex.Cloud (S3, Kubernetes)"), "yandex-cloud"));
  CHECK(Has(Bundled("Spring.Boot services"), "spring-boot"));
  // A sentence end that lost its space after a lower-case word ("... code migration.Test ...").
  CHECK_FALSE(Has(Bundled("we deploy with spring.Boot camp starts"), "spring-boot"));
  CHECK_FALSE(Has(Bundled("We moved to spring. Boot camp starts"), "spring-boot"));
  CHECK_FALSE(Has(Bundled("Работаем с Яндекс. Метрика не нужна"), "yandex-metrica"));
}

TEST_CASE("hyphenated words match whole and by parts", "[matcher]") {
  CHECK(Bundled("event-driven design") == Strings{"event-driven"});
  CHECK(Bundled("event driven design") == Strings{"event-driven"});
  CHECK(Has(Bundled("a PostgreSQL-based platform"), "postgresql"));
}

TEST_CASE("ambiguous names are not skills in ordinary phrases", "[matcher][traps]") {
  // Ordinary phrases with a skill's name in them; none mentions a technology.
  const Strings traps = {
      "Our go to market strategy",
      "Go-to-market plan and a go-getter attitude",
      "Go to the next level with us",
      "Grade C or better in mathematics",
      "C-level executives and C-suite",
      "Investment in R&D and Q&A sessions",
      "Research and development (R & D) department",
      "Starting Spring semester 2025",
      "Spring break is a paid holiday",
      "Express delivery of parcels",
      "Rust-proof coating for steel",
      "Access to data and access to customers",
      "You will excel at communication",
      "Make sure deadlines are met",
      "Less than 5 years of experience",
      "Swift response to incidents",
      "A Word of mouth referral program",
      "Chef de partie wanted",
      "Ruby Tuesday restaurant",
      "Julia Roberts is our CEO",
      "a flask of coffee",
      "vitamin C and vitamin D",
      "Plan B and Plan C",
  };
  for (const std::string& text : traps) {
    INFO(text);
    const Strings ids = Bundled(text);
    for (const char* id : {"go", "c", "r", "d", "spring", "express", "rust", "access", "excel",
                           "make", "less", "swift", "word", "chef", "ruby", "julia", "flask"}) {
      INFO(id);
      CHECK_FALSE(Has(ids, id));
    }
  }
}

TEST_CASE("short Russian forms do not match ordinary words by stem", "[matcher][traps]") {
  // ИИ (AI) and the conjunction «и» share a stem; «сети клиник» is a chain of clinics.
  CHECK(Bundled("Мама и папа пошли в магазин и купили хлеб").empty());
  CHECK(Bundled("Опыт с Постгрес и k8s") == Strings{"postgresql", "kubernetes"});
  CHECK(Bundled("сервис для сети клиник").empty());
  // A generated transliteration that Snowball would cut to a verb stem matches only as written:
  // «ревит» (Revit) must not find «ревью».
  CHECK(Bundled("участие в код-ревью") == Strings{"code-review"});
  CHECK(Has(Bundled("опыт с Кафкой и Редисом"), "kafka"));
}

TEST_CASE("a generated Cyrillic spelling never finds the Russian word it resembles",
          "[matcher][traps]") {
  // inflection.tsv `native-word`: «модула» (Modula) and «модули», «патрони» (Patroni) and
  // «патрон», «смарты» (Smarty) and «смарт», «фантом» (Fantom) the word itself.
  CHECK(Bundled("Опыт разработки модулей и интеграция модуля в сервис").empty());
  CHECK_FALSE(Has(Bundled("Умение применять модули threading, asyncio в Python"), "modula"));
  CHECK(Bundled("Патрон для картриджа, фантом для тренировок").empty());
  CHECK(Bundled("Опыт работы со смарт-контрактами на Solidity") == Strings{"solidity"});
  CHECK(Bundled("Фитнесс в офисе, ДМС").empty());
  // The names as Russian postings write them are still found, inflected where they may be.
  CHECK(Has(Bundled("Кластер PostgreSQL на Патрони и etcd"), "patroni"));
  CHECK(Has(Bundled("опыт с Кафкой и Кубернетесом"), "kafka"));
}

TEST_CASE("traps found in the real postings and resumes are not skills", "[matcher][traps]") {
  // Each sentence is (a piece of) one in ../shared/data where an earlier version of the matcher
  // reported the skill on the right.
  const std::vector<std::pair<std::string, std::string>> traps = {
      {"Genesis10 is an Equal Opportunity Employer, M/F/D/V. Java, C++", "d"},
      {"Business and Data Access Layers were coded using C# and SQL", "access"},
      {"Active TS/SCI security clearance, Java and Kubernetes", "typescript"},
      {"Osmania University PG College Of Law, SQL", "postgresql"},
      {"BASIC PYTHON - Experience - Less than 1 year", "basic"},
      {"HP Operations Manager, Network Node Manager (NNMi), Linux", "nodejs"},
      {"Building DR database using Oracle. Make it sync with prod", "make"},
      {"Send your resume to jeanie.harris@ispace.com or CALL Jeanie",
       "computer-assisted-language-learning"},
      {"Batch Normalization, Layer Normalization in PyTorch", "batchfile"},
      {"End User: Shell Nederland Raffinaderji B.V., SAP", "shell"},
      {"знание технологий Data Vault 2.0, ClickHouse", "vault"},
      {"проектирования DWH (Star Schema, Snowflake Schema)", "snowflake"},
      {"понимание принципа Stream Processing, опыт с Kafka", "processing"},
      {"Develop Assembly Test plans and scripts in Java", "assembly"},
      {"опыт с Apache Camel (чтение DSL), Java", "apache-httpd"},
      {"в формате Random coffee; Python, SQL", "coffeescript"},
  };
  for (const auto& [text, id] : traps) {
    INFO(text << " (must not find " << id << ")");
    CHECK_FALSE(Has(Bundled(text), id));
  }
  // The same names where the postings do mean them.
  CHECK(Has(Bundled("Configuration tools such as Chef, Puppet, Ansible"), "chef"));
  CHECK(Has(Bundled("Programming Languages: C, C++, Java"), "c"));
  CHECK(Has(Bundled("Наш стек: Python, Go, S3, Spark, Hive"), "go"));
  CHECK(Has(Bundled("Build/Release - Jenkins, Maven, GCC, Make"), "make"));
  CHECK(Has(Bundled("Web servers - OHS, Apache and Tomcat"), "apache-httpd"));
  CHECK(Has(Bundled("Environment: VB6, Oracle 8i, PL/SQL, Crystal Report"), "crystal-reports"));
  CHECK(Has(Bundled("Web Technologies: ASP .NET, HTML, CSS"), "aspnet"));
}

TEST_CASE("ambiguous names count with evidence around them", "[matcher][traps]") {
  CHECK(Bundled("Languages: Go, Python, Rust") == Strings{"go", "python", "rust"});
  CHECK(Has(Bundled("Backend services in Go and PostgreSQL"), "go"));
  CHECK(Has(Bundled("Embedded C and C++ developer"), "c"));
  CHECK(Has(Bundled("Java, Spring and Hibernate"), "spring"));
  CHECK(Has(Bundled("Node.js with Express and MongoDB"), "express"));
  CHECK(Has(Bundled("Statistics in R and Python"), "r"));
  CHECK(Has(Bundled("Experience with Ruby and Rails, PostgreSQL"), "ruby"));
  CHECK(Has(Bundled("Ruby and PostgreSQL"), "ruby"));
  CHECK(Has(Bundled("iOS apps in Swift and SwiftUI"), "swift"));
  CHECK(Has(Bundled("Reports in Excel and SQL"), "excel"));
  // Lower case is not the usual casing of a name: no evidence.
  CHECK_FALSE(Has(Bundled("we go with python"), "go"));
  // Evidence in running text must be on the same line.
  CHECK_FALSE(Has(Bundled("Let's Go there\nPython"), "go"));
  CHECK_FALSE(Has(Bundled("Ready to Go now\nKafka and Java"), "go"));
}

TEST_CASE("an ambiguous name alone on its line or list item is evidence enough", "[matcher]") {
  // A skills list one per line, and items that are about the name.
  CHECK(Has(Bundled("Go\nPython"), "go"));
  CHECK(Has(Bundled("Skills\nGo\nRust\n"), "rust"));
  CHECK(Has(Bundled("- Knowledge of Go\n"), "go"));
  CHECK(Has(Bundled("\u2022 знание Go;\n"), "go"));
  CHECK(Has(Bundled("- Experience in C.\n"), "c"));
  CHECK(Bundled("- знание Go или Rust;\n") == Strings{"go", "rust"});
  CHECK(Bundled("* Go and R\n") == Strings{"go", "r"});
  // Not when the item says more than that, nor without the name's casing.
  CHECK_FALSE(Has(Bundled("- Go to the office twice a week\n"), "go"));
  CHECK_FALSE(Has(Bundled("- We will go\n"), "go"));
  CHECK_FALSE(Has(Bundled("- Grade C\n"), "c"));
  // After a label of the proofs (data/lexicon/proofs.txt) and a colon; any other label says
  // nothing: a contact, a level, a country, a rating.
  CHECK(Has(Bundled("Требования: Swift\n"), "swift"));
  CHECK(Has(Bundled("Стек: Rust\n"), "rust"));
  CHECK(Has(Bundled("Main language: Go.\n"), "go"));
  CHECK_FALSE(Has(Bundled("Note: Go to the site to apply\n"), "go"));
  CHECK_FALSE(Has(Bundled("Decision: Go\n"), "go"));
  CHECK_FALSE(Has(Bundled("Категория: C\n"), "c"));
  CHECK_FALSE(Has(Bundled("Contact: Julia\n"), "julia"));
  CHECK_FALSE(Has(Bundled("Уровень: Fluent\n"), "fluent"));
  CHECK_FALSE(Has(Bundled("Level: Fluent\n"), "fluent"));
  CHECK_FALSE(Has(Bundled("Country: ES\n"), "elasticsearch"));
  CHECK_FALSE(Has(Bundled("Rating: PG\n"), "postgresql"));
  CHECK_FALSE(Has(Bundled("FinCore is a Series C fintech.\n"), "c"));
}

TEST_CASE("a word right beside a language's name proves it (data/lexicon/proofs.txt)",
          "[matcher]") {
  // In a sentence, with no other technology on the line.
  CHECK(Has(Bundled("Built Go services for the payments team."), "go"));
  CHECK(Has(Bundled("Rewrote the billing jobs in Go"), "go"));
  CHECK(Has(Bundled("Maintained a Rust library for retries"), "rust"));
  CHECK(Has(Bundled("Published two R packages on CRAN mirrors"), "r"));
  CHECK(Has(Bundled("Go developer since 2019"), "go"));
  CHECK(Has(Bundled("Languages: Go"), "go"));
  CHECK(Has(Bundled("Писал сервисы на Go для команды платежей"), "go"));
  CHECK(Has(Bundled("Нужно знание R для отчётов"), "r"));
  CHECK(Has(Bundled("Поддерживал код Go в монорепозитории"), "go"));
  // Not an ordinary word, a season or a trap; nor a proof word across punctuation.
  CHECK_FALSE(Has(Bundled("We go live in Spring 2025 with a new team."), "go"));
  CHECK_FALSE(Has(Bundled("Joined in Spring and moved teams."), "spring"));
  CHECK_FALSE(Has(Bundled("Go ahead and apply today."), "go"));
  CHECK_FALSE(Has(Bundled("Our go to market services team is growing."), "go"));
  CHECK_FALSE(Has(Bundled("Grade C in maths, then services."), "c"));
  CHECK_FALSE(Has(Bundled("Worked with Chef at a restaurant."), "chef"));
  CHECK_FALSE(Has(Bundled("Ready, set, Go. Services start Monday."), "go"));
  // Not a level, a person, a place, a grade or a licence category (names that are languages
  // only sometimes are not proven this way at all).
  CHECK_FALSE(Has(Bundled("English language: Fluent"), "fluent"));
  CHECK_FALSE(Has(Bundled("You will work closely with Julia from finance."), "julia"));
  CHECK_FALSE(Has(Bundled("Onboarding with Ruby Chen in week one."), "ruby"));
  CHECK_FALSE(Has(Bundled("Our office is in Elm Grove."), "elm"));
  CHECK_FALSE(Has(Bundled("A GPA of C or better in maths."), "c"));
  CHECK_FALSE(Has(Bundled("Права категории на C и D, опыт вождения."), "c"));
  CHECK_FALSE(Has(Bundled("Visiting clients in Go Nevada each month."), "go"));
}

TEST_CASE("a person after a determiner is no skill; the same words as a role still are",
          "[matcher]") {
  // Colleagues and the person sought (inflection.tsv person-noun, determiner).
  CHECK_FALSE(Has(Bundled("You will join a squad with a product manager."), "product-management"));
  CHECK_FALSE(Has(Bundled("Report to the Project Manager weekly."), "project-management"));
  CHECK_FALSE(
      Has(Bundled("We are looking for a release manager to ship builds."), "release-management"));
  CHECK_FALSE(
      Has(Bundled("Collaborate with our data engineer on the pipelines."), "data-engineering"));
  CHECK_FALSE(Has(Bundled("Work with a Tech Lead and a mentor (we have guilds)"), "mentoring"));
  CHECK(Has(Bundled("Acted as a mentor for 3 interns"), "mentoring"));
  // A role line, a role held ("as a"), and the field itself.
  CHECK(Has(Bundled("Product Manager, Acme, 2019 - 2023"), "product-management"));
  CHECK(Has(Bundled("Experience as a project manager is a plus"), "project-management"));
  CHECK(Has(Bundled("Worked as a data engineer at Acme"), "data-engineering"));
  CHECK(Has(Bundled("Strong product management skills"), "product-management"));
}

TEST_CASE("office programs named in a sentence are found by the words beside them", "[matcher]") {
  // Postings and resumes for office work name Excel with no other technology on the line.
  CHECK(Has(Bundled("Advanced Excel (pivot tables, VLOOKUP)"), "excel"));
  CHECK(Has(Bundled("Strong Excel skills are a must."), "excel"));
  CHECK(Has(Bundled("Built the monthly reports in Excel."), "excel"));
  CHECK(Has(Bundled("Ведение учёта остатков в Excel."), "excel"));
  CHECK(Has(Bundled("Уверенное владение Excel на уровне сводных таблиц"), "excel"));
  CHECK(Has(Bundled("Contracts drafted from Word templates"), "word"));
  // The English words stay words.
  CHECK(Bundled("You will excel in a fast-paced team.").empty());
  CHECK(Bundled("Excel in everything you do, with strong support.").empty());
  CHECK(Bundled("Access to our gym and strong Word of mouth referrals.").empty());
  CHECK(Bundled("In a word, we care about strong skills.").empty());
}

TEST_CASE("generic words never become keywords or candidates", "[matcher]") {
  const std::string text =
      "Strong experience, team player who will collaborate with the team. "
      "Опыт работы и знание английского.";
  const auto result = BundledLexicon().Extract(text);
  for (const auto& m : result.matches) {
    INFO(m.skill->id);
    CHECK(m.skill->id != "strong");
    CHECK(m.form != "experience");
  }
  for (const auto& c : result.candidates) {
    for (const char* generic : {"strong", "experience", "team", "collaborate", "опыт", "знание"}) {
      CHECK(c.normalized != generic);
    }
  }
}

TEST_CASE("unknown technology-shaped terms are reported as candidates", "[matcher]") {
  const auto result = BundledLexicon().Extract(
      "Experience with Python, Kestra, dbt and FooBarDB. Compliance: FISMA and HIPAA.\n"
      "CONTACT US AT THE OFFICE");
  Strings candidates;
  for (const auto& c : result.candidates) candidates.push_back(c.text);
  CHECK(Has(candidates, "Kestra"));
  CHECK(Has(candidates, "FooBarDB"));
  CHECK(Has(candidates, "FISMA"));
  CHECK_FALSE(Has(candidates, "HIPAA"));  // known: a match, not a candidate
  CHECK_FALSE(Has(candidates, "Experience"));
  CHECK_FALSE(Has(candidates, "CONTACT"));  // an all-capitals line is a heading
}

TEST_CASE("matching an empty or letterless text finds nothing", "[matcher]") {
  CHECK(Bundled("").empty());
  CHECK(Bundled("--- *** 123 456").empty());
}

TEST_CASE("a generated Cyrillic spelling inflects only when Snowball leaves five letters",
          "[matcher]") {
  const auto lexicon = CustomLexicon(
      "category\tlanguages\tLanguages\nskill\tstata\tStata\tlanguages\t\n"
      "skill\tredis\tRedis\tlanguages\t\n");
  // "стата" → "стат" would find the everyday word "статья" in every inflection.
  CHECK(SkillIds(lexicon, "публикуем статьи, автор 20 статей, в статье").empty());
  CHECK(SkillIds(lexicon, "расчёты в Стата") == Strings{"stata"});
  CHECK(SkillIds(lexicon, "кеширование в Редисе") == Strings{"redis"});
}

TEST_CASE("ordinary words are no skill forms: algorithms, analytics, working alone", "[matcher]") {
  for (const char* text :
       {"Understanding of classic ML algorithms",
        "глубокое понимание алгоритмов машинного обучения", "Разрабатывать алгоритмы трекинга",
        "growth path to Head of Analytics", "Умеете вести проект самостоятельно"}) {
    INFO(text);
    const Strings ids = Bundled(text);
    CHECK_FALSE(Has(ids, "algorithms"));
    CHECK_FALSE(Has(ids, "google-analytics"));
    CHECK_FALSE(Has(ids, "self-organization"));
  }
  CHECK(Has(Bundled("Strong algorithms and data structures"), "algorithms"));
  CHECK(Has(Bundled("знание алгоритмов и структур данных"), "algorithms"));
  CHECK(Has(Bundled("опыт с распределенными системами"), "distributed-systems"));
  CHECK_FALSE(Has(Bundled("опыт с распределенными системами"), "system-design"));
  CHECK(Has(Bundled("Experience with distributed systems at scale"), "distributed-systems"));
  CHECK(Has(Bundled("Google Analytics and GA4 events"), "google-analytics"));
}

TEST_CASE("an ambiguous name in a list written in lower case counts", "[matcher]") {
  struct Case {
    const char* text;
    const char* id;
    bool found;
  };
  const Case cases[] = {
      {"Skills: python, sql, excel, tableau", "excel", true},
      {"Стек: python, go, postgresql", "go", true},
      {"инструменты (jira, confluence, agile)", "agile", true},
      {"Requirements: sql, oracle, pl/sql", "oracle-db", true},
      {"библиотеки: numpy, prophet, sklearn", "prophet", true},
      {"api (flask, fastapi)", "flask", true},
      // A lower-case word that is no list item, or a list with no technology in it.
      {"We go, python folks", "go", false},
      {"let's go, then docker", "go", false},
      {"I excel, python and sql", "excel", false},
      {"python and go developer", "go", false},
      {"options: a, b, c", "c", false},
      {"мы идём вперёд: go, go, go", "go", false},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(Has(Bundled(c.text), c.id) == c.found);
  }
}

TEST_CASE("an ambiguous name among the items of a skills line counts", "[matcher]") {
  struct Case {
    const char* text;
    const char* id;
    bool found;
  };
  const Case cases[] = {
      {"Full-cycle recruiting, sourcing, Workday, Excel, Outlook, phone screening", "workday",
       true},
      {"Full-cycle recruiting, sourcing, Workday, Excel, Outlook, phone screening", "excel", true},
      {"Skills: Salesforce, Excel, Word, Outlook", "microsoft-outlook", true},
      {"Bookkeeping, payroll, Access, Word", "access", true},
      {"Навыки: Деловая переписка, Excel, Word, работа с кассой", "word", true},
      {"Tools: SAP; Excel; Workday", "workday", true},
      // No skill found without doubt on the line, a spoken language only, or prose.
      {"Our values: Trust, Drive, Excel", "excel", false},
      {"Our values: Integrity, Unity, Teamwork, Excellence", "unity", false},
      {"Teamwork, communication, Access, Word", "access", false},
      {"Languages: English, Spanish, Go", "go", false},
      {"We partner with Microsoft, Workday and Oracle across regions.", "workday", false},
      {"Teamwork matters to us, and we excel at hiring, planning and budgeting.", "excel", false},
      {"Teamwork, sourcing skills that go beyond the usual, Access", "access", false},
  };
  for (const Case& c : cases) {
    INFO(c.text << " / " << c.id);
    CHECK(Has(Bundled(c.text), c.id) == c.found);
  }
}

TEST_CASE("a technology with its version glued on is that technology", "[matcher]") {
  for (const auto& [text, id] : std::vector<std::pair<std::string, std::string>>{
           {"Trained detectors with YOLOv8", "yolo"},
           {"Frontend in Vue3 and Angular2", "vue"},
           {"Services on Java8", "java"},
           {"Bundled with Webpack5", "webpack"},
           {"Clusters of Hadoop3", "hadoop"},
           {"Served by Kafka3 brokers", "kafka"},
       }) {
    INFO(text);
    CHECK(Has(Bundled(text), id));
  }
  // Too short a name, or a word that is no skill by itself: nothing made up.
  CHECK_FALSE(Has(Bundled("Stored files in S3"), "s"));
  CHECK_FALSE(Has(Bundled("Web3 development for wallets"), "web-development"));
  const auto result =
      BundledLexicon().Extract("We are a 6-person team on 24-hour call, 3-day week");
  for (const auto& c : result.candidates) CHECK(c.normalized.find('-') == std::string::npos);
}

TEST_CASE("a language's name before a hyphen and a word that proves it counts", "[matcher]") {
  CHECK(Has(Bundled("Ищем Go-разработчика в команду платформы"), "go"));
  CHECK(Has(Bundled("Senior Go-developer"), "go"));
  CHECK(Has(Bundled("Rust-engineer for the storage team"), "rust"));
  CHECK_FALSE(Has(Bundled("Apply a rust-proof coating"), "rust"));
  CHECK_FALSE(Has(Bundled("Be the Go-to person for releases"), "go"));
  CHECK_FALSE(Has(Bundled("Go-based tooling"), "go"));  // "based" proves nothing
}

TEST_CASE("a soft skill's name before a word for a group of people names the group", "[matcher]") {
  CHECK_FALSE(Has(Bundled("Build dashboards that the leadership team reads"), "leadership"));
  CHECK_FALSE(
      Has(Bundled("Work closely with the Business Development team"), "business-development"));
  CHECK(Has(Bundled("Proven leadership of a platform team"), "leadership"));
  CHECK(Has(Bundled("Coach and mentor team members"), "mentoring"));
  CHECK(Has(Bundled("Опыт менторства команды аналитиков"), "mentoring"));
}

TEST_CASE("the one-pass extraction finds what analysis then matching finds", "[matcher]") {
  // Extract() takes each token's vocabulary ids from the analyzer's word memo; matching the
  // public analysis looks every token up itself. Words, stems, compounds, versions, tech tokens,
  // both scripts, each text twice (the second time from the memo).
  const auto& lexicon = BundledLexicon();
  const Strings texts = {
      "Senior Python3 developer: Django/FastAPI, PostgreSQL or MySQL, CI/CD, C++ and C#.",
      "Python-разработчик, опыт с Кафкой и Постгресом, back-end на Go; знание Kubernetes (k8s).",
      "Web3, ES2022, Node.js 20, .NET 8, Vue3 and React-Native; GitHub Actions, Spring Boot 3.",
      "Разработка микросервисов, анализ данных в Экселе, работа с 1С:Бухгалтерия и SAP FI.",
      "machine-learning pipelines; data-driven back-ends, Kotlin/Java, iOS (Swift), R and Go.",
  };
  for (int round = 0; round < 2; ++round) {
    for (const std::string& text : texts) {
      // The public analysis first: its words enter the memo without ids, which the fused pass
      // must then look up.
      const tailorcore::MatchResult apart =
          lexicon.MatchWithCandidates(lexicon.analyzer().Analyze(text), text);
      const tailorcore::MatchResult fused = lexicon.Extract(text);
      REQUIRE(fused.matches.size() == apart.matches.size());
      CHECK_FALSE(fused.matches.empty());
      for (std::size_t i = 0; i < fused.matches.size(); ++i) {
        CHECK(fused.matches[i].skill == apart.matches[i].skill);
        CHECK(fused.matches[i].begin == apart.matches[i].begin);
        CHECK(fused.matches[i].end == apart.matches[i].end);
        CHECK(fused.matches[i].kind == apart.matches[i].kind);
        CHECK(fused.matches[i].nested == apart.matches[i].nested);
      }
      REQUIRE(fused.candidates.size() == apart.candidates.size());
      for (std::size_t i = 0; i < fused.candidates.size(); ++i) {
        CHECK(fused.candidates[i].text == apart.candidates[i].text);
      }
    }
  }
}

TEST_CASE("products and practices named like other skills", "[matcher]") {
  // A red team is no Red program; async/await is no Python library; a service mesh is no Istio.
  CHECK(Bundled("Lead Red Team exercises and red teaming of ML models") ==
        Strings{"red-teaming", "red-teaming", "machine-learning"});
  CHECK(Bundled("async/await in C# and JavaScript") ==
        Strings{"async-programming", "csharp", "javascript"});
  CHECK(Bundled("Service mesh experience") == Strings{"service-mesh"});
  CHECK(Bundled("Reverse engineering in IDA Pro") == Strings{"reverse-engineering", "ida-pro"});
  CHECK(Has(Bundled("ES2022 features, ES2020+"), "javascript"));
  // A version control product named with an acronym of another field, and STP of two trades.
  CHECK(Bundled("Plastic SCM and Git").front() == "plastic-scm");
  CHECK(Has(Bundled("Cisco switching: VLANs, STP, LACP"), "stp"));
  CHECK_FALSE(Has(Bundled("автоматизация процессов (STP %), снижение ручных проверок"), "stp"));
}

TEST_CASE("a Cyrillic spelling that is no Russian word meets its inflections", "[matcher]") {
  // "Эксель" is no Russian word: "в Экселе", "знание Экселя" are Excel as surely as "Excel".
  CHECK(Bundled("Готовила отчёты в Экселе") == Strings{"excel"});
  CHECK(Bundled("Уверенное знание Экселя и Ворда") == Strings{"excel"});
  // "Скала" is one (a rock): still only with evidence.
  CHECK(Bundled("Дом у скалы").empty());
}
