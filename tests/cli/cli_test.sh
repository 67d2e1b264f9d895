#!/usr/bin/env bash
# What a person at a terminal sees from `tailorcore analyze`: tokens of the bundled examples,
# one-line errors naming the file, documented exit codes.
set -uo pipefail
cli="$1"
examples="$2"
failures=0
passes=0
check() {  # check "what" <command that must succeed>
  local what="$1"; shift
  if "$@"; then passes=$((passes + 1)); else echo "FAIL: $what"; failures=$((failures + 1)); fi
}

out="$("$cli" analyze "$examples/posting-en.txt" "$examples/resume-ru.txt")"; rc=$?
check "analyze exits 0" test "$rc" -eq 0
check "a header per file" test "$(grep -c '^== ' <<<"$out")" -eq 2
check "C++ is one tech token" grep -qE '^[0-9]+-[0-9]+ +tech +latin +C\+\+ ' <<<"$out"
check "CI/CD is one tech token" grep -qE ' tech +latin +CI/CD ' <<<"$out"
check "Russian words get Russian stems" grep -qE ' cyrillic +навыки +навыки +навык' <<<"$out"

out="$(printf 'Kubernetes и Docker' | "$cli" analyze -)"; rc=$?
check "stdin with -" test "$rc" -eq 0
check "stdin tokens" grep -q 'docker' <<<"$out"

err="$("$cli" analyze /nonexistent/file.txt 2>&1 >/dev/null)"; rc=$?
check "missing file exits 1" test "$rc" -eq 1
check "missing file is named in one line" test "$(wc -l <<<"$err")" -eq 1 -a -n "$(grep '/nonexistent/file.txt' <<<"$err")"

err="$("$cli" analyze "$examples" 2>&1 >/dev/null)"; rc=$?
check "a directory exits 1" test "$rc" -eq 1
check "a directory is named" grep -q "$examples" <<<"$err"

"$cli" >/dev/null 2>&1; rc=$?
check "no subcommand is a usage error (2)" test "$rc" -eq 2
"$cli" analyze >/dev/null 2>&1; rc=$?
check "no file is a usage error (2)" test "$rc" -eq 2
"$cli" --bogus >/dev/null 2>&1; rc=$?
check "unknown option is a usage error (2)" test "$rc" -eq 2
err="$("$cli" compare 2>&1 >/dev/null)"
check "a usage error says tailorcore: first" grep -q '^tailorcore: .*resume is required' <<<"$err"
err="$("$cli" rank --top x a b 2>&1 >/dev/null)"
check "a bad option value says tailorcore: first" grep -q '^tailorcore: ' <<<"$err"
out="$("$cli" --version)"; rc=$?
check "--version exits 0" test "$rc" -eq 0
check "--version names the tool" grep -q '^tailorcore [0-9]' <<<"$out"
out="$("$cli" analyze --help)"; rc=$?
check "analyze --help exits 0" test "$rc" -eq 0

# extract: skills for a person, and JSON Lines for scripts.
out="$("$cli" extract "$examples/posting-en.txt")"; rc=$?
check "extract exits 0" test "$rc" -eq 0
check "extract finds PostgreSQL" grep -qE '^[0-9]+-[0-9]+ +PostgreSQL +Databases +exact +PostgreSQL' <<<"$out"
out="$(printf 'Опыт с Постгрес и Кафкой' | "$cli" extract -)"; rc=$?
check "extract reads stdin" test "$rc" -eq 0
check "extract finds transliterations" grep -q 'transliteration Постгрес' <<<"$out"
out="$(printf '{"id":"a","text":"Go and Kafka"}\nnot json\n{"text":"C++"}\n' | "$cli" extract --jsonl - 2>/tmp/cli_test_err)"; rc=$?
check "extract --jsonl exits 0 with a malformed line" test "$rc" -eq 0
check "extract --jsonl prints one result per good line" test "$(wc -l <<<"$out")" -eq 2
check "extract --jsonl keeps ids" grep -q '"id":"a"' <<<"$out"
check "extract --jsonl names the malformed line" grep -q 'standard input:2: ' /tmp/cli_test_err
rm -f /tmp/cli_test_err

