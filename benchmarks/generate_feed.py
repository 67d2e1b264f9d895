#!/usr/bin/python3
"""Writes a synthetic feed of job postings as JSON Lines: realistic postings of 3-4 KB with a
title, section headings and bullets, 20% of them in Russian, naming skills of the bundled
lexicon. Deterministic for a seed.

  benchmarks/generate_feed.py --count 5000 --seed 1 > feed.jsonl
"""
import argparse
import json
import os
import random

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

EN_FILLER = [
    "You will work closely with product managers and designers to ship features every week.",
    "Our platform processes millions of events per day for customers across Europe and the US.",
    "We value clear communication, ownership and a pragmatic approach to engineering problems.",
    "The team follows trunk-based development with code review on every change.",
    "You will own services end to end, from design documents to on-call in production.",
    "We care about reliability, observability and a fast feedback loop for developers.",
    "This is a hybrid role with two days a week in our Berlin office.",
    "You will mentor junior engineers and take part in hiring.",
]
RU_FILLER = [
    "Мы развиваем сервис, которым пользуются миллионы клиентов по всей стране.",
    "Команда работает по Scrum, спринты по две недели, ревью кода обязательно.",
    "Вы будете проектировать и развивать микросервисы, участвовать в архитектурных решениях.",
    "Мы ценим ответственность, инициативность и умение доводить задачи до конца.",
    "Гибкий график, возможность работать удаленно, современное оборудование.",
    "Предстоит работа с высоконагруженными системами и большими объемами данных.",
]


def load_skills():
    skills = []
    path = os.path.join(ROOT, "data", "lexicon", "sources", "curated.tsv")
    for line in open(path, encoding="utf-8"):
        fields = line.rstrip("\n").split("\t")
        if len(fields) == 4:
            fields.append("")  # a skill without forms (docs/lexicon-format.md)
        if len(fields) == 5 and fields[0] == "skill" and fields[3] not in ("soft-skills", "spoken-languages"):
            skills.append(fields[2])
    return skills


def posting(rng, skills, russian, index):
    pick = lambda n: rng.sample(skills, n)
    if russian:
        title = f"{rng.choice(['Python', 'Java', 'Go', 'Backend', 'Data'])}-разработчик"
        parts = ["О компании", " ".join(rng.sample(RU_FILLER, 3)), "", "Обязанности:"]
        parts += [f"• разработка сервисов на {s}; {rng.choice(RU_FILLER)}" for s in pick(5)]
        parts += ["", "Требования:"]
        parts += [f"• опыт работы с {s} от {rng.randint(1, 5)} лет;" for s in pick(6)]
        parts += ["", "Будет плюсом:"]
        parts += [f"• знание {s};" for s in pick(4)]
        parts += ["", "Мы предлагаем:", " ".join(rng.sample(RU_FILLER, 3))]
    else:
        title = f"Senior {rng.choice(['Backend', 'Platform', 'Data', 'Full Stack'])} Engineer ({rng.choice(skills)})"
        parts = ["About us", " ".join(rng.sample(EN_FILLER, 3)), "", "Responsibilities"]
        parts += [f"- Build and operate services with {s}. {rng.choice(EN_FILLER)}" for s in pick(5)]
        parts += ["", "Requirements"]
        parts += [f"- {rng.randint(2, 8)}+ years of experience with {s}" for s in pick(6)]
        parts += ["", "Nice to have"]
        parts += [f"- Experience with {s} is a plus" for s in pick(4)]
        parts += ["", "Benefits", " ".join(rng.sample(EN_FILLER, 3))]
    text = "\n".join(parts)
    while len(text.encode("utf-8")) < 3200:  # 3-4 KB, like the reference feed
        text += "\n" + rng.choice(RU_FILLER if russian else EN_FILLER)
    return {"id": f"job-{index}", "title": title, "text": text}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--russian", type=float, default=0.2)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    skills = load_skills()
    out = open(1, "w", encoding="utf-8", closefd=False)
    for i in range(args.count):
        out.write(json.dumps(posting(rng, skills, rng.random() < args.russian, i), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
