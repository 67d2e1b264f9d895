// Engine::Tailor: each edit kind, in several wordings and both languages, and what it never does.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "support/engine_fixture.h"
#include "tailorcore/engine.h"

namespace tailorcore {
namespace {

using testing::BundledEngine;

std::size_t Count(const Tailored& t, EditKind kind) {
  return static_cast<std::size_t>(
      std::count_if(t.edits.begin(), t.edits.end(), [&](const Edit& e) { return e.kind == kind; }));
}

bool Has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

const char* const kPostingEn =
    "Backend Engineer\n\nRequirements:\n- PostgreSQL and Kubernetes in production\n"
    "- Python\n- Terraform\n\nNice to have:\n- Redis\n";

TEST_CASE("exact forms: the posting's name, the resume's kept once in parentheses") {
  const char* resumes[] = {
      "Ann Lee\n\nSkills\nPython, Postgres, k8s\n\nExperience\nEngineer, Acme, 2019 - 2023\n"
      "• Tuned Postgres queries for the billing service\n",
      "Ann Lee\n\nSkills\n- Python\n- Postgres\n- k8s\n\nExperience\nEngineer, Acme, 2019 - 2023\n"
      "- Ran Postgres replicas on k8s for 40 teams\n",
      "Ann Lee\n\nTechnical skills\nLanguages: Python\nData: Postgres\nOps: k8s\n\nWork history\n"
      "Engineer, Acme, 2019 - 2023\n* Moved Postgres to k8s\n"};
  for (const char* resume : resumes) {
    const Tailored t = BundledEngine().Tailor(resume, kPostingEn);
    INFO(t.text);
    CHECK(Has(t.text, "PostgreSQL (Postgres)"));
    CHECK(Has(t.text, "Kubernetes (k8s)"));
    // Only the first occurrence keeps the resume's form beside the posting's.
    CHECK(t.text.find("(Postgres)") == t.text.rfind("(Postgres)"));
    CHECK(Count(t, EditKind::kExactForm) >= 2);
    CHECK(t.literal_after > t.literal_before);
    CHECK(t.withheld.empty());
  }
}

TEST_CASE("exact forms: a transliteration becomes the posting's Latin name") {
  const Tailored t = BundledEngine().Tailor(
      "Олег Ким\n\nНавыки\nПитон, Постгрес, Докер\n\nОпыт работы\nООО «Ромашка», разработчик, 2020 "
      "— "
      "2024\n— Пишу сервисы на Питоне и Постгресе\n",
      "Python-разработчик\n\nТребования\n• Python, PostgreSQL\n• Docker\n");
  INFO(t.text);
  CHECK(Has(t.text, "PostgreSQL (Постгрес)"));
  CHECK(Has(t.text, "Docker (Докер)"));
  CHECK(t.withheld.empty());
}

TEST_CASE("exact forms: no rename of a plural, a Russian word in a sentence, or a role header") {
  const Tailored t = BundledEngine().Tailor(
      "Ann Lee\n\nExperience\nPostgres DBA, Acme, 2019 - 2023\n• Built REST APIs for 30 teams\n",
      "Engineer\n\nRequirements:\n- REST API design\n- PostgreSQL\n");
  INFO(t.text);
  CHECK(Has(t.text, "Postgres DBA, Acme, 2019 - 2023"));  // a title stays as written
  CHECK(Has(t.text, "Built REST APIs for 30 teams"));
  // Inline bullets split a title line into items; it stays a title, and so does one above
  // its dates.
  for (const char* title : {"Postgres DBA \u2022 Acme \u2022 2019 - 2023\n",
                            "Postgres DBA, Acme\nJan 2019 - Mar 2023\n"}) {
    const Tailored inline_bullets = BundledEngine().Tailor(
        std::string("Ann Lee\n\nExperience\n") + title + "\u2022 Built REST APIs for 30 teams\n",
        "Engineer\n\nRequirements:\n- REST API design\n- PostgreSQL\n");
    INFO(inline_bullets.text);
    CHECK(Has(inline_bullets.text, "Postgres DBA"));
  }
  const Tailored ru = BundledEngine().Tailor(
      "Олег Ким\n\nОпыт работы\nООО «Ромашка», разработчик, 2020 — 2024\n— Разработал микросервисы "
      "для 3 клиник\n",
      "Разработчик\n\nТребования\n• опыт разработки микросервисов\n");
  CHECK(Has(ru.text, "Разработал микросервисы для 3 клиник"));
  CHECK(Count(ru, EditKind::kExactForm) == 0);
  // A posting that names a skill only in an inflected Russian phrase has no name to put first:
  // the resume's own list entry stays as it is (it once became " (статистика)").
  for (const char* skills : {"Навыки\nстатистика, SQL\n", "Навыки\nмаршрутизация, VLAN\n"}) {
    const Tailored inflected = BundledEngine().Tailor(
        std::string("Олег Ким\n\n") + skills,
        "Аналитик\n\nТребования\n• знание математической статистики\n• динамической "
        "маршрутизации\n");
    INFO(inflected.text);
    CHECK_FALSE(Has(inflected.text, " ("));
    for (const auto& edit : inflected.edits) CHECK_FALSE(edit.after.starts_with(" "));
  }
}

TEST_CASE("skills list: required first, then preferred, the rest in their own order") {
  const Tailored comma = BundledEngine().Tailor(
      "Ann Lee\n\nSkills\nGit, Redis, Linux, Terraform, Python\n", kPostingEn);
  INFO(comma.text);
  CHECK(Has(comma.text, "Skills\nTerraform, Python, Redis, Git, Linux\n"));
  CHECK(Count(comma, EditKind::kSkillsOrder) == 1);

  const Tailored lines =
      BundledEngine().Tailor("Ann Lee\n\nSkills\n• Git\n• Redis\n• Python\n", kPostingEn);
  INFO(lines.text);
  CHECK(Has(lines.text, "Skills\n• Python\n• Redis\n• Git\n"));

  // Labelled lines keep their labels; the line with a required skill comes first.
  const Tailored labels = BundledEngine().Tailor(
      "Ann Lee\n\nSkills\nTools: Git, Jira\nLanguages: Java, Python\n", kPostingEn);
  INFO(labels.text);
  CHECK(Has(labels.text, "Skills\nLanguages: Python, Java\nTools: Git, Jira\n"));
}

TEST_CASE("skills list: groups apart by blank lines and sentences keep their place") {
  const Tailored t = BundledEngine().Tailor(
      "Ann Lee\n\nSkills\nGit, Python\n\nI enjoy mentoring and writing clear design docs, Redis\n",
      kPostingEn);
  INFO(t.text);
  CHECK(
      Has(t.text, "Skills\nPython, Git\n\nI enjoy mentoring and writing clear design docs, Redis"));
}

TEST_CASE("skills list: a list on the heading's line, or sentences among lines, stay in place") {
  const Tailored same_line =
      BundledEngine().Tailor("Ann Lee\n\nKey Skills: Git, Jira\nRedis, Python\n", kPostingEn);
  INFO(same_line.text);
  CHECK(Has(same_line.text, "Key Skills: Git, Jira\nPython, Redis\n"));
  const Tailored prose = BundledEngine().Tailor(
      "Ann Lee\n\nSkills\nGit, Jira\nI have built many things with Python over the years\n"
      "Python, Redis\n",
      kPostingEn);
  INFO(prose.text);
  CHECK(Has(prose.text,
            "Skills\nGit, Jira\nI have built many things with Python over the years\n"
            "Python, Redis\n"));
}

TEST_CASE("skills list: a heading ending in a colon, and a list of sentences") {
  const char* colons[] = {"Ann Lee\n\nSkills:\n- Git, Jira\n- Redis, Python\n",
                          "Ann Lee\n\nSkills: \n\n- Git, Jira\n- Redis, Python\n",
                          "Ann Lee\n\nSKILLS:\n* Git, Jira\n* Redis, Python\n"};
  for (const char* resume : colons) {
    const Tailored t = BundledEngine().Tailor(resume, kPostingEn);
    INFO(t.text);
    CHECK(Has(t.text, " Python, Redis\n"));
    CHECK(t.text.find("Python, Redis") < t.text.find("Git, Jira"));
  }
  // No line takes an added skill: no edit says one was added.
  const Tailored prose = BundledEngine().Tailor(
      "Ann Lee\n\nSkills\nI build reliable systems with care and a lot of patience\n\n"
      "Experience\nEngineer, Acme, 2019 - 2023\n• Wrote Terraform modules for 12 accounts\n",
      kPostingEn);
  INFO(prose.text);
  CHECK(Count(prose, EditKind::kAddSkill) == 0);
  CHECK(Has(prose.text, "Skills\nI build reliable systems with care and a lot of patience\n"));
}

TEST_CASE("exact forms: a name joined to another word is left whole") {
  const Tailored t = BundledEngine().Tailor(
      "Ann Lee\n\nExperience\nEngineer, Acme, 2019 - 2023\n- Courses: Java-Core Java, "
      "Postgres/k8s labs\n",
      "Engineer\n\nRequirements:\n- Java\n- PostgreSQL\n- Kubernetes\n");
  INFO(t.text);
  CHECK(Has(t.text, "Java-Core Java, Postgres/k8s labs"));
  CHECK(t.withheld.empty());
}

TEST_CASE("skills list: a skill the work shows joins it; a missing one never does") {
  const char* resumes[] = {
      "Ann Lee\n\nSkills\nPython, Git\n\nExperience\nEngineer, Acme, 2019 - 2023\n"
      "• Wrote Terraform modules for 12 AWS accounts\n",
      "Ann Lee\n\nSkills\n- Python\n- Git\n\nExperience\nEngineer, Acme, 2019 - 2023\n"
      "- Provisioned infrastructure with Terraform\n"};
  for (const char* resume : resumes) {
    const Tailored t = BundledEngine().Tailor(resume, kPostingEn);
    INFO(t.text);
    REQUIRE(Count(t, EditKind::kAddSkill) == 1);
    const std::string skills = t.text.substr(0, t.text.find("Experience"));
    CHECK(Has(skills, "Terraform"));
    CHECK_FALSE(Has(t.text, "Kubernetes"));  // asked, never shown: a gap, not an edit
    CHECK(std::find(t.gaps.begin(), t.gaps.end(), "kubernetes") != t.gaps.end());
  }
}

TEST_CASE("bullets: the posting's skills lead each role; nothing dropped unless asked") {
  const std::string resume =
      "Ann Lee\n\nExperience\nEngineer, Acme, 2019 - 2023\n"
      "• Organized the team's offsite\n"
      "• Ran weekly demos for 40 people\n"
      "• Built Python services on PostgreSQL\n\n"
      "Engineer, Initech, 2015 - 2019\n"
      "• Answered support tickets\n"
      "• Wrote Terraform for 12 accounts\n";
  const Tailored t = BundledEngine().Tailor(resume, kPostingEn);
  INFO(t.text);
  CHECK(Has(t.text,
            "2023\n• Built Python services on PostgreSQL\n• Ran weekly demos for 40 people\n"
            "• Organized the team's offsite\n"));
  CHECK(Has(t.text, "2019\n• Wrote Terraform for 12 accounts\n• Answered support tickets\n"));
  CHECK(Count(t, EditKind::kBulletOrder) == 2);
  CHECK(Count(t, EditKind::kDropBullet) == 0);

  TailorOptions one;
  one.max_bullets = 1;
  const Tailored cut = BundledEngine().Tailor(resume, kPostingEn, one);
  INFO(cut.text);
  CHECK(Count(cut, EditKind::kDropBullet) == 3);
  CHECK_FALSE(Has(cut.text, "offsite"));
  CHECK(Has(cut.text, "Wrote Terraform"));
  CHECK(cut.score_after >= cut.score_before);
}

TEST_CASE("bullets: a bullet that alone shows a posting skill is kept past --max-bullets") {
  TailorOptions one;
  one.max_bullets = 1;
  const Tailored t = BundledEngine().Tailor(
      "Ann Lee\n\nExperience\nEngineer, Acme, 2019 - 2023\n• Built Python services\n"
      "• Automated deploys with Terraform\n• Hosted the book club\n",
      kPostingEn, one);
  INFO(t.text);
  CHECK(Has(t.text, "Terraform"));
  CHECK(Has(t.text, "Python"));
  CHECK_FALSE(Has(t.text, "book club"));
}

TEST_CASE("summary: names the required skills the work shows, in the resume's language") {
  const Tailored en = BundledEngine().Tailor(
      "Ann Lee\n\nSummary\nBackend engineer who likes clean code\n\nExperience\n"
      "Engineer, Acme, 2019 - 2023\n• Built Python services on PostgreSQL\n",
      kPostingEn);
  INFO(en.text);
  CHECK(Has(en.text, "likes clean code. Hands-on experience with PostgreSQL and Python.\n"));
  const Tailored ru = BundledEngine().Tailor(
      "Олег Ким\n\nО себе\nБэкенд-разработчик.\n\nОпыт работы\nООО «Ромашка», разработчик, 2020 — "
      "2024\n— Писал сервисы на Python и PostgreSQL\n",
      "Разработчик\n\nТребования\n• Python, PostgreSQL\n• Kafka\n");
  INFO(ru.text);
  CHECK(Has(ru.text, "Бэкенд-разработчик. Практический опыт: PostgreSQL и Python.\n"));
  CHECK_FALSE(Has(ru.text, "Kafka"));
}

TEST_CASE("summary: nothing without a summary, nor for a skill it names or only lists") {
  const Tailored none = BundledEngine().Tailor(
      "Ann Lee\n\nExperience\nEngineer, Acme, 2019 - 2023\n• Built Python services\n", kPostingEn);
  CHECK(Count(none, EditKind::kSummary) == 0);
  const Tailored named = BundledEngine().Tailor(
      "Ann Lee\n\nSummary\nPython engineer.\n\nSkills\nTerraform\n\nExperience\nEngineer, Acme, "
      "2019 - 2023\n• Built Python services\n",
      kPostingEn);
  INFO(named.text);
  CHECK(Count(named, EditKind::kSummary) == 0);  // Python named; Terraform only listed
}

TEST_CASE("a resume with nothing to tailor comes back as it was") {
  const std::string resume = "Ann Lee\n\nSkills\nPython\n";
  const Tailored t = BundledEngine().Tailor(resume, "Gardener wanted. Must love roses.\n");
  CHECK(t.text == resume);
  CHECK(t.edits.empty());
  CHECK(t.diff.empty());
  CHECK(t.score_after == t.score_before);
  const Tailored empty = BundledEngine().Tailor("", kPostingEn);
  CHECK(empty.text.empty());
  CHECK(empty.edits.empty());
}

TEST_CASE("the JSON form carries every edit and the diff") {
  const Tailored t = BundledEngine().Tailor("Ann Lee\n\nSkills\nGit, Postgres\n", kPostingEn);
  const std::string json = TailoredToJson(t);
  CHECK(Has(json, "\"schema\": \"tailorcore.tailor/1\""));
  CHECK(Has(json, "\"kind\": \"exact_form\""));
  CHECK(Has(json, "\"skill\": \"postgresql\""));
  CHECK(Has(json, "\"diff\": \"--- original\\n+++ tailored\\n"));
  CHECK(TailoredToJson(t, -1).find('\n') == std::string::npos);
}

}  // namespace
}  // namespace tailorcore