# lexicon check: counts, or the first error as file:line.
lex="$(mktemp)"
printf 'category\tinternal\tInternal\nskill\tacme\tAcme Bus\tinternal\tABus\n' >"$lex"
out="$("$cli" lexicon check "$lex")"; rc=$?
check "lexicon check accepts a good file" test "$rc" -eq 0
check "lexicon check prints counts" grep -q '^ok: ' <<<"$out"
printf 'category\tinternal\tInternal\nskill\tacme\tAcme Bus\tnowhere\t\n' >"$lex"
err="$("$cli" lexicon check "$lex" 2>&1)"; rc=$?
check "lexicon check rejects a bad file with exit 1" test "$rc" -eq 1
check "lexicon check names file:line" grep -q "$lex:2: unknown category 'nowhere'" <<<"$err"
rm -f "$lex"

# compare: the report for a person, and JSON.
out="$("$cli" compare "$examples/resume-en.txt" "$examples/posting-en.txt")"; rc=$?
check "compare exits 0" test "$rc" -eq 0
check "compare prints the score" grep -qE '^Score [0-9]+\.[0-9] / 100 +literal ATS score [0-9]+\.[0-9] / 100' <<<"$out"
check "compare prints coverage by tier" grep -qE '^  required +[0-9]+/[0-9]+' <<<"$out"
check "compare lists missing keywords" grep -q 'Missing, most important first' <<<"$out"
check "compare reviews bullets" grep -q 'Bullets, most relevant to this posting first' <<<"$out"
widest="$(/usr/bin/python3 -c 'import sys; print(max(len(l.rstrip("\n")) for l in sys.stdin))' <<<"$out")"
check "compare output fits 80 columns (widest: $widest)" test "$widest" -le 80
check "no colour when not a terminal" test "$(grep -c $'\033' <<<"$out")" -eq 0
out="$("$cli" compare --json "$examples/resume-ru.txt" "$examples/posting-ru.txt")"; rc=$?
check "compare --json exits 0" test "$rc" -eq 0
check "compare --json names the schema" grep -q '"schema": "tailorcore.report/1"' <<<"$out"
out="$(printf 'Experience\n- Responsible for Kafka\n' | "$cli" compare - "$examples/posting-en.txt")"; rc=$?
check "compare reads the resume from stdin" test "$rc" -eq 0
"$cli" compare - - </dev/null >/dev/null 2>&1; rc=$?
check "compare - - is a usage error (2)" test "$rc" -eq 2
err="$("$cli" compare /nonexistent/resume.txt "$examples/posting-en.txt" 2>&1 >/dev/null)"; rc=$?
check "compare with a missing file exits 1" test "$rc" -eq 1
check "compare names the missing file" grep -q '/nonexistent/resume.txt' <<<"$err"
out="$("$cli" lint "$examples/resume-en.txt")"; rc=$?
check "lint exits 0" test "$rc" -eq 0
check "lint flags a weak opener" grep -q 'weak opener' <<<"$out"

# rank: a JSON Lines feed, malformed lines reported with their numbers and skipped.
feed="$(mktemp)"
printf '{"id":"a","title":"Python Developer","text":"Requirements: Python, Django"}\nnot json\n{"id":"b","text":"Requirements: Java"}\n{"id":"c"}\n' >"$feed"
out="$("$cli" rank --top 1 "$examples/resume-en.txt" "$feed" 2>/tmp/cli_rank_err)"; rc=$?
check "rank exits 0 despite malformed lines" test "$rc" -eq 0
check "rank --top 1 prints the best posting and its title" grep -qE '^1 +[0-9.]+ +[0-9.]+ +a +Python Developer$' <<<"$out"
check "rank names malformed line 2" grep -q "$feed:2: not a JSON object" /tmp/cli_rank_err
check "rank names malformed line 4" grep -q "$feed:4: no \"text\" field" /tmp/cli_rank_err
check "rank counts what it skipped" grep -q '2 posting(s) ranked .* 2 malformed line(s) skipped' /tmp/cli_rank_err
out="$("$cli" rank --json --input-order --threads 2 "$examples/resume-en.txt" - <"$feed" 2>/dev/null)"; rc=$?
check "rank --json reads stdin" test "$rc" -eq 0
check "rank --input-order keeps input order" test "$(grep -o '"id":"[ab]"' <<<"$out" | tr -d '\n')" = '"id":"a""id":"b"'
# rank sorts by score by default, names the title, and gives missing keywords by name too.
sorted_feed="$(mktemp)"
printf '%s\n' '{"id": "weak", "title": "Florist", "text": "Arrange flowers and greet customers."}' \
  '{"id": "strong", "title": "Python backend engineer", "text": "Requirements: Python, Django, PostgreSQL, Kafka"}' >"$sorted_feed"
