#!/usr/bin/env python3
"""The posting index (`tailorcore index build`, `rank --index`) as a user meets it.

Usage: check_index.py [--once] CLI EXAMPLES_DIR GENERATE_FEED_PY [SHARED_DATA_DIR]

--once (the sanitizer builds, where each run of the CLI costs seconds): every code path once,
not every combination: one resume and two sets of options per equality check, one real feed,
a generated feed of 500 postings instead of 1,500, and no crash-safety kills (a kill at a random point finds no memory error a sanitizer could
report; the plain build runs them).

Checks:
  - `rank RESUME --index INDEX` prints byte for byte what `rank RESUME FEED` prints, for the
    English and Russian example resumes, with --top 20, --top 0, --input-order, --json and one
    or two threads; an index built from two feed files equals one built from their concatenation;
  - `index info` (text and JSON) gives the counts;
  - rebuilding replaces the index in one step: a new segment name, the old segment removed, no
    temporary file left;
  - refusals, each exit 1 with a message that says what to do: an index built with other scoring
    weights or another lexicon (fingerprint), a record with a flipped byte (checksum), a
    truncated segment, another format version, a directory that is no index, a feed with no
    posting; a flipped byte in each part of a segment (header, offset table, term keys, a record,
    a term list) refused by the ranking that reads it and by `index info --verify`;
  - `index build --resumes` and `rank-resumes POSTING --index`: the same ids, scores and order
    as comparing the posting with each resume (--top 0, --top 5, --input-order; after add,
    remove and compact); each kind of index refused by the other command;
  - with SHARED_DATA_DIR (../shared/data), its real postings: ranking their index prints what
    ranking the feed prints (--top 20, --top 0, --top 3), after remove and compact too;
  - crash safety: `index build` and `index add` killed (SIGKILL) at points spread over their run
    leave an index that opens in its old or its new state;
  - the sparse pass (`--top K`) equals ranking the feed for resumes that reach many postings,
    one keyword or none, K from 1 to past the number of postings, after add, remove, compact.
Exits 1 naming each failure.
"""
import glob
import json
import os
import random
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import time

failures = []
ONCE = False  # --once: each code path once (see the docstring)


def variants(items, keep=2):
    """`items`, or only its first `keep` with --once."""
    return list(items)[:keep] if ONCE else list(items)


def check(what, ok):
    if not ok:
        failures.append(what)
        print(f"FAIL: {what}")


def run(cli, *args, stdin=None):
    return subprocess.run([cli, *args], capture_output=True, text=True, input=stdin)


def segment(index):
    names = json.load(open(os.path.join(index, "manifest.json")))["segments"]
    return os.path.join(index, names[0])


def terms(path):
    """A segment's term lists by key (docs/index.md): key -> (offset of the list, its size)."""
    data = open(path, "rb").read()
    at, _size = struct.unpack_from("<QQ", data, 64)
    count, _lists = struct.unpack_from("<QQ", data, at)
    out = {}
    for i in range(count):
        key_at, key_size, entries, list_at, _crc, _ = struct.unpack_from("<QIIQII", data, at + 16 + 32 * i)
        out[data[at + key_at:at + key_at + key_size].decode()] = (at + list_at, entries * 8)
    return out