out="$("$cli" rank "$examples/resume-en.txt" "$sorted_feed" 2>/dev/null)"
check "rank sorts by score without --top" test "$(awk 'NR==2 {print $4}' <<<"$out")" = strong
check "rank shows the title" grep -q "Python backend engineer" <<<"$out"
out="$("$cli" rank --json "$examples/resume-en.txt" "$sorted_feed" 2>/dev/null | head -1)"
check "rank --json has missing keywords by name" grep -q '"top_missing_terms":\["Kafka"' <<<"$out"
check "rank --json says rank 1 for the best" grep -q '"rank":1,"index":1' <<<"$out"
# Nothing to rank: exit 1 with one clear line.
"$cli" rank "$examples/resume-en.txt" "$examples/posting-en.txt" >/dev/null 2>/tmp/cli_rank_err; rc=$?
check "rank of a text file exits 1" test "$rc" -eq 1
check "rank of a text file says why" grep -q "no posting to rank" /tmp/cli_rank_err
rm -f "$sorted_feed"
rm -f "$feed" /tmp/cli_rank_err

# Soft and business skills are reported apart from the technologies, a quarter of the weight.
soft_dir="$(mktemp -d)"
printf 'Requirements\n- Kubernetes and Terraform\n- Financial analysis and communication skills\n' >"$soft_dir/posting.txt"
printf 'Требования:\n- опыт с Kafka\n- контекстная реклама и финансовый анализ\n' >"$soft_dir/posting-ru.txt"
printf 'Experience\n- Ran Kubernetes clusters for 30 teams\n' >"$soft_dir/resume.txt"
out="$("$cli" compare "$soft_dir/resume.txt" "$soft_dir/posting.txt")"
check "soft skills are listed apart" grep -q '^  Also asked, not technical' <<<"$out"
check "a soft skill is named there with its tier" grep -q 'Financial analysis (required)' <<<"$out"
check "a technology stays in the missing list" grep -qE '^  . Terraform +required' <<<"$out"
check "a soft skill is no row of the missing list" test -z "$(grep -E '^  . Financial analysis +required' <<<"$out")"
out="$("$cli" compare "$soft_dir/resume.txt" "$soft_dir/posting-ru.txt")"
check "Russian business skills are listed apart" grep -q 'not technical (a quarter of the weight): контекстная реклама' <<<"$out"
out="$("$cli" compare --json "$soft_dir/resume.txt" "$soft_dir/posting.txt")"
check "JSON says a keyword is not technical" /usr/bin/python3 -c '
import json, sys
k = {k["id"]: k for k in json.load(sys.stdin)["keywords"]}
assert k["financial-analysis"]["technical"] is False and k["terraform"]["technical"] is True
assert abs(k["financial-analysis"]["weight"] - 0.25 * k["terraform"]["weight"]) < 1e-9
' <<<"$out"
rm -rf "$soft_dir"

# Degenerate inputs say what happened.
deg_dir="$(mktemp -d)"
printf 'We are a friendly team in Berlin.\nApply today.\n' >"$deg_dir/no-skills.txt"
out="$("$cli" compare "$examples/resume-en.txt" "$deg_dir/no-skills.txt")"; rc=$?
check "a posting with no skills exits 0" test "$rc" -eq 0
check "a posting with no skills says so" grep -q 'No skills found in the posting' <<<"$out"
check "a posting with no skills shows no score" test -z "$(grep '^Score' <<<"$out")"
printf 'Requirements\n- Kubernetes\n- Terraform\n' >"$deg_dir/required-only.txt"
out="$("$cli" compare "$examples/resume-en.txt" "$deg_dir/required-only.txt")"
check "an empty tier shows a dash" grep -qE '^  preferred +— ' <<<"$out"
check "a missing row shows the points it would add" grep -qE '^  . Terraform +required +\+[0-9.]+ +if shown in work' <<<"$out"
printf 'Requirements\n- PG and k8s\n' >"$deg_dir/forms.txt"
out="$("$cli" compare "$examples/resume-en.txt" "$deg_dir/forms.txt")"
check "a keyword is named as the posting wrote it" grep -q 'k8s (Kubernetes)' <<<"$out"
err="$("$cli" compare "$examples/posting-en.txt" "$examples/resume-en.txt" 2>&1 >/dev/null)"
check "swapped inputs get a warning" grep -q '^tailorcore: warning: .*RESUME POSTING' <<<"$err"
err="$("$cli" compare "$examples/posting-ru.txt" "$examples/resume-ru.txt" 2>&1 >/dev/null)"
check "swapped Russian inputs get a warning" grep -q '^tailorcore: warning: ' <<<"$err"
for pair in "resume-en.txt posting-en.txt" "resume-ru.txt posting-ru.txt" "resume-en.txt posting-ru.txt"; do
  set -- $pair
  err="$("$cli" compare "$examples/$1" "$examples/$2" 2>&1 >/dev/null)"
  check "inputs in order get no warning ($1 $2)" test -z "$err"