def crash_safety(cli, resume, tmp, halves):
    """Kills `index build` (replacing an index) and `index add` at points spread over their run
    (SIGKILL, a fixed pseudo-random sequence): the index must then open in its old state or its
    new one, ranking exactly as that state's feed does."""
    rng = random.Random(5)
    first, second = halves
    both = os.path.join(tmp, "both.jsonl")
    with open(both, "w", encoding="utf-8") as out:
        out.write(open(first, encoding="utf-8").read() + open(second, encoding="utf-8").read())
    want = {name: run(cli, "rank", resume, feed, "--top", "5", "--json").stdout
            for name, feed in (("first", first), ("second", second), ("both", both))}
    for command in ("build", "add"):
        # What each finished command leaves, and how long it takes.
        target = os.path.join(tmp, f"crash-{command}.idx")
        args = (["index", "build", "-o", target, second] if command == "build"
                else ["index", "add", target, second])
        new = "second" if command == "build" else "both"
        seen = {"first": 0, new: 0}
        for attempt in range(12):
            shutil.rmtree(target, ignore_errors=True)
            run(cli, "index", "build", "-o", target, first)
            started = time.monotonic()
            process = subprocess.Popen([cli, *args, "--quiet"], stdout=subprocess.DEVNULL,
                                       stderr=subprocess.DEVNULL)
            if attempt == 0:
                process.wait()  # the whole run, to spread the kills over
                duration = time.monotonic() - started
            else:
                time.sleep(rng.uniform(0, duration * 1.1))
                process.send_signal(signal.SIGKILL)
                process.wait()
            got = run(cli, "rank", resume, "--index", target, "--top", "5", "--json")
            state = next((name for name in seen if got.returncode == 0 and got.stdout == want[name]), None)
            check(f"index {command} killed at attempt {attempt}: the index opens in its old or new "
                  f"state (exit {got.returncode}, {got.stderr.strip()!r})", state is not None)
            if state:
                seen[state] += 1
        check(f"index {command}: kills landed before and after the change ({seen})",
              seen["first"] > 0 and seen[new] > 0)


def resume_feed(examples, count):
    """The example resumes and `count` made-up ones: skills in experience bullets, in a skills
    list, in Russian; some with nothing the postings ask for."""
    skills = ["Python", "Go", "Kafka", "PostgreSQL", "Docker", "Kubernetes", "Java", "Spring Boot",
              "React", "TypeScript", "AWS", "Terraform", "Redis", "Airflow", "Linux", "SQL"]
    rows = [{"id": f"example-{lang}", "title": f"Example ({lang})",
             "text": open(os.path.join(examples, f"resume-{lang}.txt"), encoding="utf-8").read()}
            for lang in ("en", "ru")]
    for i in range(count):
        mine = [skills[(i * 5 + j * 7) % len(skills)] for j in range(i % 6)]
        if i % 3 == 0:
            text = "Опыт работы\n" + "".join(f"- Разрабатывал сервисы на {s}\n" for s in mine)
        elif i % 3 == 1:
            text = "Experience\n" + "".join(f"- Built services with {s} in production\n" for s in mine)
        else:
            text = "Skills\n" + ", ".join(mine) + "\n"
        rows.append({"id": f"cv-{i}", "title": f"Candidate {i}", "text": text})
    return rows


def check_resume_index(cli, examples, tmp):
    """index build --resumes and rank-resumes: the same ids, scores and order as comparing the
    posting with each resume; refusals across kinds."""
    made = 6 if ONCE else 24
    rows = resume_feed(examples, made)
    feed = os.path.join(tmp, "resumes.jsonl")
    with open(feed, "w", encoding="utf-8") as out:
        out.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    index = os.path.join(tmp, "resumes.idx")
    built = run(cli, "index", "build", "--resumes", "-o", index, feed)
    check(f"index build --resumes: {built.stderr}", built.returncode == 0 and f"{len(rows)} resume(s)" in built.stderr)
    files = []
    for r in rows:
        path = os.path.join(tmp, f"{r['id']}.txt")
        open(path, "w", encoding="utf-8").write(r["text"])
        files.append(path)
    for lang in variants(("en", "ru"), 1):
        posting = os.path.join(examples, f"posting-{lang}.txt")
        scores = [json.loads(run(cli, "compare", f, posting, "--json").stdout)["score"] for f in files]
        order = sorted(range(len(rows)), key=lambda i: (-scores[i], i))
        for args, count in ((["--top", "0"], len(rows)), (["--top", "5"], 5), (["--input-order"], len(rows))):
            got = run(cli, "rank-resumes", posting, "--index", index, "--json", *args)
            lines = [json.loads(l) for l in got.stdout.splitlines()]
            expected = list(range(len(rows))) if args == ["--input-order"] else order[:count]
            check(f"rank-resumes {lang} {args} equals comparing the posting with each resume "
                  f"(exit {got.returncode} {got.stderr.strip()!r})",
                  got.returncode == 0 and [(l["id"], l["score"]) for l in lines] ==
                  [(rows[i]["id"], scores[i]) for i in expected])
    wrong = run(cli, "rank", os.path.join(examples, "resume-en.txt"), "--index", index)
    refused("rank --index on an index of resumes", wrong, ["rank-resumes"])
    check("a refused ranking prints nothing on stdout", wrong.stdout == "")
    check("index info names resumes", f"{len(rows)} resume(s)" in run(cli, "index", "info", index).stdout)
    # add, remove, compact keep it equal to comparing.
    more = resume_feed(examples, made + 4)[len(rows):]
    extra = os.path.join(tmp, "more-resumes.jsonl")
    with open(extra, "w", encoding="utf-8") as out:
        out.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in more)
    check("index add to an index of resumes", run(cli, "index", "add", index, extra).returncode == 0)
    check("index remove from an index of resumes",
          run(cli, "index", "remove", index, "--id", "example-en").returncode == 0)
    check("index compact an index of resumes", run(cli, "index", "compact", index).returncode == 0)
    posting = os.path.join(examples, "posting-en.txt")
    everyone = [r for r in rows if r["id"] != "example-en"] + more
    paths = []
    for r in everyone:
        path = os.path.join(tmp, f"{r['id']}.txt")
        open(path, "w", encoding="utf-8").write(r["text"])
        paths.append(path)
    scores = [json.loads(run(cli, "compare", f, posting, "--json").stdout)["score"] for f in paths]
    order = sorted(range(len(everyone)), key=lambda i: (-scores[i], i))[:5]
    got = [json.loads(l) for l in run(cli, "rank-resumes", posting, "--index", index, "--json",
                                      "--top", "5").stdout.splitlines()]
    check("after add, remove and compact, rank-resumes still equals comparing",
          [(l["id"], l["score"]) for l in got] == [(everyone[i]["id"], scores[i]) for i in order])