done
head -c 5000000 /dev/zero | tr '\0' 'a' >"$deg_dir/huge.txt"
err="$("$cli" compare "$deg_dir/huge.txt" "$examples/posting-en.txt" 2>&1 >/dev/null)"; rc=$?
check "a huge input exits 1" test "$rc" -eq 1
check "a huge input is named with its size" grep -q 'huge.txt: 4.8 MB, more than the 4 MB' <<<"$err"
out="$("$cli" compare --max-size 8 "$deg_dir/huge.txt" "$examples/posting-en.txt" 2>/dev/null)"; rc=$?
check "--max-size allows more" test "$rc" -eq 0
# Names are cut and padded by display width: the tier column lines up after Cyrillic and CJK names.
printf 'category\tcjk\tCJK tools\nskill\tcjk-platform\t数据分析平台工具集合系统管理软件\tcjk\t\nskill\tlong-ru\tРаспределённая обработка потоковых данных\tcjk\t\n' >"$deg_dir/wide.tsv"
printf 'Requirements\n- 数据分析平台工具集合系统管理软件\n- Распределённая обработка потоковых данных\n- Terraform\n' >"$deg_dir/wide-posting.txt"
out="$("$cli" compare --lexicon "$deg_dir/wide.tsv" "$examples/resume-en.txt" "$deg_dir/wide-posting.txt")"
check "the tier column lines up after wide names" /usr/bin/python3 -c '
import sys, unicodedata
def width(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
rows = [l for l in sys.stdin.read().splitlines() if l.startswith("  \u2717 ")]
cols = {width(l[:l.index(" required")]) for l in rows}
assert len(rows) >= 3 and len(cols) == 1, (rows, cols)
' <<<"$out"
rm -rf "$deg_dir"

# Weights from the command line or a file, and --min-score for scripts.
w_dir="$(mktemp -d)"
base="$("$cli" compare --json "$examples/resume-en.txt" "$examples/posting-en.txt" | /usr/bin/python3 -c 'import json,sys; print(json.load(sys.stdin)["score"])')"
loose="$("$cli" compare --json --weight listed_credit=1 "$examples/resume-en.txt" "$examples/posting-en.txt" | /usr/bin/python3 -c 'import json,sys; print(json.load(sys.stdin)["score"])')"
check "--weight changes the score" /usr/bin/python3 -c "assert $loose > $base, ($loose, $base)"
printf '# team weights\nlisted_credit = 1\nrequired_weight\t4\n' >"$w_dir/weights.txt"
from_file="$("$cli" compare --json --weights "$w_dir/weights.txt" "$examples/resume-en.txt" "$examples/posting-en.txt" | /usr/bin/python3 -c 'import json,sys; print(json.load(sys.stdin)["score"])')"
check "--weights FILE changes the score" /usr/bin/python3 -c "assert $from_file != $base, ($from_file, $base)"
err="$("$cli" compare --weight nonsense=1 "$examples/resume-en.txt" "$examples/posting-en.txt" 2>&1 >/dev/null)"; rc=$?
check "an unknown weight is a usage error" test "$rc" -eq 2
check "an unknown weight lists the known ones" grep -q "^tailorcore: unknown weight 'nonsense' (known: required_weight" <<<"$err"
err="$("$cli" compare --weight listed_credit=lots "$examples/resume-en.txt" "$examples/posting-en.txt" 2>&1 >/dev/null)"; rc=$?
check "a weight that is no number is a usage error" test "$rc" -eq 2 -a -n "$(grep 'expected NAME=NUMBER' <<<"$err")"
printf 'listed_credit = 1\nbogus\n' >"$w_dir/bad.txt"
err="$("$cli" compare --weights "$w_dir/bad.txt" "$examples/resume-en.txt" "$examples/posting-en.txt" 2>&1 >/dev/null)"
check "a bad weights file names file:line" grep -q "bad.txt:2: " <<<"$err"
"$cli" compare --min-score 99 "$examples/resume-en.txt" "$examples/posting-en.txt" >/dev/null 2>"$w_dir/err"; rc=$?
check "--min-score above the score exits 3" test "$rc" -eq 3
check "--min-score says why" grep -q 'is below --min-score 99' "$w_dir/err"
"$cli" compare --min-score 10 "$examples/resume-en.txt" "$examples/posting-en.txt" >/dev/null 2>&1; rc=$?
check "--min-score below the score exits 0" test "$rc" -eq 0
"$cli" rank --weight candidate_keywords=false --top 1 "$examples/resume-en.txt" - <<<'{"text":"Requirements: Kafka, Zorblax"}' >/dev/null 2>&1; rc=$?
check "rank takes --weight too" test "$rc" -eq 0
rm -rf "$w_dir"

# lint reviews the resume alone: no posting, no relevance; its JSON has its own shape.
l_dir="$(mktemp -d)"
printf 'Experience\nEngineer, Acme, 2020 - present\n➤ Built a billing service in Go with gRPC\n➤ Built a billing service in Go with gRPC.\n► Cut cloud costs by 20%%\n' >"$l_dir/en.txt"
printf 'Опыт работы\nРазработчик, ООО Ромашка, 2020 — н.в.\n◆ Разработал сервис оплаты на Go\n◆ разработал сервис оплаты на Go\n' >"$l_dir/ru.txt"
out="$("$cli" lint "$l_dir/en.txt")"
check "lint does not speak of a posting" test -z "$(grep -i -E 'posting|relevance' <<<"$out")"
check "lint strips arrow bullet marks" test -z "$(grep -E '➤|►' <<<"$out")"
check "lint flags a duplicate bullet" grep -q 'duplicate' <<<"$out"
check "lint says what to do with a duplicate" grep -q 'repeats a bullet above' <<<"$out"
out="$("$cli" lint "$l_dir/ru.txt")"
check "lint flags a Russian duplicate whatever the case" grep -q 'duplicate' <<<"$out"
out="$("$cli" lint --json "$l_dir/en.txt")"
check "lint --json has its own shape" /usr/bin/python3 -c '
import json, sys
d = json.load(sys.stdin)
assert d["schema"] == "tailorcore.lint/1", d["schema"]
assert list(d) == ["schema", "bullets", "sections", "suggestions", "resume_sections"], list(d)
assert [b["duplicate"] for b in d["bullets"]] == [False, True, False]
assert all("relevance" not in b and "keywords" not in b for b in d["bullets"])
assert not d["bullets"][0]["text"].startswith("\u27a4")
assert {s["kind"] for s in d["suggestions"]} <= {"bullet", "section", "resume"}
' <<<"$out"
# Resume checks: contact details, dates written one way, length.
printf 'Sam Roe\nsam@example.org · +44 20 7946 0958 · linkedin.com/in/samroe · github.com/samroe\n\nExperience\nEngineer, Acme, Mar 2020 - present\n- Built a billing service in Go\n\nEngineer, Initech, 2017 - 2020\n- Wrote Go tools\n' >"$l_dir/contacts.txt"
out="$("$cli" lint "$l_dir/contacts.txt")"
check "lint finds every contact detail written" test -z "$(grep -E 'phone number|email address|LinkedIn|GitHub' <<<"$out")"
check "lint says when dates are written two ways" grep -q 'written in 2 ways' <<<"$out"
out="$("$cli" lint "$l_dir/ru.txt")"
check "lint asks for the missing contact details, in the resume's language" grep -q 'телефон' <<<"$out"
out="$("$cli" lint --advice-language en "$l_dir/ru.txt")"
check "--advice-language en writes the advice in English" grep -q 'phone number' <<<"$out"
"$cli" lint --advice-language xx "$l_dir/ru.txt" >/dev/null 2>"$l_dir/err"; rc=$?
check "an unknown advice language is a usage error naming the known ones" test "$rc" -eq 2 -a -n "$(grep 'known: en, ru' "$l_dir/err")"
rm -rf "$l_dir"

# Requirements beyond keywords: a degree and seniority in the Requirements block, what unmet
# ones cost in the score line.
r_dir="$(mktemp -d)"
printf 'Senior Data Engineer\n\nRequirements\n- 6+ years of experience with Python\n- Master'"'"'s degree in Computer Science\n' >"$r_dir/posting.txt"
printf 'Experience\nJunior Data Engineer, Acme, Jan 2024 - present\n- Built Python pipelines\n\nEducation\nB.Sc. Physics, 2023\n' >"$r_dir/resume.txt"
out="$("$cli" compare --as-of 2026-12-01 "$r_dir/resume.txt" "$r_dir/posting.txt")"
check "the Requirements block names the degree asked and found" grep -q 'master degree.*found bachelor' <<<"$out"
check "the Requirements block names the level asked and found" grep -q 'senior level.*found junior' <<<"$out"
check "the score line says what unmet requirements took" grep -q 'unmet requirements -' <<<"$out"
# compare --title reads a title as rank reads a feed's: the same posting scores the same.
printf 'Requirements\n- 3+ years with Python\n- Kubernetes\n' >"$r_dir/untitled.txt"
c_score="$("$cli" compare --json --as-of 2026-12-01 --title "Senior Go Developer" "$r_dir/resume.txt" "$r_dir/untitled.txt" | /usr/bin/python3 -c 'import json,sys; print(json.load(sys.stdin)["score"])')"
r_score="$(/usr/bin/python3 -c 'import json,sys; print(json.dumps({"id": "1", "title": "Senior Go Developer", "text": open(sys.argv[1]).read()}))' "$r_dir/untitled.txt" | "$cli" rank --json --as-of 2026-12-01 "$r_dir/resume.txt" - 2>/dev/null | /usr/bin/python3 -c 'import json,sys; print(json.loads(sys.stdin.readline())["score"])')"
check "compare --title scores a posting as rank does with its title" test -n "$c_score" -a "$c_score" = "$r_score"
u_score="$("$cli" compare --json --as-of 2026-12-01 "$r_dir/resume.txt" "$r_dir/untitled.txt" | /usr/bin/python3 -c 'import json,sys; print(json.load(sys.stdin)["score"])')"
check "the title changes the score (its keywords are required)" test "$u_score" != "$c_score"
# --format markdown: tables and lists, and the posting's words never become markup.
printf 'Requirements\n- <script>alert(1)</script> Python | Kubernetes *now*\n' >"$r_dir/html.txt"
out="$("$cli" compare --format markdown --as-of 2026-12-01 "$r_dir/resume.txt" "$r_dir/html.txt")"
check "markdown has a title and tables" test -n "$(grep '^# ' <<<"$out")" -a -n "$(grep '^| keyword | tier |' <<<"$out")"
check "markdown escapes the posting's markup" test -z "$(grep '<script>' <<<"$out")" -a -n "$(grep -F '\<script\>' <<<"$out")"
# A keyword worth all the points keeps a space before where it is shown ("100.0 in experience").
printf 'Experience\n- Built Python services\n' >"$r_dir/one.txt"
printf 'Requirements\n- Python\n' >"$r_dir/one-posting.txt"
check "100.0 points keep their column" grep -q '100.0 in experience' <<<"$("$cli" compare "$r_dir/one.txt" "$r_dir/one-posting.txt")"
# --format html: one page, the posting's markup escaped, keywords marked by state (the browser
# test, tests/report/check_html.py, checks what Chromium shows).
out="$("$cli" compare --format html --as-of 2026-12-01 "$r_dir/resume.txt" "$r_dir/html.txt")"
check "html is one page with highlights" test -n "$(grep -F '<!DOCTYPE html>' <<<"$out")" -a -n "$(grep -F 'data-state="matched" data-skill="python"' <<<"$out")"
check "html escapes the posting's markup" test -z "$(grep -F '<script>' <<<"$out")" -a -n "$(grep -F '&lt;script&gt;alert(1)&lt;/script&gt;' <<<"$out")"
"$cli" compare --json --format markdown "$r_dir/resume.txt" "$r_dir/html.txt" >/dev/null 2>&1; rc=$?
check "--json with --format markdown is a usage error" test "$rc" -eq 2
json_a="$("$cli" compare --json --as-of 2026-12-01 "$r_dir/resume.txt" "$r_dir/html.txt")"
json_b="$("$cli" compare --format json --as-of 2026-12-01 "$r_dir/resume.txt" "$r_dir/html.txt")"
check "--format json is --json" test "$json_a" = "$json_b"
rm -rf "$r_dir"

# tailor: the resume adapted by moves and renames; a summary, the resume, a diff, JSON.
t_dir="$(mktemp -d)"
out="$("$cli" tailor "$examples/resume-en.txt" "$examples/posting-en.txt")"; rc=$?
check "tailor exits 0" test "$rc" -eq 0
check "tailor shows the score before and after" grep -qE '^Score [0-9.]+ → [0-9.]+' <<<"$out"
check "tailor names each edit with its reason" grep -qE '^  exact_form  "Postgres" → "PostgreSQL \(Postgres\)"' <<<"$out"
check "tailor lists what only experience closes" grep -q '^Not closed by tailoring.*Terraform' <<<"$out"
out="$("$cli" tailor --format text -o "$t_dir/tailored.txt" "$examples/resume-en.txt" "$examples/posting-en.txt")"
check "tailor --format text prints the resume" grep -q '^Python, PostgreSQL (Postgres), Kubernetes (k8s), ' <<<"$out"
check "tailor -o writes the same resume" test "$out" = "$(cat "$t_dir/tailored.txt")"
diff -u "$examples/resume-en.txt" "$t_dir/tailored.txt" | tail -n +3 >"$t_dir/system.diff"
"$cli" tailor --format diff "$examples/resume-en.txt" "$examples/posting-en.txt" | tail -n +3 >"$t_dir/ours.diff"
check "tailor --format diff is a unified diff, as diff -u gives" cmp -s "$t_dir/system.diff" "$t_dir/ours.diff"
out="$("$cli" tailor --format markdown "$examples/resume-ru.txt" "$examples/posting-ru.txt")"
check "tailor --format markdown has the name and section headings" test -n "$(grep '^# Иван Петров' <<<"$out")" -a -n "$(grep '^## Ключевые навыки' <<<"$out")"
check "tailor --format markdown keeps bullets as list items" grep -q '^- Ускорил' <<<"$out"
out="$("$cli" tailor --max-bullets 1 --format json "$examples/resume-en.txt" "$examples/posting-en.txt")"
check "tailor --max-bullets drops bullets and says so" grep -q '"kind": "drop_bullet"' <<<"$out"
"$cli" tailor --format pdf "$examples/resume-en.txt" "$examples/posting-en.txt" >/dev/null 2>&1; rc=$?
check "tailor --format with an unknown value is a usage error" test "$rc" -eq 2
out="$(printf 'Ann Lee\nSkills\nPython\n' | "$cli" tailor - "$examples/posting-ru.txt")"
check "tailor with nothing to move says so" grep -q '^Nothing to change' <<<"$out"
rm -rf "$t_dir"

# Bad input: binary files and empty input are refused in one line naming them, exit 1.
err="$("$cli" compare /bin/ls "$examples/posting-en.txt" 2>&1 >/dev/null)"; rc=$?
check "a binary file exits 1" test "$rc" -eq 1
check "a binary file is named in one line" test "$(wc -l <<<"$err")" -eq 1 -a -n "$(grep '/bin/ls: binary data' <<<"$err")"
err="$("$cli" extract - </dev/null 2>&1 >/dev/null)"; rc=$?
check "empty standard input exits 1" test "$rc" -eq 1
check "empty standard input is named" grep -q 'standard input: empty' <<<"$err"

echo "$passes passed, $failures failed"
test "$failures" -eq 0