def refused(what, result, words):
    check(f"{what}: exit {result.returncode}, message {result.stderr.strip()!r}",
          result.returncode == 1 and all(w in result.stderr for w in words))


def check_real_postings(cli, examples, tmp, shared):
    """The real postings of ../shared/data (English and Russian feeds, as they are): ranking the
    index prints what ranking the feed prints, the sparse pass and the full one, after remove and
    compact too."""
    for feed in variants(sorted(glob.glob(os.path.join(shared, "postings", "*.jsonl"))), 1):
        index = os.path.join(tmp, "real-" + os.path.basename(feed) + ".idx")
        built = run(cli, "index", "build", "-o", index, feed, "--quiet")
        check(f"index build {os.path.basename(feed)}: {built.stderr.strip()}", built.returncode == 0)
        for lang in variants(("en", "ru"), 1):
            resume = os.path.join(examples, f"resume-{lang}.txt")
            for args in variants((["--top", "20"], ["--top", "0"], ["--top", "3", "--threads", "1"])):
                want = run(cli, "rank", resume, feed, "--json", *args).stdout
                got = run(cli, "rank", resume, "--index", index, "--json", *args).stdout
                check(f"real postings {os.path.basename(feed)}, {lang} resume {args}: the index "
                      f"ranks as the feed", got == want and got.count("\n") >= 3)
        # Lines end at "\n" only (a text may hold U+2028, which splitlines would cut at).
        rows = [r + "\n" for r in open(feed, encoding="utf-8", newline="\n").read().split("\n") if r]
        gone = [json.loads(rows[i])["id"] for i in (0, len(rows) // 2)]
        run(cli, "index", "remove", index, *sum((["--id", str(i)] for i in gone), []))
        run(cli, "index", "compact", index)
        kept = os.path.join(tmp, "real-kept.jsonl")
        open(kept, "w", encoding="utf-8").writelines(
            r for r in rows if str(json.loads(r)["id"]) not in map(str, gone))
        resume = os.path.join(examples, "resume-en.txt")
        check(f"real postings {os.path.basename(feed)} after remove and compact",
              run(cli, "rank", resume, "--index", index, "--json", "--top", "20").stdout ==
              run(cli, "rank", resume, kept, "--json", "--top", "20").stdout)


def main():
    global ONCE
    args = sys.argv[1:]
    ONCE = bool(args) and args[0] == "--once"
    cli, examples, generator = args[ONCE:ONCE + 3]
    shared = args[ONCE + 3] if len(args) > ONCE + 3 else ""
    with tempfile.TemporaryDirectory() as tmp:
        feed = os.path.join(tmp, "feed.jsonl")
        total = 500 if ONCE else 1500  # postings in the generated feed
        half = total * 7 // 15  # the first of two feed files
        with open(feed, "wb") as f:
            subprocess.run([sys.executable, generator, "--count", str(total), "--seed", "7"],
                           stdout=f, check=True)
        index = os.path.join(tmp, "jobs.idx")
        built = run(cli, "index", "build", "-o", index, feed, "--threads", "2")
        check(f"index build exit {built.returncode}: {built.stderr}", built.returncode == 0)
        check("index build says how many", f"{total} posting(s) in the index" in built.stderr)

        for lang in variants(("en", "ru"), 1):
            resume = os.path.join(examples, f"resume-{lang}.txt")
            for args in variants((["--top", "20"], ["--top", "0"], ["--input-order"],
                                  ["--top", "7", "--json"], ["--top", "0", "--json", "--threads", "1"]), 3):
                want = run(cli, "rank", resume, feed, *args)
                got = run(cli, "rank", resume, "--index", index, *args)
                check(f"rank --index {lang} {args}: exit {got.returncode} {got.stderr}",
                      got.returncode == 0)
                check(f"rank --index {lang} {args} prints what rank FEED prints",
                      got.stdout == want.stdout and got.stdout.count("\n") > 5)

        # The sparse pass (--top K): resumes that reach many postings, one keyword, or none (every
        # score 0: the earliest postings), and K past the number of postings.
        few = {"one-skill": "Python developer\n", "nothing": "Hello there.\n",
               "ru-two": "Опыт работы с Kafka и Постгрес.\n"}
        for name, text in few.items():
            path = os.path.join(tmp, f"{name}.txt")
            open(path, "w", encoding="utf-8").write(text)
            for k in variants(("1", "5", "20", "2000"), 1 if name != "one-skill" else 4):
                want = run(cli, "rank", path, feed, "--top", k, "--json")
                got = run(cli, "rank", path, "--index", index, "--top", k, "--json")
                check(f"rank --index --top {k} for {name!r} prints what rank FEED prints",
                      got.returncode == 0 and got.stdout == want.stdout and got.stdout.count("\n") >= 1)

        # Two feeds, one index: the same as their concatenation.
        lines = open(feed, encoding="utf-8").read().splitlines(keepends=True)
        halves = [os.path.join(tmp, "a.jsonl"), os.path.join(tmp, "b.jsonl")]
        for path, part in zip(halves, (lines[:half], lines[half:])):
            open(path, "w", encoding="utf-8").writelines(part)
        two = os.path.join(tmp, "two.idx")
        check("index build from two feeds", run(cli, "index", "build", "-o", two, *halves).returncode == 0)
        resume = os.path.join(examples, "resume-en.txt")
        check("two feeds rank as their concatenation",
              run(cli, "rank", resume, "--index", two, "--top", "0", "--json").stdout ==
              run(cli, "rank", resume, "--index", index, "--top", "0", "--json").stdout)

        # Add a segment, remove by id, compact: always what ranking the same feed prints.
        grown = os.path.join(tmp, "grown.idx")
        check("build the first half", run(cli, "index", "build", "-o", grown, halves[0]).returncode == 0)
        added = run(cli, "index", "add", grown, halves[1])
        check(f"index add: {added.stderr}", added.returncode == 0 and f"{total} posting(s)" in added.stderr)
        for k in ("0", "10"):
            check(f"an index grown by add ranks as the whole feed (--top {k})",
                  run(cli, "rank", resume, "--index", grown, "--top", k, "--json").stdout ==
                  run(cli, "rank", resume, feed, "--top", k, "--json").stdout)
        gone = [json.loads(lines[i])["id"] for i in (3, half - 1, half, total - 1)]
        removed = run(cli, "index", "remove", grown, *sum((["--id", i] for i in gone), []))
        check(f"index remove: {removed.stderr}", removed.returncode == 0 and "4 posting(s) removed" in removed.stderr)
        kept = os.path.join(tmp, "kept.jsonl")
        open(kept, "w", encoding="utf-8").writelines(
            l for l in lines if json.loads(l)["id"] not in gone)
        want = run(cli, "rank", resume, kept, "--input-order", "--json").stdout
        check("an index without removed postings ranks as the feed without them",
              run(cli, "rank", resume, "--index", grown, "--input-order", "--json").stdout == want)
        want_top = run(cli, "rank", resume, kept, "--top", "10", "--json").stdout
        check("an index without removed postings ranks as the feed without them (--top 10)",
              run(cli, "rank", resume, "--index", grown, "--top", "10", "--json").stdout == want_top)
        g = json.loads(run(cli, "index", "info", grown, "--json").stdout)
        check(f"info after remove: {g}", g["postings"] == total - 4 and g["removed"] == 4 and g["segments"] == 2)
        compacted = run(cli, "index", "compact", grown)
        check(f"index compact: {compacted.stderr}", compacted.returncode == 0)
        g = json.loads(run(cli, "index", "info", grown, "--json").stdout)
        check(f"info after compact: {g}", g["postings"] == total - 4 and g["removed"] == 0 and g["segments"] == 1)
        check("a compacted index ranks as before",
              run(cli, "rank", resume, "--index", grown, "--input-order", "--json").stdout == want)
        check("a compacted index ranks as before (--top 10)",
              run(cli, "rank", resume, "--index", grown, "--top", "10", "--json").stdout == want_top)
        check("compact leaves one segment file",
              len([n for n in os.listdir(grown) if n.endswith(".tcx")]) == 1)
        refused_add = run(cli, "index", "add", grown, halves[0], "--weight", "required_weight=4")
        check("add with other weights is refused", refused_add.returncode == 1 and "fingerprint" in refused_add.stderr)

        # Kept fields: returned with results, filtered on (--where), as ranking the filtered feed.
        rows = [json.loads(l) for l in lines[:400]]
        for i, r in enumerate(rows):
            r.update({"city": ["Berlin", "Remote", "Москва"][i % 3], "remote": i % 2 == 0})
        fielded = os.path.join(tmp, "fields.jsonl")
        open(fielded, "w", encoding="utf-8").writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
        fidx = os.path.join(tmp, "fields.idx")
        check("build with --field", run(cli, "index", "build", "-o", fidx, fielded, "--field", "city",
                                        "--field", "remote").returncode == 0)
        keep = [r for r in rows if r["city"] in ("Москва", "Remote") and r["remote"]]
        subset = os.path.join(tmp, "subset.jsonl")
        open(subset, "w", encoding="utf-8").writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in keep)
        got = [json.loads(l) for l in run(cli, "rank", resume, "--index", fidx, "--top", "0", "--json",
                                          "--where", "city=Москва", "--where", "city=Remote",
                                          "--where", "remote=true").stdout.splitlines()]
        want = [json.loads(l) for l in run(cli, "rank", resume, subset, "--top", "0", "--json").stdout.splitlines()]
        check("--where ranks as the filtered feed",
              [(g["id"], g["score"]) for g in got] == [(w["id"], w["score"]) for w in want] and len(got) == len(keep))
        check("kept fields come back", all(g["fields"]["city"] in ("Москва", "Remote") and
                                           g["fields"]["remote"] == "true" for g in got))
        check("--where needs --index", run(cli, "rank", resume, feed, "--where", "city=Berlin").returncode == 2)
        # The index remembers its kept fields: index add keeps them without --field; --where
        # on a field it does not keep is refused, one no posting matches is an empty answer.
        more_rows = [json.loads(l) for l in lines[400:430]]
        for r in more_rows:
            r["city"] = "Berlin"
        more = os.path.join(tmp, "more-fields.jsonl")
        open(more, "w", encoding="utf-8").writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in more_rows)
        check("index add to a fielded index", run(cli, "index", "add", fidx, more).returncode == 0)
        berlin = [json.loads(l)["id"] for l in run(cli, "rank", resume, "--index", fidx, "--top", "0",
                                                   "--json", "--where", "city=Berlin").stdout.splitlines()]
        check("postings added without --field keep the index's fields",
              all(r["id"] in berlin for r in more_rows))
        info = run(cli, "index", "info", fidx)
        check(f"index info names the kept fields: {info.stdout!r}", "fields kept: city, remote" in info.stdout)
        unknown = run(cli, "rank", resume, "--index", fidx, "--where", "salary=5")
        check(f"--where on a field not kept: {unknown.stderr.strip()!r}",
              unknown.returncode == 1 and "keeps no field 'salary'" in unknown.stderr and unknown.stdout == "")
        nobody = run(cli, "rank", resume, "--index", fidx, "--where", "city=Paris")
        check(f"--where that no posting matches: exit {nobody.returncode}, {nobody.stderr.strip()!r}",
              nobody.returncode == 0 and "no posting matches --where" in nobody.stderr and nobody.stdout == "")
        # An option that takes one value does not swallow the feed after it.
        swallowed = run(cli, "index", "build", "-o", os.path.join(tmp, "order.idx"), "--field", "city",
                        fielded, "--quiet")
        check(f"--field before the feed: {swallowed.stderr.strip()!r}", swallowed.returncode == 0)
        check("--weight before the feed", run(cli, "rank", resume, "--weight", "required_weight=4",
                                               feed, "--top", "1").returncode == 0)

        info = run(cli, "index", "info", index, "--json")
        check(f"index info --json: {info.stderr}", info.returncode == 0 and
              json.loads(info.stdout)["postings"] == total and json.loads(info.stdout)["segments"] == 1)
        check("index info text", f"{total} posting(s) (0 removed) in 1 segment(s)" in run(cli, "index", "info", index).stdout)

        # Rebuilding replaces the index in one step.
        old = segment(index)
        check("rebuild", run(cli, "index", "build", "-o", index, halves[0]).returncode == 0)
        check("rebuild: a new segment, the old one removed",
              segment(index) != old and not os.path.exists(old))
        check("rebuild: no temporary file left",
              not [n for n in os.listdir(index) if n.endswith(".tmp")])
        check("rebuild: the new postings", json.loads(run(cli, "index", "info", index, "--json")
                                                      .stdout)["postings"] == half)

        # A feed that fails to read leaves the index as it was.
        before = open(os.path.join(two, "manifest.json")).read()
        failed = run(cli, "index", "build", "-o", two, halves[0], "/proc/self/mem")
        check(f"a read error: exit {failed.returncode} {failed.stderr!r}",
              failed.returncode == 1 and "not changed" in failed.stderr)
        check("a read error leaves the index as it was",
              open(os.path.join(two, "manifest.json")).read() == before)

        refused("other weights", run(cli, "rank", resume, "--index", two, "--weight",
                                     "required_weight=4"), ["fingerprint", "rebuild"])
        lexicon = os.path.join(tmp, "team.tsv")
        open(lexicon, "w").write("skill\tzorblax\tZorblax\ttools\t\n")
        refused("another lexicon", run(cli, "rank", resume, "--index", two, "--lexicon", lexicon),
                ["fingerprint"])

        # A flipped byte in each part of a segment: refused where it is read, and by info --verify.
        broken = os.path.join(tmp, "broken.idx")
        shutil.copytree(two, broken)
        pristine = open(segment(two), "rb").read()
        records_at, terms_at = struct.unpack_from("<QQ", pristine, 56)
        python_list = terms(segment(two))["python"]
        parts = {"header": 20, "offset table": 96, "terms' keys": terms_at + 20,
                 "a record": (records_at + terms_at) // 2, "a term list": python_list[0] + 5}
        # A record the top 20 reads: the best one's, found by its position in the table.
        best = json.loads(run(cli, "rank", resume, "--index", two, "--top", "1", "--json").stdout)
        table_at, = struct.unpack_from("<Q", pristine, 24)
        offset, size, _ = struct.unpack_from("<QII", pristine, table_at + 16 * best["index"])
        parts["the best posting's record"] = offset + size // 2
        for part, at in parts.items():
            data = bytearray(pristine)
            data[at] ^= 0xFF
            open(segment(broken), "wb").write(data)
            mode = ["--input-order"] if part in ("a record", "offset table") else ["--top", "20"]
            got = run(cli, "rank", resume, "--index", broken, *mode)
            refused(f"a flipped byte in {part}", got, ["checksum", "rebuild"])
            if part == "the best posting's record":  # the others are still ranked and printed
                check("a corrupt record among the top 20: the best 20 others printed",
                      got.stdout.count("\n") == 21 and best["id"] not in got.stdout)
            refused(f"a flipped byte in {part}, info --verify",
                    run(cli, "index", "info", broken, "--verify"), ["checksum", "rebuild"])
        open(segment(broken), "wb").write(pristine)
        check("info --verify passes a sound index",
              run(cli, "index", "info", broken, "--verify").returncode == 0)
        data = bytearray(pristine)
        open(segment(broken), "wb").write(data[:len(data) // 2])
        refused("a truncated segment", run(cli, "rank", resume, "--index", broken), ["truncated"])
        data = bytearray(open(segment(two), "rb").read())
        data[8:12] = struct.pack("<I", 99)
        open(segment(broken), "wb").write(data)
        refused("another format version", run(cli, "rank", resume, "--index", broken),
                ["format 99", "rebuild"])
        refused("no index", run(cli, "rank", resume, "--index", tmp), ["not a tailorcore index"])
        # A manifest that is not an index's: refused, never followed out of the directory.
        precious = os.path.join(tmp, "precious.txt")
        open(precious, "w").write("keep me\n")
        hostile = os.path.join(tmp, "hostile.idx")
        os.makedirs(hostile)
        for manifest in ({"format": "tailorcore.index/1", "format_version": 1, "fingerprint": "x",
                          "built_by": "x", "segments": ["../precious.txt"], "next_segment": 2},
                         {"format": "tailorcore.index/1", "format_version": "1", "fingerprint": "x",
                          "built_by": "x", "segments": [], "next_segment": "two"}):
            json.dump(manifest, open(os.path.join(hostile, "manifest.json"), "w"))
            refused("a hostile manifest, build", run(cli, "index", "build", "-o", hostile, halves[0]),
                    ["not a tailorcore index manifest"])
            refused("a hostile manifest, rank", run(cli, "rank", resume, "--index", hostile),
                    ["not a tailorcore index manifest"])
        check("a hostile manifest deletes nothing", os.path.exists(precious))
        mine = os.path.join(tmp, "my-files")
        os.makedirs(mine)
        open(os.path.join(mine, "notes.txt"), "w").write("mine\n")
        refused("index build into a directory of other files", run(cli, "index", "build", "-o", mine, halves[0]),
                ["holds other files and no index"])
        check("nothing is written beside them", sorted(os.listdir(mine)) == ["notes.txt"])
        empty = os.path.join(tmp, "empty.jsonl")
        open(empty, "w").write("not json\n")
        refused("a feed with no posting", run(cli, "index", "build", "-o", os.path.join(tmp, "e.idx"), empty),
                ["no posting to index", "1 malformed"])
        check("a feed with no posting writes no index", not os.path.exists(os.path.join(tmp, "e.idx")))

        # Two builds of one directory: the second fails at once, the first is not disturbed.
        busy = os.path.join(tmp, "busy.idx")
        first_build = subprocess.Popen([cli, "index", "build", "-o", busy, "-", "--quiet"],
                                       stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                                       stderr=subprocess.PIPE, text=True)
        first_build.stdin.write("".join(lines[:50]))
        first_build.stdin.flush()  # it holds the lock, waiting for the rest of its feed
        for _ in range(300):  # until it holds the lock and writes its segment
            if os.path.isdir(busy) and any(n.startswith("incoming-") for n in os.listdir(busy)):
                break
            time.sleep(0.05)
        second = run(cli, "index", "build", "-o", busy, halves[0])
        check(f"a second build of a directory being built fails: {second.stderr.strip()!r}",
              second.returncode == 1 and "another index build" in second.stderr)
        first_build.stdin.write("".join(lines[50:100]))
        first_build.stdin.close()
        first_build.wait(timeout=120)
        check("the first build completes", first_build.returncode == 0 and
              json.loads(run(cli, "index", "info", busy, "--json").stdout)["postings"] == 100)

        refused("rank-resumes on an index of postings",
                run(cli, "rank-resumes", os.path.join(examples, "posting-en.txt"), "--index", index),
                ["index build --resumes"])
        check_resume_index(cli, examples, tmp)
        if shared and os.path.isdir(os.path.join(shared, "postings")):
            check_real_postings(cli, examples, tmp, shared)
        else:
            print(f"posting index: no real postings at {shared!r}; their equality check skipped")
        if not ONCE:
            crash_safety(cli, resume, tmp, halves)
    if failures:
        print(f"{len(failures)} failure(s)")
        return 1
    print("posting index: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
